    align 8
L38:
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
L39:
    jmp 140320710851944
    align 8
L40:
    jmp 140320710853048
    align 8
L41:
    jmp 140320710850344
    align 16
L42:
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
# error_handler:undefined_function/3
    call L39
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
undefined_function/3:
# i_breakpoint_trampoline
    short jmp L43
.db 0x00
    call L42
    align 8
L43:
# i_test_yield
    lea rdx, qword ptr [undefined_function/3+24]
    dec r14
    jle L40
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L44
    mov ecx, 3
    call 140320710850576
L44:
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
    call ensure_loaded/1
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_5
    cmp dword ptr [rsi-2], 128
    jne label_5
    cmp qword ptr [rsi+6], 26251
    jne label_5
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# is_eq_exact_fss
    mov rsi, qword ptr [rsp+16]
    mov rdi, qword ptr [rbx]
    cmp rdi, rsi
    short je L45
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_5
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_5
L45:
# line_I
# i_length_setup_jts
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
    mov qword ptr [rbx+8], 15
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+16], rdi
# i_length_jtd
    align 4
L46:
    xor esi, esi
    lea rdx, qword ptr [L46]
    call 140320710852592
    mov qword ptr [rbx+16], rax
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+8], 1
    vmovups xmmword ptr [rbx], xmm0
# call_light_bif_be
    align 4
L47:
L48:
    long mov rcx, 9223372036854775807
    mov rax, 94919179108272
    lea rdx, qword ptr [L47]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 11
    je label_4
    cmp rsi, 75
    je label_3
    jmp label_6
# label_L
label_3:
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp], 1
    vmovups xmmword ptr [rbx+8], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# line_I
# i_apply_last_t
    add rsp, 24
    align 4
L50:
    movq xmm0, r15
    movq xmm1, rsp
    punpcklqdq xmm0, xmm1
    movups xmmword ptr [r13+80], xmm0
    mov qword ptr [r13+104], r14
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    mov rsi, rbx
    lea rdx, qword ptr [L50]
    xor ecx, ecx
    call 94919178643168
    mov rsp, qword ptr [r13+88]
    mov r15, qword ptr [r13+80]
    mov r14, qword ptr [r13+104]
    test rax, rax
    short jne L49
    lea rsi, qword ptr [L50]
    mov rcx, 94919181695328
    push rsi
    jmp 140320710854368
L49:
    jmp qword ptr [rax+r12*8]
# label_L
label_4:
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp], 1
    vmovups xmmword ptr [rbx+8], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 24
    jmp call_undefined_function_handler/3
# label_L
label_5:
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp], 1
    vmovups xmmword ptr [rbx+8], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 24
    jmp crash/3
# label_L
label_6:
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
label_7:
# i_func_info_IaaI
# error_handler:undefined_lambda/3
    call L39
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
undefined_lambda/3:
# i_breakpoint_trampoline
    short jmp L51
.db 0x00
    call L42
    align 8
L51:
# i_test_yield
    lea rdx, qword ptr [undefined_lambda/3+24]
    dec r14
    jle L40
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L52
    mov ecx, 3
    call 140320710850576
L52:
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
    call ensure_loaded/1
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_9
    cmp dword ptr [rsi-2], 128
    jne label_9
    cmp qword ptr [rsi+6], 26251
    jne label_9
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# is_eq_exact_fss
    mov rsi, qword ptr [rsp+16]
    mov rdi, qword ptr [rbx]
    cmp rdi, rsi
    short je L53
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_9
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_9
L53:
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp], 1
    vmovups xmmword ptr [rbx], xmm0
# line_I
# i_apply_fun_last_t
    add rsp, 24
    call 140320710848512
    mov rsi, 140320710850960
    lea r8, qword ptr [L54]
    test ecx, 1
    short jne L54
    cmp qword ptr [rcx-2], 212
    short jne L54
    cmp byte ptr [rcx+22], dl
    mov rax, qword ptr [rcx+6]
    mov rdi, qword ptr [rax+r12*8]
L54:
    cmovne rdi, rsi
    jmp rdi
# label_L
label_9:
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp], 1
    vmovups xmmword ptr [rbx], xmm0
# i_call_last_ft
    add rsp, 24
    jmp crash/2
# func_line_I
# aligned_label_Lt
    align 8
label_10:
# i_func_info_IaaI
# error_handler:breakpoint/3
    call L39
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x1B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
breakpoint/3:
# i_breakpoint_trampoline
    short jmp L55
.db 0x00
    call L42
    align 8
L55:
# i_test_yield
    lea rdx, qword ptr [breakpoint/3+24]
    dec r14
    jle L40
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L56
    mov ecx, 3
    call 140320710850576
L56:
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
    call int/0
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx+32], 84939
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# apply_last_tt
    add rsp, 24
    align 4
L58:
    mov edx, 3
    movq xmm0, r15
    movq xmm1, rsp
    punpcklqdq xmm0, xmm1
    movups xmmword ptr [r13+80], xmm0
    mov qword ptr [r13+104], r14
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    mov rsi, rbx
    lea rcx, qword ptr [L58]
    xor r8d, r8d
    call 94919178644032
    mov rsp, qword ptr [r13+88]
    mov r15, qword ptr [r13+80]
    mov r14, qword ptr [r13+104]
    test rax, rax
    short jne L57
    lea rsi, qword ptr [L58]
    mov rcx, 94919181695328
    push rsi
    jmp 140320710854368
L57:
    jmp qword ptr [rax+r12*8]
# func_line_I
# aligned_label_Lt
    align 8
label_12:
# i_func_info_IaaI
# error_handler:raise_undef_exception/3
    call L39
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x21, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
raise_undef_exception/3:
# i_breakpoint_trampoline
    short jmp L59
.db 0x00
    call L42
    align 8
L59:
# i_test_yield
    lea rdx, qword ptr [raise_undef_exception/3+24]
    dec r14
    jle L40
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L60
    mov ecx, 3
    call 140320710850576
L60:
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
    mov qword ptr [r15+32], 59
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 40
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp crash/1
# func_line_I
# aligned_label_Lt
    align 8
label_14:
# i_func_info_IaaI
# error_handler:int/0
    call L39
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x9C, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
int/0:
# i_breakpoint_trampoline
    short jmp L61
.db 0x00
    call L42
    align 8
L61:
# i_test_yield
    lea rdx, qword ptr [int/0+24]
    dec r14
    jle L40
# i_move_sd
    mov qword ptr [rbx], 105547
# return
    dec r14
    jl L41
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_16:
# i_func_info_IaaI
# error_handler:crash/2
    call L39
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x4F, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
crash/2:
# i_breakpoint_trampoline
    short jmp L62
.db 0x00
    call L42
    align 8
L62:
# i_test_yield
    lea rdx, qword ptr [crash/2+24]
    dec r14
    jle L40
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L63
    mov ecx, 2
    call 140320710850576
L63:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
# (moving two elements at once)
    movups xmm0, xmmword ptr [rbx]
    movups xmmword ptr [r15+8], xmm0
    mov qword ptr [r15+24], 59
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp crash/1
# func_line_I
# aligned_label_Lt
    align 8
label_18:
# i_func_info_IaaI
# error_handler:crash/3
    call L39
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x4F, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
crash/3:
# i_breakpoint_trampoline
    short jmp L64
.db 0x00
    call L42
    align 8
L64:
# i_test_yield
    lea rdx, qword ptr [crash/3+24]
    dec r14
    jle L40
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L65
    mov ecx, 3
    call 140320710850576
L65:
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
    mov qword ptr [r15+32], 59
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 40
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp crash/1
# func_line_I
# aligned_label_Lt
    align 8
label_20:
# i_func_info_IaaI
# error_handler:crash/1
    call L39
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x4F, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
crash/1:
# i_breakpoint_trampoline
    short jmp L66
.db 0x00
    call L42
    align 8
L66:
# i_test_yield
    lea rdx, qword ptr [crash/1+24]
    dec r14
    jle L40
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L67
    mov ecx, 1
    call 140320710850576
L67:
    sub rsp, 16
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# catch_yf
    inc qword ptr [r13+264]
L68:
    mov eax, 2147483647
    mov qword ptr [rsp+8], rax
# i_move_sd
    mov qword ptr [rbx], 43851
# line_I
# call_light_bif_be
    align 4
L69:
L70:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089728
    lea rdx, qword ptr [L69]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# label_L
label_22:
# try_case_y
    dec qword ptr [r13+264]
    mov rax, qword ptr [rbx+24]
    mov qword ptr [rbx], rax
# is_eq_exact_fss
    cmp qword ptr [rbx], 779
    jne label_23
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 43851
    jne label_23
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
# line_I
# i_bif1_sjbd
    lea rsi, qword ptr [rbx]
    mov rcx, 94919179095792
    call 140320710851304
    mov qword ptr [rbx], rax
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L71
    mov ecx, 1
    call 140320710850576
L71:
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
    mov qword ptr [rbx+8], 43851
# i_move_sd
    mov qword ptr [rbx], 779
# line_I
# call_light_bif_be
    align 4
L72:
L73:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090512
    lea rdx, qword ptr [L72]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L41
    ret
# label_L
label_23:
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
label_24:
# i_func_info_IaaI
# error_handler:ensure_loaded/1
    call L39
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x48, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
ensure_loaded/1:
# i_breakpoint_trampoline
    short jmp L74
.db 0x00
    call L42
    align 8
L74:
# i_test_yield
    lea rdx, qword ptr [ensure_loaded/1+24]
    dec r14
    jle L40
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L75
    mov ecx, 1
    call 140320710850576
L75:
    sub rsp, 16
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# self_d
    mov rdi, qword ptr [r13]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov qword ptr [rbx], 194123
# line_I
# call_light_bif_be
    align 4
L76:
L77:
    long mov rcx, 9223372036854775807
    mov rax, 94919179093904
    lea rdx, qword ptr [L76]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# is_eq_exact_fss
    mov rsi, qword ptr [rsp]
    mov rdi, qword ptr [rbx]
    cmp rdi, rsi
    short je L78
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_26
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_26
L78:
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# i_trim_t
    add rsp, 16
# line_I
# call_light_bif_be
    align 4
L79:
L80:
    long mov rcx, 9223372036854775807
    mov rax, 94919179100592
    lea rdx, qword ptr [L79]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
L81:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+8], rdi
# call_light_bif_be
    align 4
L82:
L83:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927824
    lea rdx, qword ptr [L82]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
L84:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L85:
L86:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927824
    lea rdx, qword ptr [L85]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# line_I
# i_call_ext_last_et
L87:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# label_L
label_26:
# is_pid_fs
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 3
    short je L88
    test al, 1
    jne label_27
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 48
    jne label_27
L88:
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# i_call_ext_last_et
    add rsp, 16
L89:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# label_L
label_27:
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# i_call_ext_last_et
    add rsp, 16
L90:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# func_line_I
# aligned_label_Lt
    align 8
label_28:
# i_func_info_IaaI
# error_handler:stub_function/3
    call L39
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x21, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
stub_function/3:
# i_breakpoint_trampoline
    short jmp L91
.db 0x00
    call L42
    align 8
L91:
# i_test_yield
    lea rdx, qword ptr [stub_function/3+24]
    dec r14
    jle L40
# test_heap_It
    lea rdx, qword ptr [r15+112]
    cmp rdx, rsp
    short jbe L92
    mov ecx, 3
    call 140320710850576
L92:
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
    mov qword ptr [r15+32], 59
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 40
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
    mov qword ptr [r15+8], 43851
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
    short jbe L93
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L93:
# call_light_bif_be
    align 4
L94:
L95:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090480
    lea rdx, qword ptr [L94]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L41
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_30:
# i_func_info_IaaI
# error_handler:call_undefined_function_handler/3
    call L39
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x21, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
call_undefined_function_handler/3:
# i_breakpoint_trampoline
    short jmp L96
.db 0x00
    call L42
    align 8
L96:
# i_test_yield
    lea rdx, qword ptr [call_undefined_function_handler/3+24]
    dec r14
    jle L40
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L97
    mov ecx, 3
    call 140320710850576
L97:
    sub rsp, 24
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rsp], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+16], rdi
# i_move_sd
    mov qword ptr [rbx+16], 47
# i_move_sd
    mov qword ptr [rbx+8], 205259
# line_I
# call_light_bif_be
    align 4
L98:
L99:
    long mov rcx, 9223372036854775807
    mov rax, 94919179108272
    lea rdx, qword ptr [L98]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 11
    je label_33
    cmp rsi, 75
    je label_32
    jmp label_34
# label_L
label_32:
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx+24], 205259
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# line_I
# apply_last_tt
    add rsp, 24
    align 4
L101:
    mov edx, 2
    movq xmm0, r15
    movq xmm1, rsp
    punpcklqdq xmm0, xmm1
    movups xmmword ptr [r13+80], xmm0
    mov qword ptr [r13+104], r14
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    mov rsi, rbx
    lea rcx, qword ptr [L101]
    xor r8d, r8d
    call 94919178644032
    mov rsp, qword ptr [r13+88]
    mov r15, qword ptr [r13+80]
    mov r14, qword ptr [r13+104]
    test rax, rax
    short jne L100
    lea rsi, qword ptr [L101]
    mov rcx, 94919181695328
    push rsi
    jmp 140320710854368
L100:
    jmp qword ptr [rax+r12*8]
# label_L
label_33:
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp], 1
    vmovups xmmword ptr [rbx+8], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 24
    jmp crash/3
# label_L
label_34:
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
label_35:
# i_func_info_IaaI
# error_handler:module_info/0
    call L39
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x66, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
module_info/0:
# i_breakpoint_trampoline
    short jmp L102
.db 0x00
    call L42
    align 8
L102:
# i_test_yield
    lea rdx, qword ptr [module_info/0+24]
    dec r14
    jle L40
# i_move_sd
    mov qword ptr [rbx], 14795
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L103
    mov ecx, 1
.db 0x90
    call 140320710850576
L103:
# call_light_bif_be
    align 4
L104:
L105:
    long mov rcx, 9223372036854775807
    mov rax, 94919178912304
    lea rdx, qword ptr [L104]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L41
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_37:
# i_func_info_IaaI
# error_handler:module_info/1
    call L39
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x66, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
module_info/1:
# i_breakpoint_trampoline
    short jmp L106
.db 0x00
    call L42
    align 8
L106:
# i_test_yield
    lea rdx, qword ptr [module_info/1+24]
    dec r14
    jle L40
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx], 14795
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L107
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L107:
# call_light_bif_be
    align 4
L108:
L109:
    long mov rcx, 9223372036854775807
    mov rax, 94919178913216
    lea rdx, qword ptr [L108]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L41
    ret
# int_code_end
L110:
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, 94919180896308
    call 94919178184336
.section .rodata {#1}
line:
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
.section .rodata {#1}
attr:
.db 0x83, 0x6C, 0x00, 0x00, 0x00, 0x01, 0x68, 0x02, 0x64, 0x00, 0x03, 0x76, 0x73, 0x6E, 0x6C, 0x00, 0x00, 0x00, 0x01, 0x6E, 0x10, 0x00, 0x32, 0xED, 0xBD, 0x11, 0xBC, 0xCF, 0x74, 0xBB, 0x52, 0xD3, 0xAC, 0x46, 0xAA, 0x56, 0x72, 0xAC, 0x6A, 0x6A
.section .text {#0}
.section .rodata {#1}
compile:
.db 0x83, 0x6C, 0x00, 0x00, 0x00, 0x03, 0x68, 0x02, 0x64, 0x00, 0x07, 0x76, 0x65, 0x72, 0x73, 0x69, 0x6F, 0x6E, 0x6B, 0x00, 0x03, 0x38, 0x2E, 0x32, 0x68, 0x02, 0x64, 0x00, 0x07, 0x6F, 0x70, 0x74, 0x69, 0x6F, 0x6E, 0x73, 0x6C, 0x00, 0x00, 0x00, 0x02, 0x64, 0x00, 0x0A, 0x64, 0x65, 0x62, 0x75, 0x67, 0x5F, 0x69, 0x6E, 0x66, 0x6F, 0x68, 0x02, 0x64, 0x00, 0x01, 0x69, 0x6B, 0x00, 0x45, 0x2F, 0x62, 0x75, 0x69, 0x6C, 0x64, 0x2F, 0x72, 0x65, 0x70, 0x72, 0x6F, 0x64, 0x75, 0x63, 0x69, 0x62, 0x6C, 0x65, 0x2D, 0x70, 0x61, 0x74, 0x68, 0x2F, 0x65, 0x72, 0x6C, 0x61, 0x6E, 0x67, 0x2D, 0x32, 0x35, 0x2E, 0x32, 0x2E, 0x33, 0x2B, 0x64, 0x66, 0x73, 0x67, 0x2F, 0x6C, 0x69, 0x62, 0x2F, 0x6B, 0x65, 0x72, 0x6E, 0x65, 0x6C, 0x2F, 0x73, 0x72, 0x63, 0x2F, 0x2E, 0x2E, 0x2F, 0x69, 0x6E, 0x63, 0x6C, 0x75, 0x64, 0x65, 0x6A, 0x68, 0x02, 0x64, 0x00, 0x06, 0x73, 0x6F, 0x75, 0x72, 0x63, 0x65, 0x6B, 0x00, 0x4C, 0x2F, 0x62, 0x75, 0x69, 0x6C, 0x64, 0x2F, 0x72, 0x65, 0x70, 0x72, 0x6F, 0x64, 0x75, 0x63, 0x69, 0x62, 0x6C, 0x65, 0x2D, 0x70, 0x61, 0x74, 0x68, 0x2F, 0x65, 0x72, 0x6C, 0x61, 0x6E, 0x67, 0x2D, 0x32, 0x35, 0x2E, 0x32, 0x2E, 0x33, 0x2B, 0x64, 0x66, 0x73, 0x67, 0x2F, 0x6C, 0x69, 0x62, 0x2F, 0x6B, 0x65, 0x72, 0x6E, 0x65, 0x6C, 0x2F, 0x73, 0x72, 0x63, 0x2F, 0x65, 0x72, 0x72, 0x6F, 0x72, 0x5F, 0x68, 0x61, 0x6E, 0x64, 0x6C, 0x65, 0x72, 0x2E, 0x65, 0x72, 0x6C, 0x6A
.section .text {#0}
.section .rodata {#1}
md5:
.db 0xAC, 0x72, 0x56, 0xAA, 0x46, 0xAC, 0xD3, 0x52, 0xBB, 0x74, 0xCF, 0xBC, 0x11, 0xBD, 0xED, 0x32
.section .text {#0}
