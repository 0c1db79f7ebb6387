    align 8
L408:
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
L409:
    jmp 140320710851944
    align 8
L410:
    jmp 140320710853048
    align 8
L411:
    jmp 140320710850344
    align 16
L412:
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
# io_lib:fwrite/2
    call L409
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x76, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xA3, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
fwrite/2:
# i_breakpoint_trampoline
    short jmp L413
.db 0x00
    call L412
    align 8
L413:
# i_test_yield
    lea rdx, qword ptr [fwrite/2+24]
    dec r14
    jle L410
# i_call_only_f
    jmp format/2
# func_line_I
# aligned_label_Lt
    align 8
label_3:
# i_func_info_IaaI
# io_lib:fwrite/3
    call L409
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x76, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xA3, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
fwrite/3:
# i_breakpoint_trampoline
    short jmp L414
.db 0x00
    call L412
    align 8
L414:
# i_test_yield
    lea rdx, qword ptr [fwrite/3+24]
    dec r14
    jle L410
# i_call_only_f
    jmp format/3
# func_line_I
# aligned_label_Lt
    align 8
label_5:
# i_func_info_IaaI
# io_lib:fread/2
    call L409
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x76, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xF7, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
fread/2:
# i_breakpoint_trampoline
    short jmp L415
.db 0x00
    call L412
    align 8
L415:
# line_I
# i_test_yield
    lea rdx, qword ptr [fread/2+24]
    dec r14
    jle L410
# i_call_ext_only_e
L416:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# func_line_I
# aligned_label_Lt
    align 8
label_7:
# i_func_info_IaaI
# io_lib:fread/3
    call L409
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x76, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xF7, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
fread/3:
# i_breakpoint_trampoline
    short jmp L417
.db 0x00
    call L412
    align 8
L417:
# line_I
# i_test_yield
    lea rdx, qword ptr [fread/3+24]
    dec r14
    jle L410
# i_call_ext_only_e
L418:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# func_line_I
# aligned_label_Lt
    align 8
label_9:
# i_func_info_IaaI
# io_lib:format/2
    call L409
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x76, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x76, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
format/2:
# i_breakpoint_trampoline
    short jmp L419
.db 0x00
    call L412
    align 8
L419:
# i_test_yield
    lea rdx, qword ptr [format/2+24]
    dec r14
    jle L410
# allocate_tt
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L420
    mov ecx, 2
    call 140320710850576
L420:
    sub rsp, 40
# init_yregs_I
    mov eax, 59
    mov rdi, rsp
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp+16], xmm0
# catch_yf
    inc qword ptr [r13+264]
L421:
    mov eax, 2147483647
    mov qword ptr [rsp+32], rax
# line_I
# i_call_ext_e
L422:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x90
    call qword ptr [rax+r12*8]
# try_end_y
    dec qword ptr [r13+264]
    mov qword ptr [rsp+32], 59
# deallocate_t
    add rsp, 40
# return
    dec r14
    jl L411
    ret
# label_L
label_11:
# try_case_y
    dec qword ptr [r13+264]
    mov rax, qword ptr [rbx+24]
    mov qword ptr [rbx], rax
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# build_stacktrace
    movq xmm0, r15
    movq xmm1, rsp
    punpcklqdq xmm0, xmm1
    movups xmmword ptr [r13+80], xmm0
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    mov rsi, qword ptr [rbx]
    call 94919178638688
    mov rsp, qword ptr [r13+88]
    mov r15, qword ptr [r13+80]
    mov qword ptr [rbx], rax
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+16], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp], 1
    vmovups xmmword ptr [rbx], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rsp+32], rdi
# i_trim_t
    add rsp, 24
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call test_modules_loaded/3
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L423
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L423:
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
    mov qword ptr [rbx], 4747
# line_I
# call_light_bif_be
    align 4
L424:
L425:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089760
    lea rdx, qword ptr [L424]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L411
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_12:
# i_func_info_IaaI
# io_lib:format/3
    call L409
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x76, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x76, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
format/3:
# i_breakpoint_trampoline
    short jmp L426
.db 0x00
    call L412
    align 8
L426:
# i_test_yield
    lea rdx, qword ptr [format/3+24]
    dec r14
    jle L410
# allocate_tt
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L427
    mov ecx, 3
    call 140320710850576
L427:
    sub rsp, 40
# init_yregs_I
    mov eax, 59
    mov rdi, rsp
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp+16], xmm0
# catch_yf
    inc qword ptr [r13+264]
L428:
    mov eax, 2147483647
    mov qword ptr [rsp+32], rax
# line_I
# i_call_ext_e
L429:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x90
    call qword ptr [rax+r12*8]
# try_end_y
    dec qword ptr [r13+264]
    mov qword ptr [rsp+32], 59
# deallocate_t
    add rsp, 40
# return
    dec r14
    jl L411
    ret
# label_L
label_14:
# try_case_y
    dec qword ptr [r13+264]
    mov rax, qword ptr [rbx+24]
    mov qword ptr [rbx], rax
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# build_stacktrace
    movq xmm0, r15
    movq xmm1, rsp
    punpcklqdq xmm0, xmm1
    movups xmmword ptr [r13+80], xmm0
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    mov rsi, qword ptr [rbx]
    call 94919178638688
    mov rsp, qword ptr [r13+88]
    mov r15, qword ptr [r13+80]
    mov qword ptr [rbx], rax
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+16], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp], 1
    vmovups xmmword ptr [rbx], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rsp+32], rdi
# i_trim_t
    add rsp, 24
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call test_modules_loaded/3
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L430
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L430:
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
    mov qword ptr [rbx], 4747
# line_I
# call_light_bif_be
    align 4
L431:
L432:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089760
    lea rdx, qword ptr [L431]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L411
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_15:
# i_func_info_IaaI
# io_lib:scan_format/2
    call L409
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x76, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xA3, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
scan_format/2:
# i_breakpoint_trampoline
    short jmp L433
.db 0x00
    call L412
    align 8
L433:
# i_test_yield
    lea rdx, qword ptr [scan_format/2+24]
    dec r14
    jle L410
# allocate_tt
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L434
    mov ecx, 2
    call 140320710850576
L434:
    sub rsp, 40
# init_yregs_I
    mov eax, 59
    mov rdi, rsp
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp+16], xmm0
# catch_yf
    inc qword ptr [r13+264]
L435:
    mov eax, 2147483647
    mov qword ptr [rsp+32], rax
# line_I
# i_call_ext_e
L436:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x90
    call qword ptr [rax+r12*8]
# try_end_y
    dec qword ptr [r13+264]
    mov qword ptr [rsp+32], 59
# deallocate_t
    add rsp, 40
# return
    dec r14
    jl L411
    ret
# label_L
label_17:
# try_case_y
    dec qword ptr [r13+264]
    mov rax, qword ptr [rbx+24]
    mov qword ptr [rbx], rax
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# build_stacktrace
    movq xmm0, r15
    movq xmm1, rsp
    punpcklqdq xmm0, xmm1
    movups xmmword ptr [r13+80], xmm0
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    mov rsi, qword ptr [rbx]
    call 94919178638688
    mov rsp, qword ptr [r13+88]
    mov r15, qword ptr [r13+80]
    mov qword ptr [rbx], rax
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+16], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp], 1
    vmovups xmmword ptr [rbx], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rsp+32], rdi
# i_trim_t
    add rsp, 24
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call test_modules_loaded/3
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L437
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L437:
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
    mov qword ptr [rbx], 4747
# line_I
# call_light_bif_be
    align 4
L438:
L439:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089760
    lea rdx, qword ptr [L438]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L411
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_18:
# i_func_info_IaaI
# io_lib:unscan_format/1
    call L409
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x76, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x7B, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
unscan_format/1:
# i_breakpoint_trampoline
    short jmp L440
.db 0x00
    call L412
    align 8
L440:
# line_I
# i_test_yield
    lea rdx, qword ptr [unscan_format/1+24]
    dec r14
    jle L410
# i_call_ext_only_e
L441:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# func_line_I
# aligned_label_Lt
    align 8
label_20:
# i_func_info_IaaI
# io_lib:build_text/1
    call L409
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x76, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xF1, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
build_text/1:
# i_breakpoint_trampoline
    short jmp L442
.db 0x00
    call L412
    align 8
L442:
# i_test_yield
    lea rdx, qword ptr [build_text/1+24]
    dec r14
    jle L410
# allocate_tt
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L443
    mov ecx, 1
    call 140320710850576
L443:
    sub rsp, 32
# init_yregs_I
    mov eax, 59
    mov rdi, rsp
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+16], rdi
# catch_yf
    inc qword ptr [r13+264]
L444:
    mov eax, 2147483647
    mov qword ptr [rsp+24], rax
# line_I
# i_call_ext_e
L445:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x90
    call qword ptr [rax+r12*8]
# try_end_y
    dec qword ptr [r13+264]
    mov qword ptr [rsp+24], 59
# deallocate_t
    add rsp, 32
# return
    dec r14
    jl L411
    ret
# label_L
label_22:
# try_case_y
    dec qword ptr [r13+264]
    mov rax, qword ptr [rbx+24]
    mov qword ptr [rbx], rax
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# build_stacktrace
    movq xmm0, r15
    movq xmm1, rsp
    punpcklqdq xmm0, xmm1
    movups xmmword ptr [r13+80], xmm0
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    mov rsi, qword ptr [rbx]
    call 94919178638688
    mov rsp, qword ptr [r13+88]
    mov r15, qword ptr [r13+80]
    mov qword ptr [rbx], rax
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+16], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp], 1
    vmovups xmmword ptr [rbx], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rsp+24], rdi
# i_trim_t
    add rsp, 24
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call test_modules_loaded/3
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L446
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L446:
# put_cons_ss
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_move_sd
    mov qword ptr [rbx], 4747
# line_I
# call_light_bif_be
    align 4
L447:
L448:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089760
    lea rdx, qword ptr [L447]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L411
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_23:
# i_func_info_IaaI
# io_lib:build_text/2
    call L409
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x76, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xF1, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
build_text/2:
# i_breakpoint_trampoline
    short jmp L449
.db 0x00
    call L412
    align 8
L449:
# i_test_yield
    lea rdx, qword ptr [build_text/2+24]
    dec r14
    jle L410
# allocate_tt
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L450
    mov ecx, 2
    call 140320710850576
L450:
    sub rsp, 40
# init_yregs_I
    mov eax, 59
    mov rdi, rsp
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp+16], xmm0
# catch_yf
    inc qword ptr [r13+264]
L451:
    mov eax, 2147483647
    mov qword ptr [rsp+32], rax
# line_I
# i_call_ext_e
L452:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x90
    call qword ptr [rax+r12*8]
# try_end_y
    dec qword ptr [r13+264]
    mov qword ptr [rsp+32], 59
# deallocate_t
    add rsp, 40
# return
    dec r14
    jl L411
    ret
# label_L
label_25:
# try_case_y
    dec qword ptr [r13+264]
    mov rax, qword ptr [rbx+24]
    mov qword ptr [rbx], rax
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# build_stacktrace
    movq xmm0, r15
    movq xmm1, rsp
    punpcklqdq xmm0, xmm1
    movups xmmword ptr [r13+80], xmm0
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    mov rsi, qword ptr [rbx]
    call 94919178638688
    mov rsp, qword ptr [r13+88]
    mov r15, qword ptr [r13+80]
    mov qword ptr [rbx], rax
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+16], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp], 1
    vmovups xmmword ptr [rbx], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rsp+32], rdi
# i_trim_t
    add rsp, 24
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call test_modules_loaded/3
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L453
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L453:
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
    mov qword ptr [rbx], 4747
# line_I
# call_light_bif_be
    align 4
L454:
L455:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089760
    lea rdx, qword ptr [L454]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L411
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_26:
# i_func_info_IaaI
# io_lib:test_modules_loaded/3
    call L409
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x76, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x7B, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
test_modules_loaded/3:
# i_breakpoint_trampoline
    short jmp L456
.db 0x00
    call L412
    align 8
L456:
# i_test_yield
    lea rdx, qword ptr [test_modules_loaded/3+24]
    dec r14
    jle L410
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L457
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L457:
# i_move_sd
L458:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L459:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x90
    call qword ptr [rax+r12*8]
# is_eq_exact_fss
    cmp qword ptr [rbx], 30603
    jne label_28
# deallocate_t
# return
    dec r14
    jl L411
    ret
# label_L
label_28:
# line_I
# call_light_bif_be
    align 4
L460:
L461:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089728
    lea rdx, qword ptr [L460]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L411
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_29:
# i_func_info_IaaI
# io_lib:print/1
    call L409
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x76, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x82, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
print/1:
# i_breakpoint_trampoline
    short jmp L462
.db 0x00
    call L412
    align 8
L462:
# line_I
# i_test_yield
    lea rdx, qword ptr [print/1+24]
    dec r14
    jle L410
# i_call_ext_only_e
L463:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# func_line_I
# aligned_label_Lt
    align 8
label_31:
# i_func_info_IaaI
# io_lib:print/4
    call L409
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x76, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x82, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
print/4:
# i_breakpoint_trampoline
    short jmp L464
.db 0x00
    call L412
    align 8
L464:
# line_I
# i_test_yield
    lea rdx, qword ptr [print/4+24]
    dec r14
    jle L410
# i_call_ext_only_e
L465:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# func_line_I
# aligned_label_Lt
    align 8
label_33:
# i_func_info_IaaI
# io_lib:indentation/2
    call L409
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x76, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x7C, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
indentation/2:
# i_breakpoint_trampoline
    short jmp L466
.db 0x00
    call L412
    align 8
L466:
# line_I
# i_test_yield
    lea rdx, qword ptr [indentation/2+24]
    dec r14
    jle L410
# i_call_ext_only_e
L467:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# func_line_I
# aligned_label_Lt
    align 8
label_35:
# i_func_info_IaaI
# io_lib:format_prompt/1
    call L409
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x76, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xEA, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
format_prompt/1:
# i_breakpoint_trampoline
    short jmp L468
.db 0x00
    call L412
    align 8
L468:
# i_test_yield
    lea rdx, qword ptr [format_prompt/1+24]
    dec r14
    jle L410
# i_move_sd
    mov qword ptr [rbx+8], 22667
# i_call_only_f
    jmp format_prompt/2
# func_line_I
# aligned_label_Lt
    align 8
label_37:
# i_func_info_IaaI
# io_lib:format_prompt/2
    call L409
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x76, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xEA, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
format_prompt/2:
# i_breakpoint_trampoline
    short jmp L469
.db 0x00
    call L412
    align 8
L469:
# i_test_yield
    lea rdx, qword ptr [format_prompt/2+24]
    dec r14
    jle L410
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_39
    cmp dword ptr [rsi-2], 192
    jne label_39
    cmp qword ptr [rsi+6], 95947
    jne label_39
# get_two_tuple_elements_sPSS
    vpermilpd xmm0, xmmword ptr [rsi+14], 1
    vmovups xmmword ptr [rbx], xmm0
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rbx], xmm0
# i_call_only_f
    jmp do_format_prompt/2
# label_L
label_39:
# is_list_fs
    mov rax, qword ptr [rbx]
    cmp rax, 59
    short je L470
    test al, 2
    jne label_40
L470:
# jump_f
    jmp label_42
# label_L
label_40:
# is_atom_fs
    mov rax, qword ptr [rbx]
    and al, 63
    cmp al, 11
    jne label_41
# jump_f
    jmp label_42
# label_L
label_41:
# is_binary_fs
    mov rdi, qword ptr [rbx]
    rex test dil, 1
    jne label_43
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 40
    short je L472
    and al, -5
    cmp al, 32
    jne label_43
    short jmp L471
L472:
    cmp byte ptr [rdi+22], 0
    jne label_43
L471:
# label_L
label_42:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L473
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L473:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# i_move_sd
L474:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+8], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call add_modifier/2
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L475
    mov ecx, 1
    call 140320710850576
L475:
# put_cons_ss
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_call_last_ft
    add rsp, 8
    jmp do_format_prompt/2
# label_L
label_43:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L476
    mov ecx, 2
    call 140320710850576
L476:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# i_move_sd
L477:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+8], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call add_modifier/2
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L478
    mov ecx, 1
    call 140320710850576
L478:
# put_cons_ss
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_call_last_ft
    add rsp, 8
    jmp do_format_prompt/2
# func_line_I
# aligned_label_Lt
    align 8
label_44:
# i_func_info_IaaI
# io_lib:do_format_prompt/2
    call L409
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x76, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x7C, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
do_format_prompt/2:
# i_breakpoint_trampoline
    short jmp L479
.db 0x00
    call L412
    align 8
L479:
# i_test_yield
    lea rdx, qword ptr [do_format_prompt/2+24]
    dec r14
    jle L410
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L480
    mov ecx, 2
    call 140320710850576
L480:
    sub rsp, 8
# catch_yf
    inc qword ptr [r13+264]
L481:
    mov eax, 2147483647
    mov qword ptr [rsp], rax
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call format/2
# label_L
label_46:
# catch_end_y
    dec qword ptr [r13+264]
    mov qword ptr [rsp], 59
    cmp qword ptr [rbx], 0
    short jne L482
.db 0x90
    call 140320710850088
L482:
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_47
    cmp dword ptr [rsi-2], 128
    jne label_47
    cmp qword ptr [rsi+6], 1355
    jne label_47
# i_move_sd
L483:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L411
    ret
# label_L
label_47:
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L411
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_48:
# i_func_info_IaaI
# io_lib:add_modifier/2
    call L409
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x76, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x7C, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
add_modifier/2:
# i_breakpoint_trampoline
    short jmp L484
.db 0x00
    call L412
    align 8
L484:
# i_test_yield
    lea rdx, qword ptr [add_modifier/2+24]
    dec r14
    jle L410
# is_eq_exact_fss
    cmp qword ptr [rbx], 22667
    jne label_50
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L485
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L485:
# put_cons_ss
    mov qword ptr [r15], 2031
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# return
    dec r14
    jl L411
    ret
# label_L
label_50:
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L486
    mov ecx, 2
    call 140320710850576
L486:
# put_cons_ss
    mov qword ptr [r15], 1871
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov qword ptr [r15+16], 2031
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# store_cons_Id
    add r15, 32
    mov qword ptr [rbx], rsi
# return
    dec r14
    jl L411
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_51:
# i_func_info_IaaI
# io_lib:write/1
    call L409
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x76, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x7C, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
write/1:
# i_breakpoint_trampoline
    short jmp L487
.db 0x00
    call L412
    align 8
L487:
# i_test_yield
    lea rdx, qword ptr [write/1+24]
    dec r14
    jle L410
# i_move_sd
    mov qword ptr [rbx+16], 22667
# i_move_sd
    mov qword ptr [rbx+8], -1
# i_call_only_f
    jmp write1/3
# func_line_I
# aligned_label_Lt
    align 8
label_53:
# i_func_info_IaaI
# io_lib:write/3
    call L409
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x76, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x7C, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
write/3:
# i_breakpoint_trampoline
    short jmp L488
.db 0x00
    call L412
    align 8
L488:
# i_test_yield
    lea rdx, qword ptr [write/3+24]
    dec r14
    jle L410
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+16]
    cmp rsi, 11
    je label_56
    cmp rsi, 75
    je label_55
    short jmp label_53
# label_L
label_55:
# i_move_sd
    mov qword ptr [rbx+16], 1295
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov qword ptr [rbx+8], 31
# line_I
# i_call_ext_only_e
L489:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# label_L
label_56:
# i_call_only_f
    jmp write/2
# func_line_I
# aligned_label_Lt
    align 8
label_57:
# i_func_info_IaaI
# io_lib:write/2
    call L409
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x76, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x7C, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
write/2:
# i_breakpoint_trampoline
    short jmp L490
.db 0x00
    call L412
    align 8
L490:
# i_test_yield
    lea rdx, qword ptr [write/2+24]
    dec r14
    jle L410
# is_list_fs
    mov rax, qword ptr [rbx+8]
    cmp rax, 59
    short je L491
    test al, 2
    jne label_62
L491:
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L492
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L492:
    sub rsp, 24
# init_yregs_I
    mov qword ptr [rsp], 59
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp+8], xmm0
# i_move_sd
    mov qword ptr [rbx+16], -1
# i_move_sd
    mov qword ptr [rbx], 234251
# line_I
# i_call_f
    call get_option/3
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# line_I
# i_call_ext_e
L493:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx], 234315
# i_call_f
    call get_option/3
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# i_move_sd
    mov qword ptr [rbx+16], -1
# i_move_sd
    mov qword ptr [rbx], 234635
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call get_option/3
# is_ne_exact_fss
    cmp qword ptr [rsp], 15
    je label_59
# is_eq_exact_fss
    cmp qword ptr [rbx], 15
    jne label_60
# label_L
label_59:
# i_move_sd
L494:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L411
    ret
# label_L
label_60:
# is_lt_fss
    mov esi, 15
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 15
    short jne L495
    cmp rdi, rsi
    short jmp L496
L495:
    call 140320710848608
L496:
    jge label_61
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rsp]
    movups xmmword ptr [rbx+8], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 24
    jmp write1/3
# label_L
label_61:
# is_lt_fss
    mov rsi, qword ptr [rbx]
    mov edi, 15
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L497
    cmp rdi, rsi
    short jmp L498
L497:
    call 140320710848608
L498:
    jge label_63
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L499
    mov ecx, 1
.db 0x90
    call 140320710850576
L499:
# i_make_fun3_FStt
L500:
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
    mov qword ptr [rbx+24], rax
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+32], rdi
# i_move_sd
    mov qword ptr [rbx+40], 11
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# i_trim_t
    add rsp, 24
# line_I
# i_call_ext_e
L501:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# line_I
# i_call_ext_last_et
L502:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# label_L
label_62:
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L503
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L503:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 234251
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx+8], rdi
# put_cons_ss
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15], rdi
L504:
    long mov rdi, 9223372036854775807
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_call_only_f
    jmp write/2
# label_L
label_63:
# line_I
# if_end
    mov qword ptr [r13+112], 8272
    xor ecx, ecx
    call 140320710854352
# func_line_I
    nop
# aligned_label_Lt
    align 8
label_64:
# i_func_info_IaaI
# io_lib:write1/3
    call L409
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x76, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x7D, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
write1/3:
# i_breakpoint_trampoline
    short jmp L505
.db 0x00
    call L412
    align 8
L505:
# i_test_yield
    lea rdx, qword ptr [write1/3+24]
    dec r14
    jle L410
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 15
    jne label_66
# i_move_sd
L506:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L411
    ret
# label_L
label_66:
# is_integer_fs
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L507
    test al, 1
    jne label_67
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_67
L507:
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L508
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L508:
# call_light_bif_be
    align 4
L509:
L510:
    long mov rcx, 9223372036854775807
    mov rax, 94919179120432
    lea rdx, qword ptr [L509]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L411
    ret
# label_L
label_67:
# is_float_fs
    mov rdi, qword ptr [rbx]
    rex test dil, 1
    jne label_68
    cmp qword ptr [rdi-2], 88
    jne label_68
# line_I
# i_call_ext_only_e
L511:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# label_L
label_68:
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 22667
    jne label_69
# is_atom_fs
    mov rax, qword ptr [rbx]
    and al, 63
    cmp al, 11
    jne label_70
# i_call_only_f
    jmp write_atom_as_latin1/1
# label_L
label_69:
# is_atom_fs
    mov rax, qword ptr [rbx]
    and al, 63
    cmp al, 11
    jne label_70
# i_call_only_f
    jmp write_atom/1
# label_L
label_70:
# is_port_fs
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 7
    short je L512
    test al, 1
    jne label_71
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 52
    jne label_71
L512:
# i_call_only_f
    jmp write_port/1
# label_L
label_71:
# is_pid_fs
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 3
    short je L513
    test al, 1
    jne label_72
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 48
    jne label_72
L513:
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L514
    mov ecx, 1
.db 0x90
    call 140320710850576
L514:
# call_light_bif_be
    align 4
L515:
L516:
    long mov rcx, 9223372036854775807
    mov rax, 94919179108912
    lea rdx, qword ptr [L515]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L411
    ret
# label_L
label_72:
# is_reference_fs
    mov rax, qword ptr [rbx]
    test al, 1
    jne label_73
    mov eax, dword ptr [rax-2]
    and al, 63
    cmp al, 16
    short je L517
    cmp al, 56
    jne label_73
L517:
# i_call_only_f
    jmp write_ref/1
# label_L
label_73:
# is_bitstring_fs
    mov rdi, qword ptr [rbx]
    rex test dil, 1
    jne label_74
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 40
    short je L518
    and al, -5
    cmp al, 32
    jne label_74
    short jmp L518
L518:
# i_call_only_f
    jmp write_binary/2
# label_L
label_74:
# i_is_eq_exact_literal_fscI
L519:
    long mov rsi, 9223372036854775807
    mov rdi, qword ptr [rbx]
    rex test dil, 1
    jne label_75
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    jz label_75
# i_move_sd
L520:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L411
    ret
# label_L
label_75:
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_77
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+24], rsi
    mov qword ptr [rbx], rdx
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 31
    jne label_76
# i_move_sd
L521:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L411
    ret
# label_L
label_76:
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rbx+8]
    mov rdx, -16
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L522
    mov rax, rsi
    add rax, rdx
    short jno L523
L522:
    call 140320710853080
L523:
    mov qword ptr [rbx+32], rax
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L524
    mov ecx, 5
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L524:
    sub rsp, 24
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rsp+8], xmm0
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+24]
    movups xmmword ptr [rbx], xmm0
# i_call_f
    call write1/3
# i_increment_SWd
    mov rsi, qword ptr [rsp+16]
    mov rdx, -16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L525
    add rax, rdx
    short jno L526
L525:
    call 140320710853080
L526:
    mov qword ptr [rbx+8], rax
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+16], rdi
# i_trim_t
    add rsp, 16
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx], rdi
# i_call_f
.db 0x90
    call write_tail/3
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L527
    mov ecx, 1
    call 140320710850576
L527:
# put_cons_ss
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
L528:
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
    add rsp, 8
# return
    dec r14
    jl L411
    ret
# label_L
label_77:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_78
# i_move_sd
L529:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L411
    ret
# label_L
label_78:
# is_function_fS
    mov rax, qword ptr [rbx]
    test al, 1
    jne label_79
    mov eax, dword ptr [rax-2]
    cmp rax, 212
    jne label_79
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L530
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L530:
# call_light_bif_be
    align 4
L531:
L532:
    long mov rcx, 9223372036854775807
    mov rax, 94919179108864
    lea rdx, qword ptr [L531]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L411
    ret
# label_L
label_79:
# is_map_fs
    mov rax, qword ptr [rbx]
    test al, 1
    jne label_80
    mov eax, dword ptr [rax-2]
    and al, 63
    cmp al, 60
    jne label_80
# i_call_only_f
    jmp write_map/3
# label_L
label_80:
# i_is_tuple_fs
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_64
    test byte ptr [rsi-2], 63
    jne label_64
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 31
    jne label_81
# i_move_sd
L533:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L411
    ret
# label_L
label_81:
# line_I
# bif_element_jssd
    mov rsi, qword ptr [rbx]
# skipped tuple test since source is always a tuple
    cmp dword ptr [rsi-2], 64
    short jae L534
    mov edi, 31
    call 140320710851136
L534:
    mov rax, qword ptr [rsi+6]
    mov qword ptr [rbx+24], rax
# i_increment_SWd
    mov rsi, qword ptr [rbx+8]
    mov rdx, -16
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L535
    mov rax, rsi
    add rax, rdx
    short jno L536
L535:
    call 140320710853080
L536:
    mov qword ptr [rbx+32], rax
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L537
    mov ecx, 5
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L537:
    sub rsp, 24
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rsp], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+16], rdi
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+24]
    movups xmmword ptr [rbx], xmm0
# i_call_f
    call write1/3
# i_increment_SWd
    mov rsi, qword ptr [rsp+8]
    mov rdx, -16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L538
    add rax, rdx
    short jno L539
L538:
    call 140320710853080
L539:
    mov qword ptr [rbx+16], rax
# swap_dd
    mov rdi, qword ptr [rsp+16]
    mov rsi, qword ptr [rbx]
    mov qword ptr [rbx], rdi
    mov qword ptr [rsp+16], rsi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov qword ptr [rbx+8], 47
# i_trim_t
    add rsp, 16
# i_call_f
.db 0x90
    call write_tuple/4
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L540
    mov ecx, 1
    call 140320710850576
L540:
# put_cons_ss
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
L541:
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
    add rsp, 8
# return
    dec r14
    jl L411
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_82:
# i_func_info_IaaI
# io_lib:write_tail/3
    call L409
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x76, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x7D, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
write_tail/3:
# i_breakpoint_trampoline
    short jmp L542
.db 0x00
    call L412
    align 8
L542:
# i_test_yield
    lea rdx, qword ptr [write_tail/3+24]
    dec r14
    jle L410
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_84
# return
    dec r14
    jl L411
    ret
# label_L
label_84:
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 31
    jne label_85
# i_move_sd
L543:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L411
    ret
# label_L
label_85:
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_86
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+24], rsi
    mov qword ptr [rbx], rdx
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rbx+8]
    mov rdx, -16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L544
    add rax, rdx
    short jno L545
L544:
    call 140320710853080
L545:
    mov qword ptr [rbx+32], rax
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L546
    mov ecx, 5
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L546:
    sub rsp, 24
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rsp+8], xmm0
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+24]
    movups xmmword ptr [rbx], xmm0
# i_call_f
    call write1/3
# i_increment_SWd
    mov rsi, qword ptr [rsp+16]
    mov rdx, -16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L547
    add rax, rdx
    short jno L548
L547:
    call 140320710853080
L548:
    mov qword ptr [rbx+8], rax
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+16], rdi
# i_trim_t
    add rsp, 16
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx], rdi
# i_call_f
.db 0x90
    call write_tail/3
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L549
    mov ecx, 1
    call 140320710850576
L549:
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
    jl L411
    ret
# label_L
label_86:
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rbx+8]
    mov rdx, -16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L550
    add rax, rdx
    short jno L551
L550:
    call 140320710853080
L551:
    mov qword ptr [rbx+8], rax
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L552
    mov ecx, 3
    call 140320710850576
L552:
# i_call_f
.db 0x0F, 0x1F, 0x00
    call write1/3
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L553
    mov ecx, 1
    call 140320710850576
L553:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov qword ptr [r15+16], 1999
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# store_cons_Id
    add r15, 32
    mov qword ptr [rbx], rsi
# deallocate_t
# return
    dec r14
    jl L411
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_87:
# i_func_info_IaaI
# io_lib:write_tuple/4
    call L409
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x76, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x7D, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
write_tuple/4:
# i_breakpoint_trampoline
    short jmp L554
.db 0x00
    call L412
    align 8
L554:
# i_test_yield
    lea rdx, qword ptr [write_tuple/4+24]
    dec r14
    jle L410
# i_bif1_sjbd
    lea rsi, qword ptr [rbx]
    mov rcx, 94919179098688
    call 140320710851304
    mov qword ptr [rbx+32], rax
# is_lt_fss
    mov rsi, qword ptr [rbx+8]
    mov rdi, qword ptr [rbx+32]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L555
    cmp rdi, rsi
    short jmp L556
L555:
    call 140320710848608
L556:
    jge label_89
# i_move_sd
    mov qword ptr [rbx], 59
# return
    dec r14
    jl L411
    ret
# label_L
label_89:
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 31
    jne label_90
# i_move_sd
L557:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L411
    ret
# label_L
label_90:
# line_I
# bif_element_jssd
    mov rsi, qword ptr [rbx]
    mov rdi, qword ptr [rbx+8]
    xor edx, edx
    call 140320710848960
    mov qword ptr [rbx+32], rax
# i_increment_SWd
    mov rsi, qword ptr [rbx+16]
    mov rdx, -16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L558
    add rax, rdx
    short jno L559
L558:
    call 140320710853080
L559:
    mov qword ptr [rbx+40], rax
# allocate_tt
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L560
    mov ecx, 6
.db 0x90
    call 140320710850576
L560:
    sub rsp, 32
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+16], 1
    vmovups xmmword ptr [rsp], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp+16], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx], rdi
# i_call_f
    call write1/3
# i_increment_SWd
# skipped operand and overflow checks
    mov rax, qword ptr [rsp+16]
    add rax, 16
    mov qword ptr [rbx+8], rax
# i_increment_SWd
    mov rsi, qword ptr [rsp+8]
    mov rdx, -16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L561
    add rax, rdx
    short jno L562
L561:
    call 140320710853080
L562:
    mov qword ptr [rbx+16], rax
# swap_dd
    mov rdi, qword ptr [rsp+24]
    mov rsi, qword ptr [rbx]
    mov qword ptr [rbx], rdi
    mov qword ptr [rsp+24], rsi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+24], rdi
# i_trim_t
    add rsp, 24
# i_call_f
    call write_tuple/4
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L563
    mov ecx, 1
    call 140320710850576
L563:
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
    jl L411
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_91:
# i_func_info_IaaI
# io_lib:write_port/1
    call L409
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x76, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x7E, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
write_port/1:
# i_breakpoint_trampoline
    short jmp L564
.db 0x00
    call L412
    align 8
L564:
# line_I
# i_test_yield
    lea rdx, qword ptr [write_port/1+24]
    dec r14
    jle L410
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L565
    mov ecx, 1
    call 140320710850576
L565:
# call_light_bif_be
    align 4
L566:
L567:
    long mov rcx, 9223372036854775807
    mov rax, 94919179108976
    lea rdx, qword ptr [L566]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L411
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_93:
# i_func_info_IaaI
# io_lib:write_ref/1
    call L409
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x76, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x7E, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
write_ref/1:
# i_breakpoint_trampoline
    short jmp L568
.db 0x00
    call L412
    align 8
L568:
# line_I
# i_test_yield
    lea rdx, qword ptr [write_ref/1+24]
    dec r14
    jle L410
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L569
    mov ecx, 1
    call 140320710850576
L569:
# call_light_bif_be
    align 4
L570:
L571:
    long mov rcx, 9223372036854775807
    mov rax, 94919179108512
    lea rdx, qword ptr [L570]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L411
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_95:
# i_func_info_IaaI
# io_lib:write_map/3
    call L409
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x76, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x7E, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
write_map/3:
# i_breakpoint_trampoline
    short jmp L572
.db 0x00
    call L412
    align 8
L572:
# i_test_yield
    lea rdx, qword ptr [write_map/3+24]
    dec r14
    jle L410
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 31
    jne label_97
# i_move_sd
L573:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L411
    ret
# label_L
label_97:
# is_integer_fs
    mov rdi, qword ptr [rbx+8]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L574
    test al, 1
    short jne label_95
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    short jne label_95
L574:
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L575
    mov ecx, 3
.db 0x90
    call 140320710850576
L575:
    sub rsp, 24
# init_yregs_I
    mov qword ptr [rsp], 59
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rsp+8], xmm0
# line_I
# i_call_ext_e
L576:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x90
    call qword ptr [rax+r12*8]
# line_I
# i_call_ext_e
L577:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# i_is_tuple_fs
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_98
    test byte ptr [rsi-2], 63
    jne label_98
# i_test_arity_fsA
    mov rsi, qword ptr [rbx]
    cmp dword ptr [rsi-2], 192
    jne label_99
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rsp], rdi
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rsp+16]
    mov rdx, -16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L578
    add rax, rdx
    short jno L579
L578:
    call 140320710853080
L579:
    mov qword ptr [rsp+16], rax
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# get_two_tuple_elements_sPSS
    vpermilpd xmm0, xmmword ptr [rsi+6], 1
    vmovups xmmword ptr [rbx], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+8], 1
    vmovups xmmword ptr [rbx+16], xmm0
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rbx], xmm0
# line_I
# i_call_f
    call write_map_assoc/4
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+32], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+24], rdi
# i_trim_t
    add rsp, 16
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x90
    call write_map_body/4
# test_heap_It
    lea rdx, qword ptr [r15+96]
    cmp rdx, rsp
    short jbe L580
    mov ecx, 1
    call 140320710850576
L580:
# put_cons_ss
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
L581:
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
    add rsp, 8
# return
    dec r14
    jl L411
    ret
# label_L
label_98:
# is_eq_exact_fss
    cmp qword ptr [rbx], 28299
    jne label_99
# i_move_sd
L582:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L411
    ret
# label_L
label_99:
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
label_100:
# i_func_info_IaaI
# io_lib:write_map_body/4
    call L409
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x76, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x7E, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
write_map_body/4:
# i_breakpoint_trampoline
    short jmp L583
.db 0x00
    call L412
    align 8
L583:
# i_test_yield
    lea rdx, qword ptr [write_map_body/4+24]
    dec r14
    jle L410
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 31
    jne label_102
# i_move_sd
L584:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L411
    ret
# label_L
label_102:
# allocate_tt
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L585
    mov ecx, 4
.db 0x66, 0x90
    call 140320710850576
L585:
    sub rsp, 32
# init_yregs_I
    mov qword ptr [rsp], 59
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+16], 1
    vmovups xmmword ptr [rsp+8], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp+24], rdi
# line_I
# i_call_ext_e
L586:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# i_is_tuple_fs
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_103
    test byte ptr [rsi-2], 63
    jne label_103
# i_test_arity_fsA
    mov rsi, qword ptr [rbx]
    cmp dword ptr [rsi-2], 192
    jne label_104
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+6]
    movups xmmword ptr [rbx+8], xmm0
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+24], rdi
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+8]
    movups xmmword ptr [rbx], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+16], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call write_map_assoc/4
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rsp+24]
    mov rdx, -16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L587
    add rax, rdx
    short jno L588
L587:
    call 140320710853080
L588:
    mov qword ptr [rbx+8], rax
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+32], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+24], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+24], rdi
# i_trim_t
    add rsp, 24
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx], rdi
# i_call_f
    call write_map_body/4
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L589
    mov ecx, 1
    call 140320710850576
L589:
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
    jl L411
    ret
# label_L
label_103:
# is_eq_exact_fss
    cmp qword ptr [rbx], 28299
    jne label_104
# i_move_sd
    mov qword ptr [rbx], 59
# deallocate_t
    add rsp, 32
# return
    dec r14
    jl L411
    ret
# label_L
label_104:
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
label_105:
# i_func_info_IaaI
# io_lib:write_map_assoc/4
    call L409
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x76, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x7F, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
write_map_assoc/4:
# i_breakpoint_trampoline
    short jmp L590
.db 0x00
    call L412
    align 8
L590:
# i_test_yield
    lea rdx, qword ptr [write_map_assoc/4+24]
    dec r14
    jle L410
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L591
    mov ecx, 4
    call 140320710850576
L591:
    sub rsp, 24
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+16], 1
    vmovups xmmword ptr [rsp], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp+16], rdi
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+16]
    movups xmmword ptr [rbx+8], xmm0
# line_I
# i_call_f
.db 0x66, 0x90
    call write1/3
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+16], rdi
# i_trim_t
    add rsp, 16
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx], rdi
# i_call_f
.db 0x66, 0x90
    call write1/3
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L592
    mov ecx, 1
    call 140320710850576
L592:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# append_cons_Is
L593:
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
    jl L411
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_107:
# i_func_info_IaaI
# io_lib:write_binary/2
    call L409
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x76, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x7F, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
write_binary/2:
# i_breakpoint_trampoline
    short jmp L594
.db 0x00
    call L412
    align 8
L594:
# i_test_yield
    lea rdx, qword ptr [write_binary/2+24]
    dec r14
    jle L410
# is_integer_fs
    mov rdi, qword ptr [rbx+8]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L595
    test al, 1
    short jne label_107
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    short jne label_107
L595:
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L596
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L596:
# i_move_sd
    mov qword ptr [rbx+16], -1
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call write_binary/3
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx], rdi
# deallocate_t
# return
    dec r14
    jl L411
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_109:
# i_func_info_IaaI
# io_lib:write_binary/3
    call L409
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x76, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x7F, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
write_binary/3:
# i_breakpoint_trampoline
    short jmp L597
.db 0x00
    call L412
    align 8
L597:
# i_test_yield
    lea rdx, qword ptr [write_binary/3+24]
    dec r14
    jle L410
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L598
    mov ecx, 3
    call 140320710850576
L598:
    sub rsp, 16
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp], xmm0
# i_move_sd
    mov qword ptr [rbx+8], 79
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x90
    call tsub/2
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx+24], 59
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov qword ptr [rsp+8], 59
# i_trim_t
    add rsp, 8
# i_call_f
.db 0x0F, 0x1F, 0x00
    call write_binary_body/4
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
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
# i_call_ext_e
L599:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# test_heap_It
    lea rdx, qword ptr [r15+104]
    cmp rdx, rsp
    short jbe L600
    mov ecx, 1
    call 140320710850576
L600:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
L601:
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
    jl L411
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_111:
# i_func_info_IaaI
# io_lib:write_binary_body/4
    call L409
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x76, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x7F, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
write_binary_body/4:
# i_breakpoint_trampoline
    short jmp L602
.db 0x00
    call L412
    align 8
L602:
# i_test_yield
    lea rdx, qword ptr [write_binary_body/4+24]
    dec r14
    jle L410
# i_is_eq_exact_literal_fscI
L603:
    long mov rsi, 9223372036854775807
    mov rdi, qword ptr [rbx]
    rex test dil, 1
    jne label_113
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    jz label_113
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L604
    mov ecx, 4
.db 0x90
    call 140320710850576
L604:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [r15+8], rdi
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L411
    ret
# label_L
label_113:
# is_ne_exact_fss
    cmp qword ptr [rbx+8], 31
    je label_114
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 15
    jne label_115
# label_L
label_114:
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L605
    mov ecx, 4
.db 0x66, 0x90
    call 140320710850576
L605:
# put_cons_ss
L606:
    long mov rdi, 9223372036854775807
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+24]
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
# (moving and swapping two elements at once)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [r15+8], xmm0
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L411
    ret
# label_L
label_115:
# i_bs_start_match3_Stjd
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_117
    mov eax, dword ptr [rsi-2]
    and al, 60
    cmp al, 4
    short je L608
# is_binary_header
    cmp al, 40
    short je L607
    and al, -5
    cmp al, 32
    jne label_117
L607:
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L609
    mov qword ptr [rbx+32], rsi
    mov ecx, 5
.db 0x66, 0x90
    call 140320710850576
    mov rsi, qword ptr [rbx+32]
L609:
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
L608:
    mov qword ptr [rbx+32], rsi
# i_bs_get_integer_8_Stfd
    mov rcx, qword ptr [rbx+32]
    mov rsi, qword ptr [rcx+22]
    lea rdx, qword ptr [rsi+8]
    cmp rdx, qword ptr [rcx+30]
    ja label_117
    rex test sil, 7
    short je L611
    mov edx, 64
    call 140320710849168
    short jmp L610
L611:
    mov rdi, qword ptr [rcx+14]
    shr rsi, 3
    mov qword ptr [rcx+22], rdx
    movzx rax, byte ptr [rdi+rsi]
    shl rax, 4
    or rax, 15
L610:
    mov qword ptr [rbx+40], rax
# bs_test_tail2_fSW
    mov rdi, qword ptr [rbx+32]
    mov rsi, qword ptr [rdi+30]
    sub rsi, qword ptr [rdi+22]
    jne label_116
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L612
    mov ecx, 6
    call 140320710850576
L612:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L613:
L614:
    long mov rcx, 9223372036854775807
    mov rax, 94919179120432
    lea rdx, qword ptr [L613]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L615
    mov ecx, 1
    call 140320710850576
L615:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rsp]
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
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
L616:
    long mov rdi, 9223372036854775807
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L411
    ret
# label_L
label_116:
# allocate_tt
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L617
    mov ecx, 6
.db 0x90
    call 140320710850576
L617:
    sub rsp, 32
# init_yregs_I
    mov qword ptr [rsp], 59
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+16], 1
    vmovups xmmword ptr [rsp+8], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp+24], rdi
# bs_get_tail_Sdt
    mov rdi, qword ptr [rbx+32]
    lea rdx, qword ptr [r15+112]
    cmp rdx, rsp
    short jbe L618
    mov qword ptr [rbx+48], rdi
    mov ecx, 7
.db 0x66, 0x90
    call 140320710850576
    mov rdi, qword ptr [rbx+48]
L618:
    call 140320710849224
    mov qword ptr [rsp], rax
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L619:
L620:
    long mov rcx, 9223372036854775807
    mov rax, 94919179120432
    lea rdx, qword ptr [L619]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rsp+24]
    mov rdx, -16
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L621
    mov rax, rsi
    add rax, rdx
    short jno L622
L621:
    call 140320710853080
L622:
    mov qword ptr [rsp+24], rax
# i_length_setup_jts
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
    mov qword ptr [rbx+16], 15
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+24], rdi
# i_length_jtd
    align 4
L623:
    mov esi, 1
    lea rdx, qword ptr [L623]
    call 140320710852592
    mov qword ptr [rbx+8], rax
# i_increment_SWd
# skipped operand and overflow checks
    mov rax, qword ptr [rbx+8]
    add rax, 16
    mov qword ptr [rbx+8], rax
# swap_dd
    mov rdi, qword ptr [rsp+16]
    mov rsi, qword ptr [rbx]
    mov qword ptr [rbx], rdi
    mov qword ptr [rsp+16], rsi
# i_call_f
.db 0x90
    call tsub/2
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L624
    mov ecx, 1
    call 140320710850576
L624:
# put_cons_ss
# (putting and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rsp+8], 1
    vmovups xmmword ptr [r15], xmm0
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# append_cons_Is
    mov qword ptr [r15], 719
    mov qword ptr [r15+8], rsi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+24], rsi
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 32
    jmp write_binary_body/4
# label_L
label_117:
# line_I
# i_bif1_sjbd
    lea rsi, qword ptr [rbx]
    mov rcx, 94919178858912
    call 140320710851304
    mov qword ptr [rbx+8], rax
# i_bs_start_match3_Stjd
    mov rsi, qword ptr [rbx]
    mov eax, dword ptr [rsi-2]
    and al, 60
    cmp al, 4
    short je L626
L625:
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L627
    mov qword ptr [rbx+32], rsi
    mov ecx, 5
.db 0x90
    call 140320710850576
    mov rsi, qword ptr [rbx+32]
L627:
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
L626:
    mov qword ptr [rbx+16], rsi
# i_bs_get_integer_Sfttsd
    mov rax, qword ptr [rbx+8]
    mov edx, eax
    and edx, 15
    cmp edx, 15
    jne label_118
    sar rax, 4
    js label_118
    mov r8, rax
    mov rdx, qword ptr [rbx+16]
    mov ecx, 8
    mov r9d, 4
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
    je label_118
    mov qword ptr [rbx+32], rax
# bs_test_tail2_fSW
    mov rdi, qword ptr [rbx+16]
    mov rsi, qword ptr [rdi+30]
    sub rsi, qword ptr [rdi+22]
    jne label_118
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L628
    mov ecx, 5
.db 0x90
    call 140320710850576
L628:
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
L629:
L630:
    long mov rcx, 9223372036854775807
    mov rax, 94919179120432
    lea rdx, qword ptr [L629]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# swap_dd
    mov rdi, qword ptr [rsp]
    mov rsi, qword ptr [rbx]
    mov qword ptr [rbx], rdi
    mov qword ptr [rsp], rsi
# call_light_bif_be
    align 4
L631:
L632:
    long mov rcx, 9223372036854775807
    mov rax, 94919179120432
    lea rdx, qword ptr [L631]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+104]
    cmp rdx, rsp
    short jbe L633
    mov ecx, 1
    call 140320710850576
L633:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov qword ptr [r15+16], 943
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
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
L634:
    long mov rdi, 9223372036854775807
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L411
    ret
# label_L
label_118:
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
label_119:
# i_func_info_IaaI
# io_lib:tsub/2
    call L409
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x76, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x7F, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
tsub/2:
# i_breakpoint_trampoline
    short jmp L635
.db 0x00
    call L412
    align 8
L635:
# i_test_yield
    lea rdx, qword ptr [tsub/2+24]
    dec r14
    jle L410
# is_lt_fss
    mov esi, 15
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 15
    short jne L636
    cmp rdi, rsi
    short jmp L637
L636:
    call 140320710848608
L637:
    jge label_121
# return
    dec r14
    jl L411
    ret
# label_L
label_121:
# is_ge_fss
    mov rsi, qword ptr [rbx+8]
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L638
    cmp rdi, rsi
    short jmp L639
L638:
    call 140320710848608
L639:
    jl label_122
# line_I
# i_minus_ssjd
    mov rsi, qword ptr [rbx]
    mov rdx, qword ptr [rbx+8]
# are both operands small?
    mov eax, esi
    and eax, edx
    and al, 15
    cmp al, 15
    short jne L641
# sub with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    sub rax, rcx
    short jno L640
L641:
    call 140320710853584
L640:
    mov qword ptr [rbx], rax
# return
    dec r14
    jl L411
    ret
# label_L
label_122:
# i_move_sd
    mov qword ptr [rbx], 15
# return
    dec r14
    jl L411
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_123:
# i_func_info_IaaI
# io_lib:get_option/3
    call L409
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x76, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x95, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
get_option/3:
# i_breakpoint_trampoline
    short jmp L642
.db 0x00
    call L412
    align 8
L642:
# i_test_yield
    lea rdx, qword ptr [get_option/3+24]
    dec r14
    jle L410
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L643
    mov ecx, 3
    call 140320710850576
L643:
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
L644:
L645:
    long mov rcx, 9223372036854775807
    mov rax, 94919178929168
    lea rdx, qword ptr [L644]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_125
    cmp dword ptr [rsi-2], 128
    jne label_125
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# is_eq_exact_fss
# simplified check since one argument is an immediate
    mov rdi, qword ptr [rsp+8]
    cmp qword ptr [rbx+8], rdi
    jne label_125
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L411
    ret
# label_L
label_125:
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L411
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_126:
# i_func_info_IaaI
# io_lib:write_atom/1
    call L409
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x76, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x7D, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
write_atom/1:
# i_breakpoint_trampoline
    short jmp L646
.db 0x00
    call L412
    align 8
L646:
# i_test_yield
    lea rdx, qword ptr [write_atom/1+24]
    dec r14
    jle L410
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L647
    mov ecx, 1
    call 140320710850576
L647:
# i_make_fun3_FStt
L648:
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
    mov qword ptr [rbx+8], rax
# i_call_only_f
    jmp write_possibly_quoted_atom/2
# func_line_I
# aligned_label_Lt
    align 8
label_128:
# i_func_info_IaaI
# io_lib:write_atom_as_latin1/1
    call L409
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x76, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x18, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
write_atom_as_latin1/1:
# i_breakpoint_trampoline
    short jmp L649
.db 0x00
    call L412
    align 8
L649:
# i_test_yield
    lea rdx, qword ptr [write_atom_as_latin1/1+24]
    dec r14
    jle L410
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L650
    mov ecx, 1
    call 140320710850576
L650:
# i_make_fun3_FStt
L651:
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
    mov qword ptr [rbx+8], rax
# i_call_only_f
    jmp write_possibly_quoted_atom/2
# func_line_I
# aligned_label_Lt
    align 8
label_130:
# i_func_info_IaaI
# io_lib:write_possibly_quoted_atom/2
    call L409
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x76, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x80, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
write_possibly_quoted_atom/2:
# i_breakpoint_trampoline
    short jmp L652
.db 0x00
    call L412
    align 8
L652:
# i_test_yield
    lea rdx, qword ptr [write_possibly_quoted_atom/2+24]
    dec r14
    jle L410
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L653
    mov ecx, 2
    call 140320710850576
L653:
    sub rsp, 16
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp], xmm0
# line_I
# call_light_bif_be
    align 4
L654:
L655:
    long mov rcx, 9223372036854775807
    mov rax, 94919179100592
    lea rdx, qword ptr [L654]
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
# i_call_f
    call quote_atom/2
# is_eq_exact_fss
    cmp qword ptr [rbx], 75
    jne label_132
# i_move_sd
    mov qword ptr [rbx+8], 639
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# line_I
# i_call_fun2_last_atSt
    mov rcx, qword ptr [rbx+16]
    mov edx, 2
    lea r8, qword ptr [L656]
# skipped box test since source is always boxed
# skipped fun test since source is always a fun when boxed
# skipped arity test since source always has right arity
    mov rax, qword ptr [rcx+6]
    mov rdi, qword ptr [rax+r12*8]
L656:
    add rsp, 16
    jmp rdi
# label_L
label_132:
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L411
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_133:
# i_func_info_IaaI
# io_lib:quote_atom/2
    call L409
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x76, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x80, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
quote_atom/2:
# i_breakpoint_trampoline
    short jmp L657
.db 0x00
    call L412
    align 8
L657:
# i_test_yield
    lea rdx, qword ptr [quote_atom/2+24]
    dec r14
    jle L410
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L658
    mov ecx, 2
    call 140320710850576
L658:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp], rdi
# line_I
# i_call_ext_e
L659:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 11
    je label_136
    cmp rsi, 75
    je label_135
    jmp label_139
# label_L
label_135:
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L411
    ret
# label_L
label_136:
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rsp]
    test al, 2
    jne label_138
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx], xmm0
# is_ge_fss
    mov esi, 1567
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 15
    short jne L660
    cmp rdi, rsi
    short jmp L661
L660:
    call 140320710848608
L661:
    jl label_138
# is_ge_fss
    mov rsi, qword ptr [rbx]
    mov edi, 1967
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L662
    cmp rdi, rsi
    short jmp L663
L662:
    call 140320710848608
L663:
    jl label_137
# i_trim_t
    add rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x90
    call name_chars/1
# i_bif1_sjbd
    lea rsi, qword ptr [rbx]
    mov rcx, 94919178915584
    call 140320710851304
    mov qword ptr [rbx], rax
# deallocate_t
# return
    dec r14
    jl L411
    ret
# label_L
label_137:
# is_ge_fss
    mov esi, 3583
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 15
    short jne L664
    cmp rdi, rsi
    short jmp L665
L664:
    call 140320710848608
L665:
    jl label_138
# is_ge_fss
    mov rsi, qword ptr [rbx]
    mov edi, 4095
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L666
    cmp rdi, rsi
    short jmp L667
L666:
    call 140320710848608
L667:
    jl label_138
# is_ne_exact_fss
    cmp qword ptr [rbx], 3967
    je label_138
# i_trim_t
    add rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x90
    call name_chars/1
# i_bif1_sjbd
    lea rsi, qword ptr [rbx]
    mov rcx, 94919178915584
    call 140320710851304
    mov qword ptr [rbx], rax
# deallocate_t
# return
    dec r14
    jl L411
    ret
# label_L
label_138:
# i_move_sd
    mov qword ptr [rbx], 75
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L411
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
# func_line_I
    nop
# aligned_label_Lt
    align 8
label_140:
# i_func_info_IaaI
# io_lib:name_chars/1
    call L409
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x76, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x80, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
name_chars/1:
# i_breakpoint_trampoline
    short jmp L668
.db 0x00
    call L412
    align 8
L668:
# i_test_yield
    lea rdx, qword ptr [name_chars/1+24]
    dec r14
    jle L410
# is_nonempty_list_fS
    test byte ptr [rbx], 2
    jne label_143
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L669
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L669:
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
    call name_char/1
# is_eq_exact_fss
    cmp qword ptr [rbx], 75
    jne label_142
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 8
    short jmp name_chars/1
# label_L
label_142:
# i_move_sd
    mov qword ptr [rbx], 11
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L411
    ret
# label_L
label_143:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_140
# i_move_sd
    mov qword ptr [rbx], 75
# return
    dec r14
    jl L411
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_144:
# i_func_info_IaaI
# io_lib:name_char/1
    call L409
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x76, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x80, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
name_char/1:
# i_breakpoint_trampoline
    short jmp L670
.db 0x00
    call L412
    align 8
L670:
# i_test_yield
    lea rdx, qword ptr [name_char/1+24]
    dec r14
    jle L410
# is_ge_fss
    mov esi, 1567
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 15
    short jne L671
    cmp rdi, rsi
    short jmp L672
L671:
    call 140320710848608
L672:
    jl label_146
# is_lt_fss
    mov rsi, qword ptr [rbx]
    mov edi, 1967
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L673
    cmp rdi, rsi
    short jmp L674
L673:
    call 140320710848608
L674:
    jge label_148
# is_ge_fss
    mov esi, 3583
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 15
    short jne L675
    cmp rdi, rsi
    short jmp L676
L675:
    call 140320710848608
L676:
    jl label_146
# is_ge_fss
    mov rsi, qword ptr [rbx]
    mov edi, 4095
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L677
    cmp rdi, rsi
    short jmp L678
L677:
    call 140320710848608
L678:
    jl label_149
# is_eq_exact_fss
    cmp qword ptr [rbx], 3967
    jne label_148
# jump_f
    jmp label_149
# label_L
label_146:
# is_ge_fss
    mov esi, 1055
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 15
    short jne L679
    cmp rdi, rsi
    short jmp L680
L679:
    call 140320710848608
L680:
    jl label_147
# is_lt_fss
    mov rsi, qword ptr [rbx]
    mov edi, 1455
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L681
    cmp rdi, rsi
    short jmp L682
L681:
    call 140320710848608
L682:
    jge label_148
# is_ge_fss
    mov esi, 3087
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 15
    short jne L683
    cmp rdi, rsi
    short jmp L684
L683:
    call 140320710848608
L684:
    jl label_147
# is_ge_fss
    mov rsi, qword ptr [rbx]
    mov edi, 3567
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L685
    cmp rdi, rsi
    short jmp L686
L685:
    call 140320710848608
L686:
    jl label_149
# is_eq_exact_fss
    cmp qword ptr [rbx], 3455
    jne label_148
# jump_f
    jmp label_149
# label_L
label_147:
# is_ge_fss
    mov esi, 783
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 15
    short jne L687
    cmp rdi, rsi
    short jmp L688
L687:
    call 140320710848608
L688:
    jl label_149
# is_lt_fss
    mov rsi, qword ptr [rbx]
    mov edi, 927
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L689
    cmp rdi, rsi
    short jmp L690
L689:
    call 140320710848608
L690:
    jge label_148
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 1039
    je label_148
    cmp rsi, 1535
    je label_148
    jmp label_149
# label_L
label_148:
# i_move_sd
    mov qword ptr [rbx], 75
# return
    dec r14
    jl L411
    ret
# label_L
label_149:
# i_move_sd
    mov qword ptr [rbx], 11
# return
    dec r14
    jl L411
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_150:
# i_func_info_IaaI
# io_lib:write_string/1
    call L409
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x76, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x7D, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
write_string/1:
# i_breakpoint_trampoline
    short jmp L691
.db 0x00
    call L412
    align 8
L691:
# i_test_yield
    lea rdx, qword ptr [write_string/1+24]
    dec r14
    jle L410
# i_move_sd
    mov qword ptr [rbx+8], 559
# i_call_only_f
    jmp write_string/2
# func_line_I
# aligned_label_Lt
    align 8
label_152:
# i_func_info_IaaI
# io_lib:write_string/2
    call L409
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x76, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x7D, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
write_string/2:
# i_breakpoint_trampoline
    short jmp L692
.db 0x00
    call L412
    align 8
L692:
# i_test_yield
    lea rdx, qword ptr [write_string/2+24]
    dec r14
    jle L410
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L693
    mov ecx, 2
    call 140320710850576
L693:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp], rdi
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx]
    movups xmmword ptr [rbx+8], xmm0
# i_move_sd
    mov qword ptr [rbx], 557323
# line_I
# i_call_f
.db 0x90
    call write_string1/3
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L694
    mov ecx, 1
    call 140320710850576
L694:
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
    jl L411
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_154:
# i_func_info_IaaI
# io_lib:write_unicode_string/1
    call L409
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x76, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x81, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
write_unicode_string/1:
# i_breakpoint_trampoline
    short jmp L695
.db 0x00
    call L412
    align 8
L695:
# i_test_yield
    lea rdx, qword ptr [write_unicode_string/1+24]
    dec r14
    jle L410
# i_call_only_f
    jmp write_string/1
# func_line_I
# aligned_label_Lt
    align 8
label_156:
# i_func_info_IaaI
# io_lib:write_latin1_string/1
    call L409
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x76, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x81, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
write_latin1_string/1:
# i_breakpoint_trampoline
    short jmp L696
.db 0x00
    call L412
    align 8
L696:
# i_test_yield
    lea rdx, qword ptr [write_latin1_string/1+24]
    dec r14
    jle L410
# i_move_sd
    mov qword ptr [rbx+8], 559
# i_call_only_f
    jmp write_latin1_string/2
# func_line_I
# aligned_label_Lt
    align 8
label_158:
# i_func_info_IaaI
# io_lib:write_latin1_string/2
    call L409
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x76, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x81, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
write_latin1_string/2:
# i_breakpoint_trampoline
    short jmp L697
.db 0x00
    call L412
    align 8
L697:
# i_test_yield
    lea rdx, qword ptr [write_latin1_string/2+24]
    dec r14
    jle L410
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L698
    mov ecx, 2
    call 140320710850576
L698:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp], rdi
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx]
    movups xmmword ptr [rbx+8], xmm0
# i_move_sd
    mov qword ptr [rbx], 22667
# line_I
# i_call_f
.db 0x90
    call write_string1/3
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L699
    mov ecx, 1
    call 140320710850576
L699:
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
    jl L411
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_160:
# i_func_info_IaaI
# io_lib:write_string_as_latin1/1
    call L409
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x76, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x81, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
write_string_as_latin1/1:
# i_breakpoint_trampoline
    short jmp L700
.db 0x00
    call L412
    align 8
L700:
# i_test_yield
    lea rdx, qword ptr [write_string_as_latin1/1+24]
    dec r14
    jle L410
# i_move_sd
    mov qword ptr [rbx+8], 559
# i_call_only_f
    jmp write_string_as_latin1/2
# func_line_I
# aligned_label_Lt
    align 8
label_162:
# i_func_info_IaaI
# io_lib:write_string_as_latin1/2
    call L409
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x76, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x81, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
write_string_as_latin1/2:
# i_breakpoint_trampoline
    short jmp L701
.db 0x00
    call L412
    align 8
L701:
# i_test_yield
    lea rdx, qword ptr [write_string_as_latin1/2+24]
    dec r14
    jle L410
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L702
    mov ecx, 2
    call 140320710850576
L702:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp], rdi
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx]
    movups xmmword ptr [rbx+8], xmm0
# i_move_sd
    mov qword ptr [rbx], 557579
# line_I
# i_call_f
.db 0x90
    call write_string1/3
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L703
    mov ecx, 1
    call 140320710850576
L703:
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
    jl L411
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_164:
# i_func_info_IaaI
# io_lib:write_string1/3
    call L409
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x76, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x82, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
write_string1/3:
# i_breakpoint_trampoline
    short jmp L704
.db 0x00
    call L412
    align 8
L704:
# i_test_yield
    lea rdx, qword ptr [write_string1/3+24]
    dec r14
    jle L410
# is_nonempty_list_fS
    test byte ptr [rbx+8], 2
    jne label_166
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L705
    mov ecx, 3
.db 0x66, 0x90
    call 140320710850576
L705:
    sub rsp, 24
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+16], rdi
# get_list_Sdd
    mov rdi, qword ptr [rbx+8]
    mov rsi, qword ptr [rdi-1]
    mov rdx, qword ptr [rdi+7]
    mov qword ptr [rsp], rsi
    mov qword ptr [rbx+8], rdx
# line_I
# i_call_f
.db 0x66, 0x90
    call write_string1/3
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rsp]
    movups xmmword ptr [rbx+8], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 24
    jmp string_char/4
# label_L
label_166:
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_164
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L706
    mov ecx, 3
.db 0x90
    call 140320710850576
L706:
# put_cons_ss
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# return
    dec r14
    jl L411
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_167:
# i_func_info_IaaI
# io_lib:string_char/4
    call L409
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x76, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x82, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
string_char/4:
# i_breakpoint_trampoline
    short jmp L707
.db 0x00
    call L412
    align 8
L707:
# i_test_yield
    lea rdx, qword ptr [string_char/4+24]
    dec r14
    jle L410
# is_eq_exact_fss
    mov rsi, qword ptr [rbx+8]
    mov rdi, qword ptr [rbx+16]
    cmp rdi, rsi
    short je L708
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_169
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_169
L708:
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L709
    mov ecx, 4
.db 0x90
    call 140320710850576
L709:
# put_cons_ss
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov qword ptr [r15+16], 1487
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# store_cons_Id
    add r15, 32
    mov qword ptr [rbx], rsi
# return
    dec r14
    jl L411
    ret
# label_L
label_169:
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 1487
    jne label_170
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L710
    mov ecx, 4
.db 0x66, 0x90
    call 140320710850576
L710:
# put_cons_ss
    mov qword ptr [r15], 1487
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov qword ptr [r15+16], 1487
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# store_cons_Id
    add r15, 32
    mov qword ptr [rbx], rsi
# return
    dec r14
    jl L411
    ret
# label_L
label_170:
# is_ge_fss
    mov esi, 527
    mov rdi, qword ptr [rbx+8]
    mov eax, edi
    and al, 15
    cmp al, 15
    short jne L711
    cmp rdi, rsi
    short jmp L712
L711:
    call 140320710848608
L712:
    jl label_171
# is_lt_fss
    mov rsi, qword ptr [rbx+8]
    mov edi, 2031
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L713
    cmp rdi, rsi
    short jmp L714
L713:
    call 140320710848608
L714:
    jge label_175
# label_L
label_171:
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 557323
    je label_172
    cmp rsi, 557579
    je label_173
    jmp label_174
# label_L
label_172:
# is_ge_fss
    mov esi, 2575
    mov rdi, qword ptr [rbx+8]
    mov eax, edi
    and al, 15
    cmp al, 15
    short jne L715
    cmp rdi, rsi
    short jmp L716
L715:
    call 140320710848608
L716:
    jl label_177
# jump_f
    jmp label_175
# label_L
label_173:
# is_ge_fss
    mov esi, 2575
    mov rdi, qword ptr [rbx+8]
    mov eax, edi
    and al, 15
    cmp al, 15
    short jne L717
    cmp rdi, rsi
    short jmp L718
L717:
    call 140320710848608
L718:
    jl label_177
# is_lt_fss
    mov rsi, qword ptr [rbx+8]
    mov edi, 4095
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L719
    cmp rdi, rsi
    short jmp L720
L719:
    call 140320710848608
L720:
    jge label_175
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L721
    mov ecx, 4
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L721:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov qword ptr [rbx+8], 271
# line_I
# call_light_bif_be
    align 4
L722:
L723:
    long mov rcx, 9223372036854775807
    mov rax, 94919179120608
    lea rdx, qword ptr [L722]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L724
    mov ecx, 1
    call 140320710850576
L724:
# put_cons_ss
    mov qword ptr [r15], 2015
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_trim_t
    add rsp, 8
# call_light_bif_be
    align 4
L725:
L726:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927824
    lea rdx, qword ptr [L725]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L727
    mov ecx, 1
    call 140320710850576
L727:
# put_cons_ss
    mov qword ptr [r15], 1983
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov qword ptr [r15+16], 1935
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# append_cons_Is
    mov qword ptr [r15+32], 1487
    mov qword ptr [r15+40], rsi
    lea rsi, qword ptr [r15+33]
# store_cons_Id
    add r15, 48
    mov qword ptr [rbx], rsi
# deallocate_t
# return
    dec r14
    jl L411
    ret
# label_L
label_174:
# is_ge_fss
    mov esi, 2575
    mov rdi, qword ptr [rbx+8]
    mov eax, edi
    and al, 15
    cmp al, 15
    short jne L728
    cmp rdi, rsi
    short jmp L729
L728:
    call 140320710848608
L729:
    jl label_177
# is_ge_fss
    mov rsi, qword ptr [rbx+8]
    mov edi, 4095
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L730
    cmp rdi, rsi
    short jmp L731
L730:
    call 140320710848608
L731:
    jl label_176
# label_L
label_175:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L732
    mov ecx, 4
.db 0x90
    call 140320710850576
L732:
# put_cons_ss
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# return
    dec r14
    jl L411
    ret
# label_L
label_176:
# i_move_sd
    mov qword ptr [rbx], 22667
# jump_f
    jmp label_167
# label_L
label_177:
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+8]
    cmp rsi, 143
    je label_185
    cmp rsi, 159
    je label_184
    cmp rsi, 175
    je label_183
    cmp rsi, 191
    je label_182
    cmp rsi, 207
    je label_181
    cmp rsi, 223
    je label_180
    cmp rsi, 447
    je label_179
    cmp rsi, 2047
    je label_178
    jmp label_186
# label_L
label_178:
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L733
    mov ecx, 4
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L733:
# put_cons_ss
    mov qword ptr [r15], 1615
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov qword ptr [r15+16], 1487
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# store_cons_Id
    add r15, 32
    mov qword ptr [rbx], rsi
# return
    dec r14
    jl L411
    ret
# label_L
label_179:
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L734
    mov ecx, 4
    call 140320710850576
L734:
# put_cons_ss
    mov qword ptr [r15], 1631
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov qword ptr [r15+16], 1487
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# store_cons_Id
    add r15, 32
    mov qword ptr [rbx], rsi
# return
    dec r14
    jl L411
    ret
# label_L
label_180:
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L735
    mov ecx, 4
    call 140320710850576
L735:
# put_cons_ss
    mov qword ptr [r15], 1839
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov qword ptr [r15+16], 1487
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# store_cons_Id
    add r15, 32
    mov qword ptr [rbx], rsi
# return
    dec r14
    jl L411
    ret
# label_L
label_181:
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L736
    mov ecx, 4
    call 140320710850576
L736:
# put_cons_ss
    mov qword ptr [r15], 1647
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov qword ptr [r15+16], 1487
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# store_cons_Id
    add r15, 32
    mov qword ptr [rbx], rsi
# return
    dec r14
    jl L411
    ret
# label_L
label_182:
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L737
    mov ecx, 4
    call 140320710850576
L737:
# put_cons_ss
    mov qword ptr [r15], 1903
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov qword ptr [r15+16], 1487
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# store_cons_Id
    add r15, 32
    mov qword ptr [rbx], rsi
# return
    dec r14
    jl L411
    ret
# label_L
label_183:
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L738
    mov ecx, 4
    call 140320710850576
L738:
# put_cons_ss
    mov qword ptr [r15], 1775
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov qword ptr [r15+16], 1487
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# store_cons_Id
    add r15, 32
    mov qword ptr [rbx], rsi
# return
    dec r14
    jl L411
    ret
# label_L
label_184:
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L739
    mov ecx, 4
    call 140320710850576
L739:
# put_cons_ss
    mov qword ptr [r15], 1871
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov qword ptr [r15+16], 1487
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# store_cons_Id
    add r15, 32
    mov qword ptr [rbx], rsi
# return
    dec r14
    jl L411
    ret
# label_L
label_185:
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L740
    mov ecx, 4
    call 140320710850576
L740:
# put_cons_ss
    mov qword ptr [r15], 1583
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov qword ptr [r15+16], 1487
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# store_cons_Id
    add r15, 32
    mov qword ptr [rbx], rsi
# return
    dec r14
    jl L411
    ret
# label_L
label_186:
# line_I
# i_bsr_ssjd
    mov rsi, qword ptr [rbx+8]
# is the operand small?
    mov edi, esi
    and edi, 15
    cmp edi, 15
    short jne L741
    mov rax, rsi
    sar rax, 6
    or rax, 15
    short jmp L742
L741:
    mov eax, 111
    call 140320710851768
L742:
    mov qword ptr [rbx], rax
# i_increment_SWd
    mov rsi, qword ptr [rbx]
    mov edx, 768
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L743
    add rax, rdx
    short jno L744
L743:
    call 140320710853080
L744:
    mov qword ptr [rbx], rax
# line_I
# i_bsr_ssjd
    mov rsi, qword ptr [rbx+8]
# simplified test for small operand since it is a number
    test esi, 1
    short je L745
    mov rax, rsi
    sar rax, 3
    or rax, 15
    short jmp L746
L745:
    mov eax, 63
    call 140320710851768
L746:
    mov qword ptr [rbx+16], rax
# i_band_ssjd
    mov rsi, qword ptr [rbx+16]
    mov eax, 127
# simplified test for small operand since it is a number
    test esi, 1
    short je L747
    and rax, rsi
    short jmp L748
L747:
    call 140320710851200
L748:
    mov qword ptr [rbx+16], rax
# i_increment_SWd
# skipped operand and overflow checks
    mov rax, qword ptr [rbx+16]
    add rax, 768
    mov qword ptr [rbx+16], rax
# line_I
# i_band_ssjd
    mov rsi, qword ptr [rbx+8]
    mov eax, 127
# simplified test for small operand since it is a number
    test esi, 1
    short je L749
    and rax, rsi
    short jmp L750
L749:
    call 140320710851200
L750:
    mov qword ptr [rbx+8], rax
# i_increment_SWd
# skipped operand and overflow checks
    mov rax, qword ptr [rbx+8]
    add rax, 768
    mov qword ptr [rbx+8], rax
# test_heap_It
    lea rdx, qword ptr [r15+96]
    cmp rdx, rsp
    short jbe L751
    mov ecx, 4
.db 0x66, 0x90
    call 140320710850576
L751:
# put_cons_ss
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [r15+8], rdi
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
# append_cons_Is
    mov qword ptr [r15+16], 1487
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# store_cons_Id
    add r15, 32
    mov qword ptr [rbx], rsi
# return
    dec r14
    jl L411
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_187:
# i_func_info_IaaI
# io_lib:write_char/1
    call L409
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x76, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x7D, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
write_char/1:
# i_breakpoint_trampoline
    short jmp L752
.db 0x00
    call L412
    align 8
L752:
# i_test_yield
    lea rdx, qword ptr [write_char/1+24]
    dec r14
    jle L410
# is_eq_exact_fss
    cmp qword ptr [rbx], 527
    jne label_189
# i_move_sd
L753:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L411
    ret
# label_L
label_189:
# is_integer_fs
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L754
    test al, 1
    short jne label_187
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    short jne label_187
L754:
# is_ge_fss
    mov esi, 15
    mov rdi, qword ptr [rbx]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L755
    cmp rdi, rsi
    short jmp L756
L755:
    call 140320710848608
L756:
    jl label_187
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L757
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L757:
# i_move_sd
    mov qword ptr [rbx+16], -1
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx+24], 59
# i_move_sd
    mov qword ptr [rbx], 557323
# line_I
# i_call_f
.db 0x90
    call string_char/4
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L758
    mov ecx, 1
    call 140320710850576
L758:
# put_cons_ss
    mov qword ptr [r15], 591
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# deallocate_t
# return
    dec r14
    jl L411
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_190:
# i_func_info_IaaI
# io_lib:write_unicode_char/1
    call L409
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x76, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x82, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
write_unicode_char/1:
# i_breakpoint_trampoline
    short jmp L759
.db 0x00
    call L412
    align 8
L759:
# i_test_yield
    lea rdx, qword ptr [write_unicode_char/1+24]
    dec r14
    jle L410
# i_call_only_f
    jmp write_char/1
# func_line_I
# aligned_label_Lt
    align 8
label_192:
# i_func_info_IaaI
# io_lib:write_latin1_char/1
    call L409
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x76, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x83, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
write_latin1_char/1:
# i_breakpoint_trampoline
    short jmp L760
.db 0x00
    call L412
    align 8
L760:
# i_test_yield
    lea rdx, qword ptr [write_latin1_char/1+24]
    dec r14
    jle L410
# is_integer_fs
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L761
    test al, 1
    short jne label_192
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    short jne label_192
L761:
# is_ge_fss
    mov esi, 15
    mov rdi, qword ptr [rbx]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L762
    cmp rdi, rsi
    short jmp L763
L762:
    call 140320710848608
L763:
    short jl label_192
# is_ge_fss
    mov rsi, qword ptr [rbx]
    mov edi, 4095
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
    jl label_192
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L766
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L766:
# i_move_sd
    mov qword ptr [rbx+16], -1
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx+24], 59
# i_move_sd
    mov qword ptr [rbx], 22667
# line_I
# i_call_f
.db 0x90
    call string_char/4
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L767
    mov ecx, 1
    call 140320710850576
L767:
# put_cons_ss
    mov qword ptr [r15], 591
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# deallocate_t
# return
    dec r14
    jl L411
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_194:
# i_func_info_IaaI
# io_lib:write_char_as_latin1/1
    call L409
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x76, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x83, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
write_char_as_latin1/1:
# i_breakpoint_trampoline
    short jmp L768
.db 0x00
    call L412
    align 8
L768:
# i_test_yield
    lea rdx, qword ptr [write_char_as_latin1/1+24]
    dec r14
    jle L410
# is_integer_fs
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L769
    test al, 1
    short jne label_194
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    short jne label_194
L769:
# is_ge_fss
    mov esi, 15
    mov rdi, qword ptr [rbx]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L770
    cmp rdi, rsi
    short jmp L771
L770:
    call 140320710848608
L771:
    short jl label_194
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L772
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L772:
# i_move_sd
    mov qword ptr [rbx+16], -1
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx+24], 59
# i_move_sd
    mov qword ptr [rbx], 557579
# line_I
# i_call_f
.db 0x90
    call string_char/4
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L773
    mov ecx, 1
    call 140320710850576
L773:
# put_cons_ss
    mov qword ptr [r15], 591
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# deallocate_t
# return
    dec r14
    jl L411
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_196:
# i_func_info_IaaI
# io_lib:latin1_char_list/1
    call L409
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x76, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x90, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
latin1_char_list/1:
# i_breakpoint_trampoline
    short jmp L774
.db 0x00
    call L412
    align 8
L774:
# i_test_yield
    lea rdx, qword ptr [latin1_char_list/1+24]
    dec r14
    jle L410
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_199
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx], xmm0
# is_integer_fs
    mov rdi, qword ptr [rbx+8]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L775
    test al, 1
    jne label_198
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_198
L775:
# is_ge_fss
    mov esi, 15
    mov rdi, qword ptr [rbx+8]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L776
    cmp rdi, rsi
    short jmp L777
L776:
    call 140320710848608
L777:
    jl label_198
# is_ge_fss
    mov rsi, qword ptr [rbx+8]
    mov edi, 4095
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L778
    cmp rdi, rsi
    short jmp L779
L778:
    call 140320710848608
L779:
    jl label_198
# i_call_only_f
    jmp latin1_char_list/1
# label_L
label_198:
# i_move_sd
    mov qword ptr [rbx], 11
# return
    dec r14
    jl L411
    ret
# label_L
label_199:
# bif_is_eq_exact_Ssd
    mov eax, 75
    cmp qword ptr [rbx], 59
    mov edi, 11
    cmovne rax, rdi
    mov qword ptr [rbx], rax
# return
    dec r14
    jl L411
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_200:
# i_func_info_IaaI
# io_lib:char_list/1
    call L409
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x76, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x53, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
char_list/1:
# i_breakpoint_trampoline
    short jmp L780
.db 0x00
    call L412
    align 8
L780:
# i_test_yield
    lea rdx, qword ptr [char_list/1+24]
    dec r14
    jle L410
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_204
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx], xmm0
# is_integer_fs
    mov rdi, qword ptr [rbx+8]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L781
    test al, 1
    jne label_203
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_203
L781:
# is_ge_fss
    mov esi, 15
    mov rdi, qword ptr [rbx+8]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L782
    cmp rdi, rsi
    short jmp L783
L782:
    call 140320710848608
L783:
    jl label_203
# is_ge_fss
    mov esi, 884751
    mov rdi, qword ptr [rbx+8]
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
    jl label_202
# is_lt_fss
    mov rsi, qword ptr [rbx+8]
    mov edi, 917503
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L786
    cmp rdi, rsi
    short jmp L787
L786:
    call 140320710848608
L787:
    jge label_203
# is_ge_fss
    mov esi, 1048559
    mov rdi, qword ptr [rbx+8]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L788
    cmp rdi, rsi
    short jmp L789
L788:
    call 140320710848608
L789:
    jl label_202
# is_lt_fss
    mov rsi, qword ptr [rbx+8]
    mov edi, 1048575
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L790
    cmp rdi, rsi
    short jmp L791
L790:
    call 140320710848608
L791:
    jge label_203
# is_ge_fss
    mov rsi, qword ptr [rbx+8]
    mov edi, 17825791
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L792
    cmp rdi, rsi
    short jmp L793
L792:
    call 140320710848608
L793:
    jl label_203
# label_L
label_202:
# i_call_only_f
    jmp char_list/1
# label_L
label_203:
# i_move_sd
    mov qword ptr [rbx], 11
# return
    dec r14
    jl L411
    ret
# label_L
label_204:
# bif_is_eq_exact_Ssd
    mov eax, 75
    cmp qword ptr [rbx], 59
    mov edi, 11
    cmovne rax, rdi
    mov qword ptr [rbx], rax
# return
    dec r14
    jl L411
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_205:
# i_func_info_IaaI
# io_lib:deep_latin1_char_list/1
    call L409
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x76, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x83, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
deep_latin1_char_list/1:
# i_breakpoint_trampoline
    short jmp L794
.db 0x00
    call L412
    align 8
L794:
# i_test_yield
    lea rdx, qword ptr [deep_latin1_char_list/1+24]
    dec r14
    jle L410
# i_move_sd
    mov qword ptr [rbx+8], 59
# i_call_only_f
    jmp deep_latin1_char_list/2
# func_line_I
# aligned_label_Lt
    align 8
label_207:
# i_func_info_IaaI
# io_lib:deep_latin1_char_list/2
    call L409
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x76, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x83, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
deep_latin1_char_list/2:
# i_breakpoint_trampoline
    short jmp L795
.db 0x00
    call L412
    align 8
L795:
# i_test_yield
    lea rdx, qword ptr [deep_latin1_char_list/2+24]
    dec r14
    jle L410
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_210
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+16], rsi
    mov qword ptr [rbx], rdx
# is_list_fs
    mov rax, qword ptr [rbx+16]
    cmp rax, 59
    short je L796
    test al, 2
    jne label_209
L796:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L797
    mov ecx, 3
    call 140320710850576
L797:
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
    short jmp deep_latin1_char_list/2
# label_L
label_209:
# is_integer_fs
    mov rdi, qword ptr [rbx+16]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L798
    test al, 1
    jne label_212
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_212
L798:
# is_ge_fss
    mov esi, 15
    mov rdi, qword ptr [rbx+16]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L799
    cmp rdi, rsi
    short jmp L800
L799:
    call 140320710848608
L800:
    jl label_212
# is_ge_fss
    mov rsi, qword ptr [rbx+16]
    mov edi, 4095
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L801
    cmp rdi, rsi
    short jmp L802
L801:
    call 140320710848608
L802:
    jl label_212
# i_call_only_f
    jmp deep_latin1_char_list/2
# label_L
label_210:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_212
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_211
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx], xmm0
# i_call_only_f
    jmp deep_latin1_char_list/2
# label_L
label_211:
# i_move_sd
    mov qword ptr [rbx], 75
# return
    dec r14
    jl L411
    ret
# label_L
label_212:
# i_move_sd
    mov qword ptr [rbx], 11
# return
    dec r14
    jl L411
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_213:
# i_func_info_IaaI
# io_lib:deep_char_list/1
    call L409
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x76, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x78, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
deep_char_list/1:
# i_breakpoint_trampoline
    short jmp L803
.db 0x00
    call L412
    align 8
L803:
# i_test_yield
    lea rdx, qword ptr [deep_char_list/1+24]
    dec r14
    jle L410
# i_move_sd
    mov qword ptr [rbx+8], 59
# i_call_only_f
    jmp deep_char_list/2
# func_line_I
# aligned_label_Lt
    align 8
label_215:
# i_func_info_IaaI
# io_lib:deep_char_list/2
    call L409
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x76, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x78, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
deep_char_list/2:
# i_breakpoint_trampoline
    short jmp L804
.db 0x00
    call L412
    align 8
L804:
# i_test_yield
    lea rdx, qword ptr [deep_char_list/2+24]
    dec r14
    jle L410
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_219
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+16], rsi
    mov qword ptr [rbx], rdx
# is_list_fs
    mov rax, qword ptr [rbx+16]
    cmp rax, 59
    short je L805
    test al, 2
    jne label_217
L805:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L806
    mov ecx, 3
    call 140320710850576
L806:
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
    short jmp deep_char_list/2
# label_L
label_217:
# is_integer_fs
    mov rdi, qword ptr [rbx+16]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L807
    test al, 1
    jne label_221
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_221
L807:
# is_ge_fss
    mov esi, 15
    mov rdi, qword ptr [rbx+16]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L808
    cmp rdi, rsi
    short jmp L809
L808:
    call 140320710848608
L809:
    jl label_221
# is_ge_fss
    mov esi, 884751
    mov rdi, qword ptr [rbx+16]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L810
    cmp rdi, rsi
    short jmp L811
L810:
    call 140320710848608
L811:
    jl label_218
# is_lt_fss
    mov rsi, qword ptr [rbx+16]
    mov edi, 917503
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L812
    cmp rdi, rsi
    short jmp L813
L812:
    call 140320710848608
L813:
    jge label_221
# is_ge_fss
    mov esi, 1048559
    mov rdi, qword ptr [rbx+16]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L814
    cmp rdi, rsi
    short jmp L815
L814:
    call 140320710848608
L815:
    jl label_218
# is_lt_fss
    mov rsi, qword ptr [rbx+16]
    mov edi, 1048575
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L816
    cmp rdi, rsi
    short jmp L817
L816:
    call 140320710848608
L817:
    jge label_221
# is_ge_fss
    mov rsi, qword ptr [rbx+16]
    mov edi, 17825791
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L818
    cmp rdi, rsi
    short jmp L819
L818:
    call 140320710848608
L819:
    jl label_221
# label_L
label_218:
# i_call_only_f
    jmp deep_char_list/2
# label_L
label_219:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_221
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_220
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx], xmm0
# i_call_only_f
    jmp deep_char_list/2
# label_L
label_220:
# i_move_sd
    mov qword ptr [rbx], 75
# return
    dec r14
    jl L411
    ret
# label_L
label_221:
# i_move_sd
    mov qword ptr [rbx], 11
# return
    dec r14
    jl L411
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_222:
# i_func_info_IaaI
# io_lib:deep_unicode_char_list/1
    call L409
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x76, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x83, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
deep_unicode_char_list/1:
# i_breakpoint_trampoline
    short jmp L820
.db 0x00
    call L412
    align 8
L820:
# i_test_yield
    lea rdx, qword ptr [deep_unicode_char_list/1+24]
    dec r14
    jle L410
# i_call_only_f
    jmp deep_char_list/1
# func_line_I
# aligned_label_Lt
    align 8
label_224:
# i_func_info_IaaI
# io_lib:printable_latin1_list/1
    call L409
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x76, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xF8, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
printable_latin1_list/1:
# i_breakpoint_trampoline
    short jmp L821
.db 0x00
    call L412
    align 8
L821:
# i_test_yield
    lea rdx, qword ptr [printable_latin1_list/1+24]
    dec r14
    jle L410
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_229
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx], xmm0
# is_integer_fs
    mov rdi, qword ptr [rbx+8]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L822
    test al, 1
    jne label_226
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_226
L822:
# is_ge_fss
    mov esi, 527
    mov rdi, qword ptr [rbx+8]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L823
    cmp rdi, rsi
    short jmp L824
L823:
    call 140320710848608
L824:
    jl label_226
# is_lt_fss
    mov rsi, qword ptr [rbx+8]
    mov edi, 2031
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L825
    cmp rdi, rsi
    short jmp L826
L825:
    call 140320710848608
L826:
    jge label_227
# is_ge_fss
    mov esi, 2575
    mov rdi, qword ptr [rbx+8]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L827
    cmp rdi, rsi
    short jmp L828
L827:
    call 140320710848608
L828:
    jl label_226
# is_ge_fss
    mov rsi, qword ptr [rbx+8]
    mov edi, 4095
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L829
    cmp rdi, rsi
    short jmp L830
L829:
    call 140320710848608
L830:
    jl label_228
# jump_f
    jmp label_227
# label_L
label_226:
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+8]
    cmp rsi, 143
    je label_227
    cmp rsi, 159
    je label_227
    cmp rsi, 175
    je label_227
    cmp rsi, 191
    je label_227
    cmp rsi, 207
    je label_227
    cmp rsi, 223
    je label_227
    cmp rsi, 447
    je label_227
    jmp label_228
# label_L
label_227:
# i_call_only_f
    jmp printable_latin1_list/1
# label_L
label_228:
# i_move_sd
    mov qword ptr [rbx], 11
# return
    dec r14
    jl L411
    ret
# label_L
label_229:
# bif_is_eq_exact_Ssd
    mov eax, 75
    cmp qword ptr [rbx], 59
    mov edi, 11
    cmovne rax, rdi
    mov qword ptr [rbx], rax
# return
    dec r14
    jl L411
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_230:
# i_func_info_IaaI
# io_lib:printable_list/1
    call L409
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x76, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x4E, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
printable_list/1:
# i_breakpoint_trampoline
    short jmp L831
.db 0x00
    call L412
    align 8
L831:
# i_test_yield
    lea rdx, qword ptr [printable_list/1+24]
    dec r14
    jle L410
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L832
    mov ecx, 1
    call 140320710850576
L832:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# line_I
# call_light_bif_be
    align 4
L833:
L834:
    long mov rcx, 9223372036854775807
    mov rax, 94919179900656
    lea rdx, qword ptr [L833]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 22667
    je label_233
    cmp rsi, 43979
    je label_232
    jmp label_234
# label_L
label_232:
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 8
    jmp printable_unicode_list/1
# label_L
label_233:
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 8
    jmp printable_latin1_list/1
# label_L
label_234:
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
label_235:
# i_func_info_IaaI
# io_lib:printable_unicode_list/1
    call L409
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x76, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x00, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
printable_unicode_list/1:
# i_breakpoint_trampoline
    short jmp L835
.db 0x00
    call L412
    align 8
L835:
# i_test_yield
    lea rdx, qword ptr [printable_unicode_list/1+24]
    dec r14
    jle L410
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_240
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx], xmm0
# is_integer_fs
    mov rdi, qword ptr [rbx+8]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L836
    test al, 1
    jne label_237
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_237
L836:
# is_ge_fss
    mov esi, 527
    mov rdi, qword ptr [rbx+8]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L837
    cmp rdi, rsi
    short jmp L838
L837:
    call 140320710848608
L838:
    jl label_237
# is_lt_fss
    mov rsi, qword ptr [rbx+8]
    mov edi, 2031
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L839
    cmp rdi, rsi
    short jmp L840
L839:
    call 140320710848608
L840:
    jge label_238
# is_ge_fss
    mov esi, 2575
    mov rdi, qword ptr [rbx+8]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L841
    cmp rdi, rsi
    short jmp L842
L841:
    call 140320710848608
L842:
    jl label_237
# is_ge_fss
    mov esi, 884751
    mov rdi, qword ptr [rbx+8]
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
    jl label_238
# is_lt_fss
    mov rsi, qword ptr [rbx+8]
    mov edi, 917503
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L845
    cmp rdi, rsi
    short jmp L846
L845:
    call 140320710848608
L846:
    jge label_237
# is_ge_fss
    mov esi, 1048559
    mov rdi, qword ptr [rbx+8]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L847
    cmp rdi, rsi
    short jmp L848
L847:
    call 140320710848608
L848:
    jl label_238
# is_lt_fss
    mov rsi, qword ptr [rbx+8]
    mov edi, 1048575
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
    jge label_237
# is_ge_fss
    mov rsi, qword ptr [rbx+8]
    mov edi, 17825791
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L851
    cmp rdi, rsi
    short jmp L852
L851:
    call 140320710848608
L852:
    jl label_239
# jump_f
    jmp label_238
# label_L
label_237:
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+8]
    cmp rsi, 143
    je label_238
    cmp rsi, 159
    je label_238
    cmp rsi, 175
    je label_238
    cmp rsi, 191
    je label_238
    cmp rsi, 207
    je label_238
    cmp rsi, 223
    je label_238
    cmp rsi, 447
    je label_238
    jmp label_239
# label_L
label_238:
# i_call_only_f
    jmp printable_unicode_list/1
# label_L
label_239:
# i_move_sd
    mov qword ptr [rbx], 11
# return
    dec r14
    jl L411
    ret
# label_L
label_240:
# bif_is_eq_exact_Ssd
    mov eax, 75
    cmp qword ptr [rbx], 59
    mov edi, 11
    cmovne rax, rdi
    mov qword ptr [rbx], rax
# return
    dec r14
    jl L411
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_241:
# i_func_info_IaaI
# io_lib:nl/0
    call L409
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x76, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x19, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
nl/0:
# i_breakpoint_trampoline
    short jmp L853
.db 0x00
    call L412
    align 8
L853:
# i_test_yield
    lea rdx, qword ptr [nl/0+24]
    dec r14
    jle L410
# i_move_sd
L854:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L411
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_243:
# i_func_info_IaaI
# io_lib:count_and_find_utf8/2
    call L409
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x76, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x84, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
count_and_find_utf8/2:
# i_breakpoint_trampoline
    short jmp L855
.db 0x00
    call L412
    align 8
L855:
# i_test_yield
    lea rdx, qword ptr [count_and_find_utf8/2+24]
    dec r14
    jle L410
# i_move_sd
    mov qword ptr [rbx+24], 15
# i_move_sd
    mov qword ptr [rbx+32], 28299
# i_move_sd
    mov qword ptr [rbx+16], 15
# i_call_only_f
    jmp cafu/5
# func_line_I
# aligned_label_Lt
    align 8
label_245:
# i_func_info_IaaI
# io_lib:cafu/5
    call L409
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x76, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xB5, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
cafu/5:
# i_breakpoint_trampoline
    short jmp L856
.db 0x00
    call L412
    align 8
L856:
# i_test_yield
    lea rdx, qword ptr [cafu/5+24]
    dec r14
    jle L410
# i_bs_start_match3_Stjd
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_250
    mov eax, dword ptr [rsi-2]
    and al, 60
    cmp al, 4
    short je L858
# is_binary_header
    cmp al, 40
    short je L857
    and al, -5
    cmp al, 32
    jne label_250
L857:
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L859
    mov qword ptr [rbx+40], rsi
    mov ecx, 6
    call 140320710850576
    mov rsi, qword ptr [rbx+40]
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
    mov qword ptr [rbx], rsi
# i_bs_get_position_SS
    mov rdi, qword ptr [rbx]
    mov rdi, qword ptr [rdi+22]
    sal rdi, 4
    or rdi, 15
    mov qword ptr [rbx+40], rdi
# bs_test_tail2_fSW
    mov rdi, qword ptr [rbx]
    mov rsi, qword ptr [rdi+30]
    sub rsi, qword ptr [rdi+22]
    jne label_247
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L860
    mov ecx, 5
.db 0x90
    call 140320710850576
L860:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15+8], rdi
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L411
    ret
# label_L
label_247:
# i_bs_skip_utf8_Sf
    mov rdi, qword ptr [rbx]
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    lea rdi, qword ptr [rdi+6]
    call 94919179750352
    mov rsp, rbp
    test eax, eax
    je label_250
# i_bs_get_position_SS
    mov rdi, qword ptr [rbx]
    mov rdi, qword ptr [rdi+22]
    sal rdi, 4
    or rdi, 15
    mov qword ptr [rbx+48], rdi
# bs_test_unit_fSt
    mov rdi, qword ptr [rbx]
    mov rax, qword ptr [rdi+30]
    sub rax, qword ptr [rdi+22]
    test al, 7
    jnz label_250
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 15
    jne label_248
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rbx+16]
    mov edx, 16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L861
    add rax, rdx
    short jno L862
L861:
    call 140320710853080
L862:
    mov qword ptr [rbx+16], rax
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx+32], rdi
# i_move_sd
    mov qword ptr [rbx+24], 15
# i_move_sd
    mov qword ptr [rbx+8], -1
# i_call_only_f
    jmp cafu/5
# label_L
label_248:
# is_lt_fss
    mov esi, 15
    mov rdi, qword ptr [rbx+8]
    mov eax, edi
    and al, 15
    cmp al, 15
    short jne L863
    cmp rdi, rsi
    short jmp L864
L863:
    call 140320710848608
L864:
    jge label_249
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rbx+16]
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
    mov qword ptr [rbx+16], rax
# i_move_sd
    mov qword ptr [rbx+24], 15
# i_move_sd
    mov qword ptr [rbx+8], -1
# i_call_only_f
    jmp cafu/5
# label_L
label_249:
# bs_set_position_SS
    mov rdi, qword ptr [rbx]
    mov rsi, qword ptr [rbx+40]
    sar rsi, 4
    mov qword ptr [rdi+22], rsi
# bs_get_tail_Sdt
    mov rdi, qword ptr [rbx]
    lea rdx, qword ptr [r15+112]
    cmp rdx, rsp
    short jbe L867
    mov qword ptr [rbx+56], rdi
    mov ecx, 8
.db 0x0F, 0x1F, 0x00
    call 140320710850576
    mov rdi, qword ptr [rbx+56]
L867:
    call 140320710849224
    mov qword ptr [rbx+40], rax
# line_I
# i_bif1_sjbd
    lea rsi, qword ptr [rbx+40]
    mov rcx, 94919178859104
    call 140320710851304
    mov qword ptr [rbx+40], rax
# bs_set_position_SS
    mov rdi, qword ptr [rbx]
    mov rsi, qword ptr [rbx+48]
    sar rsi, 4
    mov qword ptr [rdi+22], rsi
# bs_get_tail_Sdt
    mov rdi, qword ptr [rbx]
    lea rdx, qword ptr [r15+112]
    cmp rdx, rsp
    short jbe L868
    mov qword ptr [rbx+48], rdi
    mov ecx, 7
    call 140320710850576
    mov rdi, qword ptr [rbx+48]
L868:
    call 140320710849224
    mov qword ptr [rbx+48], rax
# i_bif1_sjbd
    lea rsi, qword ptr [rbx+48]
    mov rcx, 94919178859104
    call 140320710851304
    mov qword ptr [rbx+48], rax
# i_minus_ssjd
# subtract without overflow check
    mov rax, qword ptr [rbx+40]
    mov rsi, qword ptr [rbx+48]
    and rsi, -16
    sub rax, rsi
    mov qword ptr [rbx+40], rax
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rbx+8]
    mov rdx, -16
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L869
    mov rax, rsi
    add rax, rdx
    short jno L870
L869:
    call 140320710853080
L870:
    mov qword ptr [rbx+8], rax
# i_increment_SWd
    mov rsi, qword ptr [rbx+16]
    mov edx, 16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L871
    add rax, rdx
    short jno L872
L871:
    call 140320710853080
L872:
    mov qword ptr [rbx+16], rax
# i_plus_ssjd
    mov rsi, qword ptr [rbx+24]
    mov rdx, qword ptr [rbx+40]
# simplified test for small operands since both are numbers
    test esi, 1
    short je L874
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L873
L874:
    call 140320710853728
L873:
    mov qword ptr [rbx+24], rax
# i_call_only_f
    jmp cafu/5
# label_L
label_250:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L875
    mov ecx, 5
.db 0x90
    call 140320710850576
L875:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15+8], rdi
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L411
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_251:
# i_func_info_IaaI
# io_lib:collect_chars/3
    call L409
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x76, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xE7, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
collect_chars/3:
# i_breakpoint_trampoline
    short jmp L876
.db 0x00
    call L412
    align 8
L876:
# i_test_yield
    lea rdx, qword ptr [collect_chars/3+24]
    dec r14
    jle L410
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov qword ptr [rbx+16], 22667
# i_call_only_f
    jmp collect_chars/4
# func_line_I
# aligned_label_Lt
    align 8
label_253:
# i_func_info_IaaI
# io_lib:collect_chars/4
    call L409
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x76, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xE7, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
collect_chars/4:
# i_breakpoint_trampoline
    short jmp L877
.db 0x00
    call L412
    align 8
L877:
# i_test_yield
    lea rdx, qword ptr [collect_chars/4+24]
    dec r14
    jle L410
# i_is_tuple_fs
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_266
    test byte ptr [rsi-2], 63
    jne label_266
# i_select_tuple_arity_SfI
    mov rsi, qword ptr [rbx]
# skipped box test since argument is always boxed
    mov esi, dword ptr [rsi-2]
# simplified tuple test since the source is always a tuple when boxed
    cmp esi, 128
    je label_265
    cmp esi, 192
    je label_255
    short jne label_253
# label_L
label_255:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+6]
    movups xmmword ptr [rbx+32], xmm0
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx+48], rdi
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+32]
    cmp rsi, 5899
    je label_257
    cmp rsi, 23243
    je label_256
    jmp label_253
# label_L
label_256:
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx+16], rdi
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+40]
    movups xmmword ptr [rbx], xmm0
# i_call_only_f
    jmp collect_chars_list/3
# label_L
label_257:
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 14091
    jne label_258
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L878
    mov ecx, 6
.db 0x90
    call 140320710850576
L878:
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
    call binrev/1
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L879
    mov ecx, 1
    call 140320710850576
L879:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 40971
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], 14091
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx], rdi
# deallocate_t
# return
    dec r14
    jl L411
    ret
# label_L
label_258:
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+16]
    cmp rsi, 22667
    je label_262
    cmp rsi, 43979
    je label_259
    jmp label_253
# label_L
label_259:
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L880
    mov ecx, 7
.db 0x90
    call 140320710850576
L880:
    sub rsp, 24
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+40]
    movups xmmword ptr [rsp], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rbx+8], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call count_and_find_utf8/2
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# is_lt_fss
    mov rsi, qword ptr [rbx+8]
    mov rdi, qword ptr [rsp+8]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L881
    cmp rdi, rsi
    short jmp L882
L881:
    call 140320710848608
L882:
    jge label_260
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov eax, 59
    lea rdi, qword ptr [rsp+8]
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# line_I
# call_light_bif_be
    align 4
L883:
L884:
    long mov rcx, 9223372036854775807
    mov rax, 94919179449728
    lea rdx, qword ptr [L883]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_276
    cmp dword ptr [rsi-2], 128
    jne label_276
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L885
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L885:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rsp+16], rdi
# put_cons_ss
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_trim_t
    add rsp, 16
# line_I
# i_call_f
.db 0x90
    call binrev/2
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L886
    mov ecx, 1
    call 140320710850576
L886:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 40971
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
    jl L411
    ret
# label_L
label_260:
# is_lt_fss
    mov rsi, qword ptr [rsp+8]
    mov rdi, qword ptr [rbx+8]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L887
    cmp rdi, rsi
    short jmp L888
L887:
    call 140320710848608
L888:
    jge label_261
# line_I
# i_minus_ssjd
    mov rsi, qword ptr [rsp+8]
    mov rdx, qword ptr [rbx+8]
# are both operands small?
    mov eax, esi
    and eax, edx
    and al, 15
    cmp al, 15
    short jne L890
# sub with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    sub rax, rcx
    short jno L889
L890:
    call 140320710853584
L889:
    mov qword ptr [rbx], rax
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L891
    mov ecx, 1
.db 0x90
    call 140320710850576
L891:
# put_cons_ss
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 5899
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
    jl L411
    ret
# label_L
label_261:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L892
    xor ecx, ecx
.db 0x66, 0x90
    call 140320710850576
L892:
# put_cons_ss
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_trim_t
    add rsp, 24
# line_I
# i_call_f
    call binrev/2
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L893
    mov ecx, 1
    call 140320710850576
L893:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 40971
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], 14091
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx], rdi
# deallocate_t
# return
    dec r14
    jl L411
    ret
# label_L
label_262:
# line_I
# i_bif1_sjbd
    lea rsi, qword ptr [rbx+8]
    mov rcx, 94919178859104
    call 140320710851304
    mov qword ptr [rbx], rax
# is_lt_fss
    mov rsi, qword ptr [rbx]
    mov rdi, qword ptr [rbx+48]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L894
    cmp rdi, rsi
    short jmp L895
L894:
    call 140320710848608
L895:
    jge label_263
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L896
    mov ecx, 7
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L896:
    sub rsp, 16
# init_yregs_I
    mov qword ptr [rsp], 59
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rsp+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rbx+8], rdi
# line_I
# call_light_bif_be
    align 4
L897:
L898:
    long mov rcx, 9223372036854775807
    mov rax, 94919179449728
    lea rdx, qword ptr [L897]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_277
    cmp dword ptr [rsi-2], 128
    jne label_277
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L899
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L899:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rsp], rdi
# put_cons_ss
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
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
    call binrev/2
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L900
    mov ecx, 1
    call 140320710850576
L900:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 40971
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
    jl L411
    ret
# label_L
label_263:
# is_lt_fss
    mov rsi, qword ptr [rbx+48]
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L901
    cmp rdi, rsi
    short jmp L902
L901:
    call 140320710848608
L902:
    jge label_264
# line_I
# i_minus_ssjd
    mov rsi, qword ptr [rbx+48]
    mov rdx, qword ptr [rbx]
# are both operands small?
    mov eax, esi
    and eax, edx
    and al, 15
    cmp al, 15
    short jne L904
# sub with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    sub rax, rcx
    short jno L903
L904:
    call 140320710853584
L903:
    mov qword ptr [rbx], rax
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L905
    mov ecx, 6
.db 0x90
    call 140320710850576
L905:
# put_cons_ss
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 5899
# (moving and swapping two elements at once)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [r15+16], xmm0
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L411
    ret
# label_L
label_264:
# allocate_heap_tIt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L906
    mov ecx, 6
    call 140320710850576
L906:
# put_cons_ss
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x90
    call binrev/2
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L907
    mov ecx, 1
    call 140320710850576
L907:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 40971
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], 14091
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx], rdi
# deallocate_t
# return
    dec r14
    jl L411
    ret
# label_L
label_265:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+16], rdi
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# swap_dd
    mov rdi, qword ptr [rbx]
    mov rsi, qword ptr [rbx+16]
    mov qword ptr [rbx+16], rdi
    mov qword ptr [rbx], rsi
# i_call_only_f
    jmp collect_chars1/3
# label_L
label_266:
# is_atom_fs
    mov rax, qword ptr [rbx]
    and al, 63
    cmp al, 11
    jne label_275
# is_eq_exact_fss
    cmp qword ptr [rbx], 40779
    jne label_253
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+16]
    cmp rsi, 22667
    je label_270
    cmp rsi, 43979
    je label_267
    jmp label_273
# label_L
label_267:
# is_binary_fs
    mov rdi, qword ptr [rbx+8]
    rex test dil, 1
    jne label_273
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 40
    short je L909
    and al, -5
    cmp al, 32
    jne label_273
    short jmp L908
L909:
    cmp byte ptr [rdi+22], 0
    jne label_273
L908:
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L910
    mov ecx, 4
.db 0x90
    call 140320710850576
L910:
    sub rsp, 16
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx+8], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call count_and_find_utf8/2
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# is_lt_fss
    mov rsi, qword ptr [rbx+8]
    mov rdi, qword ptr [rsp]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L911
    cmp rdi, rsi
    short jmp L912
L911:
    call 140320710848608
L912:
    jge label_268
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# i_trim_t
    add rsp, 16
# line_I
# call_light_bif_be
    align 4
L913:
L914:
    long mov rcx, 9223372036854775807
    mov rax, 94919179449728
    lea rdx, qword ptr [L913]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_278
    cmp dword ptr [rsi-2], 128
    jne label_278
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L915
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L915:
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
    mov qword ptr [r15+8], 40971
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
    jl L411
    ret
# label_L
label_268:
# is_lt_fss
    mov rsi, qword ptr [rsp]
    mov rdi, qword ptr [rbx+8]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L916
    cmp rdi, rsi
    short jmp L917
L916:
    call 140320710848608
L917:
    jge label_269
# line_I
# i_minus_ssjd
    mov rsi, qword ptr [rsp]
    mov rdx, qword ptr [rbx+8]
# are both operands small?
    mov eax, esi
    and eax, edx
    and al, 15
    cmp al, 15
    short jne L919
# sub with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    sub rax, rcx
    short jno L918
L919:
    call 140320710853584
L918:
    mov qword ptr [rbx], rax
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L920
    mov ecx, 1
    call 140320710850576
L920:
# put_cons_ss
    mov rdi, qword ptr [rsp+8]
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
    mov qword ptr [r15+8], 5899
# (moving and swapping two elements at once)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [r15+16], xmm0
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L411
    ret
# label_L
label_269:
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L921
    xor ecx, ecx
.db 0x66, 0x90
    call 140320710850576
L921:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 40971
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], 14091
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L411
    ret
# label_L
label_270:
# is_binary_fs
    mov rdi, qword ptr [rbx+8]
    rex test dil, 1
    jne label_273
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 40
    short je L923
    and al, -5
    cmp al, 32
    jne label_273
    short jmp L922
L923:
    cmp byte ptr [rdi+22], 0
    jne label_273
L922:
# line_I
# i_bif1_sjbd
    lea rsi, qword ptr [rbx+8]
    mov rcx, 94919178859104
    call 140320710851304
    mov qword ptr [rbx], rax
# is_lt_fss
    mov rsi, qword ptr [rbx]
    mov rdi, qword ptr [rbx+24]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L924
    cmp rdi, rsi
    short jmp L925
L924:
    call 140320710848608
L925:
    jge label_271
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L926
    mov ecx, 4
    call 140320710850576
L926:
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx+8], rdi
# line_I
# call_light_bif_be
    align 4
L927:
L928:
    long mov rcx, 9223372036854775807
    mov rax, 94919179449728
    lea rdx, qword ptr [L927]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_279
    cmp dword ptr [rsi-2], 128
    jne label_279
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L929
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L929:
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
    mov qword ptr [r15+8], 40971
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
    jl L411
    ret
# label_L
label_271:
# is_lt_fss
    mov rsi, qword ptr [rbx+24]
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L930
    cmp rdi, rsi
    short jmp L931
L930:
    call 140320710848608
L931:
    jge label_272
# line_I
# i_minus_ssjd
    mov rsi, qword ptr [rbx+24]
    mov rdx, qword ptr [rbx]
# are both operands small?
    mov eax, esi
    and eax, edx
    and al, 15
    cmp al, 15
    short jne L933
# sub with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    sub rax, rcx
    short jno L932
L933:
    call 140320710853584
L932:
    mov qword ptr [rbx], rax
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L934
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L934:
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
    mov qword ptr [r15+8], 5899
# (moving and swapping two elements at once)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [r15+16], xmm0
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L411
    ret
# label_L
label_272:
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L935
    mov ecx, 2
    call 140320710850576
L935:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 40971
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], 14091
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L411
    ret
# label_L
label_273:
# is_list_fs
    mov rax, qword ptr [rbx+8]
    cmp rax, 59
    short je L936
    test al, 2
    jne label_274
L936:
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx], 59
# i_call_only_f
    jmp collect_chars_list/3
# label_L
label_274:
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 14091
    jne label_253
# i_move_sd
L937:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L411
    ret
# label_L
label_275:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_253
# i_move_sd
    mov qword ptr [rbx+16], 59
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp collect_chars1/3
# label_L
label_276:
# line_I
# badmatch_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 5200
    xor ecx, ecx
    call 140320710854352
# label_L
label_277:
# line_I
    nop
# badmatch_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 5200
    xor ecx, ecx
    call 140320710854352
# label_L
label_278:
# line_I
    nop
# badmatch_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 5200
    xor ecx, ecx
    call 140320710854352
# label_L
label_279:
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
label_280:
# i_func_info_IaaI
# io_lib:collect_chars1/3
    call L409
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x76, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x84, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
collect_chars1/3:
# i_breakpoint_trampoline
    short jmp L938
.db 0x00
    call L412
    align 8
L938:
# i_test_yield
    lea rdx, qword ptr [collect_chars1/3+24]
    dec r14
    jle L410
# is_ge_fss
    mov rsi, qword ptr [rbx]
    mov edi, 15
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L939
    cmp rdi, rsi
    short jmp L940
L939:
    call 140320710848608
L940:
    jl label_282
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L941
    mov ecx, 3
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L941:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov qword ptr [rbx+8], 59
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L942:
L943:
    long mov rcx, 9223372036854775807
    mov rax, 94919178928352
    lea rdx, qword ptr [L942]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L944
    mov ecx, 1
    call 140320710850576
L944:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 157515
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
    jl L411
    ret
# label_L
label_282:
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_283
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+24], rsi
    mov qword ptr [rbx+8], rdx
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rbx]
    mov rdx, -16
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L945
    mov rax, rsi
    add rax, rdx
    short jno L946
L945:
    call 140320710853080
L946:
    mov qword ptr [rbx], rax
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L947
    mov ecx, 4
.db 0x90
    call 140320710850576
L947:
# put_cons_ss
# (putting and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rbx+16], 1
    vmovups xmmword ptr [r15], xmm0
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+16], rsi
# i_call_only_f
    jmp collect_chars1/3
# label_L
label_283:
# is_atom_fs
    mov rax, qword ptr [rbx+8]
    and al, 63
    cmp al, 11
    jne label_285
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 14091
    jne label_280
# is_nil_fS
    cmp qword ptr [rbx+16], 59
    jne label_284
# i_move_sd
L948:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L411
    ret
# label_L
label_284:
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L949
    mov ecx, 3
.db 0x90
    call 140320710850576
L949:
# i_move_sd
    mov qword ptr [rbx+8], 59
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L950:
L951:
    long mov rcx, 9223372036854775807
    mov rax, 94919178928352
    lea rdx, qword ptr [L950]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L952
    mov ecx, 1
    call 140320710850576
L952:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 157515
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], 59
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx], rdi
# deallocate_t
# return
    dec r14
    jl L411
    ret
# label_L
label_285:
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_280
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L953
    mov ecx, 3
.db 0x90
    call 140320710850576
L953:
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
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 26763
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L411
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_286:
# i_func_info_IaaI
# io_lib:collect_chars_list/3
    call L409
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x76, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x84, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
collect_chars_list/3:
# i_breakpoint_trampoline
    short jmp L954
.db 0x00
    call L412
    align 8
L954:
# i_test_yield
    lea rdx, qword ptr [collect_chars_list/3+24]
    dec r14
    jle L410
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 15
    jne label_288
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L955
    mov ecx, 3
.db 0x90
    call 140320710850576
L955:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov qword ptr [rbx+8], 59
# line_I
# call_light_bif_be
    align 4
L956:
L957:
    long mov rcx, 9223372036854775807
    mov rax, 94919178928352
    lea rdx, qword ptr [L956]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L958
    mov ecx, 1
    call 140320710850576
L958:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 40971
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
    jl L411
    ret
# label_L
label_288:
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+16]
    test al, 2
    jne label_289
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx+16], xmm0
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rbx+8]
    mov rdx, -16
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L959
    mov rax, rsi
    add rax, rdx
    short jno L960
L959:
    call 140320710853080
L960:
    mov qword ptr [rbx+8], rax
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L961
    mov ecx, 4
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L961:
# put_cons_ss
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# i_call_only_f
    jmp collect_chars_list/3
# label_L
label_289:
# is_atom_fs
    mov rax, qword ptr [rbx+16]
    and al, 63
    cmp al, 11
    jne label_290
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 14091
    jne label_286
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L962
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L962:
# i_move_sd
    mov qword ptr [rbx+8], 59
# line_I
# call_light_bif_be
    align 4
L963:
L964:
    long mov rcx, 9223372036854775807
    mov rax, 94919178928352
    lea rdx, qword ptr [L963]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L965
    mov ecx, 1
    call 140320710850576
L965:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 40971
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], 14091
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx], rdi
# deallocate_t
# return
    dec r14
    jl L411
    ret
# label_L
label_290:
# is_nil_fS
    cmp qword ptr [rbx+16], 59
    jne label_286
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L966
    mov ecx, 2
.db 0x90
    call 140320710850576
L966:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 23243
# (moving two elements at once)
    movups xmm0, xmmword ptr [rbx]
    movups xmmword ptr [r15+16], xmm0
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L411
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_291:
# i_func_info_IaaI
# io_lib:collect_line/3
    call L409
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x76, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xB1, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
collect_line/3:
# i_breakpoint_trampoline
    short jmp L967
.db 0x00
    call L412
    align 8
L967:
# i_test_yield
    lea rdx, qword ptr [collect_line/3+24]
    dec r14
    jle L410
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov qword ptr [rbx+16], 22667
# i_call_only_f
    jmp collect_line/4
# func_line_I
# aligned_label_Lt
    align 8
label_293:
# i_func_info_IaaI
# io_lib:collect_line/4
    call L409
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x76, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xB1, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
collect_line/4:
# i_breakpoint_trampoline
    short jmp L968
.db 0x00
    call L412
    align 8
L968:
# i_test_yield
    lea rdx, qword ptr [collect_line/4+24]
    dec r14
    jle L410
# is_eq_exact_fss
    cmp qword ptr [rbx], 40779
    jne label_297
# is_binary_fs
    mov rdi, qword ptr [rbx+8]
    rex test dil, 1
    jne label_295
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 40
    short je L970
    and al, -5
    cmp al, 32
    jne label_295
    short jmp L969
L970:
    cmp byte ptr [rdi+22], 0
    jne label_295
L969:
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov qword ptr [rbx+16], 59
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp collect_line_bin/4
# label_L
label_295:
# is_list_fs
    mov rax, qword ptr [rbx+8]
    cmp rax, 59
    short je L971
    test al, 2
    jne label_296
L971:
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov qword ptr [rbx+8], 59
# i_call_only_f
    jmp collect_line_list/2
# label_L
label_296:
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 14091
    jne label_297
# i_move_sd
L972:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L411
    ret
# label_L
label_297:
# is_binary_fs
    mov rdi, qword ptr [rbx+8]
    rex test dil, 1
    jne label_298
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 40
    short je L974
    and al, -5
    cmp al, 32
    jne label_298
    short jmp L973
L974:
    cmp byte ptr [rdi+22], 0
    jne label_298
L973:
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp collect_line_bin/4
# label_L
label_298:
# is_list_fs
    mov rax, qword ptr [rbx+8]
    cmp rax, 59
    short je L975
    test al, 2
    jne label_299
L975:
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rbx], xmm0
# i_call_only_f
    jmp collect_line_list/2
# label_L
label_299:
# is_nonempty_list_get_hd_fSd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_300
    mov rsi, qword ptr [rax-1]
    mov qword ptr [rbx+32], rsi
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 14091
    jne label_293
# is_binary_fs
    mov rdi, qword ptr [rbx+32]
    rex test dil, 1
    jne label_300
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 40
    short je L977
    and al, -5
    cmp al, 32
    jne label_300
    short jmp L976
L977:
    cmp byte ptr [rdi+22], 0
    jne label_300
L976:
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L978
    mov ecx, 1
    call 140320710850576
L978:
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call binrev/1
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L979
    mov ecx, 1
    call 140320710850576
L979:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 40971
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], 14091
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx], rdi
# deallocate_t
# return
    dec r14
    jl L411
    ret
# label_L
label_300:
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 14091
    jne label_293
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L980
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L980:
# i_move_sd
    mov qword ptr [rbx+8], 59
# line_I
# call_light_bif_be
    align 4
L981:
L982:
    long mov rcx, 9223372036854775807
    mov rax, 94919178928352
    lea rdx, qword ptr [L981]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L983
    mov ecx, 1
    call 140320710850576
L983:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 40971
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], 14091
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx], rdi
# deallocate_t
# return
    dec r14
    jl L411
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_301:
# i_func_info_IaaI
# io_lib:collect_line_bin/4
    call L409
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x76, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x84, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
collect_line_bin/4:
# i_breakpoint_trampoline
    short jmp L984
.db 0x00
    call L412
    align 8
L984:
# i_test_yield
    lea rdx, qword ptr [collect_line_bin/4+24]
    dec r14
    jle L410
# i_bs_start_match3_Stjd
    mov rsi, qword ptr [rbx]
    mov eax, dword ptr [rsi-2]
    and al, 60
    cmp al, 4
    short je L986
L985:
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L987
    mov qword ptr [rbx+32], rsi
    mov ecx, 5
    call 140320710850576
    mov rsi, qword ptr [rbx+32]
L987:
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
L986:
    mov qword ptr [rbx], rsi
# i_bs_get_integer_8_Stfd
    mov rcx, qword ptr [rbx]
    mov rsi, qword ptr [rcx+22]
    lea rdx, qword ptr [rsi+8]
    cmp rdx, qword ptr [rcx+30]
    ja label_309
    rex test sil, 7
    short je L989
    mov edx, 64
    call 140320710849168
    short jmp L988
L989:
    mov rdi, qword ptr [rcx+14]
    shr rsi, 3
    mov qword ptr [rcx+22], rdx
    movzx rax, byte ptr [rdi+rsi]
    shl rax, 4
    or rax, 15
L988:
    mov qword ptr [rbx+32], rax
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+32]
    cmp rsi, 175
    je label_305
    cmp rsi, 223
    je label_303
    jmp label_308
# label_L
label_303:
# i_bs_match_string_SfWM
    mov rdi, qword ptr [rbx]
    mov rsi, qword ptr [rdi+22]
    lea rdx, qword ptr [rsi+8]
    cmp rdx, qword ptr [rdi+30]
    ja label_304
    mov qword ptr [rbx-120], rdi
    mov rcx, rsi
    and rcx, 7
    shr rsi, 3
    mov rdx, qword ptr [rdi+14]
    add rdx, rsi
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
L990:
    long mov rdi, 9223372036854775807
    xor esi, esi
    mov r8d, 8
    call 94919179751184
    mov rsp, rbp
    test rax, rax
    jne label_304
    mov rdi, qword ptr [rbx-120]
    add qword ptr [rdi+22], 8
# bs_get_tail_Sdt
    mov rdi, qword ptr [rbx]
    lea rdx, qword ptr [r15+112]
    cmp rdx, rsp
    short jbe L991
    mov qword ptr [rbx+24], rdi
    mov ecx, 4
    call 140320710850576
    mov rdi, qword ptr [rbx+24]
L991:
    call 140320710849224
    mov qword ptr [rbx], rax
# line_I
# i_bif1_sjbd
    lea rsi, qword ptr [rbx+8]
    mov rcx, 94919178859104
    call 140320710851304
    mov qword ptr [rbx+24], rax
# i_bif1_sjbd
    lea rsi, qword ptr [rbx]
    mov rcx, 94919178859104
    call 140320710851304
    mov qword ptr [rbx+32], rax
# i_minus_ssjd
# subtract without overflow check
    mov rax, qword ptr [rbx+24]
    mov rsi, qword ptr [rbx+32]
    and rsi, -16
    sub rax, rsi
    mov qword ptr [rbx+24], rax
# i_increment_SWd
# skipped operand and overflow checks
    mov rax, qword ptr [rbx+24]
    mov rdi, -32
    add rax, rdi
    mov qword ptr [rbx+24], rax
# i_bs_start_match3_Stjd
    mov rsi, qword ptr [rbx+8]
    mov eax, dword ptr [rsi-2]
    and al, 60
    cmp al, 4
    short je L993
L992:
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L994
    mov qword ptr [rbx+32], rsi
    mov ecx, 5
.db 0x66, 0x90
    call 140320710850576
    mov rsi, qword ptr [rbx+32]
L994:
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
L993:
    mov qword ptr [rbx+32], rsi
# i_bs_get_binary2_Sftstd
    mov rax, qword ptr [rbx+24]
    mov edx, eax
    and edx, 15
    cmp edx, 15
    jne label_311
    and rax, -16
    js label_311
    mov edx, 8
    mul rdx
    jo label_311
    sar rax, 4
    mov rsi, rax
    mov qword ptr [rbx-120], rsi
    mov rcx, qword ptr [rbx+32]
    lea rdx, qword ptr [r15+112]
    cmp rdx, rsp
    short jbe L995
    mov qword ptr [rbx+40], rcx
    mov ecx, 6
.db 0x0F, 0x1F, 0x00
    call 140320710850576
    mov rcx, qword ptr [rbx+40]
L995:
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
    je label_311
    mov qword ptr [rbx+24], rax
# allocate_heap_tIt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L996
    mov ecx, 4
    call 140320710850576
L996:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# put_cons_ss
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [r15], rdi
L997:
    long mov rdi, 9223372036854775807
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
    call binrev/2
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L998
    mov ecx, 1
    call 140320710850576
L998:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 40971
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
    jl L411
    ret
# label_L
label_304:
# bs_test_tail2_fSW
    mov rdi, qword ptr [rbx]
    mov rsi, qword ptr [rdi+30]
    sub rsi, qword ptr [rdi+22]
    jne label_308
# line_I
# i_bif1_sjbd
    lea rsi, qword ptr [rbx+8]
    mov rcx, 94919178859104
    call 140320710851304
    mov qword ptr [rbx], rax
# i_increment_SWd
# skipped operand and overflow checks
    mov rax, qword ptr [rbx]
    mov rdi, -16
    add rax, rdi
    mov qword ptr [rbx], rax
# i_bs_start_match3_Stjd
    mov rsi, qword ptr [rbx+8]
    mov eax, dword ptr [rsi-2]
    and al, 60
    cmp al, 4
    short je L1000
L999:
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L1001
    mov qword ptr [rbx+24], rsi
    mov ecx, 4
.db 0x0F, 0x1F, 0x00
    call 140320710850576
    mov rsi, qword ptr [rbx+24]
L1001:
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
L1000:
    mov qword ptr [rbx+24], rsi
# i_bs_get_binary2_Sftstd
    mov rax, qword ptr [rbx]
    mov edx, eax
    and edx, 15
    cmp edx, 15
    jne label_312
    and rax, -16
    js label_312
    mov edx, 8
    mul rdx
    jo label_312
    sar rax, 4
    mov rsi, rax
    mov qword ptr [rbx-120], rsi
    mov rcx, qword ptr [rbx+24]
    lea rdx, qword ptr [r15+112]
    cmp rdx, rsp
    short jbe L1002
    mov qword ptr [rbx+32], rcx
    mov ecx, 5
    call 140320710850576
    mov rcx, qword ptr [rbx+32]
L1002:
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
    je label_312
    mov qword ptr [rbx], rax
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1003
    mov ecx, 3
.db 0x90
    call 140320710850576
L1003:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# append_cons_Is
L1004:
    long mov rdi, 9223372036854775807
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# store_cons_Id
    add r15, 32
    mov qword ptr [rbx], rsi
# return
    dec r14
    jl L411
    ret
# label_L
label_305:
# bs_get_tail_Sdt
    mov rdi, qword ptr [rbx]
    lea rdx, qword ptr [r15+112]
    cmp rdx, rsp
    short jbe L1005
    mov qword ptr [rbx+24], rdi
    mov ecx, 4
    call 140320710850576
    mov rdi, qword ptr [rbx+24]
L1005:
    call 140320710849224
    mov qword ptr [rbx], rax
# line_I
# i_bif1_sjbd
    lea rsi, qword ptr [rbx+8]
    mov rcx, 94919178859104
    call 140320710851304
    mov qword ptr [rbx+24], rax
# i_bif1_sjbd
    lea rsi, qword ptr [rbx]
    mov rcx, 94919178859104
    call 140320710851304
    mov qword ptr [rbx+32], rax
# i_minus_ssjd
# subtract without overflow check
    mov rax, qword ptr [rbx+24]
    mov rsi, qword ptr [rbx+32]
    and rsi, -16
    sub rax, rsi
    mov qword ptr [rbx+24], rax
# i_bs_start_match3_Stjd
    mov rsi, qword ptr [rbx+8]
    mov eax, dword ptr [rsi-2]
    and al, 60
    cmp al, 4
    short je L1007
L1006:
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L1008
    mov qword ptr [rbx+32], rsi
    mov ecx, 5
    call 140320710850576
    mov rsi, qword ptr [rbx+32]
L1008:
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
L1007:
    mov qword ptr [rbx+32], rsi
# i_bs_get_binary2_Sftstd
    mov rax, qword ptr [rbx+24]
    mov edx, eax
    and edx, 15
    cmp edx, 15
    jne label_313
    and rax, -16
    js label_313
    mov edx, 8
    mul rdx
    jo label_313
    sar rax, 4
    mov rsi, rax
    mov qword ptr [rbx-120], rsi
    mov rcx, qword ptr [rbx+32]
    lea rdx, qword ptr [r15+112]
    cmp rdx, rsp
    short jbe L1009
    mov qword ptr [rbx+40], rcx
    mov ecx, 6
.db 0x0F, 0x1F, 0x00
    call 140320710850576
    mov rcx, qword ptr [rbx+40]
L1009:
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
    je label_313
    mov qword ptr [rbx+32], rax
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+16]
    test al, 2
    jne label_306
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+8], rsi
    mov qword ptr [rbx+40], rdx
# i_is_eq_exact_literal_fscI
L1010:
    long mov rsi, 9223372036854775807
    mov rdi, qword ptr [rbx+8]
    rex test dil, 1
    jne label_307
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    jz label_307
# is_eq_exact_fss
    cmp qword ptr [rbx+24], 31
    jne label_307
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1011
    mov ecx, 6
.db 0x90
    call 140320710850576
L1011:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# i_move_sd
L1012:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call binrev/2
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1013
    mov ecx, 1
    call 140320710850576
L1013:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 40971
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
    jl L411
    ret
# label_L
label_306:
# is_nil_fS
    cmp qword ptr [rbx+16], 59
    jne label_307
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1014
    mov ecx, 5
.db 0x90
    call 140320710850576
L1014:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 40971
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [r15+16], rdi
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+24], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L411
    ret
# label_L
label_307:
# allocate_heap_tIt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1015
    mov ecx, 5
    call 140320710850576
L1015:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# put_cons_ss
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x66, 0x90
    call binrev/2
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1016
    mov ecx, 1
    call 140320710850576
L1016:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 40971
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
    jl L411
    ret
# label_L
label_308:
# i_call_only_f
    jmp collect_line_bin/4
# label_L
label_309:
# bs_test_tail2_fSW
    mov rdi, qword ptr [rbx]
    mov rsi, qword ptr [rdi+30]
    sub rsi, qword ptr [rdi+22]
    jne label_310
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1017
    mov ecx, 3
.db 0x66, 0x90
    call 140320710850576
L1017:
# put_cons_ss
# (put head and tail together)
    movups xmm0, xmmword ptr [rbx+8]
    movups xmmword ptr [r15], xmm0
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# return
    dec r14
    jl L411
    ret
# label_L
label_310:
# bs_get_tail_Sdt
    mov rdi, qword ptr [rbx]
    lea rdx, qword ptr [r15+112]
    cmp rdx, rsp
    short jbe L1018
    mov qword ptr [rbx+32], rdi
    mov ecx, 5
    call 140320710850576
    mov rdi, qword ptr [rbx+32]
L1018:
    call 140320710849224
    mov qword ptr [rbx], rax
# jump_f
    jmp label_301
# label_L
label_311:
# line_I
# badmatch_s
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 5200
    xor ecx, ecx
    call 140320710854352
# label_L
label_312:
# line_I
    nop
# badmatch_s
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 5200
    xor ecx, ecx
    call 140320710854352
# label_L
label_313:
# line_I
    nop
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
label_314:
# i_func_info_IaaI
# io_lib:collect_line_list/2
    call L409
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x76, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x85, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
collect_line_list/2:
# i_breakpoint_trampoline
    short jmp L1019
.db 0x00
    call L412
    align 8
L1019:
# i_test_yield
    lea rdx, qword ptr [collect_line_list/2+24]
    dec r14
    jle L410
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_318
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+16], rsi
    mov qword ptr [rbx], rdx
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 175
    jne label_317
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_316
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+16], xmm0
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 223
    jne label_316
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1020
    mov ecx, 4
.db 0x66, 0x90
    call 140320710850576
L1020:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# i_move_sd
L1021:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L1022:
L1023:
    long mov rcx, 9223372036854775807
    mov rax, 94919178928352
    lea rdx, qword ptr [L1022]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1024
    mov ecx, 1
    call 140320710850576
L1024:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 40971
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
    jl L411
    ret
# label_L
label_316:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1025
    mov ecx, 2
    call 140320710850576
L1025:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# i_move_sd
L1026:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+8], rdi
# line_I
# call_light_bif_be
    align 4
L1027:
L1028:
    long mov rcx, 9223372036854775807
    mov rax, 94919178928352
    lea rdx, qword ptr [L1027]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1029
    mov ecx, 1
    call 140320710850576
L1029:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 40971
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
    jl L411
    ret
# label_L
label_317:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1030
    mov ecx, 3
    call 140320710850576
L1030:
# put_cons_ss
# (putting and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [r15], xmm0
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_call_only_f
    jmp collect_line_list/2
# label_L
label_318:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_314
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L411
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_319:
# i_func_info_IaaI
# io_lib:get_until/3
    call L409
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x76, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xB0, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
get_until/3:
# i_breakpoint_trampoline
    short jmp L1031
.db 0x00
    call L412
    align 8
L1031:
# i_test_yield
    lea rdx, qword ptr [get_until/3+24]
    dec r14
    jle L410
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov qword ptr [rbx+16], 22667
# i_call_only_f
    jmp get_until/4
# func_line_I
# aligned_label_Lt
    align 8
label_321:
# i_func_info_IaaI
# io_lib:get_until/4
    call L409
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x76, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xB0, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
get_until/4:
# i_breakpoint_trampoline
    short jmp L1032
.db 0x00
    call L412
    align 8
L1032:
# i_test_yield
    lea rdx, qword ptr [get_until/4+24]
    dec r14
    jle L410
# is_eq_exact_fss
    cmp qword ptr [rbx], 40779
    jne label_323
# i_move_sd
    mov qword ptr [rbx], 59
# i_call_only_f
    short jmp get_until/4
# label_L
label_323:
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx+24]
    rex test sil, 1
    short jne label_321
    cmp dword ptr [rsi-2], 192
    short jne label_321
# allocate_tt
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1033
    mov ecx, 4
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1033:
    sub rsp, 32
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+16], 1
    vmovups xmmword ptr [rsp], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp+16], xmm0
# is_binary_fs
    mov rdi, qword ptr [rbx+8]
    rex test dil, 1
    jne label_325
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 40
    short je L1035
    and al, -5
    cmp al, 32
    jne label_325
    short jmp L1034
L1035:
    cmp byte ptr [rdi+22], 0
    jne label_325
L1034:
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 43979
    jne label_324
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov qword ptr [rbx+8], 44299
# line_I
# call_light_bif_be
    align 4
L1036:
L1037:
    long mov rcx, 9223372036854775807
    mov rax, 94919179892224
    lea rdx, qword ptr [L1036]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# jump_f
    jmp label_326
# label_L
label_324:
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L1038:
L1039:
    long mov rcx, 9223372036854775807
    mov rax, 94919179445984
    lea rdx, qword ptr [L1038]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# jump_f
    jmp label_326
# label_L
label_325:
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# label_L
label_326:
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1040
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1040:
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx+8], rdi
# put_cons_ss
# (put head and tail together)
    movups xmm0, xmmword ptr [rbx]
    movups xmmword ptr [r15], xmm0
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# append_cons_Is
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], rsi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+16], rsi
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp]
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+6]
    movups xmmword ptr [rbx], xmm0
# init_yregs_I
    mov eax, 59
    mov qword ptr [rsp], rax
    mov qword ptr [rsp+24], rax
# line_I
# i_apply
    align 4
L1042:
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
    short jne L1041
    lea rsi, qword ptr [L1042]
    mov rcx, 94919181695328
    push rsi
    jmp 140320710854368
L1041:
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# i_select_tuple_arity_SfI
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_332
    mov esi, dword ptr [rsi-2]
    rex test sil, 63
    jne label_332
    cmp esi, 128
    je label_331
    cmp esi, 192
    je label_327
    jne label_332
# label_L
label_327:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rsp+24], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 157515
    jne label_332
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rsp], rdi
# is_binary_fs
    mov rdi, qword ptr [rsp+16]
    rex test dil, 1
    jne label_329
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 40
    short je L1044
    and al, -5
    cmp al, 32
    jne label_329
    short jmp L1043
L1044:
    cmp byte ptr [rdi+22], 0
    jne label_329
L1043:
# is_list_fs
    mov rax, qword ptr [rsp]
    cmp rax, 59
    short je L1045
    test al, 2
    jne label_329
L1045:
# is_eq_exact_fss
    cmp qword ptr [rsp+8], 43979
    jne label_328
# i_move_sd
    mov qword ptr [rbx+8], 43979
# i_move_sd
    mov qword ptr [rbx+16], 43979
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov eax, 59
    mov rdi, rsp
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# line_I
# i_call_ext_e
L1046:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x90
    call qword ptr [rax+r12*8]
# jump_f
    jmp label_330
# label_L
label_328:
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov eax, 59
    mov rdi, rsp
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# line_I
# call_light_bif_be
    align 4
L1047:
L1048:
    long mov rcx, 9223372036854775807
    mov rax, 94919179448912
    lea rdx, qword ptr [L1047]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# jump_f
    jmp label_330
# label_L
label_329:
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# label_L
label_330:
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1049
    mov ecx, 1
    call 140320710850576
L1049:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 40971
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [r15+24], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 32
# return
    dec r14
    jl L411
    ret
# label_L
label_331:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 26763
    jne label_332
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 32
# return
    dec r14
    jl L411
    ret
# label_L
label_332:
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
label_333:
# i_func_info_IaaI
# io_lib:binrev/1
    call L409
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x76, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x85, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
binrev/1:
# i_breakpoint_trampoline
    short jmp L1050
.db 0x00
    call L412
    align 8
L1050:
# i_test_yield
    lea rdx, qword ptr [binrev/1+24]
    dec r14
    jle L410
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1051
    mov ecx, 1
    call 140320710850576
L1051:
# i_move_sd
    mov qword ptr [rbx+8], 59
# line_I
# call_light_bif_be
    align 4
L1052:
L1053:
    long mov rcx, 9223372036854775807
    mov rax, 94919178928352
    lea rdx, qword ptr [L1052]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# call_light_bif_be
    align 4
L1054:
L1055:
    long mov rcx, 9223372036854775807
    mov rax, 94919179448896
    lea rdx, qword ptr [L1054]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L411
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_335:
# i_func_info_IaaI
# io_lib:binrev/2
    call L409
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x76, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x85, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
binrev/2:
# i_breakpoint_trampoline
    short jmp L1056
.db 0x00
    call L412
    align 8
L1056:
# i_test_yield
    lea rdx, qword ptr [binrev/2+24]
    dec r14
    jle L410
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1057
    mov ecx, 2
    call 140320710850576
L1057:
# line_I
# call_light_bif_be
    align 4
L1058:
L1059:
    long mov rcx, 9223372036854775807
    mov rax, 94919178928352
    lea rdx, qword ptr [L1058]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# call_light_bif_be
    align 4
L1060:
L1061:
    long mov rcx, 9223372036854775807
    mov rax, 94919179448896
    lea rdx, qword ptr [L1060]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L411
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_337:
# i_func_info_IaaI
# io_lib:limit_term/2
    call L409
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x76, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x94, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
limit_term/2:
# i_breakpoint_trampoline
    short jmp L1062
.db 0x00
    call L412
    align 8
L1062:
# i_test_yield
    lea rdx, qword ptr [limit_term/2+24]
    dec r14
    jle L410
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1063
    mov ecx, 2
    call 140320710850576
L1063:
    sub rsp, 24
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp], xmm0
# catch_yf
    inc qword ptr [r13+264]
L1064:
    mov eax, 2147483647
    mov qword ptr [rsp+16], rax
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call test_limit/2
# try_end_y
    dec qword ptr [r13+264]
    mov qword ptr [rsp+16], 59
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L411
    ret
# label_L
label_339:
# try_case_y
    dec qword ptr [r13+264]
    mov rax, qword ptr [rbx+24]
    mov qword ptr [rbx], rax
# is_eq_exact_fss
    cmp qword ptr [rbx], 715
    jne label_340
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 558475
    jne label_340
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp], 1
    vmovups xmmword ptr [rbx], xmm0
# i_call_last_ft
    add rsp, 24
    jmp limit/2
# label_L
label_340:
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
label_341:
# i_func_info_IaaI
# io_lib:limit/2
    call L409
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x76, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x85, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
limit/2:
# i_breakpoint_trampoline
    short jmp L1065
.db 0x00
    call L412
    align 8
L1065:
# i_test_yield
    lea rdx, qword ptr [limit/2+24]
    dec r14
    jle L410
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 15
    jne label_343
# i_move_sd
    mov qword ptr [rbx], 314571
# return
    dec r14
    jl L411
    ret
# label_L
label_343:
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_346
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+16], xmm0
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 31
    jne label_344
# i_move_sd
L1066:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L411
    ret
# label_L
label_344:
# allocate_tt
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1067
    mov ecx, 4
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1067:
    sub rsp, 32
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+16]
    movups xmmword ptr [rsp], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp+16], xmm0
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call printable_list/1
# is_eq_exact_fss
    cmp qword ptr [rbx], 75
    jne label_345
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 32
# return
    dec r14
    jl L411
    ret
# label_L
label_345:
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rsp+16]
    mov rdx, -16
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L1068
    mov rax, rsi
    add rax, rdx
    short jno L1069
L1068:
    call 140320710853080
L1069:
    mov qword ptr [rbx+8], rax
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov qword ptr [rsp+24], 59
# i_trim_t
    add rsp, 8
# i_call_f
.db 0x90
    call limit/2
# i_increment_SWd
    mov rsi, qword ptr [rsp+8]
    mov rdx, -16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L1070
    add rax, rdx
    short jno L1071
L1070:
    call 140320710853080
L1071:
    mov qword ptr [rbx+8], rax
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_trim_t
    add rsp, 16
# i_call_f
.db 0x66, 0x90
    call limit_tail/2
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1072
    mov ecx, 1
    call 140320710850576
L1072:
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
    jl L411
    ret
# label_L
label_346:
# is_map_fs
    mov rax, qword ptr [rbx]
    test al, 1
    jne label_347
    mov eax, dword ptr [rax-2]
    and al, 63
    cmp al, 60
    jne label_347
# i_call_only_f
    jmp limit_map/2
# label_L
label_347:
# i_is_ne_exact_literal_fsc
L1074:
    long mov rsi, 9223372036854775807
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 3
    short je L1073
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    jnz label_350
L1073:
# i_is_tuple_fs
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_349
    test byte ptr [rsi-2], 63
    jne label_349
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 31
    jne label_348
# i_move_sd
L1075:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L411
    ret
# label_L
label_348:
# line_I
# bif_element_jssd
    mov rsi, qword ptr [rbx]
# skipped tuple test since source is always a tuple
    cmp dword ptr [rsi-2], 64
    short jae L1076
    mov edi, 31
    call 140320710851136
L1076:
    mov rax, qword ptr [rsi+6]
    mov qword ptr [rbx+16], rax
# i_increment_SWd
    mov rsi, qword ptr [rbx+8]
    mov rdx, -16
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L1077
    mov rax, rsi
    add rax, rdx
    short jno L1078
L1077:
    call 140320710853080
L1078:
    mov qword ptr [rbx+24], rax
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1079
    mov ecx, 4
.db 0x90
    call 140320710850576
L1079:
    sub rsp, 16
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp], xmm0
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+16]
    movups xmmword ptr [rbx], xmm0
# i_call_f
.db 0x90
    call limit/2
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rsp]
    mov rdx, -16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L1080
    add rax, rdx
    short jno L1081
L1080:
    call 140320710853080
L1081:
    mov qword ptr [rbx+16], rax
# swap_dd
    mov rdi, qword ptr [rsp+8]
    mov rsi, qword ptr [rbx]
    mov qword ptr [rbx], rdi
    mov qword ptr [rsp+8], rsi
# i_move_sd
    mov qword ptr [rbx+8], 47
# i_trim_t
    add rsp, 8
# i_call_f
.db 0x66, 0x90
    call limit_tuple/3
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1082
    mov ecx, 1
    call 140320710850576
L1082:
# put_cons_ss
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# line_I
# call_light_bif_be
    align 4
L1083:
L1084:
    long mov rcx, 9223372036854775807
    mov rax, 94919179103952
    lea rdx, qword ptr [L1083]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L411
    ret
# label_L
label_349:
# is_bitstring_fs
    mov rdi, qword ptr [rbx]
    rex test dil, 1
    jne label_350
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 40
    short je L1085
    and al, -5
    cmp al, 32
    jne label_350
    short jmp L1085
L1085:
# i_call_only_f
    jmp limit_bitstring/2
# label_L
label_350:
# return
    dec r14
    jl L411
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_351:
# i_func_info_IaaI
# io_lib:limit_tail/2
    call L409
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x76, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x85, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
limit_tail/2:
# i_breakpoint_trampoline
    short jmp L1086
.db 0x00
    call L412
    align 8
L1086:
# i_test_yield
    lea rdx, qword ptr [limit_tail/2+24]
    dec r14
    jle L410
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_353
# return
    dec r14
    jl L411
    ret
# label_L
label_353:
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 31
    jne label_354
# i_move_sd
L1087:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L411
    ret
# label_L
label_354:
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_355
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+16], rsi
    mov qword ptr [rbx], rdx
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rbx+8]
    mov rdx, -16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L1088
    add rax, rdx
    short jno L1089
L1088:
    call 140320710853080
L1089:
    mov qword ptr [rbx+24], rax
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1090
    mov ecx, 4
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1090:
    sub rsp, 16
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx]
    movups xmmword ptr [rsp], xmm0
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+16]
    movups xmmword ptr [rbx], xmm0
# i_call_f
.db 0x90
    call limit/2
# i_increment_SWd
    mov rsi, qword ptr [rsp+8]
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
    mov qword ptr [rbx+8], rax
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_trim_t
    add rsp, 8
# i_call_f
.db 0x66, 0x90
    call limit_tail/2
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1093
    mov ecx, 1
    call 140320710850576
L1093:
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
    jl L411
    ret
# label_L
label_355:
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rbx+8]
    mov rdx, -16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L1094
    add rax, rdx
    short jno L1095
L1094:
    call 140320710853080
L1095:
    mov qword ptr [rbx+8], rax
# i_call_only_f
    jmp limit/2
# func_line_I
# aligned_label_Lt
    align 8
label_356:
# i_func_info_IaaI
# io_lib:limit_tuple/3
    call L409
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x76, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x86, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
limit_tuple/3:
# i_breakpoint_trampoline
    short jmp L1096
.db 0x00
    call L412
    align 8
L1096:
# i_test_yield
    lea rdx, qword ptr [limit_tuple/3+24]
    dec r14
    jle L410
# i_bif1_sjbd
    lea rsi, qword ptr [rbx]
    mov rcx, 94919179098688
    call 140320710851304
    mov qword ptr [rbx+24], rax
# is_lt_fss
    mov rsi, qword ptr [rbx+8]
    mov rdi, qword ptr [rbx+24]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L1097
    cmp rdi, rsi
    short jmp L1098
L1097:
    call 140320710848608
L1098:
    jge label_358
# i_move_sd
    mov qword ptr [rbx], 59
# return
    dec r14
    jl L411
    ret
# label_L
label_358:
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 31
    jne label_359
# i_move_sd
L1099:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L411
    ret
# label_L
label_359:
# line_I
# bif_element_jssd
    mov rsi, qword ptr [rbx]
    mov rdi, qword ptr [rbx+8]
    xor edx, edx
    call 140320710848960
    mov qword ptr [rbx+24], rax
# i_increment_SWd
    mov rsi, qword ptr [rbx+16]
    mov rdx, -16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L1100
    add rax, rdx
    short jno L1101
L1100:
    call 140320710853080
L1101:
    mov qword ptr [rbx+32], rax
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1102
    mov ecx, 5
.db 0x90
    call 140320710850576
L1102:
    sub rsp, 24
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rsp], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+16], rdi
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+24]
    movups xmmword ptr [rbx], xmm0
# i_call_f
    call limit/2
# i_increment_SWd
# skipped operand and overflow checks
    mov rax, qword ptr [rsp+8]
    add rax, 16
    mov qword ptr [rbx+8], rax
# i_increment_SWd
    mov rsi, qword ptr [rsp]
    mov rdx, -16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L1103
    add rax, rdx
    short jno L1104
L1103:
    call 140320710853080
L1104:
    mov qword ptr [rbx+16], rax
# swap_dd
    mov rdi, qword ptr [rsp+16]
    mov rsi, qword ptr [rbx]
    mov qword ptr [rbx], rdi
    mov qword ptr [rsp+16], rsi
# i_trim_t
    add rsp, 16
# i_call_f
.db 0x90
    call limit_tuple/3
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1105
    mov ecx, 1
    call 140320710850576
L1105:
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
    jl L411
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_360:
# i_func_info_IaaI
# io_lib:limit_map/2
    call L409
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x76, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x86, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
limit_map/2:
# i_breakpoint_trampoline
    short jmp L1106
.db 0x00
    call L412
    align 8
L1106:
# i_test_yield
    lea rdx, qword ptr [limit_map/2+24]
    dec r14
    jle L410
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1107
    mov ecx, 2
    call 140320710850576
L1107:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp], rdi
# line_I
# i_call_ext_e
L1108:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# i_increment_SWd
    mov rsi, qword ptr [rsp]
    mov edx, 16
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L1109
    mov rax, rsi
    add rax, rdx
    short jno L1110
L1109:
    call 140320710853080
L1110:
    mov qword ptr [rbx+8], rax
# i_move_sd
    mov qword ptr [rbx+24], 59
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+16], rdi
# i_call_last_ft
    add rsp, 8
    jmp limit_map_body/4
# func_line_I
# aligned_label_Lt
    align 8
label_362:
# i_func_info_IaaI
# io_lib:limit_map_body/4
    call L409
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x76, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x86, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
limit_map_body/4:
# i_breakpoint_trampoline
    short jmp L1111
.db 0x00
    call L412
    align 8
L1111:
# i_test_yield
    lea rdx, qword ptr [limit_map_body/4+24]
    dec r14
    jle L410
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 15
    jne label_364
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx], rdi
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1112
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L1112:
# call_light_bif_be
    align 4
L1113:
L1114:
    long mov rcx, 9223372036854775807
    mov rax, 94919180008144
    lea rdx, qword ptr [L1113]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L411
    ret
# label_L
label_364:
# allocate_tt
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1115
    mov ecx, 4
.db 0x66, 0x90
    call 140320710850576
L1115:
    sub rsp, 32
# init_yregs_I
    mov qword ptr [rsp], 59
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+16], 1
    vmovups xmmword ptr [rsp+8], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp+24], rdi
# line_I
# i_call_ext_e
L1116:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# i_is_tuple_fs
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_365
    test byte ptr [rsi-2], 63
    jne label_365
# i_test_arity_fsA
    mov rsi, qword ptr [rbx]
    cmp dword ptr [rsi-2], 192
    jne label_366
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rsp], rdi
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rsp+24]
    mov rdx, -16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L1117
    add rax, rdx
    short jno L1118
L1117:
    call 140320710853080
L1118:
    mov qword ptr [rsp+24], rax
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# get_two_tuple_elements_sPSS
    vpermilpd xmm0, xmmword ptr [rsi+6], 1
    vmovups xmmword ptr [rbx], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+16], rdi
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rbx], xmm0
# i_call_f
    call limit_map_assoc/3
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1119
    mov ecx, 1
    call 140320710850576
L1119:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rsp+8]
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
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 32
    jmp limit_map_body/4
# label_L
label_365:
# is_eq_exact_fss
    cmp qword ptr [rbx], 28299
    jne label_366
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L1120:
L1121:
    long mov rcx, 9223372036854775807
    mov rax, 94919180008144
    lea rdx, qword ptr [L1120]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 32
# return
    dec r14
    jl L411
    ret
# label_L
label_366:
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
label_367:
# i_func_info_IaaI
# io_lib:limit_map_assoc/3
    call L409
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x76, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x86, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
limit_map_assoc/3:
# i_breakpoint_trampoline
    short jmp L1122
.db 0x00
    call L412
    align 8
L1122:
# line_I
# i_test_yield
    lea rdx, qword ptr [limit_map_assoc/3+24]
    dec r14
    jle L410
# i_increment_SWd
    mov rsi, qword ptr [rbx+16]
    mov rdx, -16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L1123
    add rax, rdx
    short jno L1124
L1123:
    call 140320710853080
L1124:
    mov qword ptr [rbx+16], rax
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1125
    mov ecx, 3
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1125:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+8]
    movups xmmword ptr [rbx], xmm0
# i_call_f
.db 0x90
    call limit/2
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1126
    mov ecx, 1
    call 140320710850576
L1126:
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
    jl L411
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_369:
# i_func_info_IaaI
# io_lib:limit_bitstring/2
    call L409
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x76, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x87, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
limit_bitstring/2:
# i_breakpoint_trampoline
    short jmp L1127
.db 0x00
    call L412
    align 8
L1127:
# i_test_yield
    lea rdx, qword ptr [limit_bitstring/2+24]
    dec r14
    jle L410
# return
    dec r14
    jl L411
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_371:
# i_func_info_IaaI
# io_lib:test_limit/2
    call L409
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x76, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x87, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
test_limit/2:
# i_breakpoint_trampoline
    short jmp L1128
.db 0x00
    call L412
    align 8
L1128:
# i_test_yield
    lea rdx, qword ptr [test_limit/2+24]
    dec r14
    jle L410
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 15
    jne label_373
# i_move_sd
    mov qword ptr [rbx+8], 558475
# i_move_sd
    mov qword ptr [rbx+16], 59
# i_move_sd
    mov qword ptr [rbx], 715
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1129
    mov ecx, 3
.db 0x66, 0x90
    call 140320710850576
L1129:
# call_light_bif_be
    align 4
L1130:
L1131:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090512
    lea rdx, qword ptr [L1130]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L411
    ret
# label_L
label_373:
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_376
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+16], xmm0
# is_integer_fs
    mov rdi, qword ptr [rbx+8]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L1132
    test al, 1
    jne label_376
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_376
L1132:
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 31
    jne label_374
# i_move_sd
    mov qword ptr [rbx+8], 558475
# i_move_sd
    mov qword ptr [rbx+16], 59
# i_move_sd
    mov qword ptr [rbx], 715
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1133
    mov ecx, 3
    call 140320710850576
L1133:
# call_light_bif_be
    align 4
L1134:
L1135:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090512
    lea rdx, qword ptr [L1134]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L411
    ret
# label_L
label_374:
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1136
    mov ecx, 4
.db 0x66, 0x90
    call 140320710850576
L1136:
    sub rsp, 24
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+16]
    movups xmmword ptr [rsp], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp+16], rdi
# line_I
# i_call_f
.db 0x66, 0x90
    call printable_list/1
# is_eq_exact_fss
    cmp qword ptr [rbx], 75
    jne label_375
# i_move_sd
    mov qword ptr [rbx], 30603
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L411
    ret
# label_L
label_375:
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rsp+16]
    mov rdx, -16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L1137
    add rax, rdx
    short jno L1138
L1137:
    call 140320710853080
L1138:
    mov qword ptr [rbx+8], rax
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_trim_t
    add rsp, 8
# i_call_f
.db 0x0F, 0x1F, 0x00
    call test_limit/2
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rsp+8]
    mov rdx, -16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L1139
    add rax, rdx
    short jno L1140
L1139:
    call 140320710853080
L1140:
    mov qword ptr [rbx+8], rax
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 16
    jmp test_limit_tail/2
# label_L
label_376:
# is_map_fs
    mov rax, qword ptr [rbx]
    test al, 1
    jne label_377
    mov eax, dword ptr [rax-2]
    and al, 63
    cmp al, 60
    jne label_377
# i_call_only_f
    jmp test_limit_map/2
# label_L
label_377:
# i_is_ne_exact_literal_fsc
L1142:
    long mov rsi, 9223372036854775807
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 3
    short je L1141
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    jnz label_379
L1141:
# i_is_tuple_fs
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_378
    test byte ptr [rsi-2], 63
    jne label_378
# i_bif1_sjbd
    lea rsi, qword ptr [rbx]
    mov rcx, 94919179098688
    call 140320710851304
    mov qword ptr [rbx+16], rax
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov qword ptr [rbx+8], 31
# i_call_only_f
    jmp test_limit_tuple/4
# label_L
label_378:
# is_bitstring_fs
    mov rdi, qword ptr [rbx]
    rex test dil, 1
    jne label_379
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 40
    short je L1143
    and al, -5
    cmp al, 32
    jne label_379
    short jmp L1143
L1143:
# i_call_only_f
    jmp test_limit_bitstring/2
# label_L
label_379:
# i_move_sd
    mov qword ptr [rbx], 30603
# return
    dec r14
    jl L411
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_380:
# i_func_info_IaaI
# io_lib:test_limit_tail/2
    call L409
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x76, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x87, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
test_limit_tail/2:
# i_breakpoint_trampoline
    short jmp L1144
.db 0x00
    call L412
    align 8
L1144:
# i_test_yield
    lea rdx, qword ptr [test_limit_tail/2+24]
    dec r14
    jle L410
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_382
# i_move_sd
    mov qword ptr [rbx], 30603
# return
    dec r14
    jl L411
    ret
# label_L
label_382:
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 31
    jne label_383
# i_move_sd
    mov qword ptr [rbx+8], 558475
# i_move_sd
    mov qword ptr [rbx+16], 59
# i_move_sd
    mov qword ptr [rbx], 715
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1145
    mov ecx, 3
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1145:
# call_light_bif_be
    align 4
L1146:
L1147:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090512
    lea rdx, qword ptr [L1146]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L411
    ret
# label_L
label_383:
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_384
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+16], rsi
    mov qword ptr [rbx], rdx
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rbx+8]
    mov rdx, -16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L1148
    add rax, rdx
    short jno L1149
L1148:
    call 140320710853080
L1149:
    mov qword ptr [rbx+24], rax
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1150
    mov ecx, 4
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1150:
    sub rsp, 16
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx]
    movups xmmword ptr [rsp], xmm0
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+16]
    movups xmmword ptr [rbx], xmm0
# i_call_f
.db 0x90
    call test_limit/2
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rsp+8]
    mov rdx, -16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L1151
    add rax, rdx
    short jno L1152
L1151:
    call 140320710853080
L1152:
    mov qword ptr [rbx+8], rax
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 16
    jmp test_limit_tail/2
# label_L
label_384:
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rbx+8]
    mov rdx, -16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L1153
    add rax, rdx
    short jno L1154
L1153:
    call 140320710853080
L1154:
    mov qword ptr [rbx+8], rax
# i_call_only_f
    jmp test_limit/2
# func_line_I
# aligned_label_Lt
    align 8
label_385:
# i_func_info_IaaI
# io_lib:test_limit_tuple/4
    call L409
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x76, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x87, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
test_limit_tuple/4:
# i_breakpoint_trampoline
    short jmp L1155
.db 0x00
    call L412
    align 8
L1155:
# i_test_yield
    lea rdx, qword ptr [test_limit_tuple/4+24]
    dec r14
    jle L410
# is_lt_fss
    mov rsi, qword ptr [rbx+8]
    mov rdi, qword ptr [rbx+16]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L1156
    cmp rdi, rsi
    short jmp L1157
L1156:
    call 140320710848608
L1157:
    jge label_387
# i_move_sd
    mov qword ptr [rbx], 30603
# return
    dec r14
    jl L411
    ret
# label_L
label_387:
# is_eq_exact_fss
    cmp qword ptr [rbx+24], 31
    jne label_388
# i_move_sd
    mov qword ptr [rbx+8], 558475
# i_move_sd
    mov qword ptr [rbx+16], 59
# i_move_sd
    mov qword ptr [rbx], 715
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1158
    mov ecx, 3
    call 140320710850576
L1158:
# call_light_bif_be
    align 4
L1159:
L1160:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090512
    lea rdx, qword ptr [L1159]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L411
    ret
# label_L
label_388:
# line_I
# bif_element_jssd
    mov rsi, qword ptr [rbx]
    mov rdi, qword ptr [rbx+8]
    xor edx, edx
    call 140320710848960
    mov qword ptr [rbx+32], rax
# i_increment_SWd
    mov rsi, qword ptr [rbx+24]
    mov rdx, -16
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L1161
    mov rax, rsi
    add rax, rdx
    short jno L1162
L1161:
    call 140320710853080
L1162:
    mov qword ptr [rbx+40], rax
# allocate_tt
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1163
    mov ecx, 6
.db 0x66, 0x90
    call 140320710850576
L1163:
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
    movups xmm0, xmmword ptr [rbx+32]
    movups xmmword ptr [rbx], xmm0
# i_call_f
    call test_limit/2
# line_I
# i_increment_SWd
# skipped operand and overflow checks
    mov rax, qword ptr [rsp+16]
    add rax, 16
    mov qword ptr [rbx], rax
# i_increment_SWd
    mov rsi, qword ptr [rsp]
    mov rdx, -16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L1164
    add rax, rdx
    short jno L1165
L1164:
    call 140320710853080
L1165:
    mov qword ptr [rbx+24], rax
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 32
    jmp test_limit_tuple/4
# func_line_I
# aligned_label_Lt
    align 8
label_389:
# i_func_info_IaaI
# io_lib:test_limit_map/2
    call L409
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x76, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x88, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
test_limit_map/2:
# i_breakpoint_trampoline
    short jmp L1166
.db 0x00
    call L412
    align 8
L1166:
# i_test_yield
    lea rdx, qword ptr [test_limit_map/2+24]
    dec r14
    jle L410
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1167
    mov ecx, 2
    call 140320710850576
L1167:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp], rdi
# line_I
# i_call_ext_e
L1168:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_call_last_ft
    add rsp, 8
    jmp test_limit_map_body/2
# func_line_I
# aligned_label_Lt
    align 8
label_391:
# i_func_info_IaaI
# io_lib:test_limit_map_body/2
    call L409
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x76, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x88, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
test_limit_map_body/2:
# i_breakpoint_trampoline
    short jmp L1169
.db 0x00
    call L412
    align 8
L1169:
# i_test_yield
    lea rdx, qword ptr [test_limit_map_body/2+24]
    dec r14
    jle L410
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 15
    jne label_393
# i_move_sd
    mov qword ptr [rbx+8], 558475
# i_move_sd
    mov qword ptr [rbx+16], 59
# i_move_sd
    mov qword ptr [rbx], 715
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1170
    mov ecx, 3
.db 0x66, 0x90
    call 140320710850576
L1170:
# call_light_bif_be
    align 4
L1171:
L1172:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090512
    lea rdx, qword ptr [L1171]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L411
    ret
# label_L
label_393:
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1173
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L1173:
    sub rsp, 16
# init_yregs_I
    mov qword ptr [rsp], 59
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp+8], rdi
# line_I
# i_call_ext_e
L1174:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x90
    call qword ptr [rax+r12*8]
# i_is_tuple_fs
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_394
    test byte ptr [rsi-2], 63
    jne label_394
# i_test_arity_fsA
    mov rsi, qword ptr [rbx]
    cmp dword ptr [rsi-2], 192
    jne label_395
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+6]
    movups xmmword ptr [rbx+8], xmm0
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rsp], rdi
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+8]
    movups xmmword ptr [rbx], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+16], rdi
# line_I
# i_call_f
    call test_limit_map_assoc/3
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rsp+8]
    mov rdx, -16
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L1175
    mov rax, rsi
    add rax, rdx
    short jno L1176
L1175:
    call 140320710853080
L1176:
    mov qword ptr [rbx+8], rax
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 16
    jmp test_limit_map_body/2
# label_L
label_394:
# is_eq_exact_fss
    cmp qword ptr [rbx], 28299
    jne label_395
# i_move_sd
    mov qword ptr [rbx], 30603
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L411
    ret
# label_L
label_395:
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
label_396:
# i_func_info_IaaI
# io_lib:test_limit_map_assoc/3
    call L409
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x76, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x88, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
test_limit_map_assoc/3:
# i_breakpoint_trampoline
    short jmp L1177
.db 0x00
    call L412
    align 8
L1177:
# line_I
# i_test_yield
    lea rdx, qword ptr [test_limit_map_assoc/3+24]
    dec r14
    jle L410
# i_increment_SWd
    mov rsi, qword ptr [rbx+16]
    mov rdx, -16
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L1178
    mov rax, rsi
    add rax, rdx
    short jno L1179
L1178:
    call 140320710853080
L1179:
    mov qword ptr [rbx+24], rax
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1180
    mov ecx, 4
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1180:
    sub rsp, 16
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rsp], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx+8], rdi
# i_call_f
.db 0x0F, 0x1F, 0x00
    call test_limit/2
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rsp]
    mov rdx, -16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L1181
    add rax, rdx
    short jno L1182
L1181:
    call 140320710853080
L1182:
    mov qword ptr [rbx+8], rax
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 16
    jmp test_limit/2
# func_line_I
# aligned_label_Lt
    align 8
label_398:
# i_func_info_IaaI
# io_lib:test_limit_bitstring/2
    call L409
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x76, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x88, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
test_limit_bitstring/2:
# i_breakpoint_trampoline
    short jmp L1183
.db 0x00
    call L412
    align 8
L1183:
# i_test_yield
    lea rdx, qword ptr [test_limit_bitstring/2+24]
    dec r14
    jle L410
# i_move_sd
    mov qword ptr [rbx], 30603
# return
    dec r14
    jl L411
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_400:
# i_func_info_IaaI
# io_lib:chars_length/1
    call L409
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x76, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xF0, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
chars_length/1:
# i_breakpoint_trampoline
    short jmp L1184
.db 0x00
    call L412
    align 8
L1184:
# i_test_yield
    lea rdx, qword ptr [chars_length/1+24]
    dec r14
    jle L410
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1185
    mov ecx, 1
    call 140320710850576
L1185:
    sub rsp, 16
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# catch_yf
    inc qword ptr [r13+264]
L1186:
    mov eax, 2147483647
    mov qword ptr [rsp+8], rax
# line_I
# call_light_bif_be
    align 4
L1187:
L1188:
    long mov rcx, 9223372036854775807
    mov rax, 94919179095824
    lea rdx, qword ptr [L1187]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# try_end_y
    dec qword ptr [r13+264]
    mov qword ptr [rsp+8], 59
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L411
    ret
# label_L
label_402:
# try_case_y
    dec qword ptr [r13+264]
    mov rax, qword ptr [rbx+24]
    mov qword ptr [rbx], rax
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_ext_last_et
    add rsp, 16
L1189:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# func_line_I
# aligned_label_Lt
    align 8
label_403:
# i_func_info_IaaI
# io_lib:module_info/0
    call L409
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x76, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x66, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
module_info/0:
# i_breakpoint_trampoline
    short jmp L1190
.db 0x00
    call L412
    align 8
L1190:
# i_test_yield
    lea rdx, qword ptr [module_info/0+24]
    dec r14
    jle L410
# i_move_sd
    mov qword ptr [rbx], 95883
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1191
    mov ecx, 1
.db 0x90
    call 140320710850576
L1191:
# call_light_bif_be
    align 4
L1192:
L1193:
    long mov rcx, 9223372036854775807
    mov rax, 94919178912304
    lea rdx, qword ptr [L1192]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L411
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_405:
# i_func_info_IaaI
# io_lib:module_info/1
    call L409
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x76, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x66, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
module_info/1:
# i_breakpoint_trampoline
    short jmp L1194
.db 0x00
    call L412
    align 8
L1194:
# i_test_yield
    lea rdx, qword ptr [module_info/1+24]
    dec r14
    jle L410
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx], 95883
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1195
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L1195:
# call_light_bif_be
    align 4
L1196:
L1197:
    long mov rcx, 9223372036854775807
    mov rax, 94919178913216
    lea rdx, qword ptr [L1196]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L411
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_407:
# i_func_info_IaaI
# io_lib:'-write/2-fun-0-'/2
    call L409
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x76, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x89, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
'-write/2-fun-0-'/2:
# i_breakpoint_trampoline
    short jmp L1198
.db 0x00
    call L412
    align 8
L1198:
# i_test_yield
    lea rdx, qword ptr ['-write/2-fun-0-'/2+24]
    dec r14
    jle L410
# i_move_sd
    mov qword ptr [rbx], 28171
# return
    dec r14
    jl L411
    ret
# int_code_end
L1199:
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, 94919180896308
    call 94919178184336
.section .rodata {#1}
line:
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
.section .rodata {#1}
str:
.db 0x0A
.section .text {#0}
.section .rodata {#1}
attr:
.db 0x83, 0x6C, 0x00, 0x00, 0x00, 0x01, 0x68, 0x02, 0x64, 0x00, 0x03, 0x76, 0x73, 0x6E, 0x6C, 0x00, 0x00, 0x00, 0x01, 0x6E, 0x10, 0x00, 0x6E, 0x28, 0x0C, 0x31, 0x4C, 0xEA, 0xD8, 0x5A, 0xF6, 0xC7, 0xD7, 0xA3, 0x16, 0x74, 0xB2, 0x6A, 0x6A, 0x6A
.section .text {#0}
.section .rodata {#1}
compile:
.db 0x83, 0x6C, 0x00, 0x00, 0x00, 0x03, 0x68, 0x02, 0x64, 0x00, 0x07, 0x76, 0x65, 0x72, 0x73, 0x69, 0x6F, 0x6E, 0x6B, 0x00, 0x03, 0x38, 0x2E, 0x32, 0x68, 0x02, 0x64, 0x00, 0x07, 0x6F, 0x70, 0x74, 0x69, 0x6F, 0x6E, 0x73, 0x6C, 0x00, 0x00, 0x00, 0x03, 0x64, 0x00, 0x0A, 0x64, 0x65, 0x62, 0x75, 0x67, 0x5F, 0x69, 0x6E, 0x66, 0x6F, 0x68, 0x02, 0x64, 0x00, 0x01, 0x69, 0x6B, 0x00, 0x45, 0x2F, 0x62, 0x75, 0x69, 0x6C, 0x64, 0x2F, 0x72, 0x65, 0x70, 0x72, 0x6F, 0x64, 0x75, 0x63, 0x69, 0x62, 0x6C, 0x65, 0x2D, 0x70, 0x61, 0x74, 0x68, 0x2F, 0x65, 0x72, 0x6C, 0x61, 0x6E, 0x67, 0x2D, 0x32, 0x35, 0x2E, 0x32, 0x2E, 0x33, 0x2B, 0x64, 0x66, 0x73, 0x67, 0x2F, 0x6C, 0x69, 0x62, 0x2F, 0x73, 0x74, 0x64, 0x6C, 0x69, 0x62, 0x2F, 0x73, 0x72, 0x63, 0x2F, 0x2E, 0x2E, 0x2F, 0x69, 0x6E, 0x63, 0x6C, 0x75, 0x64, 0x65, 0x68, 0x02, 0x64, 0x00, 0x01, 0x69, 0x6B, 0x00, 0x4F, 0x2F, 0x62, 0x75, 0x69, 0x6C, 0x64, 0x2F, 0x72, 0x65, 0x70, 0x72, 0x6F, 0x64, 0x75, 0x63, 0x69, 0x62, 0x6C, 0x65, 0x2D, 0x70, 0x61, 0x74, 0x68, 0x2F, 0x65, 0x72, 0x6C, 0x61, 0x6E, 0x67, 0x2D, 0x32, 0x35, 0x2E, 0x32, 0x2E, 0x33, 0x2B, 0x64, 0x66, 0x73, 0x67, 0x2F, 0x6C, 0x69, 0x62, 0x2F, 0x73, 0x74, 0x64, 0x6C, 0x69, 0x62, 0x2F, 0x73, 0x72, 0x63, 0x2F, 0x2E, 0x2E, 0x2F, 0x2E, 0x2E, 0x2F, 0x6B, 0x65, 0x72, 0x6E, 0x65, 0x6C, 0x2F, 0x69, 0x6E, 0x63, 0x6C, 0x75, 0x64, 0x65, 0x6A, 0x68, 0x02, 0x64, 0x00, 0x06, 0x73, 0x6F, 0x75, 0x72, 0x63, 0x65, 0x6B, 0x00, 0x45, 0x2F, 0x62, 0x75, 0x69, 0x6C, 0x64, 0x2F, 0x72, 0x65, 0x70, 0x72, 0x6F, 0x64, 0x75, 0x63, 0x69, 0x62, 0x6C, 0x65, 0x2D, 0x70, 0x61, 0x74, 0x68, 0x2F, 0x65, 0x72, 0x6C, 0x61, 0x6E, 0x67, 0x2D, 0x32, 0x35, 0x2E, 0x32, 0x2E, 0x33, 0x2B, 0x64, 0x66, 0x73, 0x67, 0x2F, 0x6C, 0x69, 0x62, 0x2F, 0x73, 0x74, 0x64, 0x6C, 0x69, 0x62, 0x2F, 0x73, 0x72, 0x63, 0x2F, 0x69, 0x6F, 0x5F, 0x6C, 0x69, 0x62, 0x2E, 0x65, 0x72, 0x6C, 0x6A
.section .text {#0}
.section .rodata {#1}
md5:
.db 0x6A, 0xB2, 0x74, 0x16, 0xA3, 0xD7, 0xC7, 0xF6, 0x5A, 0xD8, 0xEA, 0x4C, 0x31, 0x0C, 0x28, 0x6E
.section .text {#0}
