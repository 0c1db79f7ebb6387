    align 8
L23:
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
L24:
    jmp 140320710851944
    align 8
L25:
    jmp 140320710853048
    align 8
L26:
    jmp 140320710850344
    align 16
L27:
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
# erl_init:start/2
    call L24
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x38, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x9F, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
start/2:
# i_breakpoint_trampoline
    short jmp L28
.db 0x00
    call L27
    align 8
L28:
# i_test_yield
    lea rdx, qword ptr [start/2+24]
    dec r14
    jle L25
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L29
    mov ecx, 2
    call 140320710850576
L29:
    sub rsp, 16
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp], xmm0
# line_I
# i_call_ext_e
L30:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# line_I
# i_call_ext_e
L31:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# line_I
# i_call_ext_e
L32:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# line_I
# i_call_ext_e
L33:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L34
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L34:
# i_make_fun3_FStt
L35:
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
    mov qword ptr [rbx+8], rax
# i_move_sd
    mov qword ptr [rbx], 80459
# line_I
# i_call_f
.db 0x90
    call label_11
# i_move_sd
    mov qword ptr [rbx+8], 82827
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 16
    jmp label_6
# func_line_I
# aligned_label_Lt
    align 8
label_3:
# i_func_info_IaaI
# erl_init:restart/0
    call L24
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x38, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x8D, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
restart/0:
# i_breakpoint_trampoline
    short jmp L36
.db 0x00
    call L27
    align 8
L36:
# i_test_yield
    lea rdx, qword ptr [restart/0+24]
    dec r14
    jle L25
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L37
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L37:
# line_I
# call_light_bif_be
    align 4
L38:
L39:
    long mov rcx, 9223372036854775807
    mov rax, 94919178938224
    lea rdx, qword ptr [L38]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L40
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L40:
# i_make_fun3_FStt
L41:
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
    mov qword ptr [rbx+8], rax
# i_move_sd
    mov qword ptr [rbx], 80459
# i_call_last_ft
    jmp label_11
# func_line_I
# aligned_label_Lt
    align 8
label_5:
# i_func_info_IaaI
# erl_init:run/3
    call L24
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x38, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xE7, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_6:
# i_breakpoint_trampoline
    short jmp L42
.db 0x00
    call L27
    align 8
L42:
# i_test_yield
    lea rdx, qword ptr [label_6+24]
    dec r14
    jle L25
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L43
    mov ecx, 3
    call 140320710850576
L43:
    sub rsp, 16
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# i_move_sd
    mov qword ptr [rbx+16], 31
# line_I
# call_light_bif_be
    align 4
L44:
L45:
    long mov rcx, 9223372036854775807
    mov rax, 94919179108272
    lea rdx, qword ptr [L44]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 11
    je label_8
    cmp rsi, 75
    je label_7
    jmp label_9
# label_L
label_7:
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx+16], 82827
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# line_I
# apply_last_tt
    add rsp, 16
    align 4
L47:
    mov edx, 1
    movq xmm0, r15
    movq xmm1, rsp
    punpcklqdq xmm0, xmm1
    movups xmmword ptr [r13+80], xmm0
    mov qword ptr [r13+104], r14
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    mov rsi, rbx
    lea rcx, qword ptr [L47]
    xor r8d, r8d
    call 94919178644032
    mov rsp, qword ptr [r13+88]
    mov r15, qword ptr [r13+80]
    mov r14, qword ptr [r13+104]
    test rax, rax
    short jne L46
    lea rsi, qword ptr [L47]
    mov rcx, 94919181695328
    push rsi
    jmp 140320710854368
L46:
    jmp qword ptr [rax+r12*8]
# label_L
label_8:
# test_heap_It
    lea rdx, qword ptr [r15+96]
    cmp rdx, rsp
    short jbe L48
    xor ecx, ecx
    call 140320710850576
L48:
# put_tuple2_SA
# Move arity word
    mov edi, 448
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 82891
    mov qword ptr [r15+16], 779
    mov qword ptr [r15+24], 26251
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15+32], rdi
L49:
    long mov rdi, 9223372036854775807
    mov qword ptr [r15+40], rdi
    mov qword ptr [r15+48], 82827
L50:
    long mov rdi, 9223372036854775807
    mov qword ptr [r15+56], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 64
    mov qword ptr [rbx], rdi
# i_trim_t
    add rsp, 16
# line_I
# call_light_bif_be
    align 4
L51:
L52:
    long mov rcx, 9223372036854775807
    mov rax, 94919179107008
    lea rdx, qword ptr [L51]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov qword ptr [rbx], 31
# i_call_ext_last_et
L53:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# label_L
label_9:
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
label_10:
# i_func_info_IaaI
# erl_init:if_loaded/2
    call L24
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x38, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x44, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_11:
# i_breakpoint_trampoline
    short jmp L54
.db 0x00
    call L27
    align 8
L54:
# i_test_yield
    lea rdx, qword ptr [label_11+24]
    dec r14
    jle L25
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L55
    mov ecx, 2
    call 140320710850576
L55:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp], rdi
# line_I
# call_light_bif_be
    align 4
L56:
L57:
    long mov rcx, 9223372036854775807
    mov rax, 94919178658912
    lea rdx, qword ptr [L56]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx], 80459
# i_call_last_ft
    add rsp, 8
    jmp label_13
# func_line_I
# aligned_label_Lt
    align 8
label_12:
# i_func_info_IaaI
# erl_init:if_loaded/3
    call L24
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x38, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x44, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_13:
# i_breakpoint_trampoline
    short jmp L58
.db 0x00
    call L27
    align 8
L58:
# i_test_yield
    lea rdx, qword ptr [label_13+24]
    dec r14
    jle L25
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+16]
    test al, 2
    jne label_15
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx+16], xmm0
# is_eq_exact_fss
    cmp qword ptr [rbx+24], 80459
    jne label_14
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L59
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L59:
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# line_I
# i_call_fun2_last_atSt
    mov rcx, qword ptr [rbx]
    xor edx, edx
    lea r8, qword ptr [L60]
# skipped box test since source is always boxed
# skipped fun test since source is always a fun when boxed
# skipped arity test since source always has right arity
    mov rax, qword ptr [rcx+6]
    mov rdi, qword ptr [rax+r12*8]
L60:
    jmp rdi
# label_L
label_14:
# i_call_only_f
    short jmp label_13
# label_L
label_15:
# is_nil_fS
    cmp qword ptr [rbx+16], 59
    jne label_12
# i_move_sd
    mov qword ptr [rbx], 30603
# return
    dec r14
    jl L26
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_16:
# i_func_info_IaaI
# erl_init:module_info/0
    call L24
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x38, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x66, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
module_info/0:
# i_breakpoint_trampoline
    short jmp L61
.db 0x00
    call L27
    align 8
L61:
# i_test_yield
    lea rdx, qword ptr [module_info/0+24]
    dec r14
    jle L25
# i_move_sd
    mov qword ptr [rbx], 14411
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L62
    mov ecx, 1
.db 0x90
    call 140320710850576
L62:
# call_light_bif_be
    align 4
L63:
L64:
    long mov rcx, 9223372036854775807
    mov rax, 94919178912304
    lea rdx, qword ptr [L63]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L26
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_18:
# i_func_info_IaaI
# erl_init:module_info/1
    call L24
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x38, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x66, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
module_info/1:
# i_breakpoint_trampoline
    short jmp L65
.db 0x00
    call L27
    align 8
L65:
# i_test_yield
    lea rdx, qword ptr [module_info/1+24]
    dec r14
    jle L25
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx], 14411
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L66
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L66:
# call_light_bif_be
    align 4
L67:
L68:
    long mov rcx, 9223372036854775807
    mov rax, 94919178913216
    lea rdx, qword ptr [L67]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L26
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_20:
# i_func_info_IaaI
# erl_init:'-restart/0-fun-0-'/0
    call L24
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x38, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x44, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_21:
# i_breakpoint_trampoline
    short jmp L69
.db 0x00
    call L27
    align 8
L69:
# i_test_yield
    lea rdx, qword ptr [label_21+24]
    dec r14
    jle L25
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L70
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L70:
# line_I
# i_call_ext_e
L71:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# i_move_sd
    mov qword ptr [rbx], 30603
# deallocate_t
# return
    dec r14
    jl L26
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_22:
# i_func_info_IaaI
# erl_init:'-start/2-fun-0-'/0
    call L24
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x38, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x44, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_23:
# i_breakpoint_trampoline
    short jmp L72
.db 0x00
    call L27
    align 8
L72:
# i_test_yield
    lea rdx, qword ptr [label_23+24]
    dec r14
    jle L25
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L73
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L73:
# line_I
# i_call_ext_e
L74:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# line_I
# i_call_ext_e
L75:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# i_move_sd
    mov qword ptr [rbx], 30603
# deallocate_t
# return
    dec r14
    jl L26
    ret
# int_code_end
L76:
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, 94919180896308
    call 94919178184336
.section .rodata {#1}
md5:
.db 0xD7, 0x7F, 0x3D, 0x20, 0x03, 0xA6, 0x34, 0xD1, 0x7D, 0x77, 0xB5, 0xC4, 0x8C, 0xFB, 0xCD, 0xB1
.section .text {#0}
