    align 8
L359:
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
L360:
    jmp 140320710851944
    align 8
L361:
    jmp 140320710853048
    align 8
L362:
    jmp 140320710850344
    align 16
L363:
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
# proc_lib:spawn/1
    call L360
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0xF9, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xC3, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
spawn/1:
# i_breakpoint_trampoline
    short jmp L364
.db 0x00
    call L363
    align 8
L364:
# i_test_yield
    lea rdx, qword ptr [spawn/1+24]
    dec r14
    jle L361
# is_function_fS
    mov rax, qword ptr [rbx]
    test al, 1
    short jne label_1
    mov eax, dword ptr [rax-2]
    cmp rax, 212
    short jne label_1
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L365
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L365:
    sub rsp, 16
# init_yregs_I
    mov qword ptr [rsp], 59
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call get_my_name/0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# line_I
# i_call_f
    call get_ancestors/0
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L366
    mov ecx, 1
    call 140320710850576
L366:
# put_cons_ss
    mov rdi, qword ptr [rsp+8]
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
# append_cons_Is
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], rsi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+16], rsi
# i_move_sd
    mov qword ptr [rbx+8], 330507
# i_move_sd
    mov qword ptr [rbx], 194827
# line_I
# call_light_bif_be
    align 4
L367:
L368:
    long mov rcx, 9223372036854775807
    mov rax, 94919179082800
    lea rdx, qword ptr [L367]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L362
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_3:
# i_func_info_IaaI
# proc_lib:spawn/3
    call L360
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0xF9, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xC3, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
spawn/3:
# i_breakpoint_trampoline
    short jmp L369
.db 0x00
    call L363
    align 8
L369:
# i_test_yield
    lea rdx, qword ptr [spawn/3+24]
    dec r14
    jle L361
# is_atom_fs
    mov rax, qword ptr [rbx]
    and al, 63
    cmp al, 11
    short jne label_3
# is_atom_fs
    mov rax, qword ptr [rbx+8]
    and al, 63
    cmp al, 11
    short jne label_3
# is_list_fs
    mov rax, qword ptr [rbx+16]
    cmp rax, 59
    short je L370
    test al, 2
    short jne label_3
L370:
# allocate_tt
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L371
    mov ecx, 3
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L371:
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
# i_call_f
.db 0x66, 0x90
    call get_my_name/0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# line_I
# i_call_f
    call get_ancestors/0
# test_heap_It
    lea rdx, qword ptr [r15+112]
    cmp rdx, rsp
    short jbe L372
    mov ecx, 1
    call 140320710850576
L372:
# put_cons_ss
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# append_cons_Is
    mov rdi, qword ptr [rsp+24]
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
    mov qword ptr [rbx+16], rsi
# i_move_sd
    mov qword ptr [rbx+8], 330507
# i_move_sd
    mov qword ptr [rbx], 194827
# line_I
# call_light_bif_be
    align 4
L373:
L374:
    long mov rcx, 9223372036854775807
    mov rax, 94919179082800
    lea rdx, qword ptr [L373]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 32
# return
    dec r14
    jl L362
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_5:
# i_func_info_IaaI
# proc_lib:spawn_link/1
    call L360
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0xF9, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xC3, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
spawn_link/1:
# i_breakpoint_trampoline
    short jmp L375
.db 0x00
    call L363
    align 8
L375:
# i_test_yield
    lea rdx, qword ptr [spawn_link/1+24]
    dec r14
    jle L361
# is_function_fS
    mov rax, qword ptr [rbx]
    test al, 1
    short jne label_5
    mov eax, dword ptr [rax-2]
    cmp rax, 212
    short jne label_5
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L376
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L376:
    sub rsp, 16
# init_yregs_I
    mov qword ptr [rsp], 59
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call get_my_name/0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# line_I
# i_call_f
    call get_ancestors/0
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L377
    mov ecx, 1
    call 140320710850576
L377:
# put_cons_ss
    mov rdi, qword ptr [rsp+8]
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
# append_cons_Is
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], rsi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+16], rsi
# i_move_sd
    mov qword ptr [rbx+8], 330507
# i_move_sd
    mov qword ptr [rbx], 194827
# line_I
# call_light_bif_be
    align 4
L378:
L379:
    long mov rcx, 9223372036854775807
    mov rax, 94919179086576
    lea rdx, qword ptr [L378]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L362
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_7:
# i_func_info_IaaI
# proc_lib:spawn_link/3
    call L360
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0xF9, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xC3, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
spawn_link/3:
# i_breakpoint_trampoline
    short jmp L380
.db 0x00
    call L363
    align 8
L380:
# i_test_yield
    lea rdx, qword ptr [spawn_link/3+24]
    dec r14
    jle L361
# is_atom_fs
    mov rax, qword ptr [rbx]
    and al, 63
    cmp al, 11
    short jne label_7
# is_atom_fs
    mov rax, qword ptr [rbx+8]
    and al, 63
    cmp al, 11
    short jne label_7
# is_list_fs
    mov rax, qword ptr [rbx+16]
    cmp rax, 59
    short je L381
    test al, 2
    short jne label_7
L381:
# allocate_tt
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L382
    mov ecx, 3
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L382:
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
# i_call_f
.db 0x66, 0x90
    call get_my_name/0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# line_I
# i_call_f
    call get_ancestors/0
# test_heap_It
    lea rdx, qword ptr [r15+112]
    cmp rdx, rsp
    short jbe L383
    mov ecx, 1
    call 140320710850576
L383:
# put_cons_ss
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# append_cons_Is
    mov rdi, qword ptr [rsp+24]
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
    mov qword ptr [rbx+16], rsi
# i_move_sd
    mov qword ptr [rbx+8], 330507
# i_move_sd
    mov qword ptr [rbx], 194827
# line_I
# call_light_bif_be
    align 4
L384:
L385:
    long mov rcx, 9223372036854775807
    mov rax, 94919179086576
    lea rdx, qword ptr [L384]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 32
# return
    dec r14
    jl L362
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_9:
# i_func_info_IaaI
# proc_lib:spawn/2
    call L360
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0xF9, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xC3, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
spawn/2:
# i_breakpoint_trampoline
    short jmp L386
.db 0x00
    call L363
    align 8
L386:
# i_test_yield
    lea rdx, qword ptr [spawn/2+24]
    dec r14
    jle L361
# is_function_fS
    mov rax, qword ptr [rbx+8]
    test al, 1
    short jne label_9
    mov eax, dword ptr [rax-2]
    cmp rax, 212
    short jne label_9
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L387
    mov ecx, 2
.db 0x90
    call 140320710850576
L387:
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
    call get_my_name/0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# line_I
# i_call_f
    call get_ancestors/0
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L388
    mov ecx, 1
    call 140320710850576
L388:
# put_cons_ss
    mov rdi, qword ptr [rsp+8]
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
# append_cons_Is
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], rsi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+24], rsi
# i_move_sd
    mov qword ptr [rbx+8], 194827
# i_move_sd
    mov qword ptr [rbx+16], 330507
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# i_call_ext_last_et
    add rsp, 24
L389:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# func_line_I
# aligned_label_Lt
    align 8
label_11:
# i_func_info_IaaI
# proc_lib:spawn/4
    call L360
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0xF9, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xC3, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
spawn/4:
# i_breakpoint_trampoline
    short jmp L390
.db 0x00
    call L363
    align 8
L390:
# i_test_yield
    lea rdx, qword ptr [spawn/4+24]
    dec r14
    jle L361
# is_atom_fs
    mov rax, qword ptr [rbx+8]
    and al, 63
    cmp al, 11
    short jne label_11
# is_atom_fs
    mov rax, qword ptr [rbx+16]
    and al, 63
    cmp al, 11
    short jne label_11
# is_list_fs
    mov rax, qword ptr [rbx+24]
    cmp rax, 59
    short je L391
    test al, 2
    short jne label_11
L391:
# allocate_tt
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L392
    mov ecx, 4
.db 0x66, 0x90
    call 140320710850576
L392:
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
# i_call_f
.db 0x66, 0x90
    call get_my_name/0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# line_I
# i_call_f
    call get_ancestors/0
# test_heap_It
    lea rdx, qword ptr [r15+112]
    cmp rdx, rsp
    short jbe L393
    mov ecx, 1
    call 140320710850576
L393:
# put_cons_ss
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# append_cons_Is
    mov rdi, qword ptr [rsp+24]
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
    mov qword ptr [rbx+24], rsi
# i_move_sd
    mov qword ptr [rbx+8], 194827
# i_move_sd
    mov qword ptr [rbx+16], 330507
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx], rdi
# i_call_ext_last_et
    add rsp, 40
L394:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# func_line_I
# aligned_label_Lt
    align 8
label_13:
# i_func_info_IaaI
# proc_lib:spawn_link/2
    call L360
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0xF9, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xC3, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
spawn_link/2:
# i_breakpoint_trampoline
    short jmp L395
.db 0x00
    call L363
    align 8
L395:
# i_test_yield
    lea rdx, qword ptr [spawn_link/2+24]
    dec r14
    jle L361
# is_function_fS
    mov rax, qword ptr [rbx+8]
    test al, 1
    short jne label_13
    mov eax, dword ptr [rax-2]
    cmp rax, 212
    short jne label_13
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L396
    mov ecx, 2
.db 0x90
    call 140320710850576
L396:
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
    call get_my_name/0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# line_I
# i_call_f
    call get_ancestors/0
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L397
    mov ecx, 1
    call 140320710850576
L397:
# put_cons_ss
    mov rdi, qword ptr [rsp+8]
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
# append_cons_Is
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], rsi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+24], rsi
# i_move_sd
    mov qword ptr [rbx+8], 194827
# i_move_sd
    mov qword ptr [rbx+16], 330507
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# i_call_ext_last_et
    add rsp, 24
L398:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# func_line_I
# aligned_label_Lt
    align 8
label_15:
# i_func_info_IaaI
# proc_lib:spawn_link/4
    call L360
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0xF9, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xC3, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
spawn_link/4:
# i_breakpoint_trampoline
    short jmp L399
.db 0x00
    call L363
    align 8
L399:
# i_test_yield
    lea rdx, qword ptr [spawn_link/4+24]
    dec r14
    jle L361
# is_atom_fs
    mov rax, qword ptr [rbx+8]
    and al, 63
    cmp al, 11
    short jne label_15
# is_atom_fs
    mov rax, qword ptr [rbx+16]
    and al, 63
    cmp al, 11
    short jne label_15
# is_list_fs
    mov rax, qword ptr [rbx+24]
    cmp rax, 59
    short je L400
    test al, 2
    short jne label_15
L400:
# allocate_tt
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L401
    mov ecx, 4
.db 0x66, 0x90
    call 140320710850576
L401:
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
# i_call_f
.db 0x66, 0x90
    call get_my_name/0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# line_I
# i_call_f
    call get_ancestors/0
# test_heap_It
    lea rdx, qword ptr [r15+112]
    cmp rdx, rsp
    short jbe L402
    mov ecx, 1
    call 140320710850576
L402:
# put_cons_ss
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# append_cons_Is
    mov rdi, qword ptr [rsp+24]
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
    mov qword ptr [rbx+24], rsi
# i_move_sd
    mov qword ptr [rbx+8], 194827
# i_move_sd
    mov qword ptr [rbx+16], 330507
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx], rdi
# i_call_ext_last_et
    add rsp, 40
L403:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# func_line_I
# aligned_label_Lt
    align 8
label_17:
# i_func_info_IaaI
# proc_lib:spawn_opt/2
    call L360
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0xF9, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xC7, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
spawn_opt/2:
# i_breakpoint_trampoline
    short jmp L404
.db 0x00
    call L363
    align 8
L404:
# i_test_yield
    lea rdx, qword ptr [spawn_opt/2+24]
    dec r14
    jle L361
# is_function_fS
    mov rax, qword ptr [rbx]
    test al, 1
    short jne label_17
    mov eax, dword ptr [rax-2]
    cmp rax, 212
    short jne label_17
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L405
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L405:
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
    call get_my_name/0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# line_I
# i_call_f
    call get_ancestors/0
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L406
    mov ecx, 1
    call 140320710850576
L406:
# put_cons_ss
    mov rdi, qword ptr [rsp+16]
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
# append_cons_Is
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], rsi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+16], rsi
# i_move_sd
    mov qword ptr [rbx+8], 330507
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov qword ptr [rbx], 194827
# line_I
# call_light_bif_be
    align 4
L407:
L408:
    long mov rcx, 9223372036854775807
    mov rax, 94919179086848
    lea rdx, qword ptr [L407]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L362
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_19:
# i_func_info_IaaI
# proc_lib:spawn_opt/3
    call L360
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0xF9, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xC7, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
spawn_opt/3:
# i_breakpoint_trampoline
    short jmp L409
.db 0x00
    call L363
    align 8
L409:
# i_test_yield
    lea rdx, qword ptr [spawn_opt/3+24]
    dec r14
    jle L361
# is_function_fS
    mov rax, qword ptr [rbx+8]
    test al, 1
    short jne label_19
    mov eax, dword ptr [rax-2]
    cmp rax, 212
    short jne label_19
# allocate_tt
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L410
    mov ecx, 3
.db 0x90
    call 140320710850576
L410:
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
# i_call_f
.db 0x66, 0x90
    call get_my_name/0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# line_I
# i_call_f
    call get_ancestors/0
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L411
    mov ecx, 1
    call 140320710850576
L411:
# put_cons_ss
    mov rdi, qword ptr [rsp+16]
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
# append_cons_Is
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], rsi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+24], rsi
# i_move_sd
    mov qword ptr [rbx+16], 330507
# i_move_sd
    mov qword ptr [rbx+8], 194827
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+32], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx], rdi
# i_call_ext_last_et
    add rsp, 32
L412:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# func_line_I
# aligned_label_Lt
    align 8
label_21:
# i_func_info_IaaI
# proc_lib:spawn_opt/4
    call L360
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0xF9, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xC7, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
spawn_opt/4:
# i_breakpoint_trampoline
    short jmp L413
.db 0x00
    call L363
    align 8
L413:
# i_test_yield
    lea rdx, qword ptr [spawn_opt/4+24]
    dec r14
    jle L361
# is_atom_fs
    mov rax, qword ptr [rbx]
    and al, 63
    cmp al, 11
    short jne label_21
# is_atom_fs
    mov rax, qword ptr [rbx+8]
    and al, 63
    cmp al, 11
    short jne label_21
# is_list_fs
    mov rax, qword ptr [rbx+16]
    cmp rax, 59
    short je L414
    test al, 2
    short jne label_21
L414:
# allocate_tt
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L415
    mov ecx, 4
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L415:
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
# i_call_f
.db 0x66, 0x90
    call get_my_name/0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# line_I
# i_call_f
    call get_ancestors/0
# test_heap_It
    lea rdx, qword ptr [r15+112]
    cmp rdx, rsp
    short jbe L416
    mov ecx, 1
    call 140320710850576
L416:
# put_cons_ss
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# append_cons_Is
    mov rdi, qword ptr [rsp+32]
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
    mov qword ptr [rbx+16], rsi
# i_move_sd
    mov qword ptr [rbx+8], 330507
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov qword ptr [rbx], 194827
# line_I
# call_light_bif_be
    align 4
L417:
L418:
    long mov rcx, 9223372036854775807
    mov rax, 94919179086848
    lea rdx, qword ptr [L417]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 40
# return
    dec r14
    jl L362
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_23:
# i_func_info_IaaI
# proc_lib:spawn_opt/5
    call L360
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0xF9, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xC7, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
spawn_opt/5:
# i_breakpoint_trampoline
    short jmp L419
.db 0x00
    call L363
    align 8
L419:
# i_test_yield
    lea rdx, qword ptr [spawn_opt/5+24]
    dec r14
    jle L361
# is_atom_fs
    mov rax, qword ptr [rbx+8]
    and al, 63
    cmp al, 11
    short jne label_23
# is_atom_fs
    mov rax, qword ptr [rbx+16]
    and al, 63
    cmp al, 11
    short jne label_23
# is_list_fs
    mov rax, qword ptr [rbx+24]
    cmp rax, 59
    short je L420
    test al, 2
    short jne label_23
L420:
# allocate_tt
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L421
    mov ecx, 5
.db 0x66, 0x90
    call 140320710850576
L421:
    sub rsp, 48
# init_yregs_I
    mov qword ptr [rsp], 59
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+24], 1
    vmovups xmmword ptr [rsp+8], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rsp+24], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+40], rdi
# line_I
# i_call_f
.db 0x90
    call get_my_name/0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# line_I
# i_call_f
    call get_ancestors/0
# test_heap_It
    lea rdx, qword ptr [r15+112]
    cmp rdx, rsp
    short jbe L422
    mov ecx, 1
    call 140320710850576
L422:
# put_cons_ss
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# append_cons_Is
    mov rdi, qword ptr [rsp+32]
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
    mov qword ptr [rbx+24], rsi
# i_move_sd
    mov qword ptr [rbx+16], 330507
# i_move_sd
    mov qword ptr [rbx+8], 194827
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+32], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [rbx], rdi
# i_call_ext_last_et
    add rsp, 48
L423:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# func_line_I
# aligned_label_Lt
    align 8
label_25:
# i_func_info_IaaI
# proc_lib:spawn_mon/3
    call L360
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0xF9, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x0B, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
spawn_mon/3:
# i_breakpoint_trampoline
    short jmp L424
.db 0x00
    call L363
    align 8
L424:
# i_test_yield
    lea rdx, qword ptr [spawn_mon/3+24]
    dec r14
    jle L361
# allocate_tt
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L425
    mov ecx, 3
    call 140320710850576
L425:
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
# i_call_f
.db 0x66, 0x90
    call get_my_name/0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# line_I
# i_call_f
    call get_ancestors/0
# test_heap_It
    lea rdx, qword ptr [r15+112]
    cmp rdx, rsp
    short jbe L426
    mov ecx, 1
    call 140320710850576
L426:
# put_cons_ss
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# append_cons_Is
    mov rdi, qword ptr [rsp+24]
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
    mov qword ptr [rbx+16], rsi
# i_move_sd
    mov qword ptr [rbx+8], 330507
# i_move_sd
    mov qword ptr [rbx], 194827
# i_call_ext_last_et
    add rsp, 32
L427:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# func_line_I
# aligned_label_Lt
    align 8
label_27:
# i_func_info_IaaI
# proc_lib:hibernate/3
    call L360
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0xF9, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xEC, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
hibernate/3:
# i_breakpoint_trampoline
    short jmp L428
.db 0x00
    call L363
    align 8
L428:
# i_test_yield
    lea rdx, qword ptr [hibernate/3+24]
    dec r14
    jle L361
# is_atom_fs
    mov rax, qword ptr [rbx]
    and al, 63
    cmp al, 11
    short jne label_27
# is_atom_fs
    mov rax, qword ptr [rbx+8]
    and al, 63
    cmp al, 11
    short jne label_27
# is_list_fs
    mov rax, qword ptr [rbx+16]
    cmp rax, 59
    short je L429
    test al, 2
    short jne label_27
L429:
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L430
    mov ecx, 3
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L430:
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
    mov qword ptr [rbx+16], rsi
# i_move_sd
    mov qword ptr [rbx+8], 330635
# i_move_sd
    mov qword ptr [rbx], 194827
# line_I
# i_hibernate
    movq xmm0, r15
    movq xmm1, rsp
    punpcklqdq xmm0, xmm1
    movups xmmword ptr [r13+80], xmm0
    mov qword ptr [r13+104], r14
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    mov rsi, rbx
    call 94919178644752
    mov rsp, qword ptr [r13+88]
    mov r15, qword ptr [r13+80]
    mov r14, qword ptr [r13+104]
    test rax, rax
    je L431
    mov rdi, qword ptr [r13+288]
    and rdi, -2
    mov qword ptr [r13+288], rdi
    jmp 140320710854321
L431:
    mov rcx, 94919181879520
    call 140320710854352
# func_line_I
    nop
# aligned_label_Lt
    align 8
label_29:
# i_func_info_IaaI
# proc_lib:init_p/3
    call L360
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0xF9, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x0B, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
init_p/3:
# i_breakpoint_trampoline
    short jmp L432
.db 0x00
    call L363
    align 8
L432:
# i_test_yield
    lea rdx, qword ptr [init_p/3+24]
    dec r14
    jle L361
# is_function_fS
    mov rax, qword ptr [rbx+16]
    test al, 1
    short jne label_29
    mov eax, dword ptr [rax-2]
    cmp rax, 212
    short jne label_29
# allocate_heap_tIt
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L433
    mov ecx, 3
.db 0x90
    call 140320710850576
L433:
    sub rsp, 24
# init_yregs_I
    mov eax, 59
    mov qword ptr [rsp], rax
    mov qword ptr [rsp+16], rax
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp+8], rdi
# put_cons_ss
# (put head and tail together)
    movups xmm0, xmmword ptr [rbx]
    movups xmmword ptr [r15], xmm0
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_move_sd
    mov qword ptr [rbx], 227147
# line_I
# i_call_ext_e
L434:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x90
    call qword ptr [rax+r12*8]
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L435:
L436:
    long mov rcx, 9223372036854775807
    mov rax, 94919178883392
    lea rdx, qword ptr [L435]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx], 227211
# line_I
# i_call_ext_e
L437:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# catch_yf
    inc qword ptr [r13+264]
L438:
    mov eax, 2147483647
    mov qword ptr [rsp+16], rax
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov qword ptr [rsp+8], 59
# line_I
# i_call_fun2_atS
    mov rcx, qword ptr [rbx]
    xor edx, edx
    mov rsi, 140320710850960
    lea r8, qword ptr [L439]
# skipped box test since source is always boxed
# skipped fun test since source is always a fun when boxed
    cmp byte ptr [rcx+22], dl
    mov rax, qword ptr [rcx+6]
    mov rdi, qword ptr [rax+r12*8]
L439:
    cmovne rdi, rsi
    call rdi
.db 0x0F, 0x1F, 0x00
    call rdi
# try_end_y
    dec qword ptr [r13+264]
    mov qword ptr [rsp+16], 59
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L362
    ret
# label_L
label_31:
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
# i_call_last_ft
    add rsp, 24
    jmp exit_p/3
# func_line_I
# aligned_label_Lt
    align 8
label_32:
# i_func_info_IaaI
# proc_lib:init_p/5
    call L360
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0xF9, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x0B, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
init_p/5:
# i_breakpoint_trampoline
    short jmp L440
.db 0x00
    call L363
    align 8
L440:
# i_test_yield
    lea rdx, qword ptr [init_p/5+24]
    dec r14
    jle L361
# is_atom_fs
    mov rax, qword ptr [rbx+16]
    and al, 63
    cmp al, 11
    short jne label_32
# is_atom_fs
    mov rax, qword ptr [rbx+24]
    and al, 63
    cmp al, 11
    short jne label_32
# is_list_fs
    mov rax, qword ptr [rbx+32]
    cmp rax, 59
    short je L441
    test al, 2
    short jne label_32
L441:
# allocate_heap_tIt
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L442
    mov ecx, 5
.db 0x66, 0x90
    call 140320710850576
L442:
    sub rsp, 24
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+24], 1
    vmovups xmmword ptr [rsp], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp+16], rdi
# put_cons_ss
# (put head and tail together)
    movups xmm0, xmmword ptr [rbx]
    movups xmmword ptr [r15], xmm0
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_move_sd
    mov qword ptr [rbx], 227147
# line_I
# i_call_ext_e
L443:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp], 1
    vmovups xmmword ptr [rbx+8], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call trans_init/3
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx], 227211
# i_call_ext_e
L444:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
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
    jmp init_p_do_apply/3
# func_line_I
# aligned_label_Lt
    align 8
label_34:
# i_func_info_IaaI
# proc_lib:init_p_do_apply/3
    call L360
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0xF9, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x0B, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
init_p_do_apply/3:
# i_breakpoint_trampoline
    short jmp L445
.db 0x00
    call L363
    align 8
L445:
# i_test_yield
    lea rdx, qword ptr [init_p_do_apply/3+24]
    dec r14
    jle L361
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L446
    mov ecx, 3
    call 140320710850576
L446:
    sub rsp, 24
# init_yregs_I
    mov eax, 59
    mov rdi, rsp
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# catch_yf
    inc qword ptr [r13+264]
L447:
    mov eax, 2147483647
    mov qword ptr [rsp+16], rax
# line_I
# i_apply
    align 4
L449:
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
    short jne L448
    lea rsi, qword ptr [L449]
    mov rcx, 94919181695328
    push rsi
    jmp 140320710854368
L448:
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# try_end_y
    dec qword ptr [r13+264]
    mov qword ptr [rsp+16], 59
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L362
    ret
# label_L
label_36:
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
# i_call_last_ft
    add rsp, 24
    jmp exit_p/3
# func_line_I
# aligned_label_Lt
    align 8
label_37:
# i_func_info_IaaI
# proc_lib:wake_up/3
    call L360
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0xF9, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x0B, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
wake_up/3:
# i_breakpoint_trampoline
    short jmp L450
.db 0x00
    call L363
    align 8
L450:
# i_test_yield
    lea rdx, qword ptr [wake_up/3+24]
    dec r14
    jle L361
# is_atom_fs
    mov rax, qword ptr [rbx]
    and al, 63
    cmp al, 11
    short jne label_37
# is_atom_fs
    mov rax, qword ptr [rbx+8]
    and al, 63
    cmp al, 11
    short jne label_37
# is_list_fs
    mov rax, qword ptr [rbx+16]
    cmp rax, 59
    short je L451
    test al, 2
    short jne label_37
L451:
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L452
    mov ecx, 3
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L452:
    sub rsp, 24
# init_yregs_I
    mov eax, 59
    mov rdi, rsp
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# catch_yf
    inc qword ptr [r13+264]
L453:
    mov eax, 2147483647
    mov qword ptr [rsp+16], rax
# line_I
# i_apply
    align 4
L455:
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
    short jne L454
    lea rsi, qword ptr [L455]
    mov rcx, 94919181695328
    push rsi
    jmp 140320710854368
L454:
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# try_end_y
    dec qword ptr [r13+264]
    mov qword ptr [rsp+16], 59
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L362
    ret
# label_L
label_39:
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
# i_call_last_ft
    add rsp, 24
    jmp exit_p/3
# func_line_I
# aligned_label_Lt
    align 8
label_40:
# i_func_info_IaaI
# proc_lib:exit_p/3
    call L360
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0xF9, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x0C, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
exit_p/3:
# i_breakpoint_trampoline
    short jmp L456
.db 0x00
    call L363
    align 8
L456:
# i_test_yield
    lea rdx, qword ptr [exit_p/3+24]
    dec r14
    jle L361
# i_get_hash_cId
    mov esi, 3550
    mov edx, 227211
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919179278896
    mov rsp, rbp
    mov qword ptr [rbx+24], rax
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx+24]
    rex test sil, 1
    jne label_42
    cmp dword ptr [rsi-2], 192
    jne label_42
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+32], rdi
# is_atom_fs
    mov rax, qword ptr [rbx+32]
    and al, 63
    cmp al, 11
    jne label_42
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+24]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+40], rdi
# is_atom_fs
    mov rax, qword ptr [rbx+40]
    and al, 63
    cmp al, 11
    jne label_42
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+24]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx+24], rdi
# is_integer_fs
    mov rdi, qword ptr [rbx+24]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L457
    test al, 1
    jne label_42
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_42
L457:
# allocate_tt
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L458
    mov ecx, 6
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L458:
    sub rsp, 40
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+32]
    movups xmmword ptr [rsp], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rsp+16], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+32], rdi
# i_move_sd
    mov qword ptr [rbx+8], 59
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call make_dummy_args/2
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L459
    mov ecx, 1
    call 140320710850576
L459:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
# (moving two elements at once)
    movups xmm0, xmmword ptr [rsp]
    movups xmmword ptr [r15+8], xmm0
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+24], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx+8], rdi
# i_trim_t
    add rsp, 16
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x90
    call crash_report/4
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp], 1
    vmovups xmmword ptr [rbx+8], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rsp+16], rdi
# i_trim_t
    add rsp, 16
# line_I
# i_call_f
.db 0x66, 0x90
    call exit_reason/3
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx], 843
# call_light_bif_be
    align 4
L460:
L461:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090512
    lea rdx, qword ptr [L460]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L362
    ret
# label_L
label_42:
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L462
    mov ecx, 3
.db 0x66, 0x90
    call 140320710850576
L462:
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
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov qword ptr [rbx+16], 59
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call crash_report/4
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp], 1
    vmovups xmmword ptr [rbx+8], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rsp+16], rdi
# i_trim_t
    add rsp, 16
# line_I
# i_call_f
.db 0x66, 0x90
    call exit_reason/3
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx], 843
# call_light_bif_be
    align 4
L463:
L464:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090512
    lea rdx, qword ptr [L463]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L362
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_43:
# i_func_info_IaaI
# proc_lib:exit_reason/3
    call L360
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0xF9, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x0C, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
exit_reason/3:
# i_breakpoint_trampoline
    short jmp L465
.db 0x00
    call L363
    align 8
L465:
# i_test_yield
    lea rdx, qword ptr [exit_reason/3+24]
    dec r14
    jle L361
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 715
    je label_45
    cmp rsi, 843
    je label_46
    jmp label_47
# label_L
label_45:
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L466
    mov ecx, 3
.db 0x66, 0x90
    call 140320710850576
L466:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 971
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
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L362
    ret
# label_L
label_46:
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L362
    ret
# label_L
label_47:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L467
    mov ecx, 3
    call 140320710850576
L467:
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
    jl L362
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_48:
# i_func_info_IaaI
# proc_lib:start/3
    call L360
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0xF9, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x9F, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
start/3:
# i_breakpoint_trampoline
    short jmp L468
.db 0x00
    call L363
    align 8
L468:
# i_test_yield
    lea rdx, qword ptr [start/3+24]
    dec r14
    jle L361
# is_atom_fs
    mov rax, qword ptr [rbx]
    and al, 63
    cmp al, 11
    short jne label_48
# is_atom_fs
    mov rax, qword ptr [rbx+8]
    and al, 63
    cmp al, 11
    short jne label_48
# is_list_fs
    mov rax, qword ptr [rbx+16]
    cmp rax, 59
    short je L469
    test al, 2
    short jne label_48
L469:
# i_move_sd
    mov qword ptr [rbx+24], 395
# i_call_only_f
    jmp start/4
# func_line_I
# aligned_label_Lt
    align 8
label_50:
# i_func_info_IaaI
# proc_lib:start/4
    call L360
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0xF9, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x9F, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
start/4:
# i_breakpoint_trampoline
    short jmp L470
.db 0x00
    call L363
    align 8
L470:
# i_test_yield
    lea rdx, qword ptr [start/4+24]
    dec r14
    jle L361
# is_atom_fs
    mov rax, qword ptr [rbx]
    and al, 63
    cmp al, 11
    short jne label_50
# is_atom_fs
    mov rax, qword ptr [rbx+8]
    and al, 63
    cmp al, 11
    short jne label_50
# is_list_fs
    mov rax, qword ptr [rbx+16]
    cmp rax, 59
    short je L471
    test al, 2
    short jne label_50
L471:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L472
    mov ecx, 4
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L472:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rsp], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call spawn_mon/3
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_call_last_ft
    add rsp, 8
    jmp sync_start/2
# func_line_I
# aligned_label_Lt
    align 8
label_52:
# i_func_info_IaaI
# proc_lib:start/5
    call L360
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0xF9, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x9F, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
start/5:
# i_breakpoint_trampoline
    short jmp L473
.db 0x00
    call L363
    align 8
L473:
# i_test_yield
    lea rdx, qword ptr [start/5+24]
    dec r14
    jle L361
# is_atom_fs
    mov rax, qword ptr [rbx]
    and al, 63
    cmp al, 11
    short jne label_52
# is_atom_fs
    mov rax, qword ptr [rbx+8]
    and al, 63
    cmp al, 11
    short jne label_52
# is_list_fs
    mov rax, qword ptr [rbx+16]
    cmp rax, 59
    short je L474
    test al, 2
    short jne label_52
L474:
# allocate_tt
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L475
    mov ecx, 5
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L475:
    sub rsp, 40
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
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx], 26443
# line_I
# call_light_bif_be
    align 4
L476:
L477:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927952
    lea rdx, qword ptr [L476]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# is_eq_exact_fss
    cmp qword ptr [rbx], 75
    jne label_54
# test_heap_It
    lea rdx, qword ptr [r15+112]
    cmp rdx, rsp
    short jbe L478
    xor ecx, ecx
.db 0x90
    call 140320710850576
L478:
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
    mov qword ptr [rbx], 4747
# call_light_bif_be
    align 4
L479:
L480:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089760
    lea rdx, qword ptr [L479]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 40
# return
    dec r14
    jl L362
    ret
# label_L
label_54:
# i_move_sd
    mov qword ptr [rbx+8], 31
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx], 26443
# call_light_bif_be
    align 4
L481:
L482:
    long mov rcx, 9223372036854775807
    mov rax, 94919178929168
    lea rdx, qword ptr [L481]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_is_tagged_tuple_ff_ffsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_55
    mov rdi, qword ptr [rsi-2]
    rex test dil, 63
    jne label_55
    cmp edi, 128
    jne label_56
    cmp qword ptr [rsi+6], 26443
    jne label_56
# test_heap_It
    lea rdx, qword ptr [r15+112]
    cmp rdx, rsp
    short jbe L483
    xor ecx, ecx
.db 0x66, 0x90
    call 140320710850576
L483:
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
    mov qword ptr [rbx], 4747
# call_light_bif_be
    align 4
L484:
L485:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089760
    lea rdx, qword ptr [L484]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 40
# return
    dec r14
    jl L362
    ret
# label_L
label_55:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L486
    xor ecx, ecx
.db 0x90
    call 140320710850576
L486:
# put_cons_ss
    mov qword ptr [r15], 26443
    mov rdi, qword ptr [rsp]
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
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rsp+32], rdi
# i_trim_t
    add rsp, 32
# line_I
# i_call_ext_e
L487:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_call_last_ft
    add rsp, 8
    jmp sync_start/2
# label_L
label_56:
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
label_57:
# i_func_info_IaaI
# proc_lib:sync_start/2
    call L360
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0xF9, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x0C, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
sync_start/2:
# i_breakpoint_trampoline
    short jmp L488
.db 0x00
    call L363
    align 8
L488:
# i_test_yield
    lea rdx, qword ptr [sync_start/2+24]
    dec r14
    jle L361
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    short jne label_57
    cmp dword ptr [rsi-2], 128
    short jne label_57
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L489
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L489:
    sub rsp, 24
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp+16], rdi
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# get_two_tuple_elements_sPSS
    vpermilpd xmm0, xmmword ptr [rsi+6], 1
    vmovups xmmword ptr [rsp], xmm0
# aligned_label_Lt
    align 4
label_59:
# i_loop_rec_f
    align 4
L490:
    lea rdi, qword ptr [L490]
    lea rsi, qword ptr [label_63]
    call 140320710852712
# i_select_tuple_arity_SfI
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_62
    mov esi, dword ptr [rsi-2]
    rex test sil, 63
    jne label_62
    cmp esi, 192
    je label_61
    cmp esi, 320
    je label_60
    jne label_62
# label_L
label_60:
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
    jne label_62
# is_eq_exact_fss
    cmp qword ptr [rbx+24], 33675
    jne label_62
# is_eq_exact_fss
    mov rsi, qword ptr [rsp]
    mov rdi, qword ptr [rbx+16]
    cmp rdi, rsi
    short je L491
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_62
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_62
L491:
# is_eq_exact_fss
    mov rsi, qword ptr [rsp+8]
    mov rdi, qword ptr [rbx+32]
    cmp rdi, rsi
    short je L492
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_62
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_62
L492:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L493
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L493:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+38]
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
    jl L362
    ret
# label_L
label_61:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+6]
    movups xmmword ptr [rbx+8], xmm0
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 226507
    jne label_62
# is_eq_exact_fss
    mov rsi, qword ptr [rsp+8]
    mov rdi, qword ptr [rbx+16]
    cmp rdi, rsi
    short je L494
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_62
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_62
L494:
# i_move_sd
    mov rdi, qword ptr [rbx]
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
# i_move_sd
L495:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_trim_t
    add rsp, 16
# line_I
# call_light_bif_be
    align 4
L496:
L497:
    long mov rcx, 9223372036854775807
    mov rax, 94919179085664
    lea rdx, qword ptr [L496]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L362
    ret
# label_L
label_62:
# loop_rec_end_f
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919178491472
    mov rsp, rbp
    dec r14
    jmp label_59
# aligned_label_Lt
    align 4
label_63:
# wait_timeout_locked_sf
    mov rsi, qword ptr [rsp+16]
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    lea rdx, qword ptr [L499]
    call 94919178213728
    mov rsp, rbp
    cmp rax, 1
    short je L498
    short jl L499
    lea rsi, qword ptr [label_63]
    xor ecx, ecx
    push rsi
    jmp 140320710854368
L498:
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    lea rsi, qword ptr [label_59]
    call 94919178213328
    mov rsp, rbp
    jmp 140320710854321
    align 4
L499:
# timeout
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919178214144
    mov rsp, rbp
# i_move_sd
L500:
    long mov rdi, 9223372036854775807
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
# call_light_bif_be
    align 4
L501:
L502:
    long mov rcx, 9223372036854775807
    mov rax, 94919179085664
    lea rdx, qword ptr [L501]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_trim_t
    add rsp, 8
# line_I
# i_call_f
    call kill_flush/1
# i_move_sd
L503:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# deallocate_t
# return
    dec r14
    jl L362
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_64:
# i_func_info_IaaI
# proc_lib:start_link/3
    call L360
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0xF9, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x18, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
start_link/3:
# i_breakpoint_trampoline
    short jmp L504
.db 0x00
    call L363
    align 8
L504:
# i_test_yield
    lea rdx, qword ptr [start_link/3+24]
    dec r14
    jle L361
# is_atom_fs
    mov rax, qword ptr [rbx]
    and al, 63
    cmp al, 11
    short jne label_64
# is_atom_fs
    mov rax, qword ptr [rbx+8]
    and al, 63
    cmp al, 11
    short jne label_64
# is_list_fs
    mov rax, qword ptr [rbx+16]
    cmp rax, 59
    short je L505
    test al, 2
    short jne label_64
L505:
# i_move_sd
    mov qword ptr [rbx+24], 395
# i_call_only_f
    jmp start_link/4
# func_line_I
# aligned_label_Lt
    align 8
label_66:
# i_func_info_IaaI
# proc_lib:start_link/4
    call L360
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0xF9, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x18, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
start_link/4:
# i_breakpoint_trampoline
    short jmp L506
.db 0x00
    call L363
    align 8
L506:
# i_test_yield
    lea rdx, qword ptr [start_link/4+24]
    dec r14
    jle L361
# is_atom_fs
    mov rax, qword ptr [rbx]
    and al, 63
    cmp al, 11
    short jne label_66
# is_atom_fs
    mov rax, qword ptr [rbx+8]
    and al, 63
    cmp al, 11
    short jne label_66
# is_list_fs
    mov rax, qword ptr [rbx+16]
    cmp rax, 59
    short je L507
    test al, 2
    short jne label_66
L507:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L508
    mov ecx, 4
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L508:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rsp], rdi
# line_I
# i_call_ext_e
L509:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_call_last_ft
    add rsp, 8
    jmp sync_start_link/2
# func_line_I
# aligned_label_Lt
    align 8
label_68:
# i_func_info_IaaI
# proc_lib:start_link/5
    call L360
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0xF9, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x18, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
start_link/5:
# i_breakpoint_trampoline
    short jmp L510
.db 0x00
    call L363
    align 8
L510:
# i_test_yield
    lea rdx, qword ptr [start_link/5+24]
    dec r14
    jle L361
# is_atom_fs
    mov rax, qword ptr [rbx]
    and al, 63
    cmp al, 11
    short jne label_68
# is_atom_fs
    mov rax, qword ptr [rbx+8]
    and al, 63
    cmp al, 11
    short jne label_68
# is_list_fs
    mov rax, qword ptr [rbx+16]
    cmp rax, 59
    short je L511
    test al, 2
    short jne label_68
L511:
# allocate_tt
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L512
    mov ecx, 5
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L512:
    sub rsp, 40
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
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx], 26443
# line_I
# call_light_bif_be
    align 4
L513:
L514:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927952
    lea rdx, qword ptr [L513]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# is_eq_exact_fss
    cmp qword ptr [rbx], 75
    jne label_70
# test_heap_It
    lea rdx, qword ptr [r15+112]
    cmp rdx, rsp
    short jbe L515
    xor ecx, ecx
.db 0x90
    call 140320710850576
L515:
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
    mov qword ptr [rbx], 4747
# call_light_bif_be
    align 4
L516:
L517:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089760
    lea rdx, qword ptr [L516]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 40
# return
    dec r14
    jl L362
    ret
# label_L
label_70:
# i_move_sd
    mov qword ptr [rbx+8], 31
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx], 26443
# call_light_bif_be
    align 4
L518:
L519:
    long mov rcx, 9223372036854775807
    mov rax, 94919178929168
    lea rdx, qword ptr [L518]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_is_tagged_tuple_ff_ffsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_71
    mov rdi, qword ptr [rsi-2]
    rex test dil, 63
    jne label_71
    cmp edi, 128
    jne label_72
    cmp qword ptr [rsi+6], 26443
    jne label_72
# test_heap_It
    lea rdx, qword ptr [r15+112]
    cmp rdx, rsp
    short jbe L520
    xor ecx, ecx
.db 0x66, 0x90
    call 140320710850576
L520:
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
    mov qword ptr [rbx], 4747
# call_light_bif_be
    align 4
L521:
L522:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089760
    lea rdx, qword ptr [L521]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 40
# return
    dec r14
    jl L362
    ret
# label_L
label_71:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L523
    xor ecx, ecx
.db 0x90
    call 140320710850576
L523:
# put_cons_ss
    mov qword ptr [r15], 47947
    mov rdi, qword ptr [rsp]
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
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rsp+32], rdi
# i_trim_t
    add rsp, 32
# line_I
# i_call_ext_e
L524:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_call_last_ft
    add rsp, 8
    jmp sync_start_link/2
# label_L
label_72:
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
label_73:
# i_func_info_IaaI
# proc_lib:sync_start_link/2
    call L360
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0xF9, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x0C, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
sync_start_link/2:
# i_breakpoint_trampoline
    short jmp L525
.db 0x00
    call L363
    align 8
L525:
# i_test_yield
    lea rdx, qword ptr [sync_start_link/2+24]
    dec r14
    jle L361
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L526
    mov ecx, 2
    call 140320710850576
L526:
    sub rsp, 16
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp], xmm0
# aligned_label_Lt
    align 4
label_75:
# i_loop_rec_f
    align 4
L527:
    lea rdi, qword ptr [L527]
    lea rsi, qword ptr [label_79]
    call 140320710852712
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_78
    cmp dword ptr [rsi-2], 192
    jne label_78
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+6]
    movups xmmword ptr [rbx+8], xmm0
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx], rdi
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+8]
    cmp rsi, 1355
    je label_77
    cmp rsi, 226507
    je label_76
    jmp label_78
# label_L
label_76:
# is_eq_exact_fss
    mov rsi, qword ptr [rsp+8]
    mov rdi, qword ptr [rbx+16]
    cmp rdi, rsi
    short je L528
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_78
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_78
L528:
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
    jl L362
    ret
# label_L
label_77:
# is_eq_exact_fss
    mov rsi, qword ptr [rsp+8]
    mov rdi, qword ptr [rbx+16]
    cmp rdi, rsi
    short je L529
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_78
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_78
L529:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L530
    mov ecx, 1
    call 140320710850576
L530:
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
    mov qword ptr [r15+8], 779
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
    jl L362
    ret
# label_L
label_78:
# loop_rec_end_f
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919178491472
    mov rsp, rbp
    dec r14
    jmp label_75
# aligned_label_Lt
    align 4
label_79:
# wait_timeout_locked_sf
    mov rsi, qword ptr [rsp]
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    lea rdx, qword ptr [L532]
    call 94919178213728
    mov rsp, rbp
    cmp rax, 1
    short je L531
    short jl L532
    lea rsi, qword ptr [label_79]
    xor ecx, ecx
    push rsi
    jmp 140320710854368
L531:
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    lea rsi, qword ptr [label_75]
    call 94919178213328
    mov rsp, rbp
    jmp 140320710854321
    align 4
L532:
# timeout
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919178214144
    mov rsp, rbp
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# i_trim_t
    add rsp, 16
# line_I
# i_call_f
    call kill_flush/1
# i_move_sd
L533:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# deallocate_t
# return
    dec r14
    jl L362
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_80:
# i_func_info_IaaI
# proc_lib:start_monitor/3
    call L360
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0xF9, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x0D, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
start_monitor/3:
# i_breakpoint_trampoline
    short jmp L534
.db 0x00
    call L363
    align 8
L534:
# i_test_yield
    lea rdx, qword ptr [start_monitor/3+24]
    dec r14
    jle L361
# is_atom_fs
    mov rax, qword ptr [rbx]
    and al, 63
    cmp al, 11
    short jne label_80
# is_atom_fs
    mov rax, qword ptr [rbx+8]
    and al, 63
    cmp al, 11
    short jne label_80
# is_list_fs
    mov rax, qword ptr [rbx+16]
    cmp rax, 59
    short je L535
    test al, 2
    short jne label_80
L535:
# i_move_sd
    mov qword ptr [rbx+24], 395
# i_call_only_f
    jmp start_monitor/4
# func_line_I
# aligned_label_Lt
    align 8
label_82:
# i_func_info_IaaI
# proc_lib:start_monitor/4
    call L360
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0xF9, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x0D, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
start_monitor/4:
# i_breakpoint_trampoline
    short jmp L536
.db 0x00
    call L363
    align 8
L536:
# i_test_yield
    lea rdx, qword ptr [start_monitor/4+24]
    dec r14
    jle L361
# is_atom_fs
    mov rax, qword ptr [rbx]
    and al, 63
    cmp al, 11
    short jne label_82
# is_atom_fs
    mov rax, qword ptr [rbx+8]
    and al, 63
    cmp al, 11
    short jne label_82
# is_list_fs
    mov rax, qword ptr [rbx+16]
    cmp rax, 59
    short je L537
    test al, 2
    short jne label_82
L537:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L538
    mov ecx, 4
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L538:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rsp], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call spawn_mon/3
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_call_last_ft
    add rsp, 8
    jmp sync_start_monitor/2
# func_line_I
# aligned_label_Lt
    align 8
label_84:
# i_func_info_IaaI
# proc_lib:start_monitor/5
    call L360
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0xF9, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x0D, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
start_monitor/5:
# i_breakpoint_trampoline
    short jmp L539
.db 0x00
    call L363
    align 8
L539:
# i_test_yield
    lea rdx, qword ptr [start_monitor/5+24]
    dec r14
    jle L361
# is_atom_fs
    mov rax, qword ptr [rbx]
    and al, 63
    cmp al, 11
    short jne label_84
# is_atom_fs
    mov rax, qword ptr [rbx+8]
    and al, 63
    cmp al, 11
    short jne label_84
# is_list_fs
    mov rax, qword ptr [rbx+16]
    cmp rax, 59
    short je L540
    test al, 2
    short jne label_84
L540:
# allocate_tt
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L541
    mov ecx, 5
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L541:
    sub rsp, 40
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
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx], 26443
# line_I
# call_light_bif_be
    align 4
L542:
L543:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927952
    lea rdx, qword ptr [L542]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# is_eq_exact_fss
    cmp qword ptr [rbx], 75
    jne label_86
# test_heap_It
    lea rdx, qword ptr [r15+112]
    cmp rdx, rsp
    short jbe L544
    xor ecx, ecx
.db 0x90
    call 140320710850576
L544:
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
    mov qword ptr [rbx], 4747
# call_light_bif_be
    align 4
L545:
L546:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089760
    lea rdx, qword ptr [L545]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 40
# return
    dec r14
    jl L362
    ret
# label_L
label_86:
# i_move_sd
    mov qword ptr [rbx+8], 31
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx], 26443
# call_light_bif_be
    align 4
L547:
L548:
    long mov rcx, 9223372036854775807
    mov rax, 94919178929168
    lea rdx, qword ptr [L547]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_is_tagged_tuple_ff_ffsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_87
    mov rdi, qword ptr [rsi-2]
    rex test dil, 63
    jne label_87
    cmp edi, 128
    jne label_88
    cmp qword ptr [rsi+6], 26443
    jne label_88
# test_heap_It
    lea rdx, qword ptr [r15+112]
    cmp rdx, rsp
    short jbe L549
    xor ecx, ecx
.db 0x66, 0x90
    call 140320710850576
L549:
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
    mov qword ptr [rbx], 4747
# call_light_bif_be
    align 4
L550:
L551:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089760
    lea rdx, qword ptr [L550]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 40
# return
    dec r14
    jl L362
    ret
# label_L
label_87:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L552
    xor ecx, ecx
.db 0x90
    call 140320710850576
L552:
# put_cons_ss
    mov qword ptr [r15], 26443
    mov rdi, qword ptr [rsp]
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
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rsp+32], rdi
# i_trim_t
    add rsp, 32
# line_I
# i_call_ext_e
L553:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_call_last_ft
    add rsp, 8
    jmp sync_start_monitor/2
# label_L
label_88:
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
label_89:
# i_func_info_IaaI
# proc_lib:sync_start_monitor/2
    call L360
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0xF9, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x0D, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
sync_start_monitor/2:
# i_breakpoint_trampoline
    short jmp L554
.db 0x00
    call L363
    align 8
L554:
# i_test_yield
    lea rdx, qword ptr [sync_start_monitor/2+24]
    dec r14
    jle L361
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    short jne label_89
    cmp dword ptr [rsi-2], 128
    short jne label_89
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L555
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L555:
    sub rsp, 24
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp+16], rdi
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# get_two_tuple_elements_sPSS
    vpermilpd xmm0, xmmword ptr [rsi+6], 1
    vmovups xmmword ptr [rsp], xmm0
# aligned_label_Lt
    align 4
label_91:
# i_loop_rec_f
    align 4
L556:
    lea rdi, qword ptr [L556]
    lea rsi, qword ptr [label_95]
    call 140320710852712
# i_select_tuple_arity_SfI
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_94
    mov esi, dword ptr [rsi-2]
    rex test sil, 63
    jne label_94
    cmp esi, 192
    je label_93
    cmp esi, 320
    je label_92
    jne label_94
# label_L
label_92:
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
    jne label_94
# is_eq_exact_fss
    cmp qword ptr [rbx+24], 33675
    jne label_94
# is_eq_exact_fss
    mov rsi, qword ptr [rsp]
    mov rdi, qword ptr [rbx+16]
    cmp rdi, rsi
    short je L557
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_94
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_94
L557:
# is_eq_exact_fss
    mov rsi, qword ptr [rsp+8]
    mov rdi, qword ptr [rbx+32]
    cmp rdi, rsi
    short je L558
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_94
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_94
L558:
# i_move_sd
    mov rdi, qword ptr [rbx]
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
# self_d
    mov rdi, qword ptr [r13]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rsp+8], rdi
# i_trim_t
    add rsp, 8
# line_I
# send
    align 4
L559:
    mov rcx, 94919181868960
    mov rax, 94919179095744
    lea rdx, qword ptr [L559]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L560
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L560:
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+38]
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
    jl L362
    ret
# label_L
label_93:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+6]
    movups xmmword ptr [rbx+8], xmm0
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 226507
    jne label_94
# is_eq_exact_fss
    mov rsi, qword ptr [rsp+8]
    mov rdi, qword ptr [rbx+16]
    cmp rdi, rsi
    short je L561
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_94
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_94
L561:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L562
    mov ecx, 1
.db 0x90
    call 140320710850576
L562:
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
    jl L362
    ret
# label_L
label_94:
# loop_rec_end_f
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919178491472
    mov rsp, rbp
    dec r14
    jmp label_91
# aligned_label_Lt
    align 4
label_95:
# wait_timeout_locked_sf
    mov rsi, qword ptr [rsp+16]
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    lea rdx, qword ptr [L564]
    call 94919178213728
    mov rsp, rbp
    cmp rax, 1
    short je L563
    short jl L564
    lea rsi, qword ptr [label_95]
    xor ecx, ecx
    push rsi
    jmp 140320710854368
L563:
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    lea rsi, qword ptr [label_91]
    call 94919178213328
    mov rsp, rbp
    jmp 140320710854321
    align 4
L564:
# timeout
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919178214144
    mov rsp, rbp
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
.db 0x0F, 0x1F, 0x00
    call kill_flush/1
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L565
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L565:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
L566:
    long mov rdi, 9223372036854775807
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
    jl L362
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_96:
# i_func_info_IaaI
# proc_lib:kill_flush/1
    call L360
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0xF9, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x0D, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
kill_flush/1:
# i_breakpoint_trampoline
    short jmp L567
.db 0x00
    call L363
    align 8
L567:
# i_test_yield
    lea rdx, qword ptr [kill_flush/1+24]
    dec r14
    jle L361
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L568
    mov ecx, 1
    call 140320710850576
L568:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# line_I
# call_light_bif_be
    align 4
L569:
L570:
    long mov rcx, 9223372036854775807
    mov rax, 94919179088544
    lea rdx, qword ptr [L569]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov qword ptr [rbx+8], 22219
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L571:
L572:
    long mov rcx, 9223372036854775807
    mov rax, 94919179091616
    lea rdx, qword ptr [L571]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# aligned_label_Lt
    align 4
label_98:
# i_loop_rec_f
    align 4
L573:
    lea rdi, qword ptr [L573]
    lea rsi, qword ptr [label_100]
    call 140320710852712
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_99
    cmp dword ptr [rsi-2], 192
    jne label_99
    cmp qword ptr [rsi+6], 1355
    jne label_99
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# is_eq_exact_fss
    mov rsi, qword ptr [rsp]
    mov rdi, qword ptr [rbx]
    cmp rdi, rsi
    short je L574
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_99
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_99
L574:
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
# jump_f
    jmp label_101
# label_L
label_99:
# loop_rec_end_f
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919178491472
    mov rsp, rbp
    dec r14
    jmp label_98
# aligned_label_Lt
    align 4
label_100:
# timeout_locked
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919178214400
    mov rsp, rbp
# label_L
label_101:
# i_move_sd
    mov qword ptr [rbx], 30603
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L362
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_102:
# i_func_info_IaaI
# proc_lib:init_ack/2
    call L360
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0xF9, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x2B, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
init_ack/2:
# i_breakpoint_trampoline
    short jmp L575
.db 0x00
    call L363
    align 8
L575:
# i_test_yield
    lea rdx, qword ptr [init_ack/2+24]
    dec r14
    jle L361
# allocate_heap_tIt
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L576
    mov ecx, 2
    call 140320710850576
L576:
# self_d
    mov rdi, qword ptr [r13]
    mov qword ptr [rbx+16], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 226507
# (moving and swapping two elements at once)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [r15+16], xmm0
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx+8], rdi
# line_I
# send
    align 4
L577:
    mov rcx, 94919181868960
    mov rax, 94919179095744
    lea rdx, qword ptr [L577]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov qword ptr [rbx], 30603
# deallocate_t
# return
    dec r14
    jl L362
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_104:
# i_func_info_IaaI
# proc_lib:init_ack/1
    call L360
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0xF9, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x2B, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
init_ack/1:
# i_breakpoint_trampoline
    short jmp L578
.db 0x00
    call L363
    align 8
L578:
# i_test_yield
    lea rdx, qword ptr [init_ack/1+24]
    dec r14
    jle L361
# i_get_hash_cId
    mov esi, 3549
    mov edx, 227147
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919179278896
    mov rsp, rbp
    mov qword ptr [rbx+8], rax
# is_nonempty_list_get_hd_fSd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_106
    mov rsi, qword ptr [rax-1]
    mov qword ptr [rbx+8], rsi
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rbx], xmm0
# i_call_only_f
    jmp init_ack/2
# label_L
label_106:
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
label_107:
# i_func_info_IaaI
# proc_lib:initial_call/1
    call L360
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0xF9, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x53, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
initial_call/1:
# i_breakpoint_trampoline
    short jmp L579
.db 0x00
    call L363
    align 8
L579:
# i_test_yield
    lea rdx, qword ptr [initial_call/1+24]
    dec r14
    jle L361
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L580
    mov ecx, 1
    call 140320710850576
L580:
    sub rsp, 8
# init_yregs_I
    mov qword ptr [rsp], 59
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call raw_initial_call/1
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# i_is_tuple_fs
    mov rsi, qword ptr [rbx]
# simplified tuple test since the source is always a tuple when boxed
    rex test sil, 1
    jne label_109
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov qword ptr [rbx+8], 59
# line_I
# i_call_f
    call make_dummy_args/2
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L581
    mov ecx, 1
    call 140320710850576
L581:
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
    jl L362
    ret
# label_L
label_109:
# i_move_sd
    mov qword ptr [rbx], 11
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L362
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_110:
# i_func_info_IaaI
# proc_lib:make_dummy_args/2
    call L360
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0xF9, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x0D, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
make_dummy_args/2:
# i_breakpoint_trampoline
    short jmp L582
.db 0x00
    call L363
    align 8
L582:
# i_test_yield
    lea rdx, qword ptr [make_dummy_args/2+24]
    dec r14
    jle L361
# is_eq_exact_fss
    cmp qword ptr [rbx], 15
    jne label_112
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L362
    ret
# label_L
label_112:
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L583
    mov ecx, 2
.db 0x90
    call 140320710850576
L583:
    sub rsp, 16
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp], xmm0
# line_I
# call_light_bif_be
    align 4
L584:
L585:
    long mov rcx, 9223372036854775807
    mov rax, 94919179120432
    lea rdx, qword ptr [L584]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
L586:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# call_light_bif_be
    align 4
L587:
L588:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927824
    lea rdx, qword ptr [L587]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# call_light_bif_be
    align 4
L589:
L590:
    long mov rcx, 9223372036854775807
    mov rax, 94919179100768
    lea rdx, qword ptr [L589]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rsp+8]
    mov rdx, -16
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L591
    mov rax, rsi
    add rax, rdx
    short jno L592
L591:
    call 140320710853080
L592:
    mov qword ptr [rbx+8], rax
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L593
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L593:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rbx], xmm0
# i_call_last_ft
    add rsp, 16
    jmp make_dummy_args/2
# func_line_I
# aligned_label_Lt
    align 8
label_113:
# i_func_info_IaaI
# proc_lib:translate_initial_call/1
    call L360
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0xF9, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x0E, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
translate_initial_call/1:
# i_breakpoint_trampoline
    short jmp L594
.db 0x00
    call L363
    align 8
L594:
# i_test_yield
    lea rdx, qword ptr [translate_initial_call/1+24]
    dec r14
    jle L361
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L595
    mov ecx, 1
    call 140320710850576
L595:
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call raw_initial_call/1
# i_is_tuple_fs
    mov rsi, qword ptr [rbx]
# simplified tuple test since the source is always a tuple when boxed
    rex test sil, 1
    jne label_115
# deallocate_t
# return
    dec r14
    jl L362
    ret
# label_L
label_115:
# i_move_sd
L596:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# deallocate_t
# return
    dec r14
    jl L362
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_116:
# i_func_info_IaaI
# proc_lib:raw_initial_call/1
    call L360
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0xF9, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x0E, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
raw_initial_call/1:
# i_breakpoint_trampoline
    short jmp L597
.db 0x00
    call L363
    align 8
L597:
# i_test_yield
    lea rdx, qword ptr [raw_initial_call/1+24]
    dec r14
    jle L361
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_118
    cmp dword ptr [rsi-2], 192
    jne label_118
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# is_integer_fs
    mov rdi, qword ptr [rbx+8]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L598
    test al, 1
    jne label_118
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_118
L598:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+16], rdi
# is_integer_fs
    mov rdi, qword ptr [rbx+16]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L599
    test al, 1
    jne label_118
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_118
L599:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx+24], rdi
# is_integer_fs
    mov rdi, qword ptr [rbx+24]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L600
    test al, 1
    jne label_118
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_118
L600:
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L601
    mov ecx, 4
.db 0x90
    call 140320710850576
L601:
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+8]
    movups xmmword ptr [rbx], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx+16], rdi
# line_I
# i_call_ext_e
L602:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# i_call_last_ft
    jmp raw_initial_call/1
# label_L
label_118:
# is_pid_fs
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 3
    short je L603
    test al, 1
    jne label_119
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 48
    jne label_119
L603:
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L604
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L604:
# i_move_sd
    mov qword ptr [rbx+8], 11467
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call get_process_info/2
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_120
    cmp dword ptr [rsi-2], 128
    jne label_120
    cmp qword ptr [rsi+6], 11467
    jne label_120
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    jmp raw_init_call/1
# label_L
label_119:
# is_list_fs
    mov rax, qword ptr [rbx]
    cmp rax, 59
    short je L605
    test al, 2
    jne label_116
L605:
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L606
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L606:
# i_move_sd
    mov qword ptr [rbx+8], 31
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx], 11467
# line_I
# call_light_bif_be
    align 4
L607:
L608:
    long mov rcx, 9223372036854775807
    mov rax, 94919178929168
    lea rdx, qword ptr [L607]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_120
    cmp dword ptr [rsi-2], 128
    jne label_120
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    jmp raw_init_call/1
# label_L
label_120:
# i_move_sd
    mov qword ptr [rbx], 11
# deallocate_t
# return
    dec r14
    jl L362
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_121:
# i_func_info_IaaI
# proc_lib:raw_init_call/1
    call L360
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0xF9, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x0E, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
raw_init_call/1:
# i_breakpoint_trampoline
    short jmp L609
.db 0x00
    call L363
    align 8
L609:
# i_test_yield
    lea rdx, qword ptr [raw_init_call/1+24]
    dec r14
    jle L361
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L610
    mov ecx, 1
    call 140320710850576
L610:
# i_move_sd
    mov qword ptr [rbx+8], 31
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx], 227211
# line_I
# call_light_bif_be
    align 4
L611:
L612:
    long mov rcx, 9223372036854775807
    mov rax, 94919178929168
    lea rdx, qword ptr [L611]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_123
    cmp dword ptr [rsi-2], 128
    jne label_123
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_123
    cmp dword ptr [rsi-2], 192
    jne label_123
# deallocate_t
# return
    dec r14
    jl L362
    ret
# label_L
label_123:
# i_move_sd
    mov qword ptr [rbx], 11
# deallocate_t
# return
    dec r14
    jl L362
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_124:
# i_func_info_IaaI
# proc_lib:trans_init/3
    call L360
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0xF9, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x0E, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
trans_init/3:
# i_breakpoint_trampoline
    short jmp L613
.db 0x00
    call L363
    align 8
L613:
# i_test_yield
    lea rdx, qword ptr [trans_init/3+24]
    dec r14
    jle L361
# is_eq_exact_fss
    cmp qword ptr [rbx], 194379
    jne label_134
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 331531
    jne label_134
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+16]
    test al, 2
    jne label_134
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+24], xmm0
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+24]
    cmp rsi, 194443
    je label_131
    cmp rsi, 194507
    je label_126
    jmp label_132
# label_L
label_126:
# is_nonempty_list_get_tl_fSd
    mov rax, qword ptr [rbx+32]
    test al, 2
    jne label_134
    mov rsi, qword ptr [rax+7]
    mov qword ptr [rbx+24], rsi
# is_nonempty_list_get_tl_fSd
    mov rax, qword ptr [rbx+24]
    test al, 2
    jne label_132
    mov rsi, qword ptr [rax+7]
    mov qword ptr [rbx+24], rsi
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+24]
    test al, 2
    jne label_132
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+40], rsi
    mov qword ptr [rbx+24], rdx
# is_eq_exact_fss
    cmp qword ptr [rbx+40], 194891
    jne label_127
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+24]
    test al, 2
    jne label_132
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+48], xmm0
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx+48]
    rex test sil, 1
    jne label_127
    cmp dword ptr [rsi-2], 192
    jne label_127
# is_nonempty_list_get_tl_fSd
    mov rax, qword ptr [rbx+56]
    test al, 2
    jne label_127
    mov rsi, qword ptr [rax+7]
    mov qword ptr [rbx+56], rsi
# is_nil_fS
    cmp qword ptr [rbx+56], 59
    jne label_127
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L614
    mov ecx, 7
.db 0x66, 0x90
    call 140320710850576
L614:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+48]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 194891
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], 31
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L362
    ret
# label_L
label_127:
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+24]
    test al, 2
    jne label_132
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+48], rsi
    mov qword ptr [rbx+24], rdx
# is_eq_exact_fss
    cmp qword ptr [rbx+48], 194891
    jne label_128
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+24]
    test al, 2
    jne label_132
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+56], xmm0
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx+56]
    rex test sil, 1
    jne label_128
    cmp dword ptr [rsi-2], 192
    jne label_128
# is_nonempty_list_get_tl_fSd
    mov rax, qword ptr [rbx+64]
    test al, 2
    jne label_128
    mov rsi, qword ptr [rax+7]
    mov qword ptr [rbx+64], rsi
# is_nil_fS
    cmp qword ptr [rbx+64], 59
    jne label_128
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L615
    mov ecx, 8
.db 0x90
    call 140320710850576
L615:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+56]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 194891
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], 31
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L362
    ret
# label_L
label_128:
# is_eq_exact_fss
    cmp qword ptr [rbx+40], 202507
    jne label_129
# is_nonempty_list_get_hd_fSd
    mov rax, qword ptr [rbx+48]
    test al, 2
    jne label_129
    mov rsi, qword ptr [rax-1]
    mov qword ptr [rbx+40], rsi
# is_nonempty_list_get_tl_fSd
    mov rax, qword ptr [rbx+24]
    test al, 2
    jne label_132
    mov rsi, qword ptr [rax+7]
    mov qword ptr [rbx+56], rsi
# is_ne_exact_fss
    cmp qword ptr [rbx+56], 59
    je label_130
# label_L
label_129:
# is_eq_exact_fss
    cmp qword ptr [rbx+48], 202507
    jne label_132
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+24]
    test al, 2
    jne label_132
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+40], rsi
    mov qword ptr [rbx+24], rdx
# is_nonempty_list_get_hd_fSd
    mov rax, qword ptr [rbx+40]
    test al, 2
    jne label_132
    mov rsi, qword ptr [rax-1]
    mov qword ptr [rbx+40], rsi
# is_nonempty_list_get_tl_fSd
    mov rax, qword ptr [rbx+24]
    test al, 2
    jne label_132
    mov rsi, qword ptr [rax+7]
    mov qword ptr [rbx+24], rsi
# is_nil_fS
    cmp qword ptr [rbx+24], 59
    jne label_132
# label_L
label_130:
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L616
    mov ecx, 6
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L616:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 202507
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], 31
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L362
    ret
# label_L
label_131:
# i_move_sd
L617:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L362
    ret
# label_L
label_132:
# is_nonempty_list_get_tl_fSd
    mov rax, qword ptr [rbx+32]
    test al, 2
    jne label_134
    mov rsi, qword ptr [rax+7]
    mov qword ptr [rbx+24], rsi
# is_nonempty_list_get_tl_fSd
    mov rax, qword ptr [rbx+24]
    test al, 2
    jne label_134
    mov rsi, qword ptr [rax+7]
    mov qword ptr [rbx+24], rsi
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+24]
    test al, 2
    jne label_134
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx+24], xmm0
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+24]
    test al, 2
    jne label_134
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+40], rsi
    mov qword ptr [rbx+24], rdx
# is_nonempty_list_get_tl_fSd
    mov rax, qword ptr [rbx+24]
    test al, 2
    jne label_133
    mov rsi, qword ptr [rax+7]
    mov qword ptr [rbx+24], rsi
# is_nil_fS
    cmp qword ptr [rbx+24], 59
    jne label_133
# is_atom_fs
    mov rax, qword ptr [rbx+32]
    and al, 63
    cmp al, 11
    jne label_133
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L618
    mov ecx, 5
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L618:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [r15+8], rdi
    mov qword ptr [r15+16], 21259
    mov qword ptr [r15+24], 31
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L362
    ret
# label_L
label_133:
# is_atom_fs
    mov rax, qword ptr [rbx+40]
    and al, 63
    cmp al, 11
    jne label_134
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L619
    mov ecx, 6
.db 0x90
    call 140320710850576
L619:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [r15+8], rdi
    mov qword ptr [r15+16], 21259
    mov qword ptr [r15+24], 31
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L362
    ret
# label_L
label_134:
# line_I
# i_length_setup_jts
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx+24], rdi
    mov qword ptr [rbx+32], 15
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx+40], rdi
# i_length_jtd
    align 4
L620:
    mov esi, 3
    lea rdx, qword ptr [L620]
    call 140320710852592
    mov qword ptr [rbx+16], rax
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L621
    mov ecx, 3
.db 0x66, 0x90
    call 140320710850576
L621:
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
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L362
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_135:
# i_func_info_IaaI
# proc_lib:crash_report/4
    call L360
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0xF9, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x0F, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
crash_report/4:
# i_breakpoint_trampoline
    short jmp L622
.db 0x00
    call L363
    align 8
L622:
# i_test_yield
    lea rdx, qword ptr [crash_report/4+24]
    dec r14
    jle L361
# is_eq_exact_fss
    cmp qword ptr [rbx], 843
    jne label_139
# i_is_tagged_tuple_ff_ffsAa
    mov rsi, qword ptr [rbx+8]
    rex test sil, 1
    jne label_137
    mov rdi, qword ptr [rsi-2]
    rex test dil, 63
    jne label_137
    cmp edi, 128
    jne label_139
    cmp qword ptr [rsi+6], 39115
    jne label_139
# i_move_sd
    mov qword ptr [rbx], 30603
# return
    dec r14
    jl L362
    ret
# label_L
label_137:
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+8]
    cmp rsi, 523
    je label_138
    cmp rsi, 39115
    je label_138
    jmp label_139
# label_L
label_138:
# i_move_sd
    mov qword ptr [rbx], 30603
# return
    dec r14
    jl L362
    ret
# label_L
label_139:
# allocate_tt
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L623
    mov ecx, 4
    call 140320710850576
L623:
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
    mov qword ptr [rbx+8], 194827
# i_move_sd
    mov qword ptr [rbx], 779
# line_I
# i_call_ext_e
L624:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 11
    je label_141
    cmp rsi, 75
    je label_140
    jmp label_142
# label_L
label_140:
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp], 1
    vmovups xmmword ptr [rbx+16], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+16], 1
    vmovups xmmword ptr [rbx], xmm0
# init_yregs_I
    mov qword ptr [rsp+24], 59
# i_trim_t
    add rsp, 24
# line_I
# i_call_f
.db 0x66, 0x90
    call my_info/4
# self_d
    mov rdi, qword ptr [r13]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x90
    call linked_info/1
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L625
    mov ecx, 1
    call 140320710850576
L625:
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
L626:
    align 8
.db 0x4B, 0x2D, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
L627:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+8], rdi
    mov edx, 1
    mov ecx, 2
    lea r8, qword ptr [L626]
.db 0x66, 0x90
    call 140320710854704
    mov qword ptr [rbx+16], rax
# i_move_sd
    mov qword ptr [rbx+8], 779
# i_move_sd
L628:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+24], rdi
# i_move_sd
L629:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# i_call_ext_last_et
    add rsp, 8
L630:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# label_L
label_141:
# i_move_sd
    mov qword ptr [rbx], 30603
# deallocate_t
    add rsp, 32
# return
    dec r14
    jl L362
    ret
# label_L
label_142:
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
label_143:
# i_func_info_IaaI
# proc_lib:my_info/4
    call L360
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0xF9, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x0F, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
my_info/4:
# i_breakpoint_trampoline
    short jmp L631
.db 0x00
    call L363
    align 8
L631:
# i_test_yield
    lea rdx, qword ptr [my_info/4+24]
    dec r14
    jle L361
# is_nil_fS
    cmp qword ptr [rbx+16], 59
    jne label_145
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx+16], rdi
# i_call_only_f
    jmp my_info_1/3
# label_L
label_145:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L632
    mov ecx, 4
    call 140320710850576
L632:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx+16], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call my_info_1/3
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L633
    mov ecx, 1
    call 140320710850576
L633:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 21323
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
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L362
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_146:
# i_func_info_IaaI
# proc_lib:my_info_1/3
    call L360
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0xF9, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x0F, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
my_info_1/3:
# i_breakpoint_trampoline
    short jmp L634
.db 0x00
    call L363
    align 8
L634:
# i_test_yield
    lea rdx, qword ptr [my_info_1/3+24]
    dec r14
    jle L361
# allocate_tt
    lea rdx, qword ptr [r15+144]
    cmp rdx, rsp
    short jbe L635
    mov ecx, 3
.db 0x90
    call 140320710850576
L635:
    sub rsp, 112
# init_yregs_I
    mov eax, 59
    mov rdi, rsp
    mov ecx, 10
    rep stos qword ptr [rdi], rax
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rsp+88], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+104], rdi
# self_d
    mov rdi, qword ptr [r13]
    mov qword ptr [rsp+80], rdi
# i_move_sd
    mov qword ptr [rbx+8], 35531
# i_move_sd
    mov rdi, qword ptr [rsp+80]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x90
    call get_process_info/2
# self_d
    mov rdi, qword ptr [r13]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+72], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
    call get_ancestors/1
# self_d
    mov rdi, qword ptr [r13]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+64], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov qword ptr [rbx+8], 25163
# line_I
# i_call_f
    call get_process_info/2
# self_d
    mov rdi, qword ptr [r13]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+56], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
    call get_messages/1
# self_d
    mov rdi, qword ptr [r13]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+48], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov qword ptr [rbx+8], 23179
# line_I
# i_call_f
    call get_process_info/2
# self_d
    mov rdi, qword ptr [r13]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+40], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
    call get_cleaned_dictionary/1
# self_d
    mov rdi, qword ptr [r13]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+32], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov qword ptr [rbx+8], 43339
# line_I
# i_call_f
    call get_process_info/2
# self_d
    mov rdi, qword ptr [r13]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+24], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov qword ptr [rbx+8], 40843
# line_I
# i_call_f
    call get_process_info/2
# self_d
    mov rdi, qword ptr [r13]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov qword ptr [rbx+8], 19275
# line_I
# i_call_f
    call get_process_info/2
# self_d
    mov rdi, qword ptr [r13]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov qword ptr [rbx+8], 40715
# line_I
# i_call_f
    call get_process_info/2
# self_d
    mov rdi, qword ptr [r13]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov qword ptr [rbx+8], 35339
# line_I
# i_call_f
.db 0x90
    call get_process_info/2
# test_heap_It
    lea rdx, qword ptr [r15+320]
    cmp rdx, rsp
    short jbe L636
    mov ecx, 1
.db 0x90
    call 140320710850576
L636:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
# (moving and swapping two elements at once)
    vpermilpd xmm0, xmmword ptr [rsp+96], 1
    vmovups xmmword ptr [r15+8], xmm0
    mov rdi, qword ptr [rsp+88]
    mov qword ptr [r15+24], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx+8], rdi
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
# append_cons_Is
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15+32], rdi
    mov qword ptr [r15+40], rsi
    lea rsi, qword ptr [r15+33]
# append_cons_Is
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [r15+48], rdi
    mov qword ptr [r15+56], rsi
    lea rsi, qword ptr [r15+49]
# append_cons_Is
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [r15+64], rdi
    mov qword ptr [r15+72], rsi
    lea rsi, qword ptr [r15+65]
# append_cons_Is
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [r15+80], rdi
    mov qword ptr [r15+88], rsi
    lea rsi, qword ptr [r15+81]
# append_cons_Is
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [r15+96], rdi
    mov qword ptr [r15+104], rsi
    lea rsi, qword ptr [r15+97]
# append_cons_Is
    mov rdi, qword ptr [rsp+48]
    mov qword ptr [r15+112], rdi
    mov qword ptr [r15+120], rsi
    lea rsi, qword ptr [r15+113]
# append_cons_Is
    mov rdi, qword ptr [rsp+56]
    mov qword ptr [r15+128], rdi
    mov qword ptr [r15+136], rsi
    lea rsi, qword ptr [r15+129]
# append_cons_Is
    mov rdi, qword ptr [rsp+64]
    mov qword ptr [r15+144], rdi
    mov qword ptr [r15+152], rsi
    lea rsi, qword ptr [r15+145]
# store_cons_Id
    add r15, 160
    mov qword ptr [rbx], rsi
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 14859
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
    mov rdi, qword ptr [rsp+72]
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
    mov qword ptr [r15+8], 32779
    mov rdi, qword ptr [rsp+80]
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
    add rsp, 112
# return
    dec r14
    jl L362
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_148:
# i_func_info_IaaI
# proc_lib:get_ancestors/1
    call L360
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0xF9, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x10, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
get_ancestors/1:
# i_breakpoint_trampoline
    short jmp L637
.db 0x00
    call L363
    align 8
L637:
# i_test_yield
    lea rdx, qword ptr [get_ancestors/1+24]
    dec r14
    jle L361
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L638
    mov ecx, 1
    call 140320710850576
L638:
# i_move_sd
    mov qword ptr [rbx+8], 227147
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call get_dictionary/2
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_150
    cmp dword ptr [rsi-2], 128
    jne label_150
    cmp qword ptr [rsi+6], 227147
    jne label_150
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L639
    mov ecx, 1
    call 140320710850576
L639:
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
    mov qword ptr [r15+8], 331851
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# deallocate_t
# return
    dec r14
    jl L362
    ret
# label_L
label_150:
# i_move_sd
L640:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# deallocate_t
# return
    dec r14
    jl L362
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_151:
# i_func_info_IaaI
# proc_lib:get_messages/1
    call L360
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0xF9, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x10, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
get_messages/1:
# i_breakpoint_trampoline
    short jmp L641
.db 0x00
    call L363
    align 8
L641:
# i_test_yield
    lea rdx, qword ptr [get_messages/1+24]
    dec r14
    jle L361
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L642
    mov ecx, 1
    call 140320710850576
L642:
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call get_process_messages/1
# line_I
# i_call_ext_e
L643:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L644
    mov ecx, 1
    call 140320710850576
L644:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 25227
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# deallocate_t
# return
    dec r14
    jl L362
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_153:
# i_func_info_IaaI
# proc_lib:get_process_messages/1
    call L360
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0xF9, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x10, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
get_process_messages/1:
# i_breakpoint_trampoline
    short jmp L645
.db 0x00
    call L363
    align 8
L645:
# i_test_yield
    lea rdx, qword ptr [get_process_messages/1+24]
    dec r14
    jle L361
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L646
    mov ecx, 1
    call 140320710850576
L646:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# line_I
# i_call_ext_e
L647:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# self_d
    mov rdi, qword ptr [r13]
    mov qword ptr [rbx+8], rdi
# is_eq_exact_fss
    mov rsi, qword ptr [rbx+8]
    mov rdi, qword ptr [rsp]
    cmp rdi, rsi
    short je L648
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_155
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_155
L648:
# is_ne_exact_fss
    cmp qword ptr [rbx], 234507
    je label_155
# i_call_last_ft
    add rsp, 8
    jmp receive_messages/1
# label_L
label_155:
# i_move_sd
    mov qword ptr [rbx+8], 25227
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_trim_t
    add rsp, 8
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call get_process_info/2
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_156
    cmp dword ptr [rsi-2], 128
    jne label_156
    cmp qword ptr [rsi+6], 25227
    jne label_156
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# deallocate_t
# return
    dec r14
    jl L362
    ret
# label_L
label_156:
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
label_157:
# i_func_info_IaaI
# proc_lib:receive_messages/1
    call L360
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0xF9, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x11, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
receive_messages/1:
# i_breakpoint_trampoline
    short jmp L649
.db 0x00
    call L363
    align 8
L649:
# i_test_yield
    lea rdx, qword ptr [receive_messages/1+24]
    dec r14
    jle L361
# is_eq_exact_fss
    cmp qword ptr [rbx], 15
    jne label_159
# i_move_sd
    mov qword ptr [rbx], 59
# return
    dec r14
    jl L362
    ret
# label_L
label_159:
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L650
    mov ecx, 1
.db 0x90
    call 140320710850576
L650:
    sub rsp, 16
# init_yregs_I
    mov qword ptr [rsp], 59
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# i_loop_rec_f
    align 4
L651:
    lea rdi, qword ptr [L651]
    lea rsi, qword ptr [label_160]
    call 140320710852712
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
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
    short jne L652
    mov rax, rsi
    add rax, rdx
    short jno L653
L652:
    call 140320710853080
L653:
    mov qword ptr [rbx], rax
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rsp+8], rdi
# i_trim_t
    add rsp, 8
# i_call_f
    call receive_messages/1
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L654
    mov ecx, 1
    call 140320710850576
L654:
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
    jl L362
    ret
# aligned_label_Lt
    align 4
label_160:
# timeout_locked
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919178214400
    mov rsp, rbp
# i_move_sd
    mov qword ptr [rbx], 59
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L362
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_161:
# i_func_info_IaaI
# proc_lib:get_cleaned_dictionary/1
    call L360
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0xF9, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x11, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
get_cleaned_dictionary/1:
# i_breakpoint_trampoline
    short jmp L655
.db 0x00
    call L363
    align 8
L655:
# i_test_yield
    lea rdx, qword ptr [get_cleaned_dictionary/1+24]
    dec r14
    jle L361
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L656
    mov ecx, 1
    call 140320710850576
L656:
# i_move_sd
    mov qword ptr [rbx+8], 11467
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call get_process_info/2
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_163
    cmp dword ptr [rsi-2], 128
    jne label_163
    cmp qword ptr [rsi+6], 11467
    jne label_163
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
    call cleaned_dict/1
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L657
    mov ecx, 1
    call 140320710850576
L657:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 11467
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# deallocate_t
# return
    dec r14
    jl L362
    ret
# label_L
label_163:
# i_move_sd
L658:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# deallocate_t
# return
    dec r14
    jl L362
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_164:
# i_func_info_IaaI
# proc_lib:cleaned_dict/1
    call L360
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0xF9, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x11, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
cleaned_dict/1:
# i_breakpoint_trampoline
    short jmp L659
.db 0x00
    call L363
    align 8
L659:
# i_test_yield
    lea rdx, qword ptr [cleaned_dict/1+24]
    dec r14
    jle L361
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L660
    mov ecx, 1
    call 140320710850576
L660:
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call clean_dict/1
# line_I
# i_call_ext_last_et
L661:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# func_line_I
# aligned_label_Lt
    align 8
label_166:
# i_func_info_IaaI
# proc_lib:clean_dict/1
    call L360
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0xF9, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x11, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
clean_dict/1:
# i_breakpoint_trampoline
    short jmp L662
.db 0x00
    call L363
    align 8
L662:
# i_test_yield
    lea rdx, qword ptr [clean_dict/1+24]
    dec r14
    jle L361
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_170
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx], xmm0
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx+8]
    rex test sil, 1
    jne label_169
    cmp dword ptr [rsi-2], 128
    jne label_169
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+16], rdi
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+16]
    cmp rsi, 227147
    je label_168
    cmp rsi, 227211
    je label_168
    jmp label_169
# label_L
label_168:
# i_call_only_f
    short jmp clean_dict/1
# label_L
label_169:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L663
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L663:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call clean_dict/1
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L664
    mov ecx, 1
    call 140320710850576
L664:
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
    jl L362
    ret
# label_L
label_170:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_166
# return
    dec r14
    jl L362
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_171:
# i_func_info_IaaI
# proc_lib:get_dictionary/2
    call L360
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0xF9, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x12, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
get_dictionary/2:
# i_breakpoint_trampoline
    short jmp L665
.db 0x00
    call L363
    align 8
L665:
# i_test_yield
    lea rdx, qword ptr [get_dictionary/2+24]
    dec r14
    jle L361
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L666
    mov ecx, 2
    call 140320710850576
L666:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov qword ptr [rbx+8], 11467
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call get_process_info/2
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_173
    cmp dword ptr [rsi-2], 128
    jne label_173
    cmp qword ptr [rsi+6], 11467
    jne label_173
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx+8], 31
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov qword ptr [rsp], 59
# line_I
# call_light_bif_be
    align 4
L667:
L668:
    long mov rcx, 9223372036854775807
    mov rax, 94919178928992
    lea rdx, qword ptr [L667]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_173
    cmp dword ptr [rsi-2], 128
    jne label_173
    cmp qword ptr [rsi+6], 45067
    jne label_173
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L362
    ret
# label_L
label_173:
# i_move_sd
    mov qword ptr [rbx], 907
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L362
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_174:
# i_func_info_IaaI
# proc_lib:linked_info/1
    call L360
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0xF9, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x12, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
linked_info/1:
# i_breakpoint_trampoline
    short jmp L669
.db 0x00
    call L363
    align 8
L669:
# i_test_yield
    lea rdx, qword ptr [linked_info/1+24]
    dec r14
    jle L361
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L670
    mov ecx, 1
    call 140320710850576
L670:
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call neighbours/1
# i_call_last_ft
    jmp make_neighbour_reports1/1
# func_line_I
# aligned_label_Lt
    align 8
label_176:
# i_func_info_IaaI
# proc_lib:make_neighbour_reports1/1
    call L360
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0xF9, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x12, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
make_neighbour_reports1/1:
# i_breakpoint_trampoline
    short jmp L671
.db 0x00
    call L363
    align 8
L671:
# i_test_yield
    lea rdx, qword ptr [make_neighbour_reports1/1+24]
    dec r14
    jle L361
# is_nonempty_list_fS
    test byte ptr [rbx], 2
    jne label_179
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L672
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L672:
    sub rsp, 16
# init_yregs_I
    mov qword ptr [rsp], 59
# get_list_Sdd
    mov rdi, qword ptr [rbx]
    mov rsi, qword ptr [rdi-1]
    mov rdx, qword ptr [rdi+7]
    mov qword ptr [rbx], rsi
    mov qword ptr [rsp+8], rdx
# line_I
# i_call_f
    call make_neighbour_report/1
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# call_light_bif_be
    align 4
L673:
L674:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927952
    lea rdx, qword ptr [L673]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# is_eq_exact_fss
    cmp qword ptr [rbx], 75
    jne label_178
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 16
    jmp make_neighbour_reports1/1
# label_L
label_178:
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
    call make_neighbour_reports1/1
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L675
    mov ecx, 1
    call 140320710850576
L675:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 332491
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
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L362
    ret
# label_L
label_179:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_176
# return
    dec r14
    jl L362
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_180:
# i_func_info_IaaI
# proc_lib:make_neighbour_report/1
    call L360
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0xF9, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x13, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
make_neighbour_report/1:
# i_breakpoint_trampoline
    short jmp L676
.db 0x00
    call L363
    align 8
L676:
# i_test_yield
    lea rdx, qword ptr [make_neighbour_report/1+24]
    dec r14
    jle L361
# allocate_tt
    lea rdx, qword ptr [r15+128]
    cmp rdx, rsp
    short jbe L677
    mov ecx, 1
.db 0x90
    call 140320710850576
L677:
    sub rsp, 96
# init_yregs_I
    mov eax, 59
    mov rdi, rsp
    mov ecx, 11
    rep stos qword ptr [rdi], rax
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+88], rdi
# i_move_sd
    mov qword ptr [rbx+8], 35531
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call get_process_info/2
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+80], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+88]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call get_initial_call/1
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+72], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+88]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov qword ptr [rbx+8], 10763
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call get_process_info/2
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+64], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+88]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call get_ancestors/1
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+56], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+88]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov qword ptr [rbx+8], 25163
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call get_process_info/2
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+48], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+88]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov qword ptr [rbx+8], 23179
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call get_process_info/2
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+40], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+88]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov qword ptr [rbx+8], 43339
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call get_process_info/2
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+32], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+88]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov qword ptr [rbx+8], 40843
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call get_process_info/2
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+24], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+88]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov qword ptr [rbx+8], 19275
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call get_process_info/2
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+88]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov qword ptr [rbx+8], 40715
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call get_process_info/2
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+88]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov qword ptr [rbx+8], 35339
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call get_process_info/2
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+88]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov qword ptr [rbx+8], 10891
# line_I
# i_call_f
    call get_process_info/2
# test_heap_It
    lea rdx, qword ptr [r15+264]
    cmp rdx, rsp
    short jbe L678
    mov ecx, 1
.db 0x90
    call 140320710850576
L678:
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
# append_cons_Is
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15+32], rdi
    mov qword ptr [r15+40], rsi
    lea rsi, qword ptr [r15+33]
# append_cons_Is
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [r15+48], rdi
    mov qword ptr [r15+56], rsi
    lea rsi, qword ptr [r15+49]
# append_cons_Is
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [r15+64], rdi
    mov qword ptr [r15+72], rsi
    lea rsi, qword ptr [r15+65]
# append_cons_Is
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [r15+80], rdi
    mov qword ptr [r15+88], rsi
    lea rsi, qword ptr [r15+81]
# append_cons_Is
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [r15+96], rdi
    mov qword ptr [r15+104], rsi
    lea rsi, qword ptr [r15+97]
# append_cons_Is
    mov rdi, qword ptr [rsp+48]
    mov qword ptr [r15+112], rdi
    mov qword ptr [r15+120], rsi
    lea rsi, qword ptr [r15+113]
# append_cons_Is
    mov rdi, qword ptr [rsp+56]
    mov qword ptr [r15+128], rdi
    mov qword ptr [r15+136], rsi
    lea rsi, qword ptr [r15+129]
# append_cons_Is
    mov rdi, qword ptr [rsp+64]
    mov qword ptr [r15+144], rdi
    mov qword ptr [r15+152], rsi
    lea rsi, qword ptr [r15+145]
# append_cons_Is
    mov rdi, qword ptr [rsp+72]
    mov qword ptr [r15+160], rdi
    mov qword ptr [r15+168], rsi
    lea rsi, qword ptr [r15+161]
# append_cons_Is
    mov rdi, qword ptr [rsp+80]
    mov qword ptr [r15+176], rdi
    mov qword ptr [r15+184], rsi
    lea rsi, qword ptr [r15+177]
# store_cons_Id
    add r15, 192
    mov qword ptr [rbx], rsi
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 32779
    mov rdi, qword ptr [rsp+88]
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
    add rsp, 96
# return
    dec r14
    jl L362
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_182:
# i_func_info_IaaI
# proc_lib:get_initial_call/1
    call L360
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0xF9, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x13, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
get_initial_call/1:
# i_breakpoint_trampoline
    short jmp L679
.db 0x00
    call L363
    align 8
L679:
# i_test_yield
    lea rdx, qword ptr [get_initial_call/1+24]
    dec r14
    jle L361
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L680
    mov ecx, 1
    call 140320710850576
L680:
    sub rsp, 16
# init_yregs_I
    mov qword ptr [rsp], 59
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# i_move_sd
    mov qword ptr [rbx+8], 227211
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call get_dictionary/2
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_184
    cmp dword ptr [rsi-2], 128
    jne label_184
    cmp qword ptr [rsi+6], 227211
    jne label_184
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rsp], rdi
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rsp]
    rex test sil, 1
    jne label_184
    cmp dword ptr [rsi-2], 192
    jne label_184
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov qword ptr [rbx+8], 59
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rsp+8], rdi
# i_trim_t
    add rsp, 8
# line_I
# i_call_f
    call make_dummy_args/2
# test_heap_It
    lea rdx, qword ptr [r15+88]
    cmp rdx, rsp
    short jbe L681
    mov ecx, 1
    call 140320710850576
L681:
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
# (moving two elements at once)
    movups xmm0, xmmword ptr [rbx+8]
    movups xmmword ptr [r15+8], xmm0
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
    mov qword ptr [r15+8], 21323
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
    jl L362
    ret
# label_L
label_184:
# i_move_sd
    mov qword ptr [rbx+8], 21323
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 16
    jmp get_process_info/2
# func_line_I
# aligned_label_Lt
    align 8
label_185:
# i_func_info_IaaI
# proc_lib:neighbours/1
    call L360
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0xF9, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x13, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
neighbours/1:
# i_breakpoint_trampoline
    short jmp L682
.db 0x00
    call L363
    align 8
L682:
# i_test_yield
    lea rdx, qword ptr [neighbours/1+24]
    dec r14
    jle L361
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L683
    mov ecx, 1
    call 140320710850576
L683:
    sub rsp, 16
# init_yregs_I
    mov qword ptr [rsp], 59
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call adjacents/1
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# i_call_f
    call max_neighbours/0
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L684
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L684:
# put_cons_ss
    mov rdi, qword ptr [rsp+8]
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
    mov qword ptr [r15+8], 255
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_trim_t
    add rsp, 8
# i_call_f
.db 0x66, 0x90
    call visit/2
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_ext_last_et
    add rsp, 8
L685:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# func_line_I
# aligned_label_Lt
    align 8
label_187:
# i_func_info_IaaI
# proc_lib:max_neighbours/0
    call L360
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0xF9, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x13, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
max_neighbours/0:
# i_breakpoint_trampoline
    short jmp L686
.db 0x00
    call L363
    align 8
L686:
# i_test_yield
    lea rdx, qword ptr [max_neighbours/0+24]
    dec r14
    jle L361
# i_move_sd
    mov qword ptr [rbx], 255
# return
    dec r14
    jl L362
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_189:
# i_func_info_IaaI
# proc_lib:visit/2
    call L360
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0xF9, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x14, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
visit/2:
# i_breakpoint_trampoline
    short jmp L687
.db 0x00
    call L363
    align 8
L687:
# i_test_yield
    lea rdx, qword ptr [visit/2+24]
    dec r14
    jle L361
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_192
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+16], rsi
    mov qword ptr [rbx], rdx
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+24], rdi
# is_lt_fss
    mov rsi, qword ptr [rbx+24]
    mov edi, 15
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L688
    cmp rdi, rsi
    short jmp L689
L688:
    call 140320710848608
L689:
    jge label_192
# allocate_tt
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L690
    mov ecx, 4
    call 140320710850576
L690:
    sub rsp, 40
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+16], 1
    vmovups xmmword ptr [rsp+8], xmm0
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx]
    movups xmmword ptr [rsp+24], xmm0
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L691:
L692:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927952
    lea rdx, qword ptr [L691]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# is_eq_exact_fss
    cmp qword ptr [rbx], 75
    jne label_191
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rsp+24]
    movups xmmword ptr [rbx], xmm0
# i_call_last_ft
    add rsp, 40
    jmp visit/2
# label_L
label_191:
# init_yregs_I
    mov qword ptr [rsp+32], 59
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call adjacents/1
# i_increment_SWd
    mov rsi, qword ptr [rsp+8]
    mov rdx, -16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L693
    add rax, rdx
    short jno L694
L693:
    call 140320710853080
L694:
    mov qword ptr [rbx+8], rax
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L695
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L695:
# put_cons_ss
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rsp]
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
# (moving two elements at once)
    movups xmm0, xmmword ptr [rbx+8]
    movups xmmword ptr [r15+8], xmm0
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+32], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx], rdi
# i_trim_t
    add rsp, 32
# i_call_f
.db 0x66, 0x90
    call visit/2
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 8
    jmp visit/2
# label_L
label_192:
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L362
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_193:
# i_func_info_IaaI
# proc_lib:adjacents/1
    call L360
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0xF9, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x14, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
adjacents/1:
# i_breakpoint_trampoline
    short jmp L696
.db 0x00
    call L363
    align 8
L696:
# i_test_yield
    lea rdx, qword ptr [adjacents/1+24]
    dec r14
    jle L361
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L697
    mov ecx, 1
    call 140320710850576
L697:
    sub rsp, 8
# catch_yf
    inc qword ptr [r13+264]
L698:
    mov eax, 2147483647
    mov qword ptr [rsp], rax
# i_move_sd
    mov qword ptr [rbx+8], 23179
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call proc_info/2
# label_L
label_195:
# catch_end_y
    dec qword ptr [r13+264]
    mov qword ptr [rsp], 59
    cmp qword ptr [rbx], 0
    short jne L699
.db 0x90
    call 140320710850088
L699:
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_196
    cmp dword ptr [rsi-2], 128
    jne label_196
    cmp qword ptr [rsi+6], 23179
    jne label_196
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 8
    jmp no_trap/1
# label_L
label_196:
# i_move_sd
    mov qword ptr [rbx], 59
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L362
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_197:
# i_func_info_IaaI
# proc_lib:no_trap/1
    call L360
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0xF9, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x14, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
no_trap/1:
# i_breakpoint_trampoline
    short jmp L700
.db 0x00
    call L363
    align 8
L700:
# i_test_yield
    lea rdx, qword ptr [no_trap/1+24]
    dec r14
    jle L361
# is_nonempty_list_fS
    test byte ptr [rbx], 2
    jne label_201
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L701
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L701:
    sub rsp, 24
# get_list_Sdd
    mov rdi, qword ptr [rbx]
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rdi-1], 1
    vmovups xmmword ptr [rsp], xmm0
# catch_yf
    inc qword ptr [r13+264]
L702:
    mov eax, 2147483647
    mov qword ptr [rsp+16], rax
# i_move_sd
    mov qword ptr [rbx+8], 43339
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call proc_info/2
# label_L
label_199:
# catch_end_y
    dec qword ptr [r13+264]
    mov qword ptr [rsp+16], 59
    cmp qword ptr [rbx], 0
    short jne L703
    call 140320710850088
L703:
# i_is_eq_exact_literal_fscI
L704:
    long mov rsi, 9223372036854775807
    mov rdi, qword ptr [rbx]
    rex test dil, 1
    jne label_200
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    jz label_200
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
    call no_trap/1
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L705
    mov ecx, 1
    call 140320710850576
L705:
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
    jl L362
    ret
# label_L
label_200:
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 24
    jmp no_trap/1
# label_L
label_201:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_197
# return
    dec r14
    jl L362
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_202:
# i_func_info_IaaI
# proc_lib:get_process_info/2
    call L360
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0xF9, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x14, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
get_process_info/2:
# i_breakpoint_trampoline
    short jmp L706
.db 0x00
    call L363
    align 8
L706:
# i_test_yield
    lea rdx, qword ptr [get_process_info/2+24]
    dec r14
    jle L361
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L707
    mov ecx, 2
    call 140320710850576
L707:
    sub rsp, 16
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp], rdi
# catch_yf
    inc qword ptr [r13+264]
L708:
    mov eax, 2147483647
    mov qword ptr [rsp+8], rax
# line_I
# i_call_f
.db 0x66, 0x90
    call proc_info/2
# label_L
label_204:
# catch_end_y
    dec qword ptr [r13+264]
    mov qword ptr [rsp+8], 59
    cmp qword ptr [rbx], 0
    short jne L709
    call 140320710850088
L709:
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 16
    jmp translate_process_info/2
# func_line_I
# aligned_label_Lt
    align 8
label_205:
# i_func_info_IaaI
# proc_lib:translate_process_info/2
    call L360
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0xF9, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x15, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
translate_process_info/2:
# i_breakpoint_trampoline
    short jmp L710
.db 0x00
    call L363
    align 8
L710:
# i_test_yield
    lea rdx, qword ptr [translate_process_info/2+24]
    dec r14
    jle L361
# is_eq_exact_fss
    cmp qword ptr [rbx], 35531
    jne label_207
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_207
# i_move_sd
L711:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L362
    ret
# label_L
label_207:
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx+8]
    rex test sil, 1
    jne label_208
    cmp dword ptr [rsi-2], 128
    jne label_208
    cmp qword ptr [rsi+6], 1355
    jne label_208
# i_move_sd
    mov qword ptr [rbx], 907
# return
    dec r14
    jl L362
    ret
# label_L
label_208:
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L362
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_209:
# i_func_info_IaaI
# proc_lib:get_my_name/0
    call L360
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0xF9, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x15, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
get_my_name/0:
# i_breakpoint_trampoline
    short jmp L712
.db 0x00
    call L363
    align 8
L712:
# i_test_yield
    lea rdx, qword ptr [get_my_name/0+24]
    dec r14
    jle L361
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L713
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L713:
# self_d
    mov rdi, qword ptr [r13]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov qword ptr [rbx+8], 35531
# line_I
# i_call_f
    call proc_info/2
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_211
    cmp dword ptr [rsi-2], 128
    jne label_211
    cmp qword ptr [rsi+6], 35531
    jne label_211
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# deallocate_t
# return
    dec r14
    jl L362
    ret
# label_L
label_211:
# self_d
    mov rdi, qword ptr [r13]
    mov qword ptr [rbx], rdi
# deallocate_t
# return
    dec r14
    jl L362
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_212:
# i_func_info_IaaI
# proc_lib:get_ancestors/0
    call L360
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0xF9, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x10, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
get_ancestors/0:
# i_breakpoint_trampoline
    short jmp L714
.db 0x00
    call L363
    align 8
L714:
# i_test_yield
    lea rdx, qword ptr [get_ancestors/0+24]
    dec r14
    jle L361
# i_get_hash_cId
    mov esi, 3549
    mov edx, 227147
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919179278896
    mov rsp, rbp
    mov qword ptr [rbx], rax
# is_list_fs
    mov rax, qword ptr [rbx]
    cmp rax, 59
    short je L715
    test al, 2
    jne label_214
L715:
# return
    dec r14
    jl L362
    ret
# label_L
label_214:
# i_move_sd
    mov qword ptr [rbx], 59
# return
    dec r14
    jl L362
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_215:
# i_func_info_IaaI
# proc_lib:proc_info/2
    call L360
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0xF9, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x15, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
proc_info/2:
# i_breakpoint_trampoline
    short jmp L716
.db 0x00
    call L363
    align 8
L716:
# i_test_yield
    lea rdx, qword ptr [proc_info/2+24]
    dec r14
    jle L361
# i_bif1_sjbd
    lea rsi, qword ptr [rbx]
    mov rcx, 94919179434272
    call 140320710851400
    je label_217
    mov qword ptr [rbx+16], rax
# node_d
    mov rdi, 94919182011968
    mov rdi, qword ptr [rdi]
    mov rdi, qword ptr [rdi+24]
    mov qword ptr [rbx+24], rdi
# is_eq_exact_fss
# simplified check since one argument is an immediate
    mov rdi, qword ptr [rbx+24]
    cmp qword ptr [rbx+16], rdi
    jne label_217
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L717
    mov ecx, 2
    call 140320710850576
L717:
# i_call_ext_e
L718:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# deallocate_t
# return
    dec r14
    jl L362
    ret
# label_L
label_217:
# line_I
# i_bif1_sjbd
    lea rsi, qword ptr [rbx]
    mov rcx, 94919179434272
    call 140320710851304
    mov qword ptr [rbx+16], rax
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L719
    mov ecx, 3
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L719:
    sub rsp, 24
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rsp], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+16], rdi
# call_light_bif_be
    align 4
L720:
L721:
    long mov rcx, 9223372036854775807
    mov rax, 94919179434400
    lea rdx, qword ptr [L720]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
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
L722:
L723:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927952
    lea rdx, qword ptr [L722]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# is_eq_exact_fss
    cmp qword ptr [rbx], 75
    jne label_218
# line_I
# i_bif1_sjbd
    lea rsi, qword ptr [rsp+16]
    mov rcx, 94919179434272
    call 140320710851304
    mov qword ptr [rbx], rax
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L724
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L724:
# put_cons_ss
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# append_cons_Is
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], rsi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+24], rsi
# i_move_sd
    mov qword ptr [rbx+16], 49675
# i_move_sd
    mov qword ptr [rbx+8], 14667
# i_trim_t
    add rsp, 24
# i_call_ext_e
L725:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# i_call_last_ft
    jmp check/1
# label_L
label_218:
# i_move_sd
    mov qword ptr [rbx], 19595
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L362
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_219:
# i_func_info_IaaI
# proc_lib:check/1
    call L360
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0xF9, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x6D, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
check/1:
# i_breakpoint_trampoline
    short jmp L726
.db 0x00
    call L363
    align 8
L726:
# i_test_yield
    lea rdx, qword ptr [check/1+24]
    dec r14
    jle L361
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_221
    cmp dword ptr [rsi-2], 128
    jne label_221
    cmp qword ptr [rsi+6], 333259
    jne label_221
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx], 28683
    jne label_221
# i_move_sd
    mov qword ptr [rbx], 907
# return
    dec r14
    jl L362
    ret
# label_L
label_221:
# return
    dec r14
    jl L362
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_222:
# i_func_info_IaaI
# proc_lib:report_cb/2
    call L360
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0xF9, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x9F, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
report_cb/2:
# i_breakpoint_trampoline
    short jmp L727
.db 0x00
    call L363
    align 8
L727:
# i_test_yield
    lea rdx, qword ptr [report_cb/2+24]
    dec r14
    jle L361
# is_map_fs
    mov rax, qword ptr [rbx]
    test al, 1
    short jne label_222
    mov eax, dword ptr [rax-2]
    and al, 63
    cmp al, 60
    short jne label_222
# i_get_map_elements_fsI
.section .rodata {#1}
L730:
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
    jne L728
    mov eax, dword ptr [rdi+6]
    mov rsi, qword ptr [rdi+14]
L731:
    dec eax
    short jl label_222
    cmp qword ptr [rsi+rax*8+6], 142667
    short jne L731
    mov rdx, qword ptr [rdi+rax*8+22]
    mov qword ptr [rbx+24], rdx
L732:
    dec eax
    jl label_222
    cmp qword ptr [rsi+rax*8+6], 22475
    short jne L732
    mov rdx, qword ptr [rdi+rax*8+22]
    mov qword ptr [rbx+16], rdx
    short jmp L729
L728:
    mov ecx, 2
    lea r8, qword ptr [L730]
    mov rdx, rsp
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rsi, rbx
    call 94919178210240
    mov rsp, rbp
    test rax, rax
    je label_222
L729:
# i_is_eq_exact_literal_fscI
L733:
    long mov rsi, 9223372036854775807
    mov rdi, qword ptr [rbx+16]
    rex test dil, 1
    jne label_222
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    jz label_222
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L734
    mov ecx, 4
    call 140320710850576
L734:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rsp], rdi
# i_move_sd
L735:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L736:
L737:
    long mov rcx, 9223372036854775807
    mov rax, 94919180014144
    lea rdx, qword ptr [L736]
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
    jmp do_format/2
# func_line_I
# aligned_label_Lt
    align 8
label_224:
# i_func_info_IaaI
# proc_lib:format/1
    call L360
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0xF9, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x76, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
format/1:
# i_breakpoint_trampoline
    short jmp L738
.db 0x00
    call L363
    align 8
L738:
# i_test_yield
    lea rdx, qword ptr [format/1+24]
    dec r14
    jle L361
# i_move_sd
    mov qword ptr [rbx+8], 22667
# i_call_only_f
    jmp format/2
# func_line_I
# aligned_label_Lt
    align 8
label_226:
# i_func_info_IaaI
# proc_lib:format/2
    call L360
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0xF9, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x76, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
format/2:
# i_breakpoint_trampoline
    short jmp L739
.db 0x00
    call L363
    align 8
L739:
# i_test_yield
    lea rdx, qword ptr [format/2+24]
    dec r14
    jle L361
# i_move_sd
    mov qword ptr [rbx+16], 234507
# i_call_only_f
    jmp format/3
# func_line_I
# aligned_label_Lt
    align 8
label_228:
# i_func_info_IaaI
# proc_lib:format/3
    call L360
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0xF9, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x76, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
format/3:
# i_breakpoint_trampoline
    short jmp L740
.db 0x00
    call L363
    align 8
L740:
# i_test_yield
    lea rdx, qword ptr [format/3+24]
    dec r14
    jle L361
# update_map_assoc_sdtI
.section .rodata {#1}
L741:
    align 8
.db 0x0B, 0x93, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x23, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x4B, 0x93, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x13, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x8B, 0x93, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x0B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
L742:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+24], rdi
    mov edx, 3
    mov ecx, 6
    lea r8, qword ptr [L741]
.db 0x0F, 0x1F, 0x00
    call 140320710854704
    mov qword ptr [rbx+8], rax
# i_call_only_f
    jmp do_format/2
# func_line_I
# aligned_label_Lt
    align 8
label_230:
# i_func_info_IaaI
# proc_lib:do_format/2
    call L360
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0xF9, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x16, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
do_format/2:
# i_breakpoint_trampoline
    short jmp L743
.db 0x00
    call L363
    align 8
L743:
# i_test_yield
    lea rdx, qword ptr [do_format/2+24]
    dec r14
    jle L361
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    short jne label_230
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+16], xmm0
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+24]
    test al, 2
    short jne label_230
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx+24], xmm0
# is_nil_fS
    cmp qword ptr [rbx+24], 59
    short jne label_230
# i_get_map_elements_fsI
.section .rodata {#1}
L746:
    align 8
.db 0x8B, 0x94, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x2B, 0xC9, 0xB2, 0x13, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x4B, 0x93, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x33, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0xAF, 0xE0, 0x55, 0x89, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x8B, 0x93, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x53, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0xC5, 0x05, 0x7B, 0x00, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
    mov rdi, qword ptr [rbx+8]
# simplified multi-element lookup
    mov eax, dword ptr [rdi-2]
    and al, 252
    cmp al, 60
    jne L744
    mov eax, dword ptr [rdi+6]
    mov rsi, qword ptr [rdi+14]
L747:
    dec eax
    jl label_237
    cmp qword ptr [rsi+rax*8+6], 234379
    short jne L747
    mov rdx, qword ptr [rdi+rax*8+22]
    mov qword ptr [rbx+40], rdx
L748:
    dec eax
    jl label_237
    cmp qword ptr [rsi+rax*8+6], 234315
    short jne L748
    mov rdx, qword ptr [rdi+rax*8+22]
    mov qword ptr [rbx+24], rdx
L749:
    dec eax
    jl label_237
    cmp qword ptr [rsi+rax*8+6], 234635
    short jne L749
    mov rdx, qword ptr [rdi+rax*8+22]
    mov qword ptr [rbx], rdx
    short jmp L745
L744:
    mov ecx, 3
    lea r8, qword ptr [L746]
    mov rdx, rsp
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rsi, rbx
    call 94919178210240
    mov rsp, rbp
    test rax, rax
    je label_237
L745:
# allocate_tt
    lea rdx, qword ptr [r15+104]
    cmp rdx, rsp
    short jbe L750
    mov ecx, 6
.db 0x66, 0x90
    call 140320710850576
L750:
    sub rsp, 72
# init_yregs_I
    mov eax, 59
    mov rdi, rsp
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+24], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rsp+32], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+32], 1
    vmovups xmmword ptr [rsp+40], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rsp+56], xmm0
# is_eq_exact_fss
    cmp qword ptr [rbx+40], 75
    jne label_232
# i_move_sd
    mov qword ptr [rsp+16], 59
# jump_f
    jmp label_233
# label_L
label_232:
# i_move_sd
L751:
    long mov rdi, 9223372036854775807
    mov qword ptr [rsp+16], rdi
# label_L
label_233:
# i_move_sd
L752:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x90
    call nl/2
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call report_separator/0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov qword ptr [rsp+40], 59
# i_call_f
.db 0x0F, 0x1F, 0x00
    call nl/2
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+40], rdi
# is_eq_exact_fss
    cmp qword ptr [rsp+24], 234507
    jne label_234
# i_move_sd
    mov qword ptr [rsp], 234507
# jump_f
    jmp label_235
# label_L
label_234:
# is_integer_fs
    mov rdi, qword ptr [rsp+24]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L753
    test al, 1
    jne label_236
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_236
L753:
# line_I
# i_length_setup_jts
    mov rdi, qword ptr [rsp+56]
    mov qword ptr [rbx], rdi
    mov qword ptr [rbx+8], 15
    mov rdi, qword ptr [rsp+56]
    mov qword ptr [rbx+16], rdi
# i_length_jtd
    align 4
L754:
    xor esi, esi
    lea rdx, qword ptr [L754]
    call 140320710852592
    mov qword ptr [rsp], rax
# line_I
# i_length_setup_jts
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
    mov qword ptr [rbx+8], 15
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+16], rdi
# i_length_jtd
    align 4
L755:
    xor esi, esi
    lea rdx, qword ptr [L755]
    call 140320710852592
    mov qword ptr [rbx], rax
# i_increment_SWd
# skipped operand and overflow checks
    mov rax, qword ptr [rbx]
    add rax, 112
    mov qword ptr [rbx], rax
# line_I
# i_length_setup_jts
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+8], rdi
    mov qword ptr [rbx+16], 15
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+24], rdi
# i_length_jtd
    align 4
L756:
    mov esi, 1
    lea rdx, qword ptr [L756]
    call 140320710852592
    mov qword ptr [rbx+8], rax
# i_plus_ssjd
    mov rsi, qword ptr [rbx]
    mov rdx, qword ptr [rbx+8]
# skipped test for small operands since they are always small
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L757
L758:
    call 140320710853728
L757:
    mov qword ptr [rbx], rax
# i_length_setup_jts
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [rbx+8], rdi
    mov qword ptr [rbx+16], 15
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [rbx+24], rdi
# i_length_jtd
    align 4
L759:
    mov esi, 1
    lea rdx, qword ptr [L759]
    call 140320710852592
    mov qword ptr [rbx+8], rax
# i_plus_ssjd
    mov rsi, qword ptr [rbx]
    mov rdx, qword ptr [rbx+8]
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
    call 140320710853728
L760:
    mov qword ptr [rbx], rax
# line_I
# i_times_jssd
    mov rsi, qword ptr [rbx+8]
    mov rdx, qword ptr [rsp]
# skipped test for small operands since they are always small
# mul with overflow check
    mov rax, rsi
    mov rcx, rdx
    sar rcx, 4
    and rax, -16
    imul rax, rcx
    short jo L763
    or rax, 15
    short jmp L762
L763:
    call 140320710854432
L762:
    mov qword ptr [rbx+8], rax
# i_plus_ssjd
    mov rsi, qword ptr [rbx]
    mov rdx, qword ptr [rbx+8]
# simplified test for small operands since both are numbers
    mov eax, esi
    and eax, edx
    test al, 1
    short je L765
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L764
L765:
    call 140320710853728
L764:
    mov qword ptr [rbx], rax
# line_I
# i_minus_ssjd
    mov rsi, qword ptr [rsp+24]
    mov rdx, qword ptr [rbx]
# simplified test for small operands since both are numbers
    mov eax, esi
    and eax, edx
    test al, 1
    short je L767
# sub with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    sub rax, rcx
    short jno L766
L767:
    call 140320710853584
L766:
    mov qword ptr [rbx], rax
# i_move_sd
    mov qword ptr [rbx+8], 31
# init_yregs_I
    mov qword ptr [rsp+24], 59
# i_call_ext_e
L768:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x90
    call qword ptr [rax+r12*8]
# line_I
# i_int_div_jssd
    mov r9, 3
    mov rax, qword ptr [rbx]
# testing for a small dividend
    mov esi, eax
    and esi, 15
    cmp esi, 15
    short jne L769
# divide with inlined code
    sar rax, 4
    cqo
    idiv r9
    sal rax, 4
    or rax, 15
    short jmp L770
L769:
    mov ecx, 63
    mov rdi, qword ptr [rbx]
    mov r8, 94919180917712
    call 140320710853120
L770:
    mov qword ptr [rbx+8], rax
# line_I
# i_minus_ssjd
    mov rsi, qword ptr [rbx]
    mov rdx, qword ptr [rbx+8]
# simplified test for small operands since both are numbers
    mov eax, esi
    and eax, edx
    test al, 1
    short je L772
# sub with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    sub rax, rcx
    short jno L771
L772:
    call 140320710853584
L771:
    mov qword ptr [rbx+8], rax
# i_int_div_jssd
L773:
    mov rcx, qword ptr [rsp]
    mov rdi, qword ptr [rbx+8]
    mov r8, 94919180917712
    call 140320710853120
L774:
    mov qword ptr [rbx+8], rax
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp+24], rdi
# label_L
label_235:
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+64]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+48]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov qword ptr [rsp+48], 59
# line_I
# i_call_f
.db 0x90
    call format_link_reports/4
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+48], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx+8], rdi
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rbx], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rsp+32], rdi
# i_trim_t
    add rsp, 8
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call size/2
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx+40], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+32], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+56]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+48]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov eax, 59
    lea rdi, qword ptr [rsp+16]
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
    add rdi, 16
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# line_I
# i_call_f
.db 0x66, 0x90
    call format_own_report/6
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+56], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx], rdi
# i_move_sd
L775:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+8], rdi
# init_yregs_I
    mov qword ptr [rsp+32], 59
# line_I
# call_light_bif_be
    align 4
L776:
L777:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927824
    lea rdx, qword ptr [L776]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L778
    mov ecx, 1
    call 140320710850576
L778:
# put_cons_ss
    mov qword ptr [r15], 1855
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov qword ptr [r15+16], 1871
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# store_cons_Id
    add r15, 32
    mov qword ptr [rbx], rsi
# append_cons_Is
    mov qword ptr [r15], 2031
    mov qword ptr [r15+8], rsi
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
L779:
L780:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927824
    lea rdx, qword ptr [L779]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
L781:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# call_light_bif_be
    align 4
L782:
L783:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927824
    lea rdx, qword ptr [L782]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L784
    mov ecx, 1
    call 140320710850576
L784:
# put_cons_ss
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov rdi, qword ptr [rsp+48]
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
    mov qword ptr [rbx+8], rsi
# i_call_ext_last_et
    add rsp, 56
L785:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# label_L
label_236:
# line_I
# case_end_s
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 7248
    xor ecx, ecx
    call 140320710854352
# label_L
label_237:
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
label_238:
# i_func_info_IaaI
# proc_lib:format_own_report/6
    call L360
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0xF9, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x16, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
format_own_report/6:
# i_breakpoint_trampoline
    short jmp L786
.db 0x00
    call L363
    align 8
L786:
# i_test_yield
    lea rdx, qword ptr [format_own_report/6+24]
    dec r14
    jle L361
# allocate_tt
    lea rdx, qword ptr [r15+96]
    cmp rdx, rsp
    short jbe L787
    mov ecx, 6
    call 140320710850576
L787:
    sub rsp, 64
# init_yregs_I
    mov eax, 59
    mov rdi, rsp
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+32], 1
    vmovups xmmword ptr [rsp+24], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+16], 1
    vmovups xmmword ptr [rsp+40], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+56], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L788:
L789:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927824
    lea rdx, qword ptr [L788]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+56]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call separate_error_info/1
# i_is_tuple_fs
    mov rsi, qword ptr [rbx]
# simplified tuple test since the source is always a tuple when boxed
    rex test sil, 1
    jne label_242
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rsp+56], rdi
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rsp+8], rdi
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rsp+56]
    rex test sil, 1
    jne label_246
    cmp dword ptr [rsi-2], 192
    jne label_246
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+48]
    mov qword ptr [rbx+16], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call format_report/4
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+32], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+48]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+32], rdi
# init_yregs_I
    mov eax, 59
    lea rdi, qword ptr [rsp+8]
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x66, 0x90
    call format_report/4
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+16], rdi
# i_get_map_elements_fsI
.section .rodata {#1}
L792:
    align 8
.db 0x4B, 0x93, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x17, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0xAF, 0xE0, 0x55, 0x89, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x8B, 0x93, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0xC5, 0x05, 0x7B, 0x00, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
    mov rdi, qword ptr [rsp+48]
# simplified multi-element lookup
    mov eax, dword ptr [rdi-2]
    and al, 252
    cmp al, 60
    jne L790
    mov eax, dword ptr [rdi+6]
    mov rsi, qword ptr [rdi+14]
L793:
    dec eax
    jl label_245
    cmp qword ptr [rsi+rax*8+6], 234379
    short jne L793
    mov rdx, qword ptr [rdi+rax*8+22]
    mov qword ptr [rsp], rdx
L794:
    dec eax
    jl label_245
    cmp qword ptr [rsi+rax*8+6], 234315
    short jne L794
    mov rdx, qword ptr [rdi+rax*8+22]
    mov qword ptr [rsp+8], rdx
    short jmp L791
L790:
    mov ecx, 2
    lea r8, qword ptr [L792]
    mov rdx, rsp
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rsi, rbx
    call 94919178210240
    mov rsp, rbp
    test rax, rax
    je label_245
L791:
# line_I
# i_call_f
    call part_separator/0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov qword ptr [rsp], 59
# i_call_f
.db 0x90
    call nl/2
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# is_eq_exact_fss
    cmp qword ptr [rsp+24], 234507
    jne label_240
# i_move_sd
    mov qword ptr [rbx+32], 234507
# jump_f
    jmp label_241
# label_L
label_240:
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call size/2
# swap_dd
    mov rdi, qword ptr [rsp+8]
    mov rsi, qword ptr [rbx]
    mov qword ptr [rbx], rdi
    mov qword ptr [rsp+8], rsi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+8], rdi
# line_I
# i_call_f
.db 0x66, 0x90
    call size/2
# i_plus_ssjd
    mov rsi, qword ptr [rsp+8]
    mov rdx, qword ptr [rbx]
# are both operands small?
    mov eax, esi
    and eax, edx
    and al, 15
    cmp al, 15
    short jne L796
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L795
L796:
    call 140320710853728
L795:
    mov qword ptr [rbx], rax
# line_I
# i_length_setup_jts
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
    mov qword ptr [rbx+16], 15
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+24], rdi
# i_length_jtd
    align 4
L797:
    mov esi, 1
    lea rdx, qword ptr [L797]
    call 140320710852592
    mov qword ptr [rbx+8], rax
# i_length_setup_jts
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx+16], rdi
    mov qword ptr [rbx+24], 15
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx+32], rdi
# i_length_jtd
    align 4
L798:
    mov esi, 2
    lea rdx, qword ptr [L798]
    call 140320710852592
    mov qword ptr [rbx+16], rax
# i_length_setup_jts
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+24], rdi
    mov qword ptr [rbx+32], 15
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+40], rdi
# i_length_jtd
    align 4
L799:
    mov esi, 3
    lea rdx, qword ptr [L799]
    call 140320710852592
    mov qword ptr [rbx+24], rax
# i_plus_ssjd
# add without overflow check
    mov rax, qword ptr [rbx+16]
    mov rsi, qword ptr [rbx+24]
    and rax, -16
    add rax, rsi
    mov qword ptr [rbx+16], rax
# i_times_jssd
    mov rsi, qword ptr [rbx+8]
    mov rdx, qword ptr [rbx+16]
# skipped test for small operands since they are always small
# mul with overflow check
    mov rax, rsi
    mov rcx, rdx
    sar rcx, 4
    and rax, -16
    imul rax, rcx
    short jo L801
    or rax, 15
    short jmp L800
L801:
    call 140320710854432
L800:
    mov qword ptr [rbx+8], rax
# i_minus_ssjd
    mov rsi, qword ptr [rbx]
    mov rdx, qword ptr [rbx+8]
# simplified test for small operands since both are numbers
    mov eax, esi
    and eax, edx
    test al, 1
    short je L803
# sub with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    sub rax, rcx
    short jno L802
L803:
    call 140320710853584
L802:
    mov qword ptr [rbx], rax
# line_I
# i_plus_ssjd
    mov rsi, qword ptr [rbx]
    mov rdx, qword ptr [rsp+40]
# are both operands small?
    mov eax, esi
    and eax, edx
    and al, 15
    cmp al, 15
    short jne L805
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L804
L805:
    call 140320710853728
L804:
    mov qword ptr [rbx], rax
# line_I
# i_minus_ssjd
    mov rsi, qword ptr [rsp+24]
    mov rdx, qword ptr [rbx]
# simplified test for small operands since both are numbers
    mov eax, esi
    and eax, edx
    test al, 1
    short je L807
# sub with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    sub rax, rcx
    short jno L806
L807:
    call 140320710853584
L806:
    mov qword ptr [rbx], rax
# i_move_sd
    mov qword ptr [rbx+8], 31
# init_yregs_I
    mov eax, 59
    mov qword ptr [rsp+8], rax
    mov qword ptr [rsp+24], rax
    mov qword ptr [rsp+40], rax
# i_call_ext_e
L808:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+32], rdi
# label_L
label_241:
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+56]
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+6]
    movups xmmword ptr [rbx], xmm0
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+48]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rsp+56], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rsp+48], rdi
# i_trim_t
    add rsp, 32
# line_I
# i_call_f
    call format_exception/5
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L809
    mov ecx, 1
    call 140320710850576
L809:
# put_cons_ss
    mov rdi, qword ptr [rsp+16]
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
# append_cons_Is
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], rsi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx], rdi
# i_call_ext_last_et
    add rsp, 32
L810:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# label_L
label_242:
# is_eq_exact_fss
    cmp qword ptr [rsp+24], 234507
    jne label_243
# i_move_sd
    mov qword ptr [rbx+24], 234507
# jump_f
    jmp label_244
# label_L
label_243:
# line_I
# i_minus_ssjd
    mov rsi, qword ptr [rsp+24]
    mov rdx, qword ptr [rsp+40]
# are both operands small?
    mov eax, esi
    and eax, edx
    and al, 15
    cmp al, 15
    short jne L812
# sub with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    sub rax, rcx
    short jno L811
L812:
    call 140320710853584
L811:
    mov qword ptr [rbx], rax
# i_move_sd
    mov qword ptr [rbx+8], 31
# init_yregs_I
    mov eax, 59
    lea rdi, qword ptr [rsp+24]
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# i_call_ext_e
L813:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+24], rdi
# label_L
label_244:
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+48]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+56]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 64
    jmp format_report/4
# label_L
label_245:
# line_I
# badmatch_s
    mov rdi, qword ptr [rsp+48]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 5200
    xor ecx, ecx
    call 140320710854352
# label_L
label_246:
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
label_247:
# i_func_info_IaaI
# proc_lib:separate_error_info/1
    call L360
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0xF9, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x16, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
separate_error_info/1:
# i_breakpoint_trampoline
    short jmp L814
.db 0x00
    call L363
    align 8
L814:
# i_test_yield
    lea rdx, qword ptr [separate_error_info/1+24]
    dec r14
    jle L361
# allocate_heap_tIt
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L815
    mov ecx, 1
    call 140320710850576
L815:
    sub rsp, 8
# i_make_fun3_FStt
L816:
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
# catch_yf
    inc qword ptr [r13+264]
L817:
    mov eax, 2147483647
    mov qword ptr [rsp], rax
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rbx], xmm0
# line_I
# i_call_ext_e
L818:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# try_end_y
    dec qword ptr [r13+264]
    mov qword ptr [rsp], 59
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+8], rdi
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_249
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx+8], xmm0
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx+16]
    rex test sil, 1
    jne label_249
    cmp dword ptr [rsi-2], 128
    jne label_249
    cmp qword ptr [rsi+6], 14859
    jne label_249
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L819
    mov ecx, 3
.db 0x90
    call 140320710850576
L819:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+16]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+16], rdi
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
# (moving and swapping two elements at once)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [r15+16], xmm0
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L362
    ret
# label_L
label_249:
# i_move_sd
    mov qword ptr [rbx], 28171
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L362
    ret
# label_L
label_250:
# try_case_y
    dec qword ptr [r13+264]
    mov rax, qword ptr [rbx+24]
    mov qword ptr [rbx], rax
# i_move_sd
    mov qword ptr [rbx], 28171
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L362
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_251:
# i_func_info_IaaI
# proc_lib:format_link_reports/4
    call L360
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0xF9, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x16, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
format_link_reports/4:
# i_breakpoint_trampoline
    short jmp L820
.db 0x00
    call L363
    align 8
L820:
# i_test_yield
    lea rdx, qword ptr [format_link_reports/4+24]
    dec r14
    jle L361
# is_integer_fs
    mov rdi, qword ptr [rbx+24]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L821
    test al, 1
    jne label_255
# skipped header test since we know it's a bignum when boxed
L821:
# i_get_map_elements_fsI
.section .rodata {#1}
L824:
    align 8
.db 0x0B, 0x93, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x43, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0xD3, 0x34, 0x74, 0x21, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x4B, 0x93, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x53, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0xAF, 0xE0, 0x55, 0x89, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x8B, 0x93, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x63, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0xC5, 0x05, 0x7B, 0x00, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
    mov rdi, qword ptr [rbx+16]
# simplified multi-element lookup
    mov eax, dword ptr [rdi-2]
    and al, 252
    cmp al, 60
    jne L822
    mov eax, dword ptr [rdi+6]
    mov rsi, qword ptr [rdi+14]
L825:
    dec eax
    jl label_256
    cmp qword ptr [rsi+rax*8+6], 234379
    short jne L825
    mov rdx, qword ptr [rdi+rax*8+22]
    mov qword ptr [rbx+48], rdx
L826:
    dec eax
    jl label_256
    cmp qword ptr [rsi+rax*8+6], 234315
    short jne L826
    mov rdx, qword ptr [rdi+rax*8+22]
    mov qword ptr [rbx+40], rdx
L827:
    dec eax
    jl label_256
    cmp qword ptr [rsi+rax*8+6], 234251
    short jne L827
    mov rdx, qword ptr [rdi+rax*8+22]
    mov qword ptr [rbx+32], rdx
    short jmp L823
L822:
    mov ecx, 3
    lea r8, qword ptr [L824]
    mov rdx, rsp
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rsi, rbx
    call 94919178210240
    mov rsp, rbp
    test rax, rax
    je label_256
L823:
# allocate_tt
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L828
    mov ecx, 7
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L828:
    sub rsp, 40
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+32]
    movups xmmword ptr [rsp], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rsp+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rsp+24], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp+32], rdi
# line_I
# i_call_f
    call '-format_link_reports/4-lc$^0/1-0-'/1
# swap_dd
    mov rdi, qword ptr [rsp+8]
    mov rsi, qword ptr [rbx]
    mov qword ptr [rbx], rdi
    mov qword ptr [rsp+8], rsi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# init_yregs_I
    mov qword ptr [rsp], 59
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call p/2
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# is_eq_exact_fss
    cmp qword ptr [rsp+16], 75
    jne label_253
# i_move_sd
L829:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# jump_f
    jmp label_254
# label_L
label_253:
# i_move_sd
    mov qword ptr [rbx], 59
# label_L
label_254:
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# init_yregs_I
    mov qword ptr [rsp+16], 59
# line_I
# call_light_bif_be
    align 4
L830:
L831:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927824
    lea rdx, qword ptr [L830]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
L832:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# call_light_bif_be
    align 4
L833:
L834:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927824
    lea rdx, qword ptr [L833]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov qword ptr [rsp+32], 59
# call_light_bif_be
    align 4
L835:
L836:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927824
    lea rdx, qword ptr [L835]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+88]
    cmp rdx, rsp
    short jbe L837
    mov ecx, 1
    call 140320710850576
L837:
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+8], rdi
# put_cons_ss
    mov rdi, qword ptr [rsp+8]
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
    mov qword ptr [r15+8], 234635
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx+16], rdi
# put_cons_ss
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+16], rsi
# i_call_ext_last_et
    add rsp, 40
L838:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# label_L
label_255:
# i_get_map_element_hash_fScIS
    mov rdi, qword ptr [rbx+16]
    mov esi, 234379
    mov edx, 8062405
    call 140320710852224
    jne label_257
    mov qword ptr [rbx+24], rax
# allocate_tt
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L839
    mov ecx, 4
    call 140320710850576
L839:
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
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L840:
L841:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927824
    lea rdx, qword ptr [L840]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# line_I
# i_call_f
    call report_separator/0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# i_call_f
    call nl/2
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+32], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov qword ptr [rbx+24], 234507
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rsp+16], rdi
# i_trim_t
    add rsp, 16
# line_I
# i_call_f
    call format_link_report/4
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov qword ptr [rsp+16], 59
# line_I
# i_call_ext_e
L842:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_move_sd
L843:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+8], rdi
# i_trim_t
    add rsp, 8
# line_I
# i_call_f
.db 0x66, 0x90
    call nl/2
# test_heap_It
    lea rdx, qword ptr [r15+96]
    cmp rdx, rsp
    short jbe L844
    mov ecx, 1
    call 140320710850576
L844:
# put_cons_ss
    mov rdi, qword ptr [rsp+8]
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
# append_cons_Is
L845:
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
    add rsp, 16
# return
    dec r14
    jl L362
    ret
# label_L
label_256:
# line_I
# badmatch_s
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 5200
    xor ecx, ecx
    call 140320710854352
# label_L
label_257:
# line_I
    nop
# badmatch_s
    mov rdi, qword ptr [rbx+16]
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
# proc_lib:format_link_report/4
    call L360
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0xF9, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x17, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
format_link_report/4:
# i_breakpoint_trampoline
    short jmp L846
.db 0x00
    call L363
    align 8
L846:
# i_test_yield
    lea rdx, qword ptr [format_link_report/4+24]
    dec r14
    jle L361
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_264
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+24], rsi
    mov qword ptr [rbx], rdx
# i_get_map_element_hash_fScIS
    mov rdi, qword ptr [rbx+16]
    mov esi, 234379
    mov edx, 8062405
    call 140320710852224
    jne label_265
    mov qword ptr [rbx+32], rax
# allocate_tt
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L847
    mov ecx, 5
    call 140320710850576
L847:
    sub rsp, 40
# init_yregs_I
    mov eax, 59
    mov rdi, rsp
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+24], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp+32], rdi
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx+24]
    rex test sil, 1
    jne label_260
    cmp dword ptr [rsi-2], 128
    jne label_260
    cmp qword ptr [rsi+6], 332491
    jne label_260
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+16], rdi
# jump_f
    jmp label_261
# label_L
label_260:
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rsp+16], rdi
# label_L
label_261:
# is_eq_exact_fss
    cmp qword ptr [rbx+32], 75
    jne label_262
# i_move_sd
    mov qword ptr [rsp+8], 59
# jump_f
    jmp label_263
# label_L
label_262:
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp+8], rdi
# label_L
label_263:
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L848
    mov ecx, 5
.db 0x90
    call 140320710850576
L848:
# put_cons_ss
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# append_cons_Is
L849:
    long mov rdi, 9223372036854775807
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], rsi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rsp], rsi
# i_move_sd
L850:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x66, 0x90
    call nl/2
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov qword ptr [rbx+24], 234507
# i_trim_t
    add rsp, 8
# line_I
# i_call_f
.db 0x66, 0x90
    call format_report/4
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+16], 1
    vmovups xmmword ptr [rbx+16], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+24], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov qword ptr [rbx+24], 234507
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rsp+16], rdi
# i_trim_t
    add rsp, 8
# line_I
# i_call_f
.db 0x66, 0x90
    call format_link_report/4
# test_heap_It
    lea rdx, qword ptr [r15+112]
    cmp rdx, rsp
    short jbe L851
    mov ecx, 1
    call 140320710850576
L851:
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
L852:
    long mov rdi, 9223372036854775807
    mov qword ptr [r15+32], rdi
    mov qword ptr [r15+40], rsi
    lea rsi, qword ptr [r15+33]
# append_cons_Is
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15+48], rdi
    mov qword ptr [r15+56], rsi
    lea rsi, qword ptr [r15+49]
# store_cons_Id
    add r15, 64
    mov qword ptr [rbx+8], rsi
# put_cons_ss
# (putting and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [r15], xmm0
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L362
    ret
# label_L
label_264:
# i_call_only_f
    jmp format_report/4
# label_L
label_265:
# line_I
# badmatch_s
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 5200
    xor ecx, ecx
    call 140320710854352
# func_line_I
    nop
# aligned_label_Lt
    align 8
label_266:
# i_func_info_IaaI
# proc_lib:format_report/4
    call L360
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0xF9, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xA9, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
format_report/4:
# i_breakpoint_trampoline
    short jmp L853
.db 0x00
    call L363
    align 8
L853:
# i_test_yield
    lea rdx, qword ptr [format_report/4+24]
    dec r14
    jle L361
# is_list_fs
    mov rax, qword ptr [rbx]
    cmp rax, 59
    short je L854
    test al, 2
    jne label_268
L854:
# i_get_map_element_hash_fScIS
    mov rdi, qword ptr [rbx+16]
    mov esi, 234379
    mov edx, 8062405
    call 140320710852224
    jne label_271
    mov qword ptr [rbx+32], rax
# allocate_tt
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L855
    mov ecx, 5
.db 0x90
    call 140320710850576
L855:
    sub rsp, 40
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
# line_I
# i_call_f
.db 0x66, 0x90
    call part_separator/0
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
    call nl/2
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+8], 1
    vmovups xmmword ptr [rbx+8], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx+32], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+24], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+24], rdi
# i_trim_t
    add rsp, 24
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x66, 0x90
    call format_rep/4
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_ext_last_et
    add rsp, 8
L856:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# label_L
label_268:
# i_get_map_elements_fsI
.section .rodata {#1}
L859:
    align 8
.db 0x0B, 0x93, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x43, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0xD3, 0x34, 0x74, 0x21, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x4B, 0x93, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x53, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0xAF, 0xE0, 0x55, 0x89, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x8B, 0x93, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x63, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0xC5, 0x05, 0x7B, 0x00, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
    mov rdi, qword ptr [rbx+16]
# simplified multi-element lookup
    mov eax, dword ptr [rdi-2]
    and al, 252
    cmp al, 60
    jne L857
    mov eax, dword ptr [rdi+6]
    mov rsi, qword ptr [rdi+14]
L860:
    dec eax
    jl label_272
    cmp qword ptr [rsi+rax*8+6], 234379
    short jne L860
    mov rdx, qword ptr [rdi+rax*8+22]
    mov qword ptr [rbx+48], rdx
L861:
    dec eax
    jl label_272
    cmp qword ptr [rsi+rax*8+6], 234315
    short jne L861
    mov rdx, qword ptr [rdi+rax*8+22]
    mov qword ptr [rbx+40], rdx
L862:
    dec eax
    jl label_272
    cmp qword ptr [rsi+rax*8+6], 234251
    short jne L862
    mov rdx, qword ptr [rdi+rax*8+22]
    mov qword ptr [rbx+32], rdx
    short jmp L858
L857:
    mov ecx, 3
    lea r8, qword ptr [L859]
    mov rdx, rsp
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rsi, rbx
    call 94919178210240
    mov rsp, rbp
    test rax, rax
    je label_272
L858:
# allocate_tt
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L863
    mov ecx, 7
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L863:
    sub rsp, 48
# init_yregs_I
    mov eax, 59
    mov rdi, rsp
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# i_move_sd
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rsp+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rsp+24], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp+32], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+32], 1
    vmovups xmmword ptr [rbx], xmm0
# line_I
# i_call_f
.db 0x66, 0x90
    call p/2
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rsp+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# is_eq_exact_fss
    cmp qword ptr [rsp+16], 75
    jne label_269
# i_move_sd
L864:
    long mov rdi, 9223372036854775807
    mov qword ptr [rsp+16], rdi
# i_move_sd
    mov qword ptr [rsp+32], 59
# jump_f
    jmp label_270
# label_L
label_269:
# i_move_sd
    mov qword ptr [rsp+16], 59
# label_L
label_270:
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov qword ptr [rsp+24], 59
# line_I
# i_call_f
.db 0x90
    call chars_limit_opt/1
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+24], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov qword ptr [rsp+16], 59
# i_trim_t
    add rsp, 8
# line_I
# call_light_bif_be
    align 4
L865:
L866:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927824
    lea rdx, qword ptr [L865]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+112]
    cmp rdx, rsp
    short jbe L867
    mov ecx, 1
    call 140320710850576
L867:
# put_cons_ss
    mov qword ptr [r15], 2031
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov qword ptr [r15+16], 1855
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# append_cons_Is
    mov qword ptr [r15+32], 2031
    mov qword ptr [r15+40], rsi
    lea rsi, qword ptr [r15+33]
# store_cons_Id
    add r15, 48
    mov qword ptr [rbx], rsi
# put_cons_ss
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# store_cons_Id
    add r15, 32
    mov qword ptr [rbx+8], rsi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+16], rdi
# i_call_ext_last_et
    add rsp, 40
L868:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# label_L
label_271:
# line_I
# badmatch_s
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 5200
    xor ecx, ecx
    call 140320710854352
# label_L
label_272:
# line_I
    nop
# badmatch_s
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 5200
    xor ecx, ecx
    call 140320710854352
# func_line_I
    nop
# aligned_label_Lt
    align 8
label_273:
# i_func_info_IaaI
# proc_lib:format_rep/4
    call L360
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0xF9, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x17, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
format_rep/4:
# i_breakpoint_trampoline
    short jmp L869
.db 0x00
    call L363
    align 8
L869:
# i_test_yield
    lea rdx, qword ptr [format_rep/4+24]
    dec r14
    jle L361
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_276
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+32], rsi
    mov qword ptr [rbx], rdx
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx+32]
    rex test sil, 1
    jne label_276
    cmp dword ptr [rsi-2], 128
    jne label_276
# get_two_tuple_elements_sPSS
    vpermilpd xmm0, xmmword ptr [rsi+6], 1
    vmovups xmmword ptr [rbx+32], xmm0
# is_eq_exact_fss
    cmp qword ptr [rbx+40], 21323
    jne label_275
# allocate_tt
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L870
    mov ecx, 5
.db 0x90
    call 140320710850576
L870:
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
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx+8], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call format_mfa/4
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+32], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+16], 1
    vmovups xmmword ptr [rbx+8], xmm0
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
# line_I
# i_call_f
.db 0x66, 0x90
    call format_rep/4
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L871
    mov ecx, 1
    call 140320710850576
L871:
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
    jl L362
    ret
# label_L
label_275:
# allocate_tt
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L872
    mov ecx, 6
.db 0x90
    call 140320710850576
L872:
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
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx+16], 1
    vmovups xmmword ptr [rbx+16], xmm0
# swap_dd
    mov rdi, qword ptr [rbx+32]
    mov rsi, qword ptr [rbx+16]
    mov qword ptr [rbx+16], rdi
    mov qword ptr [rbx+32], rsi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rbx+8], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call format_tag/5
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+32], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+16], 1
    vmovups xmmword ptr [rbx+8], xmm0
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
# line_I
# i_call_f
.db 0x66, 0x90
    call format_rep/4
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L873
    mov ecx, 1
    call 140320710850576
L873:
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
    jl L362
    ret
# label_L
label_276:
# i_move_sd
    mov qword ptr [rbx], 59
# return
    dec r14
    jl L362
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_277:
# i_func_info_IaaI
# proc_lib:format_exception/5
    call L360
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0xF9, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x17, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
format_exception/5:
# i_breakpoint_trampoline
    short jmp L874
.db 0x00
    call L363
    align 8
L874:
# i_test_yield
    lea rdx, qword ptr [format_exception/5+24]
    dec r14
    jle L361
# i_get_map_elements_fsI
.section .rodata {#1}
L877:
    align 8
.db 0x0B, 0x93, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x53, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0xD3, 0x34, 0x74, 0x21, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x4B, 0x93, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x63, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0xAF, 0xE0, 0x55, 0x89, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x8B, 0x93, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x73, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0xC5, 0x05, 0x7B, 0x00, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
    mov rdi, qword ptr [rbx+24]
# simplified multi-element lookup
    mov eax, dword ptr [rdi-2]
    and al, 252
    cmp al, 60
    jne L875
    mov eax, dword ptr [rdi+6]
    mov rsi, qword ptr [rdi+14]
L878:
    dec eax
    jl label_282
    cmp qword ptr [rsi+rax*8+6], 234379
    short jne L878
    mov rdx, qword ptr [rdi+rax*8+22]
    mov qword ptr [rbx+56], rdx
L879:
    dec eax
    jl label_282
    cmp qword ptr [rsi+rax*8+6], 234315
    short jne L879
    mov rdx, qword ptr [rdi+rax*8+22]
    mov qword ptr [rbx+48], rdx
L880:
    dec eax
    jl label_282
    cmp qword ptr [rsi+rax*8+6], 234251
    short jne L880
    mov rdx, qword ptr [rdi+rax*8+22]
    mov qword ptr [rbx+40], rdx
    short jmp L876
L875:
    mov ecx, 3
    lea r8, qword ptr [L877]
    mov rdx, rsp
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rsi, rbx
    call 94919178210240
    mov rsp, rbp
    test rax, rax
    je label_282
L876:
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L881
    mov ecx, 8
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L881:
# i_make_fun3_FStt
L882:
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
    mov qword ptr [rbx+64], rax
# is_eq_exact_fss
    cmp qword ptr [rbx+56], 75
    jne label_279
# allocate_tt
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L883
    mov ecx, 7
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L883:
    sub rsp, 32
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rsp], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rsp+8], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+24], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+40], 1
    vmovups xmmword ptr [rbx], xmm0
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call p/2
# swap_dd
    mov rdi, qword ptr [rsp]
    mov rsi, qword ptr [rbx]
    mov qword ptr [rbx], rdi
    mov qword ptr [rsp], rsi
# line_I
# i_call_f
.db 0x90
    call chars_limit_opt/1
# swap_dd
    mov rdi, qword ptr [rsp+24]
    mov rsi, qword ptr [rbx]
    mov qword ptr [rbx], rdi
    mov qword ptr [rsp+24], rsi
# line_I
# call_light_bif_be
    align 4
L884:
L885:
    long mov rcx, 9223372036854775807
    mov rax, 94919179100592
    lea rdx, qword ptr [L884]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+104]
    cmp rdx, rsp
    short jbe L886
    mov ecx, 1
    call 140320710850576
L886:
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp]
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+6]
    movups xmmword ptr [rbx+8], xmm0
# put_cons_ss
    mov qword ptr [r15], 783
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov qword ptr [r15+16], 2031
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
# (moving and swapping two elements at once)
    vpermilpd xmm0, xmmword ptr [rsp+8], 1
    vmovups xmmword ptr [r15+8], xmm0
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx+24], rdi
# put_cons_ss
# (putting and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rbx+16], 1
    vmovups xmmword ptr [r15], xmm0
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+16], rsi
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+24], rdi
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+8]
    movups xmmword ptr [rbx], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx+16], rdi
# i_trim_t
    add rsp, 24
# line_I
# i_call_ext_e
L887:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x90
    call qword ptr [rax+r12*8]
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L888
    mov ecx, 1
    call 140320710850576
L888:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# append_cons_Is
L889:
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
    jl L362
    ret
# label_L
label_279:
# allocate_tt
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L890
    mov ecx, 9
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L890:
    sub rsp, 48
# i_move_sd
    mov rdi, qword ptr [rbx+64]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rsp+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rsp+16], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rsp+24], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+40], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x90
    call pp_fun/2
# is_eq_exact_fss
    cmp qword ptr [rsp+16], 234507
    jne label_280
# i_move_sd
    mov qword ptr [rbx+56], -1
# jump_f
    jmp label_281
# label_L
label_280:
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+56], rdi
# label_L
label_281:
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+32], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+24], 1
    vmovups xmmword ptr [rbx+16], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+40], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+48], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [rbx+8], rdi
# i_trim_t
    add rsp, 48
# i_move_sd
    mov qword ptr [rbx], 95
# line_I
# i_call_ext_e
L891:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# test_heap_It
    lea rdx, qword ptr [r15+64]
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
# store_cons_Id
    add r15, 32
    mov qword ptr [rbx], rsi
# deallocate_t
# return
    dec r14
    jl L362
    ret
# label_L
label_282:
# line_I
# badmatch_s
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 5200
    xor ecx, ecx
    call 140320710854352
# func_line_I
    nop
# aligned_label_Lt
    align 8
label_283:
# i_func_info_IaaI
# proc_lib:format_mfa/4
    call L360
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0xF9, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x17, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
format_mfa/4:
# i_breakpoint_trampoline
    short jmp L894
.db 0x00
    call L363
    align 8
L894:
# i_test_yield
    lea rdx, qword ptr [format_mfa/4+24]
    dec r14
    jle L361
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx+8]
    rex test sil, 1
    short jne label_283
    cmp dword ptr [rsi-2], 192
    short jne label_283
# i_get_map_elements_fsI
.section .rodata {#1}
L897:
    align 8
.db 0x4B, 0x93, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x43, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0xAF, 0xE0, 0x55, 0x89, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x8B, 0x93, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x53, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0xC5, 0x05, 0x7B, 0x00, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
    mov rdi, qword ptr [rbx+16]
# simplified multi-element lookup
    mov eax, dword ptr [rdi-2]
    and al, 252
    cmp al, 60
    jne L895
    mov eax, dword ptr [rdi+6]
    mov rsi, qword ptr [rdi+14]
L898:
    dec eax
    jl label_289
    cmp qword ptr [rsi+rax*8+6], 234379
    short jne L898
    mov rdx, qword ptr [rdi+rax*8+22]
    mov qword ptr [rbx+40], rdx
L899:
    dec eax
    jl label_289
    cmp qword ptr [rsi+rax*8+6], 234315
    short jne L899
    mov rdx, qword ptr [rdi+rax*8+22]
    mov qword ptr [rbx+32], rdx
    short jmp L896
L895:
    mov ecx, 2
    lea r8, qword ptr [L897]
    mov rdx, rsp
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rsi, rbx
    call 94919178210240
    mov rsp, rbp
    test rax, rax
    je label_289
L896:
# allocate_tt
    lea rdx, qword ptr [r15+96]
    cmp rdx, rsp
    short jbe L900
    mov ecx, 6
    call 140320710850576
L900:
    sub rsp, 64
# init_yregs_I
    mov eax, 59
    mov rdi, rsp
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
    mov qword ptr [rsp+56], rax
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+24], 1
    vmovups xmmword ptr [rsp+24], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rsp+40], xmm0
# is_eq_exact_fss
    cmp qword ptr [rbx+40], 75
    jne label_285
# i_move_sd
    mov qword ptr [rsp+16], 59
# jump_f
    jmp label_286
# label_L
label_285:
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+16], rdi
# label_L
label_286:
# catch_yf
    inc qword ptr [r13+264]
L901:
    mov eax, 2147483647
    mov qword ptr [rsp+56], rax
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx], rdi
# line_I
# i_length_setup_jts
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+40], rdi
    mov qword ptr [rbx+48], 15
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+56], rdi
# i_length_jtd
    align 4
L902:
    mov esi, 5
    lea rdx, qword ptr [L902]
    call 140320710852592
    mov qword ptr [rsp+8], rax
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx+8], rdi
# line_I
# i_call_f
.db 0x90
    call to_string/2
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+48]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx+8], rdi
# init_yregs_I
    mov qword ptr [rsp+24], 59
# i_call_f
.db 0x66, 0x90
    call to_string/2
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+24], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov qword ptr [rsp+8], 59
# line_I
# call_light_bif_be
    align 4
L903:
L904:
    long mov rcx, 9223372036854775807
    mov rax, 94919179120432
    lea rdx, qword ptr [L903]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# try_end_y
    dec qword ptr [r13+264]
    mov qword ptr [rsp+56], 59
# test_heap_It
    lea rdx, qword ptr [r15+144]
    cmp rdx, rsp
    short jbe L905
    mov ecx, 1
.db 0x90
    call 140320710850576
L905:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov qword ptr [r15+16], 767
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# append_cons_Is
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [r15+32], rdi
    mov qword ptr [r15+40], rsi
    lea rsi, qword ptr [r15+33]
# append_cons_Is
    mov qword ptr [r15+48], 943
    mov qword ptr [r15+56], rsi
    lea rsi, qword ptr [r15+49]
# append_cons_Is
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+64], rdi
    mov qword ptr [r15+72], rsi
    lea rsi, qword ptr [r15+65]
# append_cons_Is
L906:
    long mov rdi, 9223372036854775807
    mov qword ptr [r15+80], rdi
    mov qword ptr [r15+88], rsi
    lea rsi, qword ptr [r15+81]
# append_cons_Is
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [r15+96], rdi
    mov qword ptr [r15+104], rsi
    lea rsi, qword ptr [r15+97]
# store_cons_Id
    add r15, 112
    mov qword ptr [rbx], rsi
# deallocate_t
    add rsp, 64
# return
    dec r14
    jl L362
    ret
# label_L
label_287:
# try_case_y
    dec qword ptr [r13+264]
    mov rax, qword ptr [rbx+24]
    mov qword ptr [rbx], rax
# is_eq_exact_fss
    cmp qword ptr [rbx], 779
    jne label_288
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+40], 1
    vmovups xmmword ptr [rbx+16], xmm0
# i_move_sd
    mov qword ptr [rbx+8], 21323
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx+32], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 64
    jmp format_tag/5
# label_L
label_288:
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
label_289:
# line_I
    nop
# badmatch_s
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 5200
    xor ecx, ecx
    call 140320710854352
# func_line_I
    nop
# aligned_label_Lt
    align 8
label_290:
# i_func_info_IaaI
# proc_lib:to_string/2
    call L360
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0xF9, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x4E, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
to_string/2:
# i_breakpoint_trampoline
    short jmp L907
.db 0x00
    call L363
    align 8
L907:
# i_test_yield
    lea rdx, qword ptr [to_string/2+24]
    dec r14
    jle L361
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 22667
    jne label_292
# line_I
# i_call_ext_only_e
L908:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# label_L
label_292:
# line_I
# i_call_ext_only_e
L909:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# func_line_I
# aligned_label_Lt
    align 8
label_293:
# i_func_info_IaaI
# proc_lib:pp_fun/2
    call L360
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0xF9, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x18, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
pp_fun/2:
# i_breakpoint_trampoline
    short jmp L910
.db 0x00
    call L363
    align 8
L910:
# i_test_yield
    lea rdx, qword ptr [pp_fun/2+24]
    dec r14
    jle L361
# i_get_map_elements_fsI
.section .rodata {#1}
L913:
    align 8
.db 0x0B, 0x93, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x23, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0xD3, 0x34, 0x74, 0x21, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x4B, 0x93, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x33, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0xAF, 0xE0, 0x55, 0x89, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x8B, 0x93, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x43, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0xC5, 0x05, 0x7B, 0x00, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
    mov rdi, qword ptr [rbx]
# simplified multi-element lookup
    mov eax, dword ptr [rdi-2]
    and al, 252
    cmp al, 60
    jne L911
    mov eax, dword ptr [rdi+6]
    mov rsi, qword ptr [rdi+14]
L914:
    dec eax
    jl label_297
    cmp qword ptr [rsi+rax*8+6], 234379
    short jne L914
    mov rdx, qword ptr [rdi+rax*8+22]
    mov qword ptr [rbx+32], rdx
L915:
    dec eax
    jl label_297
    cmp qword ptr [rsi+rax*8+6], 234315
    short jne L915
    mov rdx, qword ptr [rdi+rax*8+22]
    mov qword ptr [rbx+24], rdx
L916:
    dec eax
    jl label_297
    cmp qword ptr [rsi+rax*8+6], 234251
    short jne L916
    mov rdx, qword ptr [rdi+rax*8+22]
    mov qword ptr [rbx+16], rdx
    short jmp L912
L911:
    mov ecx, 3
    lea r8, qword ptr [L913]
    mov rdx, rsp
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rsi, rbx
    call 94919178210240
    mov rsp, rbp
    test rax, rax
    je label_297
L912:
# is_eq_exact_fss
    mov rsi, qword ptr [rbx+8]
    mov rdi, qword ptr [rbx+24]
    cmp rdi, rsi
    short je L917
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_297
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_297
L917:
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L918
    mov ecx, 5
.db 0x90
    call 140320710850576
L918:
    sub rsp, 16
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp+8], rdi
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+8]
    movups xmmword ptr [rbx], xmm0
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call p/2
# is_eq_exact_fss
    cmp qword ptr [rsp], 75
    jne label_295
# i_move_sd
L919:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+8], rdi
# jump_f
    jmp label_296
# label_L
label_295:
# i_move_sd
    mov qword ptr [rbx+8], 59
# label_L
label_296:
# test_heap_It
    lea rdx, qword ptr [r15+104]
    cmp rdx, rsp
    short jbe L920
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L920:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+16], rdi
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# i_make_fun3_FStt
L921:
    long mov rsi, 9223372036854775807
    mov edx, 3
    mov ecx, 4
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
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rax+48], rdi
    mov rdi, qword ptr [rbx]
    mov qword ptr [rax+56], rdi
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rax+64], rdi
# Create boxed ptr
    or al, 2
    mov qword ptr [rbx], rax
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L362
    ret
# label_L
label_297:
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
label_298:
# i_func_info_IaaI
# proc_lib:format_tag/5
    call L360
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0xF9, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x18, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
format_tag/5:
# i_breakpoint_trampoline
    short jmp L922
.db 0x00
    call L363
    align 8
L922:
# i_test_yield
    lea rdx, qword ptr [format_tag/5+24]
    dec r14
    jle L361
# i_get_map_elements_fsI
.section .rodata {#1}
L925:
    align 8
.db 0x0B, 0x93, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x53, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0xD3, 0x34, 0x74, 0x21, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x4B, 0x93, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x63, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0xAF, 0xE0, 0x55, 0x89, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x8B, 0x93, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x73, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0xC5, 0x05, 0x7B, 0x00, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
    mov rdi, qword ptr [rbx+24]
# simplified multi-element lookup
    mov eax, dword ptr [rdi-2]
    and al, 252
    cmp al, 60
    jne L923
    mov eax, dword ptr [rdi+6]
    mov rsi, qword ptr [rdi+14]
L926:
    dec eax
    jl label_302
    cmp qword ptr [rsi+rax*8+6], 234379
    short jne L926
    mov rdx, qword ptr [rdi+rax*8+22]
    mov qword ptr [rbx+56], rdx
L927:
    dec eax
    jl label_302
    cmp qword ptr [rsi+rax*8+6], 234315
    short jne L927
    mov rdx, qword ptr [rdi+rax*8+22]
    mov qword ptr [rbx+48], rdx
L928:
    dec eax
    jl label_302
    cmp qword ptr [rsi+rax*8+6], 234251
    short jne L928
    mov rdx, qword ptr [rdi+rax*8+22]
    mov qword ptr [rbx+40], rdx
    short jmp L924
L923:
    mov ecx, 3
    lea r8, qword ptr [L925]
    mov rdx, rsp
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rsi, rbx
    call 94919178210240
    mov rsp, rbp
    test rax, rax
    je label_302
L924:
# allocate_tt
    lea rdx, qword ptr [r15+88]
    cmp rdx, rsp
    short jbe L929
    mov ecx, 8
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L929:
    sub rsp, 56
# init_yregs_I
    mov eax, 59
    mov rdi, rsp
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# i_move_sd
    mov rdi, qword ptr [rbx+56]
    mov qword ptr [rsp+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rsp+24], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rsp+32], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+48], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+40], 1
    vmovups xmmword ptr [rbx], xmm0
# line_I
# i_call_f
.db 0x90
    call p/2
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rsp+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# is_eq_exact_fss
    cmp qword ptr [rsp+16], 75
    jne label_300
# i_move_sd
L930:
    long mov rdi, 9223372036854775807
    mov qword ptr [rsp+16], rdi
# i_move_sd
    mov qword ptr [rsp+48], 59
# jump_f
    jmp label_301
# label_L
label_300:
# i_move_sd
    mov qword ptr [rsp+16], 59
# label_L
label_301:
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov qword ptr [rsp+24], 59
# line_I
# i_call_f
.db 0x90
    call chars_limit_opt/1
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L931
    mov ecx, 1
    call 140320710850576
L931:
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# put_cons_ss
    mov qword ptr [r15], 911
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov qword ptr [r15+16], 799
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# append_cons_Is
    mov qword ptr [r15+32], 751
    mov qword ptr [r15+40], rsi
    lea rsi, qword ptr [r15+33]
# store_cons_Id
    add r15, 48
    mov qword ptr [rbx+8], rsi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+24], rdi
# i_trim_t
    add rsp, 8
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L932:
L933:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927824
    lea rdx, qword ptr [L932]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+96]
    cmp rdx, rsp
    short jbe L934
    mov ecx, 1
    call 140320710850576
L934:
# put_cons_ss
    mov qword ptr [r15], 2031
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov qword ptr [r15+16], 527
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# append_cons_Is
    mov qword ptr [r15+32], 943
    mov qword ptr [r15+40], rsi
    lea rsi, qword ptr [r15+33]
# store_cons_Id
    add r15, 48
    mov qword ptr [rbx], rsi
# append_cons_Is
    mov qword ptr [r15], 1807
    mov qword ptr [r15+8], rsi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov qword ptr [rsp+8], 59
# call_light_bif_be
    align 4
L935:
L936:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927824
    lea rdx, qword ptr [L935]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+128]
    cmp rdx, rsp
    short jbe L937
    mov ecx, 1
.db 0x90
    call 140320710850576
L937:
# put_cons_ss
    mov qword ptr [r15], 2031
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov qword ptr [r15+16], 1855
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# append_cons_Is
    mov qword ptr [r15+32], 2031
    mov qword ptr [r15+40], rsi
    lea rsi, qword ptr [r15+33]
# store_cons_Id
    add r15, 48
    mov qword ptr [rbx], rsi
# put_cons_ss
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# append_cons_Is
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [r15+32], rdi
    mov qword ptr [r15+40], rsi
    lea rsi, qword ptr [r15+33]
# store_cons_Id
    add r15, 48
    mov qword ptr [rbx+8], rsi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+16], rdi
# i_call_ext_last_et
    add rsp, 48
L938:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# label_L
label_302:
# line_I
# badmatch_s
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 5200
    xor ecx, ecx
    call 140320710854352
# func_line_I
    nop
# aligned_label_Lt
    align 8
label_303:
# i_func_info_IaaI
# proc_lib:p/2
    call L360
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0xF9, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x95, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
p/2:
# i_breakpoint_trampoline
    short jmp L939
.db 0x00
    call L363
    align 8
L939:
# i_test_yield
    lea rdx, qword ptr [p/2+24]
    dec r14
    jle L361
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L940
    mov ecx, 2
    call 140320710850576
L940:
    sub rsp, 16
# init_yregs_I
    mov eax, 59
    mov rdi, rsp
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 234507
    jne label_305
# i_move_sd
    mov qword ptr [rsp], 59
# i_move_sd
L941:
    long mov rdi, 9223372036854775807
    mov qword ptr [rsp+8], rdi
# jump_f
    jmp label_306
# label_L
label_305:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L942
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L942:
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
# i_move_sd
L943:
    long mov rdi, 9223372036854775807
    mov qword ptr [rsp+8], rdi
# label_L
label_306:
# line_I
# i_call_f
.db 0x90
    call modifier/1
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+8], rdi
# init_yregs_I
    mov qword ptr [rsp+8], 59
# call_light_bif_be
    align 4
L944:
L945:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927824
    lea rdx, qword ptr [L944]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L946
    mov ecx, 1
    call 140320710850576
L946:
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
    jl L362
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_307:
# i_func_info_IaaI
# proc_lib:report_separator/0
    call L360
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0xF9, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x18, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
report_separator/0:
# i_breakpoint_trampoline
    short jmp L947
.db 0x00
    call L363
    align 8
L947:
# i_test_yield
    lea rdx, qword ptr [report_separator/0+24]
    dec r14
    jle L361
# i_move_sd
L948:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L362
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_309:
# i_func_info_IaaI
# proc_lib:part_separator/0
    call L360
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0xF9, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x19, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
part_separator/0:
# i_breakpoint_trampoline
    short jmp L949
.db 0x00
    call L363
    align 8
L949:
# i_test_yield
    lea rdx, qword ptr [part_separator/0+24]
    dec r14
    jle L361
# i_move_sd
L950:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L362
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_311:
# i_func_info_IaaI
# proc_lib:chars_limit_opt/1
    call L360
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0xF9, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x19, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
chars_limit_opt/1:
# i_breakpoint_trampoline
    short jmp L951
.db 0x00
    call L363
    align 8
L951:
# i_test_yield
    lea rdx, qword ptr [chars_limit_opt/1+24]
    dec r14
    jle L361
# is_integer_fs
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L952
    test al, 1
    jne label_313
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_313
L952:
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L953
    mov ecx, 1
    call 140320710850576
L953:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 234635
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
    jl L362
    ret
# label_L
label_313:
# i_move_sd
    mov qword ptr [rbx], 59
# return
    dec r14
    jl L362
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_314:
# i_func_info_IaaI
# proc_lib:modifier/1
    call L360
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0xF9, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x0A, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
modifier/1:
# i_breakpoint_trampoline
    short jmp L954
.db 0x00
    call L363
    align 8
L954:
# i_test_yield
    lea rdx, qword ptr [modifier/1+24]
    dec r14
    jle L361
# is_eq_exact_fss
    cmp qword ptr [rbx], 22667
    jne label_316
# i_move_sd
    mov qword ptr [rbx], 59
# return
    dec r14
    jl L362
    ret
# label_L
label_316:
# i_move_sd
L955:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L362
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_317:
# i_func_info_IaaI
# proc_lib:nl/2
    call L360
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0xF9, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x19, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
nl/2:
# i_breakpoint_trampoline
    short jmp L956
.db 0x00
    call L363
    align 8
L956:
# i_test_yield
    lea rdx, qword ptr [nl/2+24]
    dec r14
    jle L361
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 11
    je label_320
    cmp rsi, 75
    je label_319
    short jmp label_317
# label_L
label_319:
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L362
    ret
# label_L
label_320:
# i_move_sd
L957:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L362
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_321:
# i_func_info_IaaI
# proc_lib:sub/3
    call L360
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0xF9, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x59, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
sub/3:
# i_breakpoint_trampoline
    short jmp L958
.db 0x00
    call L363
    align 8
L958:
# i_test_yield
    lea rdx, qword ptr [sub/3+24]
    dec r14
    jle L361
# is_lt_fss
    mov esi, 15
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 15
    short jne L959
    cmp rdi, rsi
    short jmp L960
L959:
    call 140320710848608
L960:
    jge label_323
# return
    dec r14
    jl L362
    ret
# label_L
label_323:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L961
    mov ecx, 3
.db 0x90
    call 140320710850576
L961:
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
    call size/2
# is_ge_fss
    mov rsi, qword ptr [rbx]
    mov rdi, qword ptr [rsp]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L962
    cmp rdi, rsi
    short jmp L963
L962:
    call 140320710848608
L963:
    jl label_324
# line_I
# i_minus_ssjd
    mov rsi, qword ptr [rsp]
    mov rdx, qword ptr [rbx]
# are both operands small?
    mov eax, esi
    and eax, edx
    and al, 15
    cmp al, 15
    short jne L965
# sub with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    sub rax, rcx
    short jno L964
L965:
    call 140320710853584
L964:
    mov qword ptr [rbx], rax
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L362
    ret
# label_L
label_324:
# i_move_sd
    mov qword ptr [rbx], 15
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L362
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_325:
# i_func_info_IaaI
# proc_lib:size/2
    call L360
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0xF9, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x9C, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
size/2:
# i_breakpoint_trampoline
    short jmp L966
.db 0x00
    call L363
    align 8
L966:
# i_test_yield
    lea rdx, qword ptr [size/2+24]
    dec r14
    jle L361
# is_eq_exact_fss
    cmp qword ptr [rbx], 22667
    jne label_327
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L967
    mov ecx, 1
    call 140320710850576
L967:
# call_light_bif_be
    align 4
L968:
L969:
    long mov rcx, 9223372036854775807
    mov rax, 94919179095824
    lea rdx, qword ptr [L968]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L362
    ret
# label_L
label_327:
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# i_call_ext_only_e
L970:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# func_line_I
# aligned_label_Lt
    align 8
label_328:
# i_func_info_IaaI
# proc_lib:stop/1
    call L360
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0xF9, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xA0, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
stop/1:
# i_breakpoint_trampoline
    short jmp L971
.db 0x00
    call L363
    align 8
L971:
# i_test_yield
    lea rdx, qword ptr [stop/1+24]
    dec r14
    jle L361
# i_move_sd
    mov qword ptr [rbx+16], 395
# i_move_sd
    mov qword ptr [rbx+8], 523
# i_call_only_f
    jmp stop/3
# func_line_I
# aligned_label_Lt
    align 8
label_330:
# i_func_info_IaaI
# proc_lib:stop/3
    call L360
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0xF9, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xA0, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
stop/3:
# i_breakpoint_trampoline
    short jmp L972
.db 0x00
    call L363
    align 8
L972:
# i_test_yield
    lea rdx, qword ptr [stop/3+24]
    dec r14
    jle L361
# allocate_tt
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L973
    mov ecx, 3
    call 140320710850576
L973:
    sub rsp, 48
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
    mov qword ptr [rsp+40], rax
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx], 33675
# line_I
# call_light_bif_be
    align 4
L974:
L975:
    long mov rcx, 9223372036854775807
    mov rax, 94919179086448
    lea rdx, qword ptr [L974]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# recv_marker_bind_SS
    mov rsi, qword ptr [rsp+40]
    mov rdx, qword ptr [rbx]
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919178492288
    mov rsp, rbp
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# init_yregs_I
    mov qword ptr [rsp+40], 59
# i_move_sd
    mov qword ptr [rbx], 25739
# line_I
# call_light_bif_be
    align 4
L976:
L977:
    long mov rcx, 9223372036854775807
    mov rax, 94919179332416
    lea rdx, qword ptr [L976]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# catch_yf
    inc qword ptr [r13+264]
L978:
    mov eax, 2147483647
    mov qword ptr [rsp+40], rax
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+16], 1
    vmovups xmmword ptr [rbx+8], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov qword ptr [rsp+32], 59
# line_I
# i_call_ext_e
L979:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# try_end_y
    dec qword ptr [r13+264]
    mov qword ptr [rsp+40], 59
# is_eq_exact_fss
    cmp qword ptr [rbx], 30603
    jne label_343
# is_eq_exact_fss
    cmp qword ptr [rsp+16], 395
    jne label_332
# i_move_sd
    mov qword ptr [rsp+40], 395
# jump_f
    jmp label_333
# label_L
label_332:
# i_move_sd
    mov qword ptr [rbx], 25547
# line_I
# call_light_bif_be
    align 4
L980:
L981:
    long mov rcx, 9223372036854775807
    mov rax, 94919179332416
    lea rdx, qword ptr [L980]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rbx]
    mov edx, 15984
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L982
    mov rax, rsi
    add rax, rdx
    short jno L983
L982:
    call 140320710853080
L983:
    mov qword ptr [rbx], rax
# i_int_div_jssd
    mov r9, 1000
    mov rax, qword ptr [rbx]
# simplified test for small dividend since it is an integer
    mov esi, eax
    test esi, 1
    short je L984
# divide with inlined code
    sar rax, 4
    cqo
    idiv r9
    sal rax, 4
    or rax, 15
    short jmp L985
L984:
    mov ecx, 16015
    mov rdi, qword ptr [rbx]
    mov r8, 94919180917712
    call 140320710853120
L985:
    mov qword ptr [rbx], rax
# i_minus_ssjd
    mov rsi, qword ptr [rbx]
    mov rdx, qword ptr [rsp]
# are both operands small?
    mov eax, esi
    and eax, edx
    and al, 15
    cmp al, 15
    short jne L987
# sub with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    sub rax, rcx
    short jno L986
L987:
    call 140320710853584
L986:
    mov qword ptr [rbx], rax
# i_minus_ssjd
    mov rsi, qword ptr [rsp+16]
    mov rdx, qword ptr [rbx]
# are both operands small?
    mov eax, esi
    and eax, edx
    and al, 15
    cmp al, 15
    short jne L989
# sub with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    sub rax, rcx
    short jno L988
L989:
    call 140320710853584
L988:
    mov qword ptr [rbx], rax
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+40], rdi
# label_L
label_333:
# recv_marker_use_S
    mov rsi, qword ptr [rsp+8]
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919178492864
    mov rsp, rbp
# aligned_label_Lt
    align 4
label_334:
# i_loop_rec_f
    align 4
L990:
    lea rdi, qword ptr [L990]
    lea rsi, qword ptr [label_337]
    call 140320710852712
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_336
    cmp dword ptr [rsi-2], 320
    jne label_336
    cmp qword ptr [rsi+6], 1227
    jne label_336
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+8], rdi
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+38]
    mov qword ptr [rbx], rdi
# is_eq_exact_fss
    mov rsi, qword ptr [rsp+8]
    mov rdi, qword ptr [rbx+8]
    cmp rdi, rsi
    short je L991
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_336
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_336
L991:
# is_eq_exact_fss
    mov rsi, qword ptr [rsp+24]
    mov rdi, qword ptr [rbx]
    cmp rdi, rsi
    short je L992
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_335
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_335
L992:
# recv_marker_clear_S
    mov rsi, qword ptr [rsp+8]
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
    add rsp, 48
# return
    dec r14
    jl L362
    ret
# label_L
label_335:
# recv_marker_clear_S
    mov rsi, qword ptr [rsp+8]
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
L993:
L994:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090480
    lea rdx, qword ptr [L993]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 48
# return
    dec r14
    jl L362
    ret
# label_L
label_336:
# loop_rec_end_f
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919178491472
    mov rsp, rbp
    dec r14
    jmp label_334
# aligned_label_Lt
    align 4
label_337:
# wait_timeout_locked_sf
    mov rsi, qword ptr [rsp+40]
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    lea rdx, qword ptr [L996]
    call 94919178213728
    mov rsp, rbp
    cmp rax, 1
    short je L995
    short jl L996
    lea rsi, qword ptr [label_337]
    xor ecx, ecx
    push rsi
    jmp 140320710854368
L995:
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    lea rsi, qword ptr [label_334]
    call 94919178213328
    mov rsp, rbp
    jmp 140320710854321
    align 4
L996:
# timeout
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919178214144
    mov rsp, rbp
# i_move_sd
L997:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rsp+40], rdi
# i_trim_t
    add rsp, 40
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L998:
L999:
    long mov rcx, 9223372036854775807
    mov rax, 94919179085664
    lea rdx, qword ptr [L998]
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
    mov qword ptr [rbx], 459
# line_I
# call_light_bif_be
    align 4
L1000:
L1001:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090480
    lea rdx, qword ptr [L1000]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L362
    ret
# label_L
label_338:
# try_case_y
    dec qword ptr [r13+264]
    mov rax, qword ptr [rbx+24]
    mov qword ptr [rbx], rax
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp+32], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx+8], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx], 843
    jne label_342
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rsp+32]
    rex test sil, 1
    jne label_341
    cmp dword ptr [rsi-2], 128
    jne label_341
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+6]
    movups xmmword ptr [rbx], xmm0
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 459
    je label_339
    cmp rsi, 28939
    je label_340
    jmp label_341
# label_L
label_339:
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx+8]
    rex test sil, 1
    jne label_341
    cmp dword ptr [rsi-2], 192
    jne label_341
    cmp qword ptr [rsi+6], 202571
    jne label_341
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx], 88587
    jne label_341
# i_move_sd
L1002:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# i_trim_t
    add rsp, 48
# line_I
# call_light_bif_be
    align 4
L1003:
L1004:
    long mov rcx, 9223372036854775807
    mov rax, 94919179085664
    lea rdx, qword ptr [L1003]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov qword ptr [rbx], 459
# line_I
# call_light_bif_be
    align 4
L1005:
L1006:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090480
    lea rdx, qword ptr [L1005]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L362
    ret
# label_L
label_340:
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx+8]
    rex test sil, 1
    jne label_341
    cmp dword ptr [rsi-2], 192
    jne label_341
    cmp qword ptr [rsi+6], 202571
    jne label_341
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx], 88587
    jne label_341
# i_move_sd
L1007:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# i_trim_t
    add rsp, 48
# line_I
# call_light_bif_be
    align 4
L1008:
L1009:
    long mov rcx, 9223372036854775807
    mov rax, 94919179085664
    lea rdx, qword ptr [L1008]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov qword ptr [rbx], 28939
# line_I
# call_light_bif_be
    align 4
L1010:
L1011:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090480
    lea rdx, qword ptr [L1010]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L362
    ret
# label_L
label_341:
# i_move_sd
L1012:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rsp+40], rdi
# i_trim_t
    add rsp, 40
# line_I
# call_light_bif_be
    align 4
L1013:
L1014:
    long mov rcx, 9223372036854775807
    mov rax, 94919179085664
    lea rdx, qword ptr [L1013]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L1015:
L1016:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090480
    lea rdx, qword ptr [L1015]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L362
    ret
# label_L
label_342:
# raise_ss
    mov rdx, qword ptr [rsp+32]
    mov rsi, qword ptr [rbx+8]
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
label_343:
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
label_344:
# i_func_info_IaaI
# proc_lib:module_info/0
    call L360
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0xF9, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x66, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
module_info/0:
# i_breakpoint_trampoline
    short jmp L1017
.db 0x00
    call L363
    align 8
L1017:
# i_test_yield
    lea rdx, qword ptr [module_info/0+24]
    dec r14
    jle L361
# i_move_sd
    mov qword ptr [rbx], 194827
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1018
    mov ecx, 1
.db 0x90
    call 140320710850576
L1018:
# call_light_bif_be
    align 4
L1019:
L1020:
    long mov rcx, 9223372036854775807
    mov rax, 94919178912304
    lea rdx, qword ptr [L1019]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L362
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_346:
# i_func_info_IaaI
# proc_lib:module_info/1
    call L360
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0xF9, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x66, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
module_info/1:
# i_breakpoint_trampoline
    short jmp L1021
.db 0x00
    call L363
    align 8
L1021:
# i_test_yield
    lea rdx, qword ptr [module_info/1+24]
    dec r14
    jle L361
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx], 194827
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1022
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L1022:
# call_light_bif_be
    align 4
L1023:
L1024:
    long mov rcx, 9223372036854775807
    mov rax, 94919178913216
    lea rdx, qword ptr [L1023]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L362
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_348:
# i_func_info_IaaI
# proc_lib:'-pp_fun/2-fun-0-'/7
    call L360
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0xF9, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x19, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
'-pp_fun/2-fun-0-'/7:
# i_breakpoint_trampoline
    short jmp L1025
.db 0x00
    call L363
    align 8
L1025:
# i_test_yield
    lea rdx, qword ptr ['-pp_fun/2-fun-0-'/7+24]
    dec r14
    jle L361
# allocate_tt
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L1026
    mov ecx, 7
    call 140320710850576
L1026:
    sub rsp, 48
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+40], 1
    vmovups xmmword ptr [rsp], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp+24], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+24], 1
    vmovups xmmword ptr [rsp+32], xmm0
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
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_trim_t
    add rsp, 8
# call_light_bif_be
    align 4
L1029:
L1030:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927824
    lea rdx, qword ptr [L1029]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1031
    mov ecx, 1
    call 140320710850576
L1031:
# put_cons_ss
    mov qword ptr [r15], 751
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov qword ptr [rsp+24], 59
# call_light_bif_be
    align 4
L1032:
L1033:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927824
    lea rdx, qword ptr [L1032]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+104]
    cmp rdx, rsp
    short jbe L1034
    mov ecx, 1
    call 140320710850576
L1034:
# put_cons_ss
    mov qword ptr [r15], 2031
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# put_cons_ss
# (putting and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rsp], 1
    vmovups xmmword ptr [r15], xmm0
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 234635
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx+16], rdi
# put_cons_ss
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+16], rsi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rsp+24], rdi
# i_trim_t
    add rsp, 24
# i_call_ext_e
L1035:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rsp]
    movups xmmword ptr [rbx+8], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rbx], xmm0
# i_trim_t
    add rsp, 8
# line_I
# i_call_f
.db 0x90
    call sub/3
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1036
    mov ecx, 1
    call 140320710850576
L1036:
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
    jl L362
    ret
# i_lambda_trampoline_FfWW
L358:
    movups xmm0, xmmword ptr [rcx+38]
    movups xmmword ptr [rbx+24], xmm0
    movups xmm0, xmmword ptr [rcx+54]
    movups xmmword ptr [rbx+40], xmm0
    jmp '-pp_fun/2-fun-0-'/7
# func_line_I
# aligned_label_Lt
    align 8
label_350:
# i_func_info_IaaI
# proc_lib:'-format_exception/5-fun-0-'/3
    call L360
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0xF9, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x1A, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
'-format_exception/5-fun-0-'/3:
# i_breakpoint_trampoline
    short jmp L1037
.db 0x00
    call L363
    align 8
L1037:
# i_test_yield
    lea rdx, qword ptr ['-format_exception/5-fun-0-'/3+24]
    dec r14
    jle L361
# bif_is_eq_exact_Ssd
    mov eax, 75
    cmp qword ptr [rbx], 92491
    mov edi, 11
    cmovne rax, rdi
    mov qword ptr [rbx+8], rax
# bif_is_eq_exact_Ssd
    mov eax, 75
    cmp qword ptr [rbx], 194827
    mov edi, 11
    cmovne rax, rdi
    mov qword ptr [rbx], rax
# i_bif2_ssjbd
    lea rsi, qword ptr [rbx-104]
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsi], rdi
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsi+8], rdi
    mov rcx, 94919178915424
    call 140320710851304
    mov qword ptr [rbx], rax
# return
    dec r14
    jl L362
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_352:
# i_func_info_IaaI
# proc_lib:'-format_link_reports/4-lc$^0/1-0-'/1
    call L360
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0xF9, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x1A, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
'-format_link_reports/4-lc$^0/1-0-'/1:
# i_breakpoint_trampoline
    short jmp L1038
.db 0x00
    call L363
    align 8
L1038:
# i_test_yield
    lea rdx, qword ptr ['-format_link_reports/4-lc$^0/1-0-'/1+24]
    dec r14
    jle L361
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_355
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx], xmm0
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx+8]
    rex test sil, 1
    jne label_354
    cmp dword ptr [rsi-2], 128
    jne label_354
    cmp qword ptr [rsi+6], 332491
    jne label_354
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+8], rdi
# is_nonempty_list_get_hd_fSd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_354
    mov rsi, qword ptr [rax-1]
    mov qword ptr [rbx+8], rsi
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx+8]
    rex test sil, 1
    jne label_354
    cmp dword ptr [rsi-2], 128
    jne label_354
    cmp qword ptr [rsi+6], 32779
    jne label_354
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1039
    mov ecx, 2
    call 140320710850576
L1039:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp], rdi
# i_call_f
.db 0x0F, 0x1F, 0x00
    call '-format_link_reports/4-lc$^0/1-0-'/1
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1040
    mov ecx, 1
    call 140320710850576
L1040:
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
    jl L362
    ret
# label_L
label_354:
# i_call_only_f
    jmp '-format_link_reports/4-lc$^0/1-0-'/1
# label_L
label_355:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_356
# return
    dec r14
    jl L362
    ret
# label_L
label_356:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1041
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1041:
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
    short jbe L1042
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L1042:
# call_light_bif_be
    align 4
L1043:
L1044:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089728
    lea rdx, qword ptr [L1043]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L362
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_357:
# i_func_info_IaaI
# proc_lib:'-separate_error_info/1-fun-0-'/1
    call L360
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0xF9, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x1A, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
'-separate_error_info/1-fun-0-'/1:
# i_breakpoint_trampoline
    short jmp L1045
.db 0x00
    call L363
    align 8
L1045:
# i_test_yield
    lea rdx, qword ptr ['-separate_error_info/1-fun-0-'/1+24]
    dec r14
    jle L361
# bif_element_jssd
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    short jne L1046
    mov eax, dword ptr [rsi-2]
    cmp eax, 64
    short jb L1046
    and al, 63
    short je L1047
L1046:
    mov edi, 31
    call 140320710851136
L1047:
    mov rax, qword ptr [rsi+6]
    mov qword ptr [rbx], rax
# bif_is_ne_exact_Ssd
    mov eax, 11
    cmp qword ptr [rbx], 14859
    mov edi, 75
    cmovne rax, rdi
    mov qword ptr [rbx], rax
# return
    dec r14
    jl L362
    ret
# int_code_end
L1048:
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, 94919180896308
    call 94919178184336
.section .rodata {#1}
line:
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
.section .rodata {#1}
attr:
.db 0x83, 0x6C, 0x00, 0x00, 0x00, 0x01, 0x68, 0x02, 0x64, 0x00, 0x03, 0x76, 0x73, 0x6E, 0x6C, 0x00, 0x00, 0x00, 0x01, 0x6E, 0x10, 0x00, 0x54, 0x58, 0xDF, 0xD2, 0xD5, 0xC1, 0x6E, 0x74, 0x5A, 0x57, 0x39, 0xAA, 0x8B, 0x33, 0x7C, 0x47, 0x6A, 0x6A
.section .text {#0}
.section .rodata {#1}
compile:
.db 0x83, 0x6C, 0x00, 0x00, 0x00, 0x03, 0x68, 0x02, 0x64, 0x00, 0x07, 0x76, 0x65, 0x72, 0x73, 0x69, 0x6F, 0x6E, 0x6B, 0x00, 0x03, 0x38, 0x2E, 0x32, 0x68, 0x02, 0x64, 0x00, 0x07, 0x6F, 0x70, 0x74, 0x69, 0x6F, 0x6E, 0x73, 0x6C, 0x00, 0x00, 0x00, 0x03, 0x64, 0x00, 0x0A, 0x64, 0x65, 0x62, 0x75, 0x67, 0x5F, 0x69, 0x6E, 0x66, 0x6F, 0x68, 0x02, 0x64, 0x00, 0x01, 0x69, 0x6B, 0x00, 0x45, 0x2F, 0x62, 0x75, 0x69, 0x6C, 0x64, 0x2F, 0x72, 0x65, 0x70, 0x72, 0x6F, 0x64, 0x75, 0x63, 0x69, 0x62, 0x6C, 0x65, 0x2D, 0x70, 0x61, 0x74, 0x68, 0x2F, 0x65, 0x72, 0x6C, 0x61, 0x6E, 0x67, 0x2D, 0x32, 0x35, 0x2E, 0x32, 0x2E, 0x33, 0x2B, 0x64, 0x66, 0x73, 0x67, 0x2F, 0x6C, 0x69, 0x62, 0x2F, 0x73, 0x74, 0x64, 0x6C, 0x69, 0x62, 0x2F, 0x73, 0x72, 0x63, 0x2F, 0x2E, 0x2E, 0x2F, 0x69, 0x6E, 0x63, 0x6C, 0x75, 0x64, 0x65, 0x68, 0x02, 0x64, 0x00, 0x01, 0x69, 0x6B, 0x00, 0x4F, 0x2F, 0x62, 0x75, 0x69, 0x6C, 0x64, 0x2F, 0x72, 0x65, 0x70, 0x72, 0x6F, 0x64, 0x75, 0x63, 0x69, 0x62, 0x6C, 0x65, 0x2D, 0x70, 0x61, 0x74, 0x68, 0x2F, 0x65, 0x72, 0x6C, 0x61, 0x6E, 0x67, 0x2D, 0x32, 0x35, 0x2E, 0x32, 0x2E, 0x33, 0x2B, 0x64, 0x66, 0x73, 0x67, 0x2F, 0x6C, 0x69, 0x62, 0x2F, 0x73, 0x74, 0x64, 0x6C, 0x69, 0x62, 0x2F, 0x73, 0x72, 0x63, 0x2F, 0x2E, 0x2E, 0x2F, 0x2E, 0x2E, 0x2F, 0x6B, 0x65, 0x72, 0x6E, 0x65, 0x6C, 0x2F, 0x69, 0x6E, 0x63, 0x6C, 0x75, 0x64, 0x65, 0x6A, 0x68, 0x02, 0x64, 0x00, 0x06, 0x73, 0x6F, 0x75, 0x72, 0x63, 0x65, 0x6B, 0x00, 0x47, 0x2F, 0x62, 0x75, 0x69, 0x6C, 0x64, 0x2F, 0x72, 0x65, 0x70, 0x72, 0x6F, 0x64, 0x75, 0x63, 0x69, 0x62, 0x6C, 0x65, 0x2D, 0x70, 0x61, 0x74, 0x68, 0x2F, 0x65, 0x72, 0x6C, 0x61, 0x6E, 0x67, 0x2D, 0x32, 0x35, 0x2E, 0x32, 0x2E, 0x33, 0x2B, 0x64, 0x66, 0x73, 0x67, 0x2F, 0x6C, 0x69, 0x62, 0x2F, 0x73, 0x74, 0x64, 0x6C, 0x69, 0x62, 0x2F, 0x73, 0x72, 0x63, 0x2F, 0x70, 0x72, 0x6F, 0x63, 0x5F, 0x6C, 0x69, 0x62, 0x2E, 0x65, 0x72, 0x6C, 0x6A
.section .text {#0}
.section .rodata {#1}
md5:
.db 0x47, 0x7C, 0x33, 0x8B, 0xAA, 0x39, 0x57, 0x5A, 0x74, 0x6E, 0xC1, 0xD5, 0xD2, 0xDF, 0x58, 0x54
.section .text {#0}
