    align 8
L240:
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
L241:
    jmp 140320710851944
    align 8
L242:
    jmp 140320710853048
    align 8
L243:
    jmp 140320710850344
    align 16
L244:
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
# logger_formatter:format/2
    call L241
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x04, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x76, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
format/2:
# i_breakpoint_trampoline
    short jmp L245
.db 0x00
    call L244
    align 8
L245:
# i_test_yield
    lea rdx, qword ptr [format/2+24]
    dec r14
    jle L242
# is_map_fs
    mov rax, qword ptr [rbx]
    test al, 1
    short jne label_1
    mov eax, dword ptr [rax-2]
    and al, 63
    cmp al, 60
    short jne label_1
# i_get_map_elements_fsI
.section .rodata {#1}
L248:
    align 8
.db 0xCB, 0x0D, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x23, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x54, 0xD5, 0xAC, 0xE8, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x0B, 0x63, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x33, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x30, 0xD7, 0xD9, 0xEA, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x8B, 0xFD, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x43, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x60, 0x51, 0xB5, 0x2E, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
    mov rdi, qword ptr [rbx]
# simplified multi-element lookup
    mov eax, dword ptr [rdi-2]
    and al, 252
    cmp al, 60
    jne L246
    mov eax, dword ptr [rdi+6]
    mov rsi, qword ptr [rdi+14]
L249:
    dec eax
    short jl label_1
    cmp qword ptr [rsi+rax*8+6], 130443
    short jne L249
    mov rdx, qword ptr [rdi+rax*8+22]
    mov qword ptr [rbx+32], rdx
L250:
    dec eax
    jl label_1
    cmp qword ptr [rsi+rax*8+6], 25355
    short jne L250
    mov rdx, qword ptr [rdi+rax*8+22]
    mov qword ptr [rbx+24], rdx
L251:
    dec eax
    jl label_1
    cmp qword ptr [rsi+rax*8+6], 134603
    short jne L251
    mov rdx, qword ptr [rdi+rax*8+22]
    mov qword ptr [rbx+16], rdx
    short jmp L247
L246:
    mov ecx, 3
    lea r8, qword ptr [L248]
    mov rdx, rsp
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rsi, rbx
    call 94919178210240
    mov rsp, rbp
    test rax, rax
    je label_1
L247:
# is_map_fs
    mov rax, qword ptr [rbx+8]
    test al, 1
    jne label_1
    mov eax, dword ptr [rax-2]
    and al, 63
    cmp al, 60
    jne label_1
# allocate_tt
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L252
    mov ecx, 5
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L252:
    sub rsp, 48
# init_yregs_I
    mov eax, 59
    mov rdi, rsp
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+16]
    movups xmmword ptr [rsp+24], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rsp+40], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
    call add_default_config/1
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+24], 1
    vmovups xmmword ptr [rbx+8], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+32], rdi
# swap_dd
    mov rdi, qword ptr [rbx]
    mov rsi, qword ptr [rbx+16]
    mov qword ptr [rbx+16], rdi
    mov qword ptr [rbx], rsi
# line_I
# i_call_f
    call maybe_add_legacy_header/3
# line_I
# i_bif2_ssjbd
    lea rsi, qword ptr [rbx-104]
    mov qword ptr [rsi], 520203
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rsi+8], rdi
    mov rcx, 94919180022976
    call 140320710851304
    mov qword ptr [rbx+8], rax
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L253
    mov ecx, 2
    call 140320710850576
L253:
# i_make_fun3_FStt
L254:
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
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L255:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x90
    call qword ptr [rax+r12*8]
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+8], rdi
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_3
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+16], xmm0
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 130443
    jne label_3
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov qword ptr [rsp+8], 75
# jump_f
    jmp label_4
# label_L
label_3:
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov qword ptr [rsp+8], 11
# label_L
label_4:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x66, 0x90
    call do_format/4
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx+32], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+24], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx+24], rdi
# init_yregs_I
    mov qword ptr [rsp], 59
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x90
    call do_format/4
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# is_eq_exact_fss
    cmp qword ptr [rsp+8], 75
    jne label_9
# line_I
# i_bif2_ssjbd
    lea rsi, qword ptr [rbx-104]
    mov qword ptr [rsi], 234635
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rsi+8], rdi
    mov rcx, 94919180022976
    call 140320710851304
    mov qword ptr [rsp+8], rax
# is_eq_exact_fss
    cmp qword ptr [rsp+8], 234507
    jne label_5
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx+16], rdi
# jump_f
    jmp label_7
# label_L
label_5:
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L256
    xor ecx, ecx
.db 0x66, 0x90
    call 140320710850576
L256:
# put_cons_ss
    mov rdi, qword ptr [rsp]
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
# line_I
# i_call_ext_e
L257:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# i_minus_ssjd
    mov rsi, qword ptr [rsp+8]
    mov rdx, qword ptr [rbx]
# are both operands small?
    mov eax, esi
    and eax, edx
    and al, 15
    cmp al, 15
    short jne L259
# sub with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    sub rax, rcx
    short jno L258
L259:
    call 140320710853584
L258:
    mov qword ptr [rbx], rax
# is_lt_fss
    mov esi, 15
    mov rdi, qword ptr [rbx]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L260
    cmp rdi, rsi
    short jmp L261
L260:
    call 140320710848608
L261:
    jge label_6
# i_move_sd
    mov qword ptr [rbx], 15
# label_L
label_6:
# update_map_assoc_sdtI
.section .rodata {#1}
L262:
    align 8
.db 0x8B, 0x94, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx+8], rdi
    mov edx, 1
    mov ecx, 2
    lea r8, qword ptr [L262]
.db 0x66, 0x90
    call 140320710854704
    mov qword ptr [rbx+16], rax
# label_L
label_7:
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov eax, 59
    lea rdi, qword ptr [rsp+8]
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
    mov qword ptr [rsp+40], rax
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call format_msg/3
# line_I
# i_bif2_ssjbd
    lea rsi, qword ptr [rbx-104]
    mov qword ptr [rsi], 234379
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rsi+8], rdi
    mov rcx, 94919180022976
    call 140320710851304
    mov qword ptr [rbx+8], rax
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+40], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 75
    jne label_8
# i_move_sd
    mov qword ptr [rbx+8], 11
# init_yregs_I
    mov qword ptr [rsp+40], 59
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call trim/2
# line_I
# i_call_ext_e
L263:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# i_move_sd
    mov qword ptr [rbx+8], 75
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call trim/2
# line_I
# i_call_ext_e
L264:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# i_move_sd
L265:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+16], rdi
# i_move_sd
L266:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+24], rdi
# i_move_sd
L267:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+8], rdi
# line_I
# i_call_ext_e
L268:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# jump_f
    jmp label_10
# label_L
label_8:
# i_move_sd
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [rbx+8], rdi
# jump_f
    jmp label_10
# label_L
label_9:
# i_move_sd
    mov qword ptr [rbx+8], 59
# label_L
label_10:
# line_I
# i_bif2_ssjbd
    lea rsi, qword ptr [rbx-104]
    mov qword ptr [rsi], 431371
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rsi+8], rdi
    mov rcx, 94919180022976
    call 140320710851304
    mov qword ptr [rbx+24], rax
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 48
    jmp truncate/4
# func_line_I
# aligned_label_Lt
    align 8
label_11:
# i_func_info_IaaI
# logger_formatter:trim/2
    call L241
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x04, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xA9, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
trim/2:
# i_breakpoint_trampoline
    short jmp L269
.db 0x00
    call L244
    align 8
L269:
# i_test_yield
    lea rdx, qword ptr [trim/2+24]
    dec r14
    jle L242
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_18
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+16], xmm0
# is_ne_fss
    mov esi, 527
    mov rdi, qword ptr [rbx+16]
    cmp rdi, rsi
    je label_13
    mov eax, edi
    and eax, esi
    and al, 3
    cmp al, 3
    short je L270
    call 140320710848744
    je label_13
L270:
# is_ne_fss
    mov esi, 223
    mov rdi, qword ptr [rbx+16]
    cmp rdi, rsi
    je label_13
    mov eax, edi
    and eax, esi
    and al, 3
    cmp al, 3
    short je L271
    call 140320710848744
    je label_13
L271:
# is_eq_fss
    mov esi, 175
    mov rdi, qword ptr [rbx+16]
    cmp rdi, rsi
    short je L272
    mov eax, edi
    and eax, esi
    and al, 3
    cmp al, 3
    je label_14
    call 140320710848744
    jne label_14
L272:
# label_L
label_13:
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp trim/2
# label_L
label_14:
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 75
    jne label_16
# is_list_fs
    mov rax, qword ptr [rbx+16]
    cmp rax, 59
    short je L273
    test al, 2
    jne label_18
L273:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L274
    mov ecx, 4
    call 140320710850576
L274:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L275:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# i_move_sd
    mov qword ptr [rbx+8], 75
# i_call_f
.db 0x0F, 0x1F, 0x00
    call trim/2
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_15
# i_move_sd
    mov qword ptr [rbx+8], 75
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 8
    jmp trim/2
# label_L
label_15:
# line_I
# i_call_ext_e
L276:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L277
    mov ecx, 1
    call 140320710850576
L277:
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
    jl L243
    ret
# label_L
label_16:
# is_list_fs
    mov rax, qword ptr [rbx+16]
    cmp rax, 59
    short je L278
    test al, 2
    jne label_18
L278:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L279
    mov ecx, 4
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L279:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov qword ptr [rbx+8], 11
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
    call trim/2
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_17
# i_move_sd
    mov qword ptr [rbx+8], 11
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 8
    jmp trim/2
# label_L
label_17:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L280
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L280:
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
    jl L243
    ret
# label_L
label_18:
# return
    dec r14
    jl L243
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_19:
# i_func_info_IaaI
# logger_formatter:do_format/4
    call L241
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x04, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x16, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
do_format/4:
# i_breakpoint_trampoline
    short jmp L281
.db 0x00
    call L244
    align 8
L281:
# i_test_yield
    lea rdx, qword ptr [do_format/4+24]
    dec r14
    jle L242
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+16]
    test al, 2
    jne label_31
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+32], rsi
    mov qword ptr [rbx+16], rdx
# i_is_tuple_fs
    mov rsi, qword ptr [rbx+32]
    rex test sil, 1
    jne label_24
    test byte ptr [rsi-2], 63
    jne label_24
# i_test_arity_fsA
    mov rsi, qword ptr [rbx+32]
    cmp dword ptr [rsi-2], 192
    jne label_25
# allocate_tt
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L282
    mov ecx, 5
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L282:
    sub rsp, 48
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rsp+8], rdi
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+16]
    movups xmmword ptr [rsp+16], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp+32], xmm0
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+32]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x66, 0x90
    call value/2
# i_is_tuple_fs
    mov rsi, qword ptr [rbx]
# simplified tuple test since the source is always a tuple when boxed
    rex test sil, 1
    jne label_22
# is_map_fs
    mov rax, qword ptr [rsp+32]
    test al, 1
    jne label_21
    mov eax, dword ptr [rax-2]
    and al, 63
    cmp al, 60
    jne label_21
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# update_map_assoc_sdtI
.section .rodata {#1}
L283:
    align 8
.db 0x17, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx+8], rdi
    mov edx, 1
    mov ecx, 2
    lea r8, qword ptr [L283]
.db 0x0F, 0x1F, 0x00
    call 140320710854704
    mov qword ptr [rbx+8], rax
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx+24], rdi
# init_yregs_I
    mov eax, 59
    mov rdi, rsp
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# i_move_sd
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x90
    call do_format/4
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# jump_f
    jmp label_23
# label_L
label_21:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L284
    xor ecx, ecx
.db 0x66, 0x90
    call 140320710850576
L284:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 5131
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# call_light_bif_be
    align 4
L285:
L286:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089728
    lea rdx, qword ptr [L285]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 48
# return
    dec r14
    jl L243
    ret
# label_L
label_22:
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx+8], rdi
# init_yregs_I
    mov eax, 59
    mov rdi, rsp
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# i_move_sd
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x66, 0x90
    call do_format/4
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# label_L
label_23:
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rsp+16]
    movups xmmword ptr [rbx+16], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+32], 1
    vmovups xmmword ptr [rbx], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rsp+40], rdi
# i_trim_t
    add rsp, 40
# line_I
# i_call_f
    call do_format/4
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L287
    mov ecx, 1
    call 140320710850576
L287:
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
    jl L243
    ret
# label_L
label_24:
# is_eq_exact_fss
    cmp qword ptr [rbx+32], 134603
    jne label_25
# allocate_tt
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L288
    mov ecx, 4
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L288:
    sub rsp, 32
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+16]
    movups xmmword ptr [rsp], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp+16], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx], 134603
# line_I
# i_call_f
.db 0x90
    call to_string/3
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx+32], rdi
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
.db 0x90
    call do_format/4
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L289
    mov ecx, 1
    call 140320710850576
L289:
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
    jl L243
    ret
# label_L
label_25:
# is_atom_fs
    mov rax, qword ptr [rbx+32]
    and al, 63
    cmp al, 11
    jne label_26
# jump_f
    jmp label_27
# label_L
label_26:
# is_list_fs
    mov rax, qword ptr [rbx+32]
    cmp rax, 59
    short je L290
    test al, 2
    jne label_30
L290:
# is_nonempty_list_get_hd_fSd
    mov rax, qword ptr [rbx+32]
    test al, 2
    jne label_30
    mov rsi, qword ptr [rax-1]
    mov qword ptr [rbx+40], rsi
# is_atom_fs
    mov rax, qword ptr [rbx+40]
    and al, 63
    cmp al, 11
    jne label_30
# label_L
label_27:
# allocate_tt
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L291
    mov ecx, 5
.db 0x66, 0x90
    call 140320710850576
L291:
    sub rsp, 40
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rsp], rdi
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+16]
    movups xmmword ptr [rsp+8], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp+24], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call value/2
# i_is_tuple_fs
    mov rsi, qword ptr [rbx]
# simplified tuple test since the source is always a tuple when boxed
    rex test sil, 1
    jne label_28
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov qword ptr [rsp], 59
# line_I
# i_call_f
.db 0x66, 0x90
    call to_string/3
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# jump_f
    jmp label_29
# label_L
label_28:
# i_move_sd
    mov qword ptr [rsp], 59
# label_L
label_29:
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rsp+8]
    movups xmmword ptr [rbx+16], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+24], 1
    vmovups xmmword ptr [rbx], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rsp+32], rdi
# i_trim_t
    add rsp, 32
# line_I
# i_call_f
.db 0x90
    call do_format/4
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L292
    mov ecx, 1
    call 140320710850576
L292:
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
    jl L243
    ret
# label_L
label_30:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L293
    mov ecx, 5
.db 0x90
    call 140320710850576
L293:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rsp], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call do_format/4
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L294
    mov ecx, 1
    call 140320710850576
L294:
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
    jl L243
    ret
# label_L
label_31:
# is_nil_fS
    cmp qword ptr [rbx+16], 59
    jne label_19
# i_move_sd
    mov qword ptr [rbx], 59
# return
    dec r14
    jl L243
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_32:
# i_func_info_IaaI
# logger_formatter:value/2
    call L241
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x04, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xB0, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
value/2:
# i_breakpoint_trampoline
    short jmp L295
.db 0x00
    call L244
    align 8
L295:
# i_test_yield
    lea rdx, qword ptr [value/2+24]
    dec r14
    jle L242
# i_bif2_ssjbd
    lea rsi, qword ptr [rbx]
    mov rcx, 94919180022896
    call 140320710851400
    je label_34
    mov qword ptr [rbx+16], rax
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 75
    jne label_34
# line_I
# i_bif2_ssjbd
    lea rsi, qword ptr [rbx]
    mov rcx, 94919180022976
    call 140320710851304
    mov qword ptr [rbx], rax
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L296
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L296:
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
    jl L243
    ret
# label_L
label_34:
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_35
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+16], rsi
    mov qword ptr [rbx], rdx
# i_bif2_ssjbd
    lea rsi, qword ptr [rbx-104]
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsi], rdi
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsi+8], rdi
    mov rcx, 94919180022896
    call 140320710851400
    je label_36
    mov qword ptr [rbx+24], rax
# is_eq_exact_fss
    cmp qword ptr [rbx+24], 75
    jne label_36
# line_I
# i_bif2_ssjbd
    lea rsi, qword ptr [rbx-104]
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsi], rdi
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsi+8], rdi
    mov rcx, 94919180022976
    call 140320710851304
    mov qword ptr [rbx+8], rax
# i_call_only_f
    jmp value/2
# label_L
label_35:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_36
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L297
    mov ecx, 2
    call 140320710850576
L297:
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
    jl L243
    ret
# label_L
label_36:
# i_move_sd
    mov qword ptr [rbx], 779
# return
    dec r14
    jl L243
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_37:
# i_func_info_IaaI
# logger_formatter:to_string/3
    call L241
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x04, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x4E, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
to_string/3:
# i_breakpoint_trampoline
    short jmp L298
.db 0x00
    call L244
    align 8
L298:
# i_test_yield
    lea rdx, qword ptr [to_string/3+24]
    dec r14
    jle L242
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 50443
    je label_39
    cmp rsi, 218315
    je label_40
    jmp label_41
# label_L
label_39:
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+8]
    movups xmmword ptr [rbx], xmm0
# i_call_only_f
    jmp format_time/2
# label_L
label_40:
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+8]
    movups xmmword ptr [rbx], xmm0
# i_call_only_f
    jmp format_mfa/2
# label_L
label_41:
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+8]
    movups xmmword ptr [rbx], xmm0
# i_call_only_f
    jmp to_string/2
# func_line_I
# aligned_label_Lt
    align 8
label_42:
# i_func_info_IaaI
# logger_formatter:to_string/2
    call L241
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x04, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x4E, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
to_string/2:
# i_breakpoint_trampoline
    short jmp L299
.db 0x00
    call L244
    align 8
L299:
# i_test_yield
    lea rdx, qword ptr [to_string/2+24]
    dec r14
    jle L242
# is_atom_fs
    mov rax, qword ptr [rbx]
    and al, 63
    cmp al, 11
    jne label_44
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L300
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L300:
# call_light_bif_be
    align 4
L301:
L302:
    long mov rcx, 9223372036854775807
    mov rax, 94919179100592
    lea rdx, qword ptr [L301]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L243
    ret
# label_L
label_44:
# is_integer_fs
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L303
    test al, 1
    jne label_45
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_45
L303:
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L304
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L304:
# call_light_bif_be
    align 4
L305:
L306:
    long mov rcx, 9223372036854775807
    mov rax, 94919179120432
    lea rdx, qword ptr [L305]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L243
    ret
# label_L
label_45:
# is_pid_fs
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 3
    short je L307
    test al, 1
    jne label_46
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 48
    jne label_46
L307:
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L308
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L308:
# call_light_bif_be
    align 4
L309:
L310:
    long mov rcx, 9223372036854775807
    mov rax, 94919179108912
    lea rdx, qword ptr [L309]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L243
    ret
# label_L
label_46:
# is_reference_fs
    mov rax, qword ptr [rbx]
    test al, 1
    jne label_47
    mov eax, dword ptr [rax-2]
    and al, 63
    cmp al, 16
    short je L311
    cmp al, 56
    jne label_47
L311:
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L312
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L312:
# call_light_bif_be
    align 4
L313:
L314:
    long mov rcx, 9223372036854775807
    mov rax, 94919179108512
    lea rdx, qword ptr [L313]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L243
    ret
# label_L
label_47:
# is_list_fs
    mov rax, qword ptr [rbx]
    cmp rax, 59
    short je L315
    test al, 2
    jne label_49
L315:
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L316
    mov ecx, 2
.db 0x90
    call 140320710850576
L316:
    sub rsp, 16
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp], xmm0
# line_I
# i_call_ext_e
L317:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# i_call_f
.db 0x0F, 0x1F, 0x00
    call printable_list/1
# is_eq_exact_fss
    cmp qword ptr [rbx], 75
    jne label_48
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L243
    ret
# label_L
label_48:
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_trim_t
    add rsp, 8
# line_I
# i_call_f
    call p/1
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L318
    mov ecx, 1
    call 140320710850576
L318:
# put_cons_ss
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_call_ext_last_et
    add rsp, 8
L319:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# label_L
label_49:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L320
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L320:
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
    call p/1
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L321
    mov ecx, 1
    call 140320710850576
L321:
# put_cons_ss
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_call_ext_last_et
    add rsp, 8
L322:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# func_line_I
# aligned_label_Lt
    align 8
label_50:
# i_func_info_IaaI
# logger_formatter:printable_list/1
    call L241
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x04, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x4E, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
printable_list/1:
# i_breakpoint_trampoline
    short jmp L323
.db 0x00
    call L244
    align 8
L323:
# i_test_yield
    lea rdx, qword ptr [printable_list/1+24]
    dec r14
    jle L242
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_52
# i_move_sd
    mov qword ptr [rbx], 11
# return
    dec r14
    jl L243
    ret
# label_L
label_52:
# line_I
# i_call_ext_only_e
L324:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# func_line_I
# aligned_label_Lt
    align 8
label_53:
# i_func_info_IaaI
# logger_formatter:format_msg/3
    call L241
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x04, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xF0, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
format_msg/3:
# i_breakpoint_trampoline
    short jmp L325
.db 0x00
    call L244
    align 8
L325:
# i_test_yield
    lea rdx, qword ptr [format_msg/3+24]
    dec r14
    jle L242
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_71
    cmp dword ptr [rsi-2], 128
    jne label_71
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+6]
    movups xmmword ptr [rbx+24], xmm0
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+24]
    cmp rsi, 60811
    je label_55
    cmp rsi, 142667
    je label_56
    jmp label_71
# label_L
label_55:
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L326
    mov ecx, 5
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L326:
# put_cons_ss
    mov rdi, qword ptr [rbx+32]
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
L327:
    long mov rdi, 9223372036854775807
    mov qword ptr [r15+8], rdi
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp format_msg/3
# label_L
label_56:
# i_get_map_element_hash_fScIS
    mov rdi, qword ptr [rbx+16]
    mov esi, 237387
    mov edx, 3889914292
    call 140320710852224
    jne label_60
    mov qword ptr [rbx+24], rax
# is_function2_fss
    mov rdi, qword ptr [rbx+24]
    rex test dil, 1
    jne label_57
    mov eax, dword ptr [rdi-2]
    cmp eax, 212
    jne label_57
    cmp byte ptr [rdi+22], 1
    jne label_57
# jump_f
    jmp label_58
# label_L
label_57:
# is_function2_fss
    mov rdi, qword ptr [rbx+24]
    rex test dil, 1
    jne label_60
    mov eax, dword ptr [rdi-2]
    cmp eax, 212
    jne label_60
    cmp byte ptr [rdi+22], 2
    jne label_60
# label_L
label_58:
# is_map_fs
    mov rax, qword ptr [rbx+8]
    test al, 1
    jne label_59
    mov eax, dword ptr [rax-2]
    and al, 63
    cmp al, 60
    jne label_59
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L328
    mov ecx, 4
.db 0x90
    call 140320710850576
L328:
    sub rsp, 16
# init_yregs_I
    mov qword ptr [rsp], 59
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# update_map_assoc_sdtI
.section .rodata {#1}
L329:
    align 8
.db 0x4B, 0x9F, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x33, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx+32], rdi
    mov edx, 4
    mov ecx, 2
    lea r8, qword ptr [L329]
.db 0x90
    call 140320710854704
    mov qword ptr [rsp], rax
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx], 237387
# line_I
# call_light_bif_be
    align 4
L330:
L331:
    long mov rcx, 9223372036854775807
    mov rax, 94919180039056
    lea rdx, qword ptr [L330]
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
    jmp format_msg/3
# label_L
label_59:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L332
    mov ecx, 2
    call 140320710850576
L332:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 5131
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L333
    mov ecx, 1
.db 0x90
    call 140320710850576
L333:
# call_light_bif_be
    align 4
L334:
L335:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089728
    lea rdx, qword ptr [L334]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L243
    ret
# label_L
label_60:
# is_map_fs
    mov rax, qword ptr [rbx+8]
    test al, 1
    jne label_70
    mov eax, dword ptr [rax-2]
    and al, 63
    cmp al, 60
    jne label_70
# i_get_map_element_hash_fScIS
    mov rdi, qword ptr [rbx+8]
    mov esi, 237387
    mov edx, 3889914292
    call 140320710852224
    jne label_69
    mov qword ptr [rbx+24], rax
# is_function2_fss
    mov rdi, qword ptr [rbx+24]
    rex test dil, 1
    jne label_63
    mov eax, dword ptr [rdi-2]
    cmp eax, 212
    jne label_63
    cmp byte ptr [rdi+22], 1
    jne label_63
# allocate_tt
    lea rdx, qword ptr [r15+88]
    cmp rdx, rsp
    short jbe L336
    mov ecx, 5
.db 0x90
    call 140320710850576
L336:
    sub rsp, 56
# init_yregs_I
    mov eax, 59
    mov rdi, rsp
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rsp+24], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rsp+32], xmm0
# catch_yf
    inc qword ptr [r13+264]
L337:
    mov eax, 2147483647
    mov qword ptr [rsp+48], rax
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+24], 1
    vmovups xmmword ptr [rbx], xmm0
# line_I
# i_call_fun2_atS
    mov rcx, qword ptr [rbx+8]
    mov edx, 1
    lea r8, qword ptr [L338]
# skipped box test since source is always boxed
# skipped fun test since source is always a fun when boxed
# skipped arity test since source always has right arity
    mov rax, qword ptr [rcx+6]
    mov rdi, qword ptr [rax+r12*8]
L338:
    call rdi
.db 0x66, 0x90
    call rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+16], rdi
# try_end_y
    dec qword ptr [r13+264]
    mov qword ptr [rsp+48], 59
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_61
    cmp dword ptr [rsi-2], 128
    jne label_61
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+16]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx], rdi
# is_list_fs
    mov rax, qword ptr [rbx]
    cmp rax, 59
    short je L339
    test al, 2
    jne label_61
L339:
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+16]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# is_list_fs
    mov rax, qword ptr [rbx]
    cmp rax, 59
    short je L340
    test al, 2
    jne label_61
L340:
# i_move_sd
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rsp+48], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rsp+40], rdi
# i_trim_t
    add rsp, 40
# i_move_sd
    mov qword ptr [rbx], 237387
# line_I
# call_light_bif_be
    align 4
L341:
L342:
    long mov rcx, 9223372036854775807
    mov rax, 94919180039056
    lea rdx, qword ptr [L341]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
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
    jmp format_msg/3
# label_L
label_61:
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call p/1
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+48], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
L343:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L344:
L345:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927824
    lea rdx, qword ptr [L344]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+48]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov qword ptr [rsp+48], 59
# call_light_bif_be
    align 4
L346:
L347:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927824
    lea rdx, qword ptr [L346]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
L348:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# call_light_bif_be
    align 4
L349:
L350:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927824
    lea rdx, qword ptr [L349]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+88]
    cmp rdx, rsp
    short jbe L351
    mov ecx, 1
    call 140320710850576
L351:
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
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+32], 1
    vmovups xmmword ptr [rbx+8], xmm0
# i_call_last_ft
    add rsp, 56
    jmp format_msg/3
# label_L
label_62:
# try_case_y
    dec qword ptr [r13+264]
    mov rax, qword ptr [rbx+24]
    mov qword ptr [rbx], rax
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rsp], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call p/1
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+48], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
L352:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L353:
L354:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927824
    lea rdx, qword ptr [L353]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+48]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov qword ptr [rsp+48], 59
# call_light_bif_be
    align 4
L355:
L356:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927824
    lea rdx, qword ptr [L355]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
L357:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# call_light_bif_be
    align 4
L358:
L359:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927824
    lea rdx, qword ptr [L358]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+48], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
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
    mov qword ptr [rbx+8], rdi
# i_trim_t
    add rsp, 8
# i_move_sd
    mov qword ptr [rbx], 197643
# line_I
# i_call_ext_e
L360:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# test_heap_It
    lea rdx, qword ptr [r15+120]
    cmp rdx, rsp
    short jbe L361
    mov ecx, 1
    call 140320710850576
L361:
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
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [r15+8], rdi
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+24], 1
    vmovups xmmword ptr [rbx+8], xmm0
# i_call_last_ft
    add rsp, 48
    jmp format_msg/3
# label_L
label_63:
# is_function2_fss
    mov rdi, qword ptr [rbx+24]
    rex test dil, 1
    jne label_69
    mov eax, dword ptr [rdi-2]
    cmp eax, 212
    jne label_69
    cmp byte ptr [rdi+22], 2
    jne label_69
# allocate_tt
    lea rdx, qword ptr [r15+88]
    cmp rdx, rsp
    short jbe L362
    mov ecx, 5
    call 140320710850576
L362:
    sub rsp, 56
# init_yregs_I
    mov eax, 59
    mov rdi, rsp
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+24]
    movups xmmword ptr [rsp+16], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rsp+32], xmm0
# catch_yf
    inc qword ptr [r13+264]
L363:
    mov eax, 2147483647
    mov qword ptr [rsp+48], rax
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx+8], rdi
# i_move_sd
L364:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L365:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+16], rdi
# init_yregs_I
    mov qword ptr [rsp+16], 59
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx], rdi
# i_call_fun2_atS
    mov rcx, qword ptr [rbx+16]
    mov edx, 2
    lea r8, qword ptr [L366]
# skipped box test since source is always boxed
# skipped fun test since source is always a fun when boxed
# skipped arity test since source always has right arity
    mov rax, qword ptr [rcx+6]
    mov rdi, qword ptr [rax+r12*8]
L366:
    call rdi
.db 0x90
    call rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+16], rdi
# try_end_y
    dec qword ptr [r13+264]
    mov qword ptr [rsp+48], 59
# is_list_fs
    mov rax, qword ptr [rbx]
    cmp rax, 59
    short je L367
    test al, 2
    jne label_64
L367:
# jump_f
    jmp label_65
# label_L
label_64:
# is_binary_fs
    mov rdi, qword ptr [rbx]
    rex test dil, 1
    jne label_67
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 40
    short je L369
    and al, -5
    cmp al, 32
    jne label_67
    short jmp L368
L369:
    cmp byte ptr [rdi+22], 0
    jne label_67
L368:
# label_L
label_65:
# catch_yf
    inc qword ptr [r13+264]
L370:
    mov eax, 2147483647
    mov qword ptr [rsp+48], rax
# line_I
# i_call_f
    call chardata_to_list/1
# try_end_y
    dec qword ptr [r13+264]
    mov qword ptr [rsp+48], 59
# deallocate_t
    add rsp, 56
# return
    dec r14
    jl L243
    ret
# label_L
label_66:
# try_case_y
    dec qword ptr [r13+264]
    mov rax, qword ptr [rbx+24]
    mov qword ptr [rbx], rax
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call p/1
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+48], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
L371:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L372:
L373:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927824
    lea rdx, qword ptr [L372]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+48]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov qword ptr [rsp+48], 59
# call_light_bif_be
    align 4
L374:
L375:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927824
    lea rdx, qword ptr [L374]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
L376:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# call_light_bif_be
    align 4
L377:
L378:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927824
    lea rdx, qword ptr [L377]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+88]
    cmp rdx, rsp
    short jbe L379
    mov ecx, 1
    call 140320710850576
L379:
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
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+32], 1
    vmovups xmmword ptr [rbx+8], xmm0
# i_call_last_ft
    add rsp, 56
    jmp format_msg/3
# label_L
label_67:
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x90
    call p/1
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+48], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
L380:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L381:
L382:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927824
    lea rdx, qword ptr [L381]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+48]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov qword ptr [rsp+48], 59
# call_light_bif_be
    align 4
L383:
L384:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927824
    lea rdx, qword ptr [L383]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
L385:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# call_light_bif_be
    align 4
L386:
L387:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927824
    lea rdx, qword ptr [L386]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+88]
    cmp rdx, rsp
    short jbe L388
    mov ecx, 1
    call 140320710850576
L388:
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
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+32], 1
    vmovups xmmword ptr [rbx+8], xmm0
# i_call_last_ft
    add rsp, 56
    jmp format_msg/3
# label_L
label_68:
# try_case_y
    dec qword ptr [r13+264]
    mov rax, qword ptr [rbx+24]
    mov qword ptr [rbx], rax
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rsp], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call p/1
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+48], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
L389:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L390:
L391:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927824
    lea rdx, qword ptr [L390]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+48]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov qword ptr [rsp+48], 59
# call_light_bif_be
    align 4
L392:
L393:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927824
    lea rdx, qword ptr [L392]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
L394:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# call_light_bif_be
    align 4
L395:
L396:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927824
    lea rdx, qword ptr [L395]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+48], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
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
    mov qword ptr [rbx+8], rdi
# i_trim_t
    add rsp, 8
# i_move_sd
    mov qword ptr [rbx], 197643
# line_I
# i_call_ext_e
L397:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# test_heap_It
    lea rdx, qword ptr [r15+120]
    cmp rdx, rsp
    short jbe L398
    mov ecx, 1
    call 140320710850576
L398:
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
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [r15+8], rdi
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+24], 1
    vmovups xmmword ptr [rbx+8], xmm0
# i_call_last_ft
    add rsp, 48
    jmp format_msg/3
# label_L
label_69:
# update_map_assoc_sdtI
.section .rodata {#1}
L399:
    align 8
.db 0x4B, 0x9F, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
L400:
.db 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x7F
.section .text {#0}
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx+24], rdi
    mov edx, 3
    mov ecx, 2
    lea r8, qword ptr [L399]
.db 0x0F, 0x1F, 0x00
    call 140320710854704
    mov qword ptr [rbx+8], rax
# i_call_only_f
    jmp format_msg/3
# label_L
label_70:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L401
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L401:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 5131
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
    short jbe L402
    mov ecx, 1
.db 0x90
    call 140320710850576
L402:
# call_light_bif_be
    align 4
L403:
L404:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089728
    lea rdx, qword ptr [L403]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L243
    ret
# label_L
label_71:
# i_get_map_elements_fsI
.section .rodata {#1}
L407:
    align 8
.db 0x8B, 0x94, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x33, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x2B, 0xC9, 0xB2, 0x13, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x0B, 0x93, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x43, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0xD3, 0x34, 0x74, 0x21, 0x00, 0x00, 0x00, 0x00
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
    jne L405
    mov eax, dword ptr [rdi+6]
    mov rsi, qword ptr [rdi+14]
L408:
    dec eax
    jl label_53
    cmp qword ptr [rsi+rax*8+6], 234379
    short jne L408
    mov rdx, qword ptr [rdi+rax*8+22]
    mov qword ptr [rbx+40], rdx
L409:
    dec eax
    jl label_53
    cmp qword ptr [rsi+rax*8+6], 234251
    short jne L409
    mov rdx, qword ptr [rdi+rax*8+22]
    mov qword ptr [rbx+32], rdx
L410:
    dec eax
    jl label_53
    cmp qword ptr [rsi+rax*8+6], 234635
    short jne L410
    mov rdx, qword ptr [rdi+rax*8+22]
    mov qword ptr [rbx+24], rdx
    short jmp L406
L405:
    mov ecx, 3
    lea r8, qword ptr [L407]
    mov rdx, rsp
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rsi, rbx
    call 94919178210240
    mov rsp, rbp
    test rax, rax
    je label_53
L406:
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L411
    mov ecx, 6
.db 0x90
    call 140320710850576
L411:
    sub rsp, 24
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+32]
    movups xmmword ptr [rsp], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
    call chars_limit_to_opts/1
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
    jmp format_msg/4
# func_line_I
# aligned_label_Lt
    align 8
label_72:
# i_func_info_IaaI
# logger_formatter:chars_limit_to_opts/1
    call L241
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x04, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xF0, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
chars_limit_to_opts/1:
# i_breakpoint_trampoline
    short jmp L412
.db 0x00
    call L244
    align 8
L412:
# i_test_yield
    lea rdx, qword ptr [chars_limit_to_opts/1+24]
    dec r14
    jle L242
# is_eq_exact_fss
    cmp qword ptr [rbx], 234507
    jne label_74
# i_move_sd
    mov qword ptr [rbx], 59
# return
    dec r14
    jl L243
    ret
# label_L
label_74:
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L413
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L413:
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
    jl L243
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_75:
# i_func_info_IaaI
# logger_formatter:format_msg/4
    call L241
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x04, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xF0, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
format_msg/4:
# i_breakpoint_trampoline
    short jmp L414
.db 0x00
    call L244
    align 8
L414:
# i_test_yield
    lea rdx, qword ptr [format_msg/4+24]
    dec r14
    jle L242
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    short jne label_75
    cmp dword ptr [rsi-2], 128
    short jne label_75
# allocate_tt
    lea rdx, qword ptr [r15+104]
    cmp rdx, rsp
    short jbe L415
    mov ecx, 4
.db 0x66, 0x90
    call 140320710850576
L415:
    sub rsp, 72
# init_yregs_I
    mov eax, 59
    mov rdi, rsp
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+16], 1
    vmovups xmmword ptr [rsp+40], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp+56], rdi
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# get_two_tuple_elements_sPSS
    vpermilpd xmm0, xmmword ptr [rsi+6], 1
    vmovups xmmword ptr [rsp+24], xmm0
# catch_yf
    inc qword ptr [r13+264]
L416:
    mov eax, 2147483647
    mov qword ptr [rsp+64], rax
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+24], 1
    vmovups xmmword ptr [rbx], xmm0
# line_I
# i_call_ext_e
L417:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x90
    call qword ptr [rax+r12*8]
# i_move_sd
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+56]
    mov qword ptr [rbx+8], rdi
# line_I
# i_call_f
.db 0x90
    call reformat/3
# i_move_sd
    mov rdi, qword ptr [rsp+48]
    mov qword ptr [rbx+8], rdi
# line_I
# i_call_ext_e
L418:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x90
    call qword ptr [rax+r12*8]
# try_end_y
    dec qword ptr [r13+264]
    mov qword ptr [rsp+64], 59
# deallocate_t
    add rsp, 72
# return
    dec r14
    jl L243
    ret
# label_L
label_77:
# try_case_y
    dec qword ptr [r13+264]
    mov rax, qword ptr [rbx+24]
    mov qword ptr [rbx], rax
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rsp], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call p/1
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L419
    mov ecx, 1
    call 140320710850576
L419:
# put_cons_ss
    mov qword ptr [r15], 527
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov qword ptr [r15+16], 735
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# append_cons_Is
    mov qword ptr [r15+32], 527
    mov qword ptr [r15+40], rsi
    lea rsi, qword ptr [r15+33]
# store_cons_Id
    add r15, 48
    mov qword ptr [rbx+8], rsi
# line_I
# call_light_bif_be
    align 4
L420:
L421:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927824
    lea rdx, qword ptr [L420]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
L422:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# call_light_bif_be
    align 4
L423:
L424:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927824
    lea rdx, qword ptr [L423]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# is_eq_exact_fss
    mov rsi, qword ptr [rbx]
    mov rdi, qword ptr [rsp+32]
    cmp rdi, rsi
    short je L425
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
L425:
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp], 1
    vmovups xmmword ptr [rbx+8], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
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
    short jne L426
    xor ecx, ecx
    call 140320710854352
L426:
    mov qword ptr [rbx], 4747
# deallocate_t
    add rsp, 72
# return
    dec r14
    jl L243
    ret
# label_L
label_78:
# test_heap_It
    lea rdx, qword ptr [r15+88]
    cmp rdx, rsp
    short jbe L427
    mov ecx, 1
.db 0x90
    call 140320710850576
L427:
# put_cons_ss
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov rdi, qword ptr [rsp+32]
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
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+40], 1
    vmovups xmmword ptr [rbx+16], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+56]
    mov qword ptr [rbx+8], rdi
# i_call_last_ft
    add rsp, 72
    jmp format_msg/4
# func_line_I
# aligned_label_Lt
    align 8
label_79:
# i_func_info_IaaI
# logger_formatter:reformat/3
    call L241
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x04, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xF1, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
reformat/3:
# i_breakpoint_trampoline
    short jmp L428
.db 0x00
    call L244
    align 8
L428:
# i_test_yield
    lea rdx, qword ptr [reformat/3+24]
    dec r14
    jle L242
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 234507
    jne label_81
# is_ne_exact_fss
    cmp qword ptr [rbx+16], 11
    je label_88
# label_L
label_81:
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_87
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+24], rsi
    mov qword ptr [rbx], rdx
# is_map_fs
    mov rax, qword ptr [rbx+24]
    test al, 1
    jne label_86
    mov eax, dword ptr [rax-2]
    and al, 63
    cmp al, 60
    jne label_86
# i_get_map_element_hash_fScIS
    mov rdi, qword ptr [rbx+24]
    mov esi, 520587
    mov edx, 2296413352
    call 140320710852224
    jne label_86
    mov qword ptr [rbx+32], rax
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 75
    jne label_84
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+32]
    cmp rsi, 1295
    je label_83
    cmp rsi, 1807
    je label_82
    cmp rsi, 1919
    je label_85
    jmp label_86
# label_L
label_82:
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L429
    mov ecx, 4
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L429:
    sub rsp, 16
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx]
    movups xmmword ptr [rsp], xmm0
# update_map_assoc_sdtI
.section .rodata {#1}
L430:
    align 8
.db 0xCB, 0xF1, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x0F, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx+32], rdi
    mov edx, 4
    mov ecx, 2
    lea r8, qword ptr [L430]
.db 0x66, 0x90
    call 140320710854704
    mov qword ptr [rbx], rax
# line_I
# i_call_f
    call limit_depth/2
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp], 1
    vmovups xmmword ptr [rbx+8], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov qword ptr [rbx+16], 75
# i_trim_t
    add rsp, 8
# i_call_f
    call reformat/3
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L431
    mov ecx, 1
    call 140320710850576
L431:
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
    jl L243
    ret
# label_L
label_83:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L432
    mov ecx, 4
.db 0x90
    call 140320710850576
L432:
    sub rsp, 8
# init_yregs_I
    mov qword ptr [rsp], 59
# update_map_assoc_sdtI
.section .rodata {#1}
L433:
    align 8
.db 0xCB, 0xF1, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x0F, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx+32], rdi
    mov edx, 4
    mov ecx, 2
    lea r8, qword ptr [L433]
.db 0x90
    call 140320710854704
    mov qword ptr [rsp], rax
# i_move_sd
    mov qword ptr [rbx+16], 75
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call reformat/3
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L434
    mov ecx, 1
    call 140320710850576
L434:
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
    jl L243
    ret
# label_L
label_84:
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+32]
    cmp rsi, 1807
    je label_85
    cmp rsi, 1919
    je label_85
    jmp label_86
# label_L
label_85:
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L435
    mov ecx, 4
.db 0x66, 0x90
    call 140320710850576
L435:
    sub rsp, 24
# i_move_sd
    mov rdi, qword ptr [rbx]
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
    call limit_depth/2
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+8], rdi
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
.db 0x66, 0x90
    call reformat/3
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L436
    mov ecx, 1
    call 140320710850576
L436:
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
    jl L243
    ret
# label_L
label_86:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L437
    mov ecx, 4
.db 0x90
    call 140320710850576
L437:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rsp], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call reformat/3
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L438
    mov ecx, 1
    call 140320710850576
L438:
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
    jl L243
    ret
# label_L
label_87:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_79
# label_L
label_88:
# return
    dec r14
    jl L243
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_89:
# i_func_info_IaaI
# logger_formatter:limit_depth/2
    call L241
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x04, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xF2, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
limit_depth/2:
# i_breakpoint_trampoline
    short jmp L439
.db 0x00
    call L244
    align 8
L439:
# i_test_yield
    lea rdx, qword ptr [limit_depth/2+24]
    dec r14
    jle L242
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 234507
    jne label_91
# return
    dec r14
    jl L243
    ret
# label_L
label_91:
# i_get_map_elements_fsI
.section .rodata {#1}
L442:
    align 8
.db 0x8B, 0x0D, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x23, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x42, 0xC3, 0xE8, 0xF8, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x8B, 0xF1, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x33, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0xA8, 0x7C, 0xE0, 0x88, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
    mov rdi, qword ptr [rbx]
# simplified multi-element lookup
    mov eax, dword ptr [rdi-2]
    and al, 252
    cmp al, 60
    jne L440
    mov eax, dword ptr [rdi+6]
    mov rsi, qword ptr [rdi+14]
L443:
    dec eax
    short jl label_89
    cmp qword ptr [rsi+rax*8+6], 520587
    short jne L443
    mov rdx, qword ptr [rdi+rax*8+22]
    mov qword ptr [rbx+24], rdx
L444:
    dec eax
    jl label_89
    cmp qword ptr [rsi+rax*8+6], 3467
    short jne L444
    mov rdx, qword ptr [rdi+rax*8+22]
    mov qword ptr [rbx+16], rdx
    short jmp L441
L440:
    mov ecx, 2
    lea r8, qword ptr [L442]
    mov rdx, rsp
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rsi, rbx
    call 94919178210240
    mov rsp, rbp
    test rax, rax
    je label_89
L441:
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rbx+24]
    mov rdx, -512
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L445
    mov rax, rsi
    add rax, rdx
    short jno L446
L445:
    call 140320710853080
L446:
    mov qword ptr [rbx+24], rax
# allocate_heap_tIt
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L447
    mov ecx, 4
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L447:
    sub rsp, 16
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# put_cons_ss
    mov rdi, qword ptr [rbx+8]
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
# call_light_bif_be
    align 4
L448:
L449:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927824
    lea rdx, qword ptr [L448]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# update_map_exact_sjdtI
.section .rodata {#1}
L450:
    align 8
.db 0x8B, 0x0D, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x8B, 0xF1, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x17, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+8], rdi
    mov edx, 1
    mov ecx, 4
    lea r8, qword ptr [L450]
    call 140320710854816
    mov qword ptr [rbx], rax
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L243
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_92:
# i_func_info_IaaI
# logger_formatter:chardata_to_list/1
    call L241
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x04, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xF2, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
chardata_to_list/1:
# i_breakpoint_trampoline
    short jmp L451
.db 0x00
    call L244
    align 8
L451:
# i_test_yield
    lea rdx, qword ptr [chardata_to_list/1+24]
    dec r14
    jle L242
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L452
    mov ecx, 1
    call 140320710850576
L452:
# i_move_sd
    mov qword ptr [rbx+8], 43979
# line_I
# call_light_bif_be
    align 4
L453:
L454:
    long mov rcx, 9223372036854775807
    mov rax, 94919179892224
    lea rdx, qword ptr [L453]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# is_list_fs
    mov rax, qword ptr [rbx]
    cmp rax, 59
    short je L455
    test al, 2
    jne label_94
L455:
# deallocate_t
# return
    dec r14
    jl L243
    ret
# label_L
label_94:
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx+16], 59
# i_move_sd
    mov qword ptr [rbx], 715
# line_I
# call_light_bif_be
    align 4
L456:
L457:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090512
    lea rdx, qword ptr [L456]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L243
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_95:
# i_func_info_IaaI
# logger_formatter:truncate/4
    call L241
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x04, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xBD, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
truncate/4:
# i_breakpoint_trampoline
    short jmp L458
.db 0x00
    call L244
    align 8
L458:
# i_test_yield
    lea rdx, qword ptr [truncate/4+24]
    dec r14
    jle L242
# is_eq_exact_fss
    cmp qword ptr [rbx+24], 234507
    jne label_97
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L459
    mov ecx, 3
.db 0x66, 0x90
    call 140320710850576
L459:
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
# return
    dec r14
    jl L243
    ret
# label_L
label_97:
# allocate_heap_tIt
    lea rdx, qword ptr [r15+120]
    cmp rdx, rsp
    short jbe L460
    mov ecx, 4
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L460:
    sub rsp, 40
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+16], 1
    vmovups xmmword ptr [rsp+8], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp+24], xmm0
# put_cons_ss
    mov rdi, qword ptr [rbx+16]
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
# append_cons_Is
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], rsi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rsp], rsi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L461:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# is_lt_fss
    mov rsi, qword ptr [rbx]
    mov rdi, qword ptr [rsp+8]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L462
    cmp rdi, rsi
    short jmp L463
L462:
    call 140320710848608
L463:
    jge label_103
# is_nil_fS
    cmp qword ptr [rsp+16], 59
    jne label_100
# is_nil_fS
    cmp qword ptr [rsp+24], 59
    jne label_98
# init_yregs_I
    mov eax, 59
    mov qword ptr [rsp], rax
    lea rdi, qword ptr [rsp+16]
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x66, 0x90
    call get_last/1
# swap_dd
    mov rdi, qword ptr [rsp+32]
    mov rsi, qword ptr [rbx]
    mov qword ptr [rbx], rdi
    mov qword ptr [rsp+32], rsi
# i_call_ext_e
L464:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx+8], rdi
# jump_f
    jmp label_99
# label_L
label_98:
# init_yregs_I
    mov eax, 59
    mov qword ptr [rsp], rax
    mov qword ptr [rsp+16], rax
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call get_last/1
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L465
    mov ecx, 1
    call 140320710850576
L465:
# put_cons_ss
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# store_cons_Id
    add r15, 32
    mov qword ptr [rbx+8], rsi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+32], rdi
# init_yregs_I
    mov qword ptr [rsp+24], 59
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# i_call_ext_e
L466:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x90
    call qword ptr [rax+r12*8]
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx+8], rdi
# label_L
label_99:
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rbx], xmm0
# jump_f
    jmp label_101
# label_L
label_100:
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
# i_call_f
.db 0x0F, 0x1F, 0x00
    call get_last/1
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+32], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov qword ptr [rsp], 59
# i_call_ext_e
L467:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx], rdi
# label_L
label_101:
# is_eq_exact_fss
    cmp qword ptr [rbx], 175
    jne label_102
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rsp+8]
    mov rdx, -64
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L468
    mov rax, rsi
    add rax, rdx
    short jno L469
L468:
    call 140320710853080
L469:
    mov qword ptr [rbx+16], rax
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov qword ptr [rbx+8], 31
# i_trim_t
    add rsp, 40
# i_call_ext_e
L470:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x90
    call qword ptr [rax+r12*8]
# i_move_sd
L471:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+8], rdi
# call_light_bif_be
    align 4
L472:
L473:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927824
    lea rdx, qword ptr [L472]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L243
    ret
# label_L
label_102:
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rsp+8]
    mov rdx, -48
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L474
    mov rax, rsi
    add rax, rdx
    short jno L475
L474:
    call 140320710853080
L475:
    mov qword ptr [rbx+16], rax
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov qword ptr [rbx+8], 31
# i_trim_t
    add rsp, 40
# i_call_ext_e
L476:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# i_move_sd
L477:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+8], rdi
# call_light_bif_be
    align 4
L478:
L479:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927824
    lea rdx, qword ptr [L478]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L243
    ret
# label_L
label_103:
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 40
# return
    dec r14
    jl L243
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_104:
# i_func_info_IaaI
# logger_formatter:get_last/1
    call L241
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x04, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xF2, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
get_last/1:
# i_breakpoint_trampoline
    short jmp L480
.db 0x00
    call L244
    align 8
L480:
# i_test_yield
    lea rdx, qword ptr [get_last/1+24]
    dec r14
    jle L242
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L481
    mov ecx, 1
    call 140320710850576
L481:
# line_I
# i_call_ext_e
L482:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# i_call_last_ft
    jmp get_first/1
# func_line_I
# aligned_label_Lt
    align 8
label_106:
# i_func_info_IaaI
# logger_formatter:get_first/1
    call L241
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x04, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xF2, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
get_first/1:
# i_breakpoint_trampoline
    short jmp L483
.db 0x00
    call L244
    align 8
L483:
# i_test_yield
    lea rdx, qword ptr [get_first/1+24]
    dec r14
    jle L242
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_110
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+8], xmm0
# is_integer_fs
    mov rdi, qword ptr [rbx+8]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L484
    test al, 1
    jne label_108
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_108
L484:
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L243
    ret
# label_L
label_108:
# is_list_fs
    mov rax, qword ptr [rbx+8]
    cmp rax, 59
    short je L485
    test al, 2
    jne label_106
L485:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L486
    mov ecx, 3
.db 0x90
    call 140320710850576
L486:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
    call get_last/1
# is_eq_exact_fss
    cmp qword ptr [rbx], 779
    jne label_109
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 8
    jmp get_first/1
# label_L
label_109:
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L243
    ret
# label_L
label_110:
# i_move_sd
    mov qword ptr [rbx], 779
# return
    dec r14
    jl L243
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_111:
# i_func_info_IaaI
# logger_formatter:format_time/2
    call L241
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x04, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xF3, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
format_time/2:
# i_breakpoint_trampoline
    short jmp L487
.db 0x00
    call L244
    align 8
L487:
# i_test_yield
    lea rdx, qword ptr [format_time/2+24]
    dec r14
    jle L242
# i_get_map_elements_fsI
.section .rodata {#1}
L490:
    align 8
.db 0x4B, 0xF3, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x23, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x9F, 0xAE, 0x58, 0x6D, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x4B, 0xA5, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x33, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x59, 0x32, 0x05, 0xD0, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
    mov rdi, qword ptr [rbx+8]
# simplified multi-element lookup
    mov eax, dword ptr [rdi-2]
    and al, 252
    cmp al, 60
    jne L488
    mov eax, dword ptr [rdi+6]
    mov rsi, qword ptr [rdi+14]
L491:
    dec eax
    short jl label_111
    cmp qword ptr [rsi+rax*8+6], 42315
    short jne L491
    mov rdx, qword ptr [rdi+rax*8+22]
    mov qword ptr [rbx+24], rdx
L492:
    dec eax
    short jl label_111
    cmp qword ptr [rsi+rax*8+6], 521035
    short jne L492
    mov rdx, qword ptr [rdi+rax*8+22]
    mov qword ptr [rbx+16], rdx
    short jmp L489
L488:
    mov ecx, 2
    lea r8, qword ptr [L490]
    mov rdx, rsp
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rsi, rbx
    call 94919178210240
    mov rsp, rbp
    test rax, rax
    je label_111
L489:
# is_integer_fs
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L493
    test al, 1
    jne label_111
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_111
L493:
# test_heap_It
    lea rdx, qword ptr [r15+128]
    cmp rdx, rsp
    short jbe L494
    mov ecx, 4
    call 140320710850576
L494:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 521035
    mov rdi, qword ptr [rbx+16]
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
    mov qword ptr [r15+8], 30539
    mov rdi, qword ptr [rbx+24]
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
# append_cons_Is
L495:
    long mov rdi, 9223372036854775807
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# store_cons_Id
    add r15, 32
    mov qword ptr [rbx+8], rsi
# line_I
# i_call_ext_only_e
L496:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# func_line_I
# aligned_label_Lt
    align 8
label_113:
# i_func_info_IaaI
# logger_formatter:timestamp_to_datetimemicro/2
    call L241
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x04, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xF3, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
timestamp_to_datetimemicro/2:
# i_breakpoint_trampoline
    short jmp L497
.db 0x00
    call L244
    align 8
L497:
# i_test_yield
    lea rdx, qword ptr [timestamp_to_datetimemicro/2+24]
    dec r14
    jle L242
# is_integer_fs
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L498
    test al, 1
    short jne label_113
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    short jne label_113
L498:
# line_I
# i_rem_div_ssjdd
    mov r9, 1000000
    mov rax, qword ptr [rbx]
# simplified test for small dividend since it is an integer
    mov esi, eax
    test esi, 1
    short je L499
# divide with inlined code
    sar rax, 4
    cqo
    idiv r9
    sal rax, 4
    sal rdx, 4
    or rax, 15
    or rdx, 15
    short jmp L500
L499:
    mov ecx, 16000015
    mov rdi, qword ptr [rbx]
    mov r8, 94919180917776
    call 140320710853120
L500:
    mov qword ptr [rbx+16], rdx
    mov qword ptr [rbx], rax
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L501
    mov ecx, 3
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L501:
    sub rsp, 16
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rsp], xmm0
# line_I
# call_light_bif_be
    align 4
L502:
L503:
    long mov rcx, 9223372036854775807
    mov rax, 94919179106320
    lea rdx, qword ptr [L502]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# line_I
# i_bif2_ssjbd
    lea rsi, qword ptr [rbx-104]
    mov qword ptr [rsi], 42315
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rsi+8], rdi
    mov rcx, 94919180022976
    call 140320710851304
    mov qword ptr [rbx+8], rax
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# i_call_f
    call offset_to_utc/1
# is_eq_exact_fss
    cmp qword ptr [rbx], 75
    jne label_115
# i_move_sd
L504:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# jump_f
    jmp label_116
# label_L
label_115:
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov qword ptr [rsp+8], 59
# line_I
# call_light_bif_be
    align 4
L505:
L506:
    long mov rcx, 9223372036854775807
    mov rax, 94919179105632
    lea rdx, qword ptr [L505]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov qword ptr [rbx+8], 59
# label_L
label_116:
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_117
    cmp dword ptr [rsi-2], 128
    jne label_117
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L507
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L507:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+16], rdi
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 256
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15+8], rdi
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+24], rdi
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+32], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 40
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L243
    ret
# label_L
label_117:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L508
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L508:
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
label_118:
# i_func_info_IaaI
# logger_formatter:format_mfa/2
    call L241
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x04, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x17, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
format_mfa/2:
# i_breakpoint_trampoline
    short jmp L509
.db 0x00
    call L244
    align 8
L509:
# i_test_yield
    lea rdx, qword ptr [format_mfa/2+24]
    dec r14
    jle L242
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_121
    cmp dword ptr [rsi-2], 192
    jne label_121
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+16], rdi
# is_atom_fs
    mov rax, qword ptr [rbx+16]
    and al, 63
    cmp al, 11
    jne label_121
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+24], rdi
# is_atom_fs
    mov rax, qword ptr [rbx+24]
    and al, 63
    cmp al, 11
    jne label_121
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
    short je L510
    test al, 1
    jne label_120
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_120
L510:
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L511
    mov ecx, 5
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L511:
# put_cons_ss
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# store_cons_Id
    add r15, 32
    mov qword ptr [rbx], rsi
# append_cons_Is
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], rsi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_move_sd
L512:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# i_call_ext_only_e
L513:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# label_L
label_120:
# is_list_fs
    mov rax, qword ptr [rbx+32]
    cmp rax, 59
    short je L514
    test al, 2
    jne label_121
L514:
# line_I
# i_length_setup_jts
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx+40], rdi
    mov qword ptr [rbx+48], 15
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx+56], rdi
# i_length_jtd
    align 4
L515:
    mov esi, 5
    lea rdx, qword ptr [L515]
    call 140320710852592
    mov qword ptr [rbx], rax
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L516
    mov ecx, 4
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L516:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
# (moving two elements at once)
    movups xmm0, xmmword ptr [rbx+16]
    movups xmmword ptr [r15+8], xmm0
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+24], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp format_mfa/2
# label_L
label_121:
# i_call_only_f
    jmp to_string/2
# func_line_I
# aligned_label_Lt
    align 8
label_122:
# i_func_info_IaaI
# logger_formatter:maybe_add_legacy_header/3
    call L241
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x04, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xF4, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
maybe_add_legacy_header/3:
# i_breakpoint_trampoline
    short jmp L517
.db 0x00
    call L244
    align 8
L517:
# i_test_yield
    lea rdx, qword ptr [maybe_add_legacy_header/3+24]
    dec r14
    jle L242
# is_map_fs
    mov rax, qword ptr [rbx+8]
    test al, 1
    jne label_124
    mov eax, dword ptr [rax-2]
    and al, 63
    cmp al, 60
    jne label_124
# i_get_map_element_hash_fScIS
    mov rdi, qword ptr [rbx+8]
    mov esi, 50443
    mov edx, 304257588
    call 140320710852224
    jne label_124
    mov qword ptr [rbx+24], rax
# i_get_map_element_hash_fScIS
    mov rdi, qword ptr [rbx+16]
    mov esi, 240523
    mov edx, 4273006093
    call 140320710852224
    jne label_124
    mov qword ptr [rbx+32], rax
# is_eq_exact_fss
    cmp qword ptr [rbx+32], 75
    jne label_124
# allocate_tt
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L518
    mov ecx, 4
    call 140320710850576
L518:
    sub rsp, 48
# init_yregs_I
    mov eax, 59
    mov rdi, rsp
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+16], 1
    vmovups xmmword ptr [rsp+24], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp+40], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call add_legacy_title/3
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+16], rdi
# i_get_map_element_hash_fScIS
    mov rdi, qword ptr [rbx]
    mov esi, 237515
    mov edx, 3412262016
    call 140320710852224
    jne label_126
    mov qword ptr [rsp+8], rax
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rsp+24]
    movups xmmword ptr [rbx], xmm0
# init_yregs_I
    mov eax, 59
    lea rdi, qword ptr [rsp+24]
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call timestamp_to_datetimemicro/2
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rsp+32], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+24], rdi
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rsp+32]
    rex test sil, 1
    jne label_125
    cmp dword ptr [rsi-2], 192
    jne label_125
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+24]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rsp], rdi
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rsp]
    rex test sil, 1
    jne label_125
    cmp dword ptr [rsi-2], 192
    jne label_125
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+32]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call month/1
# test_heap_It
    lea rdx, qword ptr [r15+176]
    cmp rdx, rsp
    short jbe L519
    mov ecx, 1
.db 0x90
    call 140320710850576
L519:
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp]
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+6]
    movups xmmword ptr [rbx+8], xmm0
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx+24], rdi
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+32]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+32], rdi
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx+40], rdi
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+24]
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+22]
    movups xmmword ptr [rbx+48], xmm0
# put_cons_ss
    mov rdi, qword ptr [rbx+56]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+56], rsi
# append_cons_Is
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], rsi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+48], rsi
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
# append_cons_Is
    mov rdi, qword ptr [rbx+32]
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
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# store_cons_Id
    add r15, 32
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
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rsp+32], rdi
# i_trim_t
    add rsp, 32
# i_move_sd
L520:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L521:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x90
    call qword ptr [rax+r12*8]
# update_map_assoc_sdtI
.section .rodata {#1}
L522:
    align 8
.db 0xCB, 0x96, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
    mov edx, 1
    mov ecx, 2
    lea r8, qword ptr [L522]
.db 0x90
    call 140320710854704
    mov qword ptr [rbx], rax
# update_map_assoc_sdtI
.section .rodata {#1}
L523:
    align 8
.db 0x0B, 0x04, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+8], rdi
    mov edx, 1
    mov ecx, 2
    lea r8, qword ptr [L523]
.db 0x90
    call 140320710854704
    mov qword ptr [rbx], rax
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L243
    ret
# label_L
label_124:
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L243
    ret
# label_L
label_125:
# line_I
# badmatch_s
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 5200
    xor ecx, ecx
    call 140320710854352
# label_L
label_126:
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
label_127:
# i_func_info_IaaI
# logger_formatter:add_legacy_title/3
    call L241
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x04, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xF4, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
add_legacy_title/3:
# i_breakpoint_trampoline
    short jmp L524
.db 0x00
    call L244
    align 8
L524:
# i_test_yield
    lea rdx, qword ptr [add_legacy_title/3+24]
    dec r14
    jle L242
# i_get_map_element_hash_fScIS
    mov rdi, qword ptr [rbx+8]
    mov esi, 197643
    mov edx, 1878678576
    call 140320710852224
    jne label_129
    mov qword ptr [rbx+24], rax
# is_map_fs
    mov rax, qword ptr [rbx+24]
    test al, 1
    jne label_129
    mov eax, dword ptr [rax-2]
    and al, 63
    cmp al, 60
    jne label_129
# i_get_map_element_hash_fScIS
    mov rdi, qword ptr [rbx+24]
    mov esi, 237515
    mov edx, 3412262016
    call 140320710852224
    jne label_129
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L243
    ret
# label_L
label_129:
# allocate_tt
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L525
    mov ecx, 3
.db 0x66, 0x90
    call 140320710850576
L525:
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
L526:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx], 197643
# line_I
# i_call_ext_e
L527:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# is_map_fs
    mov rax, qword ptr [rbx]
    test al, 1
    jne label_130
    mov eax, dword ptr [rax-2]
    and al, 63
    cmp al, 60
    jne label_130
# i_get_map_element_hash_fScIS
    mov rdi, qword ptr [rbx]
    mov esi, 237515
    mov edx, 3412262016
    call 140320710852224
    jne label_130
# deallocate_t
    add rsp, 32
# return
    dec r14
    jl L243
    ret
# label_L
label_130:
# is_eq_exact_fss
    cmp qword ptr [rsp+24], 203851
    jne label_131
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+8], rdi
# init_yregs_I
    mov qword ptr [rsp+16], 59
# i_move_sd
    mov qword ptr [rbx], 14923
# line_I
# call_light_bif_be
    align 4
L528:
L529:
    long mov rcx, 9223372036854775807
    mov rax, 94919180022480
    lea rdx, qword ptr [L528]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_is_tuple_fs
    mov rsi, qword ptr [rbx]
# simplified tuple test since the source is always a tuple when boxed
    rex test sil, 1
    jne label_131
# line_I
# i_bif2_ssjbd
    lea rsi, qword ptr [rbx-104]
    mov qword ptr [rsi], 521355
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rsi+8], rdi
    mov rcx, 94919180022976
    call 140320710851304
    mov qword ptr [rbx], rax
# jump_f
    jmp label_132
# label_L
label_131:
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx], rdi
# label_L
label_132:
# init_yregs_I
    mov eax, 59
    mov qword ptr [rsp+8], rax
    mov qword ptr [rsp+24], rax
# line_I
# call_light_bif_be
    align 4
L530:
L531:
    long mov rcx, 9223372036854775807
    mov rax, 94919179100592
    lea rdx, qword ptr [L530]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_call_ext_e
L532:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# i_move_sd
L533:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+8], rdi
# call_light_bif_be
    align 4
L534:
L535:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927824
    lea rdx, qword ptr [L534]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# is_map_fs
    mov rax, qword ptr [rsp]
    test al, 1
    jne label_133
    mov eax, dword ptr [rax-2]
    and al, 63
    cmp al, 60
    jne label_133
# update_map_assoc_sdtI
.section .rodata {#1}
L536:
    align 8
.db 0xCB, 0x9F, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
    mov edx, 1
    mov ecx, 2
    lea r8, qword ptr [L536]
    call 140320710854704
    mov qword ptr [rbx], rax
# deallocate_t
    add rsp, 32
# return
    dec r14
    jl L243
    ret
# label_L
label_133:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L537
    xor ecx, ecx
.db 0x66, 0x90
    call 140320710850576
L537:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 5131
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L538:
L539:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089728
    lea rdx, qword ptr [L538]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 32
# return
    dec r14
    jl L243
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_134:
# i_func_info_IaaI
# logger_formatter:month/1
    call L241
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x04, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xF4, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
month/1:
# i_breakpoint_trampoline
    short jmp L540
.db 0x00
    call L244
    align 8
L540:
# i_test_yield
    lea rdx, qword ptr [month/1+24]
    dec r14
    jle L242
# i_jump_on_val_sfWI
.section .rodata {#1}
L541:
    align 8
.dq label_147
    align 8
.dq label_146
    align 8
.dq label_145
    align 8
.dq label_144
    align 8
.dq label_143
    align 8
.dq label_142
    align 8
.dq label_141
    align 8
.dq label_140
    align 8
.dq label_139
    align 8
.dq label_138
    align 8
.dq label_137
    align 8
.dq label_136
.section .text {#0}
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 15
    short jne label_134
    sar rdi, 4
    sub rdi, 1
    cmp rdi, 12
    short jae label_134
    lea rax, qword ptr [L541]
    jmp qword ptr [rax+rdi*8]
# label_L
label_136:
# i_move_sd
L542:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L243
    ret
# label_L
label_137:
# i_move_sd
L543:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L243
    ret
# label_L
label_138:
# i_move_sd
L544:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L243
    ret
# label_L
label_139:
# i_move_sd
L545:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L243
    ret
# label_L
label_140:
# i_move_sd
L546:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L243
    ret
# label_L
label_141:
# i_move_sd
L547:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L243
    ret
# label_L
label_142:
# i_move_sd
L548:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L243
    ret
# label_L
label_143:
# i_move_sd
L549:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L243
    ret
# label_L
label_144:
# i_move_sd
L550:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L243
    ret
# label_L
label_145:
# i_move_sd
L551:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L243
    ret
# label_L
label_146:
# i_move_sd
L552:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L243
    ret
# label_L
label_147:
# i_move_sd
L553:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L243
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_148:
# i_func_info_IaaI
# logger_formatter:add_default_config/1
    call L241
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x04, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xF5, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
add_default_config/1:
# i_breakpoint_trampoline
    short jmp L554
.db 0x00
    call L244
    align 8
L554:
# i_test_yield
    lea rdx, qword ptr [add_default_config/1+24]
    dec r14
    jle L242
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L555
    mov ecx, 1
    call 140320710850576
L555:
    sub rsp, 24
# init_yregs_I
    mov eax, 59
    mov rdi, rsp
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx+16], 907
# i_move_sd
    mov qword ptr [rbx], 431371
# line_I
# i_call_ext_e
L556:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# i_call_f
.db 0x0F, 0x1F, 0x00
    call get_max_size/1
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx+16], 907
# i_move_sd
    mov qword ptr [rbx], 234251
# line_I
# i_call_ext_e
L557:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# i_call_f
.db 0x0F, 0x1F, 0x00
    call get_depth/1
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx+16], 907
# i_move_sd
    mov qword ptr [rbx], 42315
# line_I
# i_call_ext_e
L558:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# i_call_f
.db 0x0F, 0x1F, 0x00
    call get_offset/1
# update_map_assoc_sdtI
.section .rodata {#1}
L559:
    align 8
.db 0x0B, 0x93, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x17, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x0B, 0x95, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x27, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x4B, 0xA5, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+8], rdi
    mov edx, 1
    mov ecx, 6
    lea r8, qword ptr [L559]
    call 140320710854704
    mov qword ptr [rbx+8], rax
# i_trim_t
    add rsp, 24
# i_move_sd
L560:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L561:
L562:
    long mov rcx, 9223372036854775807
    mov rax, 94919180014144
    lea rdx, qword ptr [L561]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_call_last_ft
    jmp add_default_template/1
# func_line_I
# aligned_label_Lt
    align 8
label_150:
# i_func_info_IaaI
# logger_formatter:add_default_template/1
    call L241
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x04, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xF5, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
add_default_template/1:
# i_breakpoint_trampoline
    short jmp L563
.db 0x00
    call L244
    align 8
L563:
# i_test_yield
    lea rdx, qword ptr [add_default_template/1+24]
    dec r14
    jle L242
# i_get_map_element_hash_fScIS
    mov rdi, qword ptr [rbx]
    mov esi, 520203
    mov edx, 1190934412
    call 140320710852224
    jne label_152
# return
    dec r14
    jl L243
    ret
# label_L
label_152:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L564
    mov ecx, 1
.db 0x90
    call 140320710850576
L564:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# line_I
# i_call_f
    call default_template/1
# update_map_assoc_sdtI
.section .rodata {#1}
L565:
    align 8
.db 0x0B, 0xF0, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
    mov edx, 1
    mov ecx, 2
    lea r8, qword ptr [L565]
.db 0x90
    call 140320710854704
    mov qword ptr [rbx], rax
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L243
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_153:
# i_func_info_IaaI
# logger_formatter:default_template/1
    call L241
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x04, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xF5, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
default_template/1:
# i_breakpoint_trampoline
    short jmp L566
.db 0x00
    call L244
    align 8
L566:
# i_test_yield
    lea rdx, qword ptr [default_template/1+24]
    dec r14
    jle L242
# i_get_map_element_hash_fScIS
    mov rdi, qword ptr [rbx]
    mov esi, 240523
    mov edx, 4273006093
    call 140320710852224
    jne label_155
    mov qword ptr [rbx+8], rax
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 75
    jne label_155
# i_move_sd
L567:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L243
    ret
# label_L
label_155:
# i_get_map_element_hash_fScIS
    mov rdi, qword ptr [rbx]
    mov esi, 234379
    mov edx, 8062405
    call 140320710852224
    jne label_156
    mov qword ptr [rbx], rax
# is_eq_exact_fss
    cmp qword ptr [rbx], 75
    jne label_156
# i_move_sd
L568:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L243
    ret
# label_L
label_156:
# i_move_sd
L569:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L243
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_157:
# i_func_info_IaaI
# logger_formatter:get_max_size/1
    call L241
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x04, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xF5, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
get_max_size/1:
# i_breakpoint_trampoline
    short jmp L570
.db 0x00
    call L244
    align 8
L570:
# i_test_yield
    lea rdx, qword ptr [get_max_size/1+24]
    dec r14
    jle L242
# is_eq_exact_fss
    cmp qword ptr [rbx], 907
    jne label_159
# i_move_sd
    mov qword ptr [rbx], 234507
# return
    dec r14
    jl L243
    ret
# label_L
label_159:
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx], 175
# i_call_ext_only_e
L571:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# func_line_I
# aligned_label_Lt
    align 8
label_160:
# i_func_info_IaaI
# logger_formatter:get_depth/1
    call L241
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x04, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xF6, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
get_depth/1:
# i_breakpoint_trampoline
    short jmp L572
.db 0x00
    call L244
    align 8
L572:
# i_test_yield
    lea rdx, qword ptr [get_depth/1+24]
    dec r14
    jle L242
# is_eq_exact_fss
    cmp qword ptr [rbx], 907
    jne label_162
# line_I
# i_call_ext_only_e
L573:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# label_L
label_162:
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx], 95
# i_call_ext_only_e
L574:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# func_line_I
# aligned_label_Lt
    align 8
label_163:
# i_func_info_IaaI
# logger_formatter:get_offset/1
    call L241
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x04, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xF6, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
get_offset/1:
# i_breakpoint_trampoline
    short jmp L575
.db 0x00
    call L244
    align 8
L575:
# i_test_yield
    lea rdx, qword ptr [get_offset/1+24]
    dec r14
    jle L242
# is_eq_exact_fss
    cmp qword ptr [rbx], 907
    jne label_165
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L576
    xor ecx, ecx
.db 0x66, 0x90
    call 140320710850576
L576:
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call get_utc_config/0
# i_call_last_ft
    jmp utc_to_offset/1
# label_L
label_165:
# return
    dec r14
    jl L243
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_166:
# i_func_info_IaaI
# logger_formatter:utc_to_offset/1
    call L241
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x04, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xF6, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
utc_to_offset/1:
# i_breakpoint_trampoline
    short jmp L577
.db 0x00
    call L244
    align 8
L577:
# i_test_yield
    lea rdx, qword ptr [utc_to_offset/1+24]
    dec r14
    jle L242
# is_eq_exact_fss
    cmp qword ptr [rbx], 75
    jne label_168
# i_move_sd
L578:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L243
    ret
# label_L
label_168:
# i_move_sd
    mov qword ptr [rbx], 59
# return
    dec r14
    jl L243
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_169:
# i_func_info_IaaI
# logger_formatter:get_utc_config/0
    call L241
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x04, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xF6, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
get_utc_config/0:
# i_breakpoint_trampoline
    short jmp L579
.db 0x00
    call L244
    align 8
L579:
# i_test_yield
    lea rdx, qword ptr [get_utc_config/0+24]
    dec r14
    jle L242
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L580
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L580:
# i_move_sd
    mov qword ptr [rbx+8], 521995
# i_move_sd
    mov qword ptr [rbx], 237323
# line_I
# i_call_ext_e
L581:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_171
    cmp dword ptr [rsi-2], 128
    jne label_171
    cmp qword ptr [rsi+6], 30603
    jne label_171
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# is_boolean_fs
    mov rdi, qword ptr [rbx]
    and rdi, -65
    cmp rdi, 11
    jne label_171
# deallocate_t
# return
    dec r14
    jl L243
    ret
# label_L
label_171:
# i_move_sd
    mov qword ptr [rbx+8], 521995
# i_move_sd
    mov qword ptr [rbx], 204555
# line_I
# i_call_ext_e
L582:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x90
    call qword ptr [rax+r12*8]
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_172
    cmp dword ptr [rsi-2], 128
    jne label_172
    cmp qword ptr [rsi+6], 30603
    jne label_172
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# is_boolean_fs
    mov rdi, qword ptr [rbx]
    and rdi, -65
    cmp rdi, 11
    jne label_172
# deallocate_t
# return
    dec r14
    jl L243
    ret
# label_L
label_172:
# i_move_sd
    mov qword ptr [rbx], 11
# deallocate_t
# return
    dec r14
    jl L243
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_173:
# i_func_info_IaaI
# logger_formatter:offset_to_utc/1
    call L241
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x04, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xF7, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
offset_to_utc/1:
# i_breakpoint_trampoline
    short jmp L583
.db 0x00
    call L244
    align 8
L583:
# i_test_yield
    lea rdx, qword ptr [offset_to_utc/1+24]
    dec r14
    jle L242
# is_ne_exact_fss
    cmp qword ptr [rbx], 15
    je label_175
# i_is_ne_exact_literal_fsc
L585:
    long mov rsi, 9223372036854775807
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 3
    short je L584
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    jnz label_175
L584:
# i_is_eq_exact_literal_fscI
L586:
    long mov rsi, 9223372036854775807
    mov rdi, qword ptr [rbx]
    rex test dil, 2
    jne label_176
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    jz label_176
# label_L
label_175:
# i_move_sd
    mov qword ptr [rbx], 75
# return
    dec r14
    jl L243
    ret
# label_L
label_176:
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_177
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx], xmm0
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 703
    jne label_177
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L587
    mov ecx, 1
.db 0x90
    call 140320710850576
L587:
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
L588:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L589:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# bif_is_eq_exact_Ssd
    mov eax, 75
L590:
    long mov rdi, 9223372036854775807
    cmp qword ptr [rbx], rdi
    je L591
    mov rdi, qword ptr [rbx]
L592:
    long mov rsi, 9223372036854775807
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test rax, rax
    mov eax, 75
    mov edi, 11
    cmove rax, rdi
L591:
    mov qword ptr [rbx], rax
# deallocate_t
# return
    dec r14
    jl L243
    ret
# label_L
label_177:
# i_move_sd
    mov qword ptr [rbx], 11
# return
    dec r14
    jl L243
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_178:
# i_func_info_IaaI
# logger_formatter:check_config/1
    call L241
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x04, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x1F, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
check_config/1:
# i_breakpoint_trampoline
    short jmp L593
.db 0x00
    call L244
    align 8
L593:
# i_test_yield
    lea rdx, qword ptr [check_config/1+24]
    dec r14
    jle L242
# is_map_fs
    mov rax, qword ptr [rbx]
    test al, 1
    jne label_180
    mov eax, dword ptr [rax-2]
    and al, 63
    cmp al, 60
    jne label_180
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L594
    mov ecx, 1
    call 140320710850576
L594:
# line_I
# i_call_ext_e
L595:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# i_call_last_ft
    jmp do_check_config/1
# label_L
label_180:
# test_heap_It
    lea rdx, qword ptr [r15+88]
    cmp rdx, rsp
    short jbe L596
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L596:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 269067
    mov qword ptr [r15+16], 197643
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
    mov qword ptr [r15+8], 779
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L243
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_181:
# i_func_info_IaaI
# logger_formatter:do_check_config/1
    call L241
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x04, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xF7, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
do_check_config/1:
# i_breakpoint_trampoline
    short jmp L597
.db 0x00
    call L244
    align 8
L597:
# i_test_yield
    lea rdx, qword ptr [do_check_config/1+24]
    dec r14
    jle L242
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_195
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx], xmm0
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+6]
    movups xmmword ptr [rbx+16], xmm0
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+16]
    cmp rsi, 42315
    je label_183
    cmp rsi, 234251
    je label_191
    cmp rsi, 234379
    je label_188
    cmp rsi, 234635
    je label_191
    cmp rsi, 237387
    je label_186
    cmp rsi, 240523
    je label_188
    cmp rsi, 431371
    je label_191
    cmp rsi, 520203
    je label_185
    cmp rsi, 521035
    je label_184
    cmp rsi, 521355
    je label_189
    jmp label_194
# label_L
label_183:
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L598
    mov ecx, 4
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L598:
    sub rsp, 16
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x90
    call check_offset/1
# is_eq_exact_fss
    cmp qword ptr [rbx], 30603
    jne label_193
# jump_f
    jmp label_192
# label_L
label_184:
# is_ge_fss
    mov esi, 15
    mov rdi, qword ptr [rbx+24]
    mov eax, edi
    and al, 15
    cmp al, 15
    short jne L599
    cmp rdi, rsi
    short jmp L600
L599:
    call 140320710848608
L600:
    jl label_194
# is_ge_fss
    mov rsi, qword ptr [rbx+24]
    mov edi, 4095
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L601
    cmp rdi, rsi
    short jmp L602
L601:
    call 140320710848608
L602:
    jl label_194
# allocate_heap_tIt
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L603
    mov ecx, 4
.db 0x66, 0x90
    call 140320710850576
L603:
    sub rsp, 16
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp], xmm0
# put_cons_ss
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# line_I
# i_call_ext_e
L604:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x90
    call qword ptr [rax+r12*8]
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 11
    je label_193
    cmp rsi, 75
    je label_192
    jmp label_196
# label_L
label_185:
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L605
    mov ecx, 4
    call 140320710850576
L605:
    sub rsp, 16
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
    call check_template/1
# is_ne_exact_fss
    cmp qword ptr [rbx], 30603
    je label_192
# test_heap_It
    lea rdx, qword ptr [r15+88]
    cmp rdx, rsp
    short jbe L606
    xor ecx, ecx
.db 0x66, 0x90
    call 140320710850576
L606:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 522315
    mov qword ptr [r15+16], 197643
    mov rdi, qword ptr [rsp]
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
    jl L243
    ret
# label_L
label_186:
# is_function2_fss
    mov rdi, qword ptr [rbx+24]
    rex test dil, 1
    jne label_187
    mov eax, dword ptr [rdi-2]
    cmp eax, 212
    jne label_187
    cmp byte ptr [rdi+22], 1
    jne label_187
# jump_f
    jmp label_190
# label_L
label_187:
# is_function2_fss
    mov rdi, qword ptr [rbx+24]
    rex test dil, 1
    jne label_194
    mov eax, dword ptr [rdi-2]
    cmp eax, 212
    jne label_194
    cmp byte ptr [rdi+22], 2
    jne label_194
# jump_f
    jmp label_190
# label_L
label_188:
# is_boolean_fs
    mov rdi, qword ptr [rbx+24]
    and rdi, -65
    cmp rdi, 11
    jne label_194
# i_call_only_f
    jmp do_check_config/1
# label_L
label_189:
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+24]
    cmp rsi, 21003
    je label_190
    cmp rsi, 203851
    je label_190
    jmp label_194
# label_L
label_190:
# i_call_only_f
    jmp do_check_config/1
# label_L
label_191:
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L607
    mov ecx, 4
    call 140320710850576
L607:
    sub rsp, 16
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x90
    call check_limit/1
# is_eq_exact_fss
    cmp qword ptr [rbx], 30603
    jne label_193
# label_L
label_192:
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 16
    jmp do_check_config/1
# label_L
label_193:
# test_heap_It
    lea rdx, qword ptr [r15+88]
    cmp rdx, rsp
    short jbe L608
    xor ecx, ecx
.db 0x90
    call 140320710850576
L608:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 269067
    mov qword ptr [r15+16], 197643
    mov rdi, qword ptr [rsp]
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
    jl L243
    ret
# label_L
label_194:
# test_heap_It
    lea rdx, qword ptr [r15+88]
    cmp rdx, rsp
    short jbe L609
    mov ecx, 2
.db 0x90
    call 140320710850576
L609:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 269067
    mov qword ptr [r15+16], 197643
    mov rdi, qword ptr [rbx+8]
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
    mov qword ptr [r15+8], 779
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L243
    ret
# label_L
label_195:
# i_move_sd
    mov qword ptr [rbx], 30603
# return
    dec r14
    jl L243
    ret
# label_L
label_196:
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
label_197:
# i_func_info_IaaI
# logger_formatter:check_limit/1
    call L241
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x04, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xF8, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
check_limit/1:
# i_breakpoint_trampoline
    short jmp L610
.db 0x00
    call L244
    align 8
L610:
# i_test_yield
    lea rdx, qword ptr [check_limit/1+24]
    dec r14
    jle L242
# is_integer_fs
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L611
    test al, 1
    jne label_199
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_199
L611:
# is_lt_fss
    mov rsi, qword ptr [rbx]
    mov edi, 15
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L612
    cmp rdi, rsi
    short jmp L613
L612:
    call 140320710848608
L613:
    jge label_201
# jump_f
    jmp label_200
# label_L
label_199:
# is_eq_exact_fss
    cmp qword ptr [rbx], 234507
    jne label_201
# label_L
label_200:
# i_move_sd
    mov qword ptr [rbx], 30603
# return
    dec r14
    jl L243
    ret
# label_L
label_201:
# i_move_sd
    mov qword ptr [rbx], 779
# return
    dec r14
    jl L243
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_202:
# i_func_info_IaaI
# logger_formatter:check_template/1
    call L241
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x04, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xF8, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
check_template/1:
# i_breakpoint_trampoline
    short jmp L614
.db 0x00
    call L244
    align 8
L614:
# i_test_yield
    lea rdx, qword ptr [check_template/1+24]
    dec r14
    jle L242
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_213
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx], xmm0
# is_atom_fs
    mov rax, qword ptr [rbx+8]
    and al, 63
    cmp al, 11
    jne label_204
# i_call_only_f
    short jmp check_template/1
# label_L
label_204:
# is_list_fs
    mov rax, qword ptr [rbx+8]
    cmp rax, 59
    short je L615
    test al, 2
    jne label_205
L615:
# is_nonempty_list_get_hd_fSd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_205
    mov rsi, qword ptr [rax-1]
    mov qword ptr [rbx+16], rsi
# is_atom_fs
    mov rax, qword ptr [rbx+16]
    and al, 63
    cmp al, 11
    jne label_205
# allocate_heap_tIt
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L616
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L616:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# i_make_fun3_FStt
L617:
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
# line_I
# i_call_ext_e
L618:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# is_eq_exact_fss
    cmp qword ptr [rbx], 75
    jne label_212
# jump_f
    jmp label_210
# label_L
label_205:
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx+8]
    rex test sil, 1
    jne label_209
    cmp dword ptr [rsi-2], 192
    jne label_209
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+16], rdi
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx+24], rdi
# is_atom_fs
    mov rax, qword ptr [rbx+16]
    and al, 63
    cmp al, 11
    jne label_206
# jump_f
    jmp label_207
# label_L
label_206:
# is_list_fs
    mov rax, qword ptr [rbx+16]
    cmp rax, 59
    short je L619
    test al, 2
    jne label_209
L619:
# is_nonempty_list_get_hd_fSd
    mov rax, qword ptr [rbx+16]
    test al, 2
    jne label_209
    mov rsi, qword ptr [rax-1]
    mov qword ptr [rbx+16], rsi
# is_atom_fs
    mov rax, qword ptr [rbx+16]
    and al, 63
    cmp al, 11
    jne label_209
# label_L
label_207:
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L620
    mov ecx, 4
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L620:
    sub rsp, 16
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
    call check_template/1
# is_eq_exact_fss
    cmp qword ptr [rbx], 30603
    jne label_208
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov qword ptr [rsp], 59
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call check_template/1
# is_eq_exact_fss
    cmp qword ptr [rbx], 30603
    jne label_208
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 16
    jmp check_template/1
# label_L
label_208:
# i_move_sd
    mov qword ptr [rbx], 779
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L243
    ret
# label_L
label_209:
# is_list_fs
    mov rax, qword ptr [rbx+8]
    cmp rax, 59
    short je L621
    test al, 2
    jne label_211
L621:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L622
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L622:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L623:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 11
    je label_212
    cmp rsi, 75
    je label_210
    jmp label_215
# label_L
label_210:
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 8
    jmp check_template/1
# label_L
label_211:
# is_binary_fs
    mov rdi, qword ptr [rbx+8]
    rex test dil, 1
    jne label_214
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 40
    short je L625
    and al, -5
    cmp al, 32
    jne label_214
    short jmp L624
L625:
    cmp byte ptr [rdi+22], 0
    jne label_214
L624:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L626
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L626:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L627:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# is_list_fs
    mov rax, qword ptr [rbx]
    cmp rax, 59
    short je L628
    test al, 2
    jne label_212
L628:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L629
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L629:
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
    jmp check_template/1
# label_L
label_212:
# i_move_sd
    mov qword ptr [rbx], 779
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L243
    ret
# label_L
label_213:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_214
# i_move_sd
    mov qword ptr [rbx], 30603
# return
    dec r14
    jl L243
    ret
# label_L
label_214:
# i_move_sd
    mov qword ptr [rbx], 779
# return
    dec r14
    jl L243
    ret
# label_L
label_215:
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
label_216:
# i_func_info_IaaI
# logger_formatter:check_offset/1
    call L241
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x04, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xF9, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
check_offset/1:
# i_breakpoint_trampoline
    short jmp L630
.db 0x00
    call L244
    align 8
L630:
# i_test_yield
    lea rdx, qword ptr [check_offset/1+24]
    dec r14
    jle L242
# is_integer_fs
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L631
    test al, 1
    jne label_218
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_218
L631:
# i_move_sd
    mov qword ptr [rbx], 30603
# return
    dec r14
    jl L243
    ret
# label_L
label_218:
# is_ne_exact_fss
    cmp qword ptr [rbx], 59
    je label_219
# i_is_ne_exact_literal_fsc
L633:
    long mov rsi, 9223372036854775807
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 3
    short je L632
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    jnz label_219
L632:
# i_is_eq_exact_literal_fscI
L634:
    long mov rsi, 9223372036854775807
    mov rdi, qword ptr [rbx]
    rex test dil, 2
    jne label_220
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    jz label_220
# label_L
label_219:
# i_move_sd
    mov qword ptr [rbx], 30603
# return
    dec r14
    jl L243
    ret
# label_L
label_220:
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_222
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx], xmm0
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+8]
    cmp rsi, 703
    je label_221
    cmp rsi, 735
    je label_221
    jmp label_222
# label_L
label_221:
# i_call_only_f
    jmp check_timezone/1
# label_L
label_222:
# i_move_sd
    mov qword ptr [rbx], 779
# return
    dec r14
    jl L243
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_223:
# i_func_info_IaaI
# logger_formatter:check_timezone/1
    call L241
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x04, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xF9, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
check_timezone/1:
# i_breakpoint_trampoline
    short jmp L635
.db 0x00
    call L244
    align 8
L635:
# i_test_yield
    lea rdx, qword ptr [check_timezone/1+24]
    dec r14
    jle L242
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L636
    mov ecx, 1
    call 140320710850576
L636:
    sub rsp, 8
# catch_yf
    inc qword ptr [r13+264]
L637:
    mov eax, 2147483647
    mov qword ptr [rsp], rax
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
L638:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L639:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# try_end_y
    dec qword ptr [r13+264]
    mov qword ptr [rsp], 59
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_225
    cmp dword ptr [rsi-2], 192
    jne label_225
    cmp qword ptr [rsi+6], 30603
    jne label_225
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+8], rdi
# is_nonempty_list_get_tl_fSd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_225
    mov rsi, qword ptr [rax+7]
    mov qword ptr [rbx+8], rsi
# is_nonempty_list_get_tl_fSd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_225
    mov rsi, qword ptr [rax+7]
    mov qword ptr [rbx+8], rsi
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_225
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx], rdi
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_225
# i_move_sd
    mov qword ptr [rbx], 30603
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L243
    ret
# label_L
label_225:
# i_move_sd
    mov qword ptr [rbx], 779
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L243
    ret
# label_L
label_226:
# try_case_y
    dec qword ptr [r13+264]
    mov rax, qword ptr [rbx+24]
    mov qword ptr [rbx], rax
# i_move_sd
    mov qword ptr [rbx], 779
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L243
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_227:
# i_func_info_IaaI
# logger_formatter:p/1
    call L241
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x04, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x95, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
p/1:
# i_breakpoint_trampoline
    short jmp L640
.db 0x00
    call L244
    align 8
L640:
# i_test_yield
    lea rdx, qword ptr [p/1+24]
    dec r14
    jle L242
# is_map_fs
    mov rax, qword ptr [rbx]
    test al, 1
    jne label_229
    mov eax, dword ptr [rax-2]
    and al, 63
    cmp al, 60
    jne label_229
# i_get_map_element_hash_fScIS
    mov rdi, qword ptr [rbx]
    mov esi, 234379
    mov edx, 8062405
    call 140320710852224
    short jne label_227
    mov qword ptr [rbx+8], rax
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# i_call_only_f
    short jmp p/1
# label_L
label_229:
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 11
    je label_231
    cmp rsi, 75
    je label_230
    jmp label_227
# label_L
label_230:
# i_move_sd
L641:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L243
    ret
# label_L
label_231:
# i_move_sd
L642:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L243
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_232:
# i_func_info_IaaI
# logger_formatter:module_info/0
    call L241
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x04, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x66, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
module_info/0:
# i_breakpoint_trampoline
    short jmp L643
.db 0x00
    call L244
    align 8
L643:
# i_test_yield
    lea rdx, qword ptr [module_info/0+24]
    dec r14
    jle L242
# i_move_sd
    mov qword ptr [rbx], 197643
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L644
    mov ecx, 1
.db 0x90
    call 140320710850576
L644:
# call_light_bif_be
    align 4
L645:
L646:
    long mov rcx, 9223372036854775807
    mov rax, 94919178912304
    lea rdx, qword ptr [L645]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L243
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_234:
# i_func_info_IaaI
# logger_formatter:module_info/1
    call L241
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x04, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x66, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
module_info/1:
# i_breakpoint_trampoline
    short jmp L647
.db 0x00
    call L244
    align 8
L647:
# i_test_yield
    lea rdx, qword ptr [module_info/1+24]
    dec r14
    jle L242
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx], 197643
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L648
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L648:
# call_light_bif_be
    align 4
L649:
L650:
    long mov rcx, 9223372036854775807
    mov rax, 94919178913216
    lea rdx, qword ptr [L649]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L243
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_236:
# i_func_info_IaaI
# logger_formatter:'-check_template/1-fun-0-'/1
    call L241
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x04, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xF9, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
'-check_template/1-fun-0-'/1:
# i_breakpoint_trampoline
    short jmp L651
.db 0x00
    call L244
    align 8
L651:
# i_test_yield
    lea rdx, qword ptr ['-check_template/1-fun-0-'/1+24]
    dec r14
    jle L242
# nofail_bif1_sbd
    lea rsi, qword ptr [rbx]
    mov rcx, 94919178916128
    call 140320710851400
    mov qword ptr [rbx], rax
# return
    dec r14
    jl L243
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_238:
# i_func_info_IaaI
# logger_formatter:'-format/2-fun-0-'/1
    call L241
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x0B, 0x04, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xF9, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
'-format/2-fun-0-'/1:
# i_breakpoint_trampoline
    short jmp L652
.db 0x00
    call L244
    align 8
L652:
# i_test_yield
    lea rdx, qword ptr ['-format/2-fun-0-'/1+24]
    dec r14
    jle L242
# is_eq_exact_fss
    cmp qword ptr [rbx], 130443
    jne label_240
# i_move_sd
    mov qword ptr [rbx], 11
# return
    dec r14
    jl L243
    ret
# label_L
label_240:
# i_move_sd
    mov qword ptr [rbx], 75
# return
    dec r14
    jl L243
    ret
# int_code_end
L653:
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, 94919180896308
    call 94919178184336
.section .rodata {#1}
line:
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
.section .rodata {#1}
attr:
.db 0x83, 0x6C, 0x00, 0x00, 0x00, 0x01, 0x68, 0x02, 0x64, 0x00, 0x03, 0x76, 0x73, 0x6E, 0x6C, 0x00, 0x00, 0x00, 0x01, 0x6E, 0x10, 0x00, 0x23, 0xD2, 0x1F, 0x68, 0x5F, 0x50, 0x41, 0x7B, 0xED, 0xF1, 0x64, 0xC2, 0x14, 0x4A, 0xD9, 0x34, 0x6A, 0x6A
.section .text {#0}
.section .rodata {#1}
compile:
.db 0x83, 0x6C, 0x00, 0x00, 0x00, 0x03, 0x68, 0x02, 0x64, 0x00, 0x07, 0x76, 0x65, 0x72, 0x73, 0x69, 0x6F, 0x6E, 0x6B, 0x00, 0x03, 0x38, 0x2E, 0x32, 0x68, 0x02, 0x64, 0x00, 0x07, 0x6F, 0x70, 0x74, 0x69, 0x6F, 0x6E, 0x73, 0x6C, 0x00, 0x00, 0x00, 0x02, 0x64, 0x00, 0x0A, 0x64, 0x65, 0x62, 0x75, 0x67, 0x5F, 0x69, 0x6E, 0x66, 0x6F, 0x68, 0x02, 0x64, 0x00, 0x01, 0x69, 0x6B, 0x00, 0x45, 0x2F, 0x62, 0x75, 0x69, 0x6C, 0x64, 0x2F, 0x72, 0x65, 0x70, 0x72, 0x6F, 0x64, 0x75, 0x63, 0x69, 0x62, 0x6C, 0x65, 0x2D, 0x70, 0x61, 0x74, 0x68, 0x2F, 0x65, 0x72, 0x6C, 0x61, 0x6E, 0x67, 0x2D, 0x32, 0x35, 0x2E, 0x32, 0x2E, 0x33, 0x2B, 0x64, 0x66, 0x73, 0x67, 0x2F, 0x6C, 0x69, 0x62, 0x2F, 0x6B, 0x65, 0x72, 0x6E, 0x65, 0x6C, 0x2F, 0x73, 0x72, 0x63, 0x2F, 0x2E, 0x2E, 0x2F, 0x69, 0x6E, 0x63, 0x6C, 0x75, 0x64, 0x65, 0x6A, 0x68, 0x02, 0x64, 0x00, 0x06, 0x73, 0x6F, 0x75, 0x72, 0x63, 0x65, 0x6B, 0x00, 0x4F, 0x2F, 0x62, 0x75, 0x69, 0x6C, 0x64, 0x2F, 0x72, 0x65, 0x70, 0x72, 0x6F, 0x64, 0x75, 0x63, 0x69, 0x62, 0x6C, 0x65, 0x2D, 0x70, 0x61, 0x74, 0x68, 0x2F, 0x65, 0x72, 0x6C, 0x61, 0x6E, 0x67, 0x2D, 0x32, 0x35, 0x2E, 0x32, 0x2E, 0x33, 0x2B, 0x64, 0x66, 0x73, 0x67, 0x2F, 0x6C, 0x69, 0x62, 0x2F, 0x6B, 0x65, 0x72, 0x6E, 0x65, 0x6C, 0x2F, 0x73, 0x72, 0x63, 0x2F, 0x6C, 0x6F, 0x67, 0x67, 0x65, 0x72, 0x5F, 0x66, 0x6F, 0x72, 0x6D, 0x61, 0x74, 0x74, 0x65, 0x72, 0x2E, 0x65, 0x72, 0x6C, 0x6A
.section .text {#0}
.section .rodata {#1}
md5:
.db 0x34, 0xD9, 0x4A, 0x14, 0xC2, 0x64, 0xF1, 0xED, 0x7B, 0x41, 0x50, 0x5F, 0x68, 0x1F, 0xD2, 0x23
.section .text {#0}
