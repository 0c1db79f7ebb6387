    align 8
L243:
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
L244:
    jmp 140320710851944
    align 8
L245:
    jmp 140320710853048
    align 8
L246:
    jmp 140320710850344
    align 16
L247:
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
# prim_zip:filter_fun/0
    call L244
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0x1C, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x1D, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_2:
# i_breakpoint_trampoline
    short jmp L248
.db 0x00
    call L247
    align 8
L248:
# i_test_yield
    lea rdx, qword ptr [label_2+24]
    dec r14
    jle L245
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L249
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L249:
# i_make_fun3_FStt
L250:
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
# return
    dec r14
    jl L246
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_3:
# i_func_info_IaaI
# prim_zip:open/1
    call L244
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0x1C, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x78, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
open/1:
# i_breakpoint_trampoline
    short jmp L251
.db 0x00
    call L247
    align 8
L251:
# i_test_yield
    lea rdx, qword ptr [open/1+24]
    dec r14
    jle L245
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L252
    mov ecx, 1
    call 140320710850576
L252:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# line_I
# i_call_f
    call label_2
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx+8], 907
# i_call_last_ft
    add rsp, 8
    jmp open/3
# func_line_I
# aligned_label_Lt
    align 8
label_5:
# i_func_info_IaaI
# prim_zip:open/3
    call L244
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0x1C, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x78, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
open/3:
# i_breakpoint_trampoline
    short jmp L253
.db 0x00
    call L247
    align 8
L253:
# i_test_yield
    lea rdx, qword ptr [open/3+24]
    dec r14
    jle L245
# is_function2_fss
    mov rdi, qword ptr [rbx]
    rex test dil, 1
    jne label_10
    mov eax, dword ptr [rdi-2]
    cmp eax, 212
    jne label_10
    cmp byte ptr [rdi+22], 2
    jne label_10
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L254
    mov ecx, 3
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L254:
    sub rsp, 24
# init_yregs_I
    mov eax, 59
    mov rdi, rsp
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# catch_yf
    inc qword ptr [r13+264]
L255:
    mov eax, 2147483647
    mov qword ptr [rsp+16], rax
# line_I
# i_call_f
.db 0x66, 0x90
    call label_12
# try_end_y
    dec qword ptr [r13+264]
    mov qword ptr [rsp+16], 59
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L246
    ret
# label_L
label_7:
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
# is_eq_exact_fss
    cmp qword ptr [rsp+8], 715
    jne label_9
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rsp]
    rex test sil, 1
    jne label_8
    cmp dword ptr [rsi-2], 128
    jne label_8
    cmp qword ptr [rsi+6], 138571
    jne label_8
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L256:
L257:
    long mov rcx, 9223372036854775807
    mov rax, 94919179106976
    lea rdx, qword ptr [L256]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L246
    ret
# label_L
label_8:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L258
    xor ecx, ecx
.db 0x90
    call 140320710850576
L258:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 779
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
    jl L246
    ret
# label_L
label_9:
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
# i_trim_t
    add rsp, 24
# line_I
# call_light_bif_be
    align 4
L259:
L260:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090512
    lea rdx, qword ptr [L259]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# call_light_bif_be
    align 4
L261:
L262:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089728
    lea rdx, qword ptr [L261]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L246
    ret
# label_L
label_10:
# i_move_sd
L263:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L246
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_11:
# i_func_info_IaaI
# prim_zip:do_open/3
    call L244
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0x1C, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x1D, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_12:
# i_breakpoint_trampoline
    short jmp L264
.db 0x00
    call L247
    align 8
L264:
# i_test_yield
    lea rdx, qword ptr [label_12+24]
    dec r14
    jle L245
# allocate_tt
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L265
    mov ecx, 3
    call 140320710850576
L265:
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
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp+32], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call label_46
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L266
    mov ecx, 1
    call 140320710850576
L266:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 30923
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [r15+16], rdi
L267:
    long mov rdi, 9223372036854775807
    mov qword ptr [r15+24], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+32], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov qword ptr [rbx+8], 59
# line_I
# i_call_fun2_atS
    mov rcx, qword ptr [rbx+16]
    mov edx, 2
    lea r8, qword ptr [L268]
# skipped box test since source is always boxed
# skipped fun test since source is always a fun when boxed
# skipped arity test since source always has right arity
    mov rax, qword ptr [rcx+6]
    mov rdi, qword ptr [rax+r12*8]
L268:
    call rdi
.db 0x90
    call rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# line_I
# i_call_ext_e
L269:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L270
    mov ecx, 1
    call 140320710850576
L270:
# put_tuple2_SA
# Move arity word
    mov edi, 320
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 138699
    mov qword ptr [r15+16], 59
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+24], rdi
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [r15+32], rdi
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15+40], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 48
    mov qword ptr [rsp+8], rdi
# catch_yf
    inc qword ptr [r13+264]
L271:
    mov eax, 2147483647
    mov qword ptr [rsp+32], rax
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+16], 1
    vmovups xmmword ptr [rbx+8], xmm0
# init_yregs_I
    mov eax, 59
    lea rdi, qword ptr [rsp+16]
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x90
    call label_65
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L272
    mov ecx, 1
    call 140320710850576
L272:
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
    mov qword ptr [r15+8], 30603
# (moving and swapping two elements at once)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [r15+16], xmm0
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx], rdi
# try_end_y
    dec qword ptr [r13+264]
    mov qword ptr [rsp+32], 59
# deallocate_t
    add rsp, 40
# return
    dec r14
    jl L246
    ret
# label_L
label_13:
# try_case_y
    dec qword ptr [r13+264]
    mov rax, qword ptr [rbx+24]
    mov qword ptr [rbx], rax
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp+16], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov eax, 59
    mov qword ptr [rsp+8], rax
    mov qword ptr [rsp+32], rax
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call close/1
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
    mov qword ptr [rbx+16], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+16], 1
    vmovups xmmword ptr [rbx], xmm0
# i_trim_t
    add rsp, 40
# line_I
# call_light_bif_be
    align 4
L273:
L274:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090512
    lea rdx, qword ptr [L273]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# call_light_bif_be
    align 4
L275:
L276:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089728
    lea rdx, qword ptr [L275]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L246
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_14:
# i_func_info_IaaI
# prim_zip:foldl/3
    call L244
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0x1C, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x1E, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
foldl/3:
# i_breakpoint_trampoline
    short jmp L277
.db 0x00
    call L247
    align 8
L277:
# i_test_yield
    lea rdx, qword ptr [foldl/3+24]
    dec r14
    jle L245
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx+16]
    rex test sil, 1
    jne label_19
    cmp dword ptr [rsi-2], 320
    jne label_19
    cmp qword ptr [rsi+6], 138699
    jne label_19
# is_function2_fss
    mov rdi, qword ptr [rbx]
    rex test dil, 1
    jne label_19
    mov eax, dword ptr [rdi-2]
    cmp eax, 212
    jne label_19
    cmp byte ptr [rdi+22], 2
    jne label_19
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L278
    mov ecx, 3
.db 0x66, 0x90
    call 140320710850576
L278:
    sub rsp, 24
# init_yregs_I
    mov eax, 59
    mov rdi, rsp
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# catch_yf
    inc qword ptr [r13+264]
L279:
    mov eax, 2147483647
    mov qword ptr [rsp+16], rax
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+16]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx+32], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx+40], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx+24], 59
# line_I
# i_call_f
.db 0x66, 0x90
    call label_21
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L280
    mov ecx, 1
    call 140320710850576
L280:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# get_two_tuple_elements_sPSS
    vpermilpd xmm0, xmmword ptr [rsi+14], 1
    vmovups xmmword ptr [rbx], xmm0
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 30603
# (moving two elements at once)
    movups xmm0, xmmword ptr [rbx]
    movups xmmword ptr [r15+16], xmm0
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx], rdi
# try_end_y
    dec qword ptr [r13+264]
    mov qword ptr [rsp+16], 59
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L246
    ret
# label_L
label_16:
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
# is_eq_exact_fss
    cmp qword ptr [rsp+8], 715
    jne label_18
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rsp]
    rex test sil, 1
    jne label_17
    cmp dword ptr [rsi-2], 128
    jne label_17
    cmp qword ptr [rsi+6], 138571
    jne label_17
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L281:
L282:
    long mov rcx, 9223372036854775807
    mov rax, 94919179106976
    lea rdx, qword ptr [L281]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L246
    ret
# label_L
label_17:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L283
    xor ecx, ecx
.db 0x90
    call 140320710850576
L283:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 779
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
    jl L246
    ret
# label_L
label_18:
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
# i_trim_t
    add rsp, 24
# line_I
# call_light_bif_be
    align 4
L284:
L285:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090512
    lea rdx, qword ptr [L284]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# call_light_bif_be
    align 4
L286:
L287:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089728
    lea rdx, qword ptr [L286]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L246
    ret
# label_L
label_19:
# i_move_sd
L288:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L246
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_20:
# i_func_info_IaaI
# prim_zip:do_foldl/6
    call L244
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0x1C, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x1E, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_21:
# i_breakpoint_trampoline
    short jmp L289
.db 0x00
    call L247
    align 8
L289:
# i_test_yield
    lea rdx, qword ptr [label_21+24]
    dec r14
    jle L245
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+16]
    test al, 2
    jne label_27
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+48], rsi
    mov qword ptr [rbx+16], rdx
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx+48]
    rex test sil, 1
    jne label_29
    cmp dword ptr [rsi-2], 256
    jne label_29
    cmp qword ptr [rsi+6], 138891
    jne label_29
# allocate_heap_tIt
    lea rdx, qword ptr [r15+128]
    cmp rdx, rsp
    short jbe L290
    mov ecx, 7
    call 140320710850576
L290:
    sub rsp, 64
# init_yregs_I
    mov qword ptr [rsp], 59
# i_move_sd
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rsp+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp+16], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+32], 1
    vmovups xmmword ptr [rsp+24], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rsp+40], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+48], rdi
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+48]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+22]
    movups xmmword ptr [rbx+16], xmm0
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
# (moving two elements at once)
    movups xmm0, xmmword ptr [rbx+16]
    movups xmmword ptr [r15+16], xmm0
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx], rdi
# catch_yf
    inc qword ptr [r13+264]
L291:
    mov eax, 2147483647
    mov qword ptr [rsp+56], rax
# i_move_sd
    mov rdi, qword ptr [rsp+48]
    mov qword ptr [rbx+16], rdi
# line_I
# i_call_fun2_atS
    mov rcx, qword ptr [rbx+16]
    mov edx, 2
    lea r8, qword ptr [L292]
# skipped box test since source is always boxed
# skipped fun test since source is always a fun when boxed
# skipped arity test since source always has right arity
    mov rax, qword ptr [rcx+6]
    mov rdi, qword ptr [rax+r12*8]
L292:
    call rdi
.db 0x66, 0x90
    call rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# try_end_y
    dec qword ptr [r13+264]
    mov qword ptr [rsp+56], 59
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_24
    cmp dword ptr [rsi-2], 192
    jne label_24
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [rbx+16], rdi
# init_yregs_I
    mov eax, 59
    mov qword ptr [rsp+8], rax
    mov qword ptr [rsp+40], rax
# line_I
# i_call_f
.db 0x66, 0x90
    call label_31
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx+16], rdi
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+8]
    cmp rsi, 11
    je label_23
    cmp rsi, 75
    je label_22
    jmp label_28
# label_L
label_22:
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx+32], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx+40], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+48]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 64
    jmp label_21
# label_L
label_23:
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L293
    mov ecx, 3
    call 140320710850576
L293:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 30603
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15+16], rdi
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [r15+24], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 64
# return
    dec r14
    jl L246
    ret
# label_L
label_24:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L294
    xor ecx, ecx
.db 0x90
    call 140320710850576
L294:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 138955
    mov rdi, qword ptr [rsp]
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
# call_light_bif_be
    align 4
L295:
L296:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090512
    lea rdx, qword ptr [L295]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 64
# return
    dec r14
    jl L246
    ret
# label_L
label_25:
# try_case_y
    dec qword ptr [r13+264]
    mov rax, qword ptr [rbx+24]
    mov qword ptr [rbx], rax
# is_eq_exact_fss
    cmp qword ptr [rbx], 715
    jne label_26
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L297
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L297:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 138571
    mov rdi, qword ptr [rbx+8]
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
# call_light_bif_be
    align 4
L298:
L299:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090512
    lea rdx, qword ptr [L298]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 64
# return
    dec r14
    jl L246
    ret
# label_L
label_26:
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
label_27:
# is_nil_fS
    cmp qword ptr [rbx+16], 59
    jne label_20
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L300
    mov ecx, 5
.db 0x90
    call 140320710850576
L300:
    sub rsp, 16
# i_move_sd
    mov rdi, qword ptr [rbx+32]
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
    call label_217
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+16], rdi
# i_trim_t
    add rsp, 8
# i_move_sd
    mov qword ptr [rbx], 47
# call_light_bif_be
    align 4
L301:
L302:
    long mov rcx, 9223372036854775807
    mov rax, 94919179098736
    lea rdx, qword ptr [L301]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L303
    mov ecx, 1
    call 140320710850576
L303:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 30603
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
    jl L246
    ret
# label_L
label_28:
# line_I
# case_end_s
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 7248
    xor ecx, ecx
    call 140320710854352
# label_L
label_29:
# line_I
    nop
# badmatch_s
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 5200
    xor ecx, ecx
    call 140320710854352
# func_line_I
    nop
# aligned_label_Lt
    align 8
label_30:
# i_func_info_IaaI
# prim_zip:include_acc/3
    call L244
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0x1C, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x1F, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_31:
# i_breakpoint_trampoline
    short jmp L304
.db 0x00
    call L247
    align 8
L304:
# i_test_yield
    lea rdx, qword ptr [label_31+24]
    dec r14
    jle L245
# i_is_tuple_fs
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_34
    test byte ptr [rsi-2], 63
    jne label_34
# i_select_tuple_arity_SfI
    mov rsi, qword ptr [rbx]
# skipped box test since argument is always boxed
    mov esi, dword ptr [rsi-2]
# simplified tuple test since the source is always a tuple when boxed
    cmp esi, 128
    je label_33
    cmp esi, 256
    je label_32
    jne label_37
# label_L
label_32:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+24], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx+24], 75
    jne label_37
# test_heap_It
    lea rdx, qword ptr [r15+88]
    cmp rdx, rsp
    short jbe L305
    mov ecx, 3
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L305:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+8], rdi
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
    mov qword ptr [r15+8], 138891
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+16], rdi
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [r15+24], rdi
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+32], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 40
    mov qword ptr [rbx], rdi
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# return
    dec r14
    jl L246
    ret
# label_L
label_33:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+24], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx+24], 75
    jne label_37
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L306
    mov ecx, 3
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L306:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp], rdi
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx], 47
# line_I
# call_light_bif_be
    align 4
L307:
L308:
    long mov rcx, 9223372036854775807
    mov rax, 94919179098736
    lea rdx, qword ptr [L307]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L309
    mov ecx, 1
    call 140320710850576
L309:
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
    jl L246
    ret
# label_L
label_34:
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 11
    je label_36
    cmp rsi, 75
    je label_35
    jmp label_37
# label_L
label_35:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L310
    mov ecx, 3
.db 0x90
    call 140320710850576
L310:
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
    jl L246
    ret
# label_L
label_36:
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L246
    ret
# label_L
label_37:
# is_list_fs
    mov rax, qword ptr [rbx]
    cmp rax, 59
    short je L311
    test al, 2
    jne label_38
L311:
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L312
    mov ecx, 3
.db 0x90
    call 140320710850576
L312:
# i_make_fun3_FStt
L313:
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
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rbx+8], xmm0
# swap_dd
    mov rdi, qword ptr [rbx]
    mov rsi, qword ptr [rbx+16]
    mov qword ptr [rbx+16], rdi
    mov qword ptr [rbx], rsi
# i_call_only_f
    jmp label_40
# label_L
label_38:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L314
    mov ecx, 1
    call 140320710850576
L314:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 138955
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
    short jbe L315
    mov ecx, 3
.db 0x66, 0x90
    call 140320710850576
L315:
# call_light_bif_be
    align 4
L316:
L317:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090512
    lea rdx, qword ptr [L316]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L246
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_39:
# i_func_info_IaaI
# prim_zip:lists_foldl/3
    call L244
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0x1C, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x1F, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_40:
# i_breakpoint_trampoline
    short jmp L318
.db 0x00
    call L247
    align 8
L318:
# i_test_yield
    lea rdx, qword ptr [label_40+24]
    dec r14
    jle L245
# is_nonempty_list_fS
    test byte ptr [rbx+16], 2
    jne label_41
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L319
    mov ecx, 3
.db 0x66, 0x90
    call 140320710850576
L319:
    sub rsp, 16
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# get_list_Sdd
    mov rdi, qword ptr [rbx+16]
    mov rsi, qword ptr [rdi-1]
    mov rdx, qword ptr [rdi+7]
    mov qword ptr [rbx], rsi
    mov qword ptr [rsp], rdx
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+16], rdi
# line_I
# i_call_fun2_atS
    mov rcx, qword ptr [rbx+16]
    mov edx, 2
    lea r8, qword ptr [L320]
# skipped box test since source is always boxed
# skipped fun test since source is always a fun when boxed
# skipped arity test since source always has right arity
    mov rax, qword ptr [rcx+6]
    mov rdi, qword ptr [rax+r12*8]
L320:
    call rdi
.db 0x66, 0x90
    call rdi
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
    jmp label_40
# label_L
label_41:
# is_nil_fS
    cmp qword ptr [rbx+16], 59
    jne label_39
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L246
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_42:
# i_func_info_IaaI
# prim_zip:close/1
    call L244
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0x1C, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x22, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
close/1:
# i_breakpoint_trampoline
    short jmp L321
.db 0x00
    call L247
    align 8
L321:
# i_test_yield
    lea rdx, qword ptr [close/1+24]
    dec r14
    jle L245
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_44
    cmp dword ptr [rsi-2], 320
    jne label_44
    cmp qword ptr [rsi+6], 138699
    jne label_44
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L322
    mov ecx, 1
    call 140320710850576
L322:
    sub rsp, 8
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rsp], rdi
# get_two_tuple_elements_sPSS
    vpermilpd xmm0, xmmword ptr [rsi+30], 1
    vmovups xmmword ptr [rbx], xmm0
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx]
    movups xmmword ptr [rbx+8], xmm0
# i_move_sd
    mov qword ptr [rbx], 8907
# line_I
# i_call_fun_t
    mov rcx, qword ptr [rbx+16]
    mov edx, 2
    mov rsi, 140320710850960
    lea r8, qword ptr [L323]
    test ecx, 1
    short jne L323
    cmp qword ptr [rcx-2], 212
    short jne L323
    cmp byte ptr [rcx+22], dl
    mov rax, qword ptr [rcx+6]
    mov rdi, qword ptr [rax+r12*8]
L323:
    cmovne rdi, rsi
    call rdi
.db 0x0F, 0x1F, 0x00
    call rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_ext_last_et
    add rsp, 8
L324:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# label_L
label_44:
# i_move_sd
L325:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L246
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_45:
# i_func_info_IaaI
# prim_zip:get_zip_input/1
    call L244
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0x1C, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x1F, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_46:
# i_breakpoint_trampoline
    short jmp L326
.db 0x00
    call L247
    align 8
L326:
# i_test_yield
    lea rdx, qword ptr [label_46+24]
    dec r14
    jle L245
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_47
    cmp dword ptr [rsi-2], 128
    jne label_47
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+8], rdi
# is_binary_fs
    mov rdi, qword ptr [rbx+8]
    rex test dil, 1
    jne label_47
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 40
    short je L328
    and al, -5
    cmp al, 32
    jne label_47
    short jmp L327
L328:
    cmp byte ptr [rdi+22], 0
    jne label_47
L327:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# is_list_fs
    mov rax, qword ptr [rbx+8]
    cmp rax, 59
    short je L329
    test al, 2
    jne label_47
L329:
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L330
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L330:
# i_make_fun3_FStt
L331:
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
# return
    dec r14
    jl L246
    ret
# label_L
label_47:
# is_list_fs
    mov rax, qword ptr [rbx]
    cmp rax, 59
    short je L332
    test al, 2
    jne label_48
L332:
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L333
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L333:
# i_make_fun3_FStt
L334:
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
# return
    dec r14
    jl L246
    ret
# label_L
label_48:
# i_move_sd
    mov qword ptr [rbx+8], 13579
# i_move_sd
    mov qword ptr [rbx+16], 59
# i_move_sd
    mov qword ptr [rbx], 715
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L335
    mov ecx, 3
.db 0x66, 0x90
    call 140320710850576
L335:
# call_light_bif_be
    align 4
L336:
L337:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090512
    lea rdx, qword ptr [L336]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L246
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_49:
# i_func_info_IaaI
# prim_zip:get_z_file/4
    call L244
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0x1C, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x1F, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_50:
# i_breakpoint_trampoline
    short jmp L338
.db 0x00
    call L247
    align 8
L338:
# i_test_yield
    lea rdx, qword ptr [label_50+24]
    dec r14
    jle L245
# allocate_heap_tIt
    lea rdx, qword ptr [r15+112]
    cmp rdx, rsp
    short jbe L339
    mov ecx, 4
    call 140320710850576
L339:
    sub rsp, 48
# init_yregs_I
    mov eax, 59
    mov rdi, rsp
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+40], rdi
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+24]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rsp+32], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 114443
# (moving two elements at once)
    movups xmm0, xmmword ptr [rbx+8]
    movups xmmword ptr [r15+16], xmm0
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx], rdi
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+24]
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+30]
    movups xmmword ptr [rbx+8], xmm0
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rbx+8], xmm0
# line_I
# i_call_fun2_atS
    mov rcx, qword ptr [rbx+16]
    mov edx, 2
    lea r8, qword ptr [L340]
# skipped box test since source is always boxed
# skipped fun test since source is always a fun when boxed
# skipped arity test since source always has right arity
    mov rax, qword ptr [rcx+6]
    mov rdi, qword ptr [rax+r12*8]
L340:
    call rdi
.db 0x90
    call rdi
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_52
    cmp dword ptr [rsi-2], 128
    jne label_52
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx], rdi
# i_bs_start_match3_Stjd
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_52
    mov eax, dword ptr [rsi-2]
    and al, 60
    cmp al, 4
    short je L342
# is_binary_header
    cmp al, 40
    short je L341
    and al, -5
    cmp al, 32
    jne label_52
L341:
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L343
    mov qword ptr [rbx+8], rsi
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
    mov rsi, qword ptr [rbx+8]
L343:
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
L342:
    mov qword ptr [rsp+24], rsi
# i_bs_get_position_SS
    mov rdi, qword ptr [rsp+24]
    mov rdi, qword ptr [rdi+22]
    sal rdi, 4
    or rdi, 15
    mov qword ptr [rsp+16], rdi
# i_bs_match_string_SfWM
    mov rdi, qword ptr [rsp+24]
    mov rsi, qword ptr [rdi+22]
    lea rdx, qword ptr [rsi+32]
    cmp rdx, qword ptr [rdi+30]
    ja label_52
    mov qword ptr [rbx-120], rdi
    mov rcx, rsi
    and rcx, 7
    shr rsi, 3
    mov rdx, qword ptr [rdi+14]
    add rdx, rsi
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
L344:
    long mov rdi, 9223372036854775807
    xor esi, esi
    mov r8d, 32
    call 94919179751184
    mov rsp, rbp
    test rax, rax
    jne label_52
    mov rdi, qword ptr [rbx-120]
    add qword ptr [rdi+22], 32
# i_bs_get_binary2_Sftstd
    mov esi, 208
    mov qword ptr [rbx-120], rsi
    mov rcx, qword ptr [rsp+24]
    lea rdx, qword ptr [r15+112]
    cmp rdx, rsp
    short jbe L345
    mov qword ptr [rbx], rcx
    mov ecx, 1
    call 140320710850576
    mov rcx, qword ptr [rbx]
L345:
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
    je label_52
    mov qword ptr [rbx], rax
# bs_test_unit_fSt
    mov rdi, qword ptr [rsp+24]
    mov rax, qword ptr [rdi+30]
    sub rax, qword ptr [rdi+22]
    test al, 7
    jnz label_52
# i_move_sd
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [rbx+8], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call label_185
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+30]
    mov qword ptr [rsp+8], rdi
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+78]
    mov qword ptr [rbx+8], rdi
# line_I
# i_increment_SWd
# skipped operand and overflow checks
    mov rax, qword ptr [rbx+8]
    add rax, 480
    mov qword ptr [rbx+8], rax
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+86]
    mov qword ptr [rbx+16], rdi
# i_plus_ssjd
# add without overflow check
    mov rax, qword ptr [rbx+8]
    mov rsi, qword ptr [rbx+16]
    and rax, -16
    add rax, rsi
    mov qword ptr [rsp], rax
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x90
    call label_62
# i_plus_ssjd
# add without overflow check
    mov rax, qword ptr [rsp]
    mov rsi, qword ptr [rbx]
    and rax, -16
    add rax, rsi
    mov qword ptr [rbx], rax
# bs_set_position_SS
    mov rdi, qword ptr [rsp+24]
    mov rsi, qword ptr [rsp+16]
    sar rsi, 4
    mov qword ptr [rdi+22], rsi
# i_bs_skip_bits2_SSft
    mov rax, qword ptr [rbx]
    mov edx, eax
    and edx, 15
    cmp edx, 15
    jne label_51
    and rax, -16
    js label_51
    mov edx, 8
    mul rdx
    jo label_51
    sar rax, 4
    mov rdi, qword ptr [rsp+24]
    add rax, qword ptr [rdi+22]
    cmp rax, qword ptr [rdi+30]
    ja label_51
    mov qword ptr [rdi+22], rax
# i_bs_get_binary_all2_Sfttd
    mov rdi, qword ptr [rsp+24]
    lea rdx, qword ptr [r15+112]
    cmp rdx, rsp
    short jbe L346
    mov qword ptr [rbx], rdi
    mov ecx, 1
.db 0x90
    call 140320710850576
    mov rdi, qword ptr [rbx]
L346:
    mov rax, qword ptr [rdi+30]
    sub rax, qword ptr [rdi+22]
    test al, 7
    jne label_51
    mov qword ptr [r13+80], r15
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    lea rsi, qword ptr [rdi+6]
    mov rdi, r13
    call 94919179752144
    mov rsp, rbp
    mov r15, qword ptr [r13+80]
    mov qword ptr [rbx+8], rax
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rsp+32]
    movups xmmword ptr [rbx+16], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 48
    jmp label_54
# label_L
label_51:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L347
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L347:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 139275
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L348:
L349:
    long mov rcx, 9223372036854775807
    mov rax, 94919179106976
    lea rdx, qword ptr [L348]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 48
# return
    dec r14
    jl L246
    ret
# label_L
label_52:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L350
    xor ecx, ecx
.db 0x90
    call 140320710850576
L350:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 139339
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L351:
L352:
    long mov rcx, 9223372036854775807
    mov rax, 94919179106976
    lea rdx, qword ptr [L351]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 48
# return
    dec r14
    jl L246
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_53:
# i_func_info_IaaI
# prim_zip:get_z_all/4
    call L244
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0x1C, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x20, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_54:
# i_breakpoint_trampoline
    short jmp L353
.db 0x00
    call L247
    align 8
L353:
# i_test_yield
    lea rdx, qword ptr [label_54+24]
    dec r14
    jle L245
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 15
    je label_58
    cmp rsi, 143
    je label_55
    jmp label_59
# label_L
label_55:
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L354
    mov ecx, 3
.db 0x90
    call 140320710850576
L354:
    sub rsp, 24
# init_yregs_I
    mov qword ptr [rsp], 59
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rsp+8], xmm0
# i_move_sd
    mov qword ptr [rbx+8], -225
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L355:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# is_eq_exact_fss
    cmp qword ptr [rbx], 30603
    jne label_60
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+8], rdi
# init_yregs_I
    mov qword ptr [rsp+16], 59
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L356:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# catch_yf
    inc qword ptr [r13+264]
L357:
    mov eax, 2147483647
    mov qword ptr [rsp+16], rax
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov qword ptr [rsp+8], 59
# line_I
# i_call_ext_e
L358:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x90
    call qword ptr [rax+r12*8]
# try_end_y
    dec qword ptr [r13+264]
    mov qword ptr [rsp+16], 59
# jump_f
    jmp label_57
# label_L
label_56:
# try_case_y
    dec qword ptr [r13+264]
    mov rax, qword ptr [rbx+24]
    mov qword ptr [rbx], rax
# label_L
label_57:
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L359:
L360:
    long mov rcx, 9223372036854775807
    mov rax, 94919179448912
    lea rdx, qword ptr [L359]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L246
    ret
# label_L
label_58:
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L246
    ret
# label_L
label_59:
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L361
    mov ecx, 4
.db 0x90
    call 140320710850576
L361:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 139467
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [r15+16], rdi
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+24], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx], rdi
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L362
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L362:
# call_light_bif_be
    align 4
L363:
L364:
    long mov rcx, 9223372036854775807
    mov rax, 94919179106976
    lea rdx, qword ptr [L363]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L246
    ret
# label_L
label_60:
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
label_61:
# i_func_info_IaaI
# prim_zip:offset_over_z_data_descriptor/1
    call L244
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0x1C, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x21, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_62:
# i_breakpoint_trampoline
    short jmp L365
.db 0x00
    call L247
    align 8
L365:
# i_test_yield
    lea rdx, qword ptr [label_62+24]
    dec r14
    jle L245
# i_band_ssjd
    mov rsi, qword ptr [rbx]
    mov eax, 143
# skipped test for small operands since they are always small
    and rax, rsi
    mov qword ptr [rbx], rax
# is_eq_exact_fss
    cmp qword ptr [rbx], 143
    jne label_63
# i_move_sd
    mov qword ptr [rbx], 207
# return
    dec r14
    jl L246
    ret
# label_L
label_63:
# i_move_sd
    mov qword ptr [rbx], 15
# return
    dec r14
    jl L246
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_64:
# i_func_info_IaaI
# prim_zip:get_central_dir/3
    call L244
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0x1C, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x21, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_65:
# i_breakpoint_trampoline
    short jmp L366
.db 0x00
    call L247
    align 8
L366:
# i_test_yield
    lea rdx, qword ptr [label_65+24]
    dec r14
    jle L245
# allocate_tt
    lea rdx, qword ptr [r15+88]
    cmp rdx, rsp
    short jbe L367
    mov ecx, 3
    call 140320710850576
L367:
    sub rsp, 56
# init_yregs_I
    mov eax, 59
    mov rdi, rsp
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rsp+32], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+48], rdi
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+30]
    mov qword ptr [rsp+24], rdi
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+38]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx+8], 367
# line_I
# i_call_f
    call label_95
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rsp+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
    call label_168
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L368
    mov ecx, 1
    call 140320710850576
L368:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rsp+8], rdi
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+8]
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+46]
    movups xmmword ptr [rbx], xmm0
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 114443
# (moving and swapping two elements at once)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [r15+16], xmm0
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx], rdi
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rsp+16]
    movups xmmword ptr [rbx+8], xmm0
# init_yregs_I
    mov eax, 59
    lea rdi, qword ptr [rsp+16]
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# line_I
# i_call_fun2_atS
    mov rcx, qword ptr [rbx+16]
    mov edx, 2
    lea r8, qword ptr [L369]
# skipped box test since source is always boxed
# skipped fun test since source is always a fun when boxed
# skipped arity test since source always has right arity
    mov rax, qword ptr [rcx+6]
    mov rdi, qword ptr [rax+r12*8]
L369:
    call rdi
    call rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+24], rdi
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_67
    cmp dword ptr [rsi-2], 128
    jne label_67
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+24]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+48]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx], 95
# line_I
# call_light_bif_be
    align 4
L370:
L371:
    long mov rcx, 9223372036854775807
    mov rax, 94919179098736
    lea rdx, qword ptr [L370]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+38]
    mov qword ptr [rsp+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# is_eq_exact_fss
    cmp qword ptr [rsp+16], 15
    jne label_66
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L372
    xor ecx, ecx
.db 0x66, 0x90
    call 140320710850576
L372:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+8], rdi
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 56
# return
    dec r14
    jl L246
    ret
# label_L
label_66:
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+24]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rsp+24], rdi
# i_trim_t
    add rsp, 8
# line_I
# i_call_f
    call label_88
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+6]
    movups xmmword ptr [rbx+32], xmm0
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx+48], rdi
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+30]
    mov qword ptr [rbx+8], rdi
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+54]
    mov qword ptr [rbx+56], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+24], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+24], 1
    vmovups xmmword ptr [rbx+64], xmm0
# i_move_sd
    mov qword ptr [rbx+16], 59
# i_move_sd
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [rbx+80], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 48
    jmp label_69
# label_L
label_67:
# line_I
# badmatch_s
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 5200
    xor ecx, ecx
    call 140320710854352
# func_line_I
    nop
# aligned_label_Lt
    align 8
label_68:
# i_func_info_IaaI
# prim_zip:get_cd_loop/11
    call L244
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0x1C, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x21, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_69:
# i_breakpoint_trampoline
    short jmp L373
.db 0x00
    call L247
    align 8
L373:
# i_test_yield
    lea rdx, qword ptr [label_69+24]
    dec r14
    jle L245
# allocate_tt
    lea rdx, qword ptr [r15+144]
    cmp rdx, rsp
    short jbe L374
    mov ecx, 11
.db 0x90
    call 140320710850576
L374:
    sub rsp, 112
# init_yregs_I
    mov eax, 59
    mov rdi, rsp
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+72], 1
    vmovups xmmword ptr [rsp+32], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+56], 1
    vmovups xmmword ptr [rsp+48], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rsp+64], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+24], 1
    vmovups xmmword ptr [rsp+72], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp+88], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+96], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rsp+104], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx], 31
    jne label_70
# line_I
# i_minus_ssjd
    mov rsi, qword ptr [rbx+56]
    mov rdx, qword ptr [rbx+40]
# are both operands small?
    mov eax, esi
    and eax, edx
    and al, 15
    cmp al, 15
    short jne L376
# sub with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    sub rax, rcx
    short jno L375
L376:
    call 140320710853584
L375:
    mov qword ptr [rbx], rax
# i_move_sd
    mov qword ptr [rsp+8], 907
# i_move_sd
    mov qword ptr [rsp+16], 907
# i_move_sd
    mov qword ptr [rsp], 907
# i_move_sd
    mov qword ptr [rsp+24], 907
# jump_f
    jmp label_71
# label_L
label_70:
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x66, 0x90
    call label_88
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
# line_I
# i_minus_ssjd
    mov rsi, qword ptr [rbx+16]
    mov rdx, qword ptr [rsp+104]
# are both operands small?
    mov eax, esi
    and eax, edx
    and al, 15
    cmp al, 15
    short jne L378
# sub with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    sub rax, rcx
    short jno L377
L378:
    call 140320710853584
L377:
    mov qword ptr [rbx+32], rax
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+16], 1
    vmovups xmmword ptr [rsp+8], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp+24], rdi
# label_L
label_71:
# test_heap_It
    lea rdx, qword ptr [r15+200]
    cmp rdx, rsp
    short jbe L379
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L379:
# i_make_fun3_FStt
L380:
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
    mov rdi, qword ptr [rsp+72]
    mov qword ptr [rax+40], rdi
    mov rdi, qword ptr [rsp+64]
    mov qword ptr [rax+48], rdi
# Create boxed ptr
    or al, 2
    mov qword ptr [rbx+8], rax
# i_make_fun3_FStt
L381:
    long mov rsi, 9223372036854775807
    xor edx, edx
    mov ecx, 4
    mov qword ptr [r13+80], r15
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919179755328
    mov rsp, rbp
    mov r15, qword ptr [r13+80]
# Move fun environment
    mov rdi, qword ptr [rsp+80]
    mov qword ptr [rax+40], rdi
    mov rdi, qword ptr [rsp+72]
    mov qword ptr [rax+48], rdi
    mov rdi, qword ptr [rsp+104]
    mov qword ptr [rax+56], rdi
    mov rdi, qword ptr [rbx]
    mov qword ptr [rax+64], rdi
# Create boxed ptr
    or al, 2
    mov qword ptr [rbx], rax
# put_tuple2_SA
# Move arity word
    mov edi, 256
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 138891
    mov rdi, qword ptr [rsp+72]
    mov qword ptr [r15+16], rdi
# (moving and swapping two elements at once)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [r15+24], xmm0
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 40
    mov qword ptr [rsp+64], rdi
# catch_yf
    inc qword ptr [r13+264]
L382:
    mov eax, 2147483647
    mov qword ptr [rsp+104], rax
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L383
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L383:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rsp+72]
    mov qword ptr [r15+8], rdi
# (moving and swapping two elements at once)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [r15+16], xmm0
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx], rdi
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rsp+40]
    movups xmmword ptr [rbx+8], xmm0
# init_yregs_I
    mov eax, 59
    mov qword ptr [rsp+40], rax
    mov qword ptr [rsp+72], rax
# line_I
# i_call_fun2_atS
    mov rcx, qword ptr [rbx+16]
    mov edx, 2
    lea r8, qword ptr [L384]
# skipped box test since source is always boxed
# skipped fun test since source is always a fun when boxed
# skipped arity test since source always has right arity
    mov rax, qword ptr [rcx+6]
    mov rdi, qword ptr [rax+r12*8]
L384:
    call rdi
.db 0x66, 0x90
    call rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+72], rdi
# try_end_y
    dec qword ptr [r13+264]
    mov qword ptr [rsp+104], 59
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_82
    cmp dword ptr [rsi-2], 192
    jne label_82
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+72]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# i_is_tuple_fs
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_74
    test byte ptr [rsi-2], 63
    jne label_74
# i_select_tuple_arity_SfI
    mov rsi, qword ptr [rbx]
# skipped box test since argument is always boxed
    mov esi, dword ptr [rsi-2]
# simplified tuple test since the source is always a tuple when boxed
    cmp esi, 128
    je label_73
    cmp esi, 256
    je label_72
    jne label_77
# label_L
label_72:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 75
    jne label_77
# test_heap_It
    lea rdx, qword ptr [r15+88]
    cmp rdx, rsp
    short jbe L385
    mov ecx, 1
.db 0x90
    call 140320710850576
L385:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+14]
    movups xmmword ptr [rbx+8], xmm0
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+30]
    mov qword ptr [rbx], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 256
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 138891
# (moving two elements at once)
    movups xmm0, xmmword ptr [rbx+8]
    movups xmmword ptr [r15+16], xmm0
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+32], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 40
    mov qword ptr [rbx], rdi
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rsp+88]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# jump_f
    jmp label_78
# label_L
label_73:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 75
    jne label_77
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+64]
    mov qword ptr [rbx+8], rdi
# init_yregs_I
    mov eax, 59
    mov qword ptr [rsp+64], rax
    mov qword ptr [rsp+104], rax
# i_move_sd
    mov qword ptr [rbx], 47
# line_I
# call_light_bif_be
    align 4
L386:
L387:
    long mov rcx, 9223372036854775807
    mov rax, 94919179098736
    lea rdx, qword ptr [L386]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L388
    mov ecx, 1
    call 140320710850576
L388:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rsp+88]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# jump_f
    jmp label_78
# label_L
label_74:
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 11
    je label_76
    cmp rsi, 75
    je label_75
    jmp label_77
# label_L
label_75:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L389
    xor ecx, ecx
    call 140320710850576
L389:
# put_cons_ss
    mov rdi, qword ptr [rsp+64]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rsp+88]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# jump_f
    jmp label_78
# label_L
label_76:
# i_move_sd
    mov rdi, qword ptr [rsp+88]
    mov qword ptr [rbx], rdi
# jump_f
    jmp label_78
# label_L
label_77:
# is_list_fs
    mov rax, qword ptr [rbx]
    cmp rax, 59
    short je L390
    test al, 2
    jne label_86
L390:
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L391
    mov ecx, 1
.db 0x90
    call 140320710850576
L391:
# i_make_fun3_FStt
L392:
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
    mov rdi, qword ptr [rsp+64]
    mov qword ptr [rax+40], rdi
# Create boxed ptr
    or al, 2
    mov qword ptr [rbx+8], rax
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+88]
    mov qword ptr [rbx+8], rdi
# init_yregs_I
    mov eax, 59
    mov qword ptr [rsp+64], rax
    mov qword ptr [rsp+88], rax
    mov qword ptr [rsp+104], rax
# line_I
# i_call_f
.db 0x66, 0x90
    call label_40
# label_L
label_78:
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+72]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rsp+104], rdi
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+8]
    cmp rsi, 11
    je label_81
    cmp rsi, 75
    je label_79
    jmp label_85
# label_L
label_79:
# is_lt_fss
    mov rsi, qword ptr [rsp+96]
    mov edi, 31
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L393
    cmp rdi, rsi
    short jmp L394
L393:
    call 140320710848608
L394:
    jge label_80
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rsp+96]
    mov rdx, -16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L395
    add rax, rdx
    short jno L396
L395:
    call 140320710853080
L396:
    mov qword ptr [rbx+8], rax
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+8], 1
    vmovups xmmword ptr [rbx+40], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx+32], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+48], 1
    vmovups xmmword ptr [rbx+56], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+80]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+104]
    mov qword ptr [rbx+72], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx+80], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_call_last_ft
    add rsp, 112
    jmp label_69
# label_L
label_80:
# i_move_sd
    mov rdi, qword ptr [rsp+80]
    mov qword ptr [rsp+96], rdi
# i_trim_t
    add rsp, 96
# line_I
# i_call_f
    call label_217
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+16], rdi
# i_trim_t
    add rsp, 8
# i_move_sd
    mov qword ptr [rbx], 47
# call_light_bif_be
    align 4
L397:
L398:
    long mov rcx, 9223372036854775807
    mov rax, 94919179098736
    lea rdx, qword ptr [L397]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L399
    mov ecx, 1
    call 140320710850576
L399:
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
    jl L246
    ret
# label_L
label_81:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L400
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L400:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [r15+8], rdi
    mov rdi, qword ptr [rsp+104]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 112
# return
    dec r14
    jl L246
    ret
# label_L
label_82:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L401
    xor ecx, ecx
    call 140320710850576
L401:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 138955
    mov rdi, qword ptr [rsp+72]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L402:
L403:
    long mov rcx, 9223372036854775807
    mov rax, 94919179106976
    lea rdx, qword ptr [L402]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 112
# return
    dec r14
    jl L246
    ret
# label_L
label_83:
# try_case_y
    dec qword ptr [r13+264]
    mov rax, qword ptr [rbx+24]
    mov qword ptr [rbx], rax
# is_eq_exact_fss
    cmp qword ptr [rbx], 715
    jne label_84
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L404
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L404:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 138571
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L405:
L406:
    long mov rcx, 9223372036854775807
    mov rax, 94919179106976
    lea rdx, qword ptr [L405]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 112
# return
    dec r14
    jl L246
    ret
# label_L
label_84:
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
label_85:
# line_I
    nop
# case_end_s
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 7248
    xor ecx, ecx
    call 140320710854352
# label_L
label_86:
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
label_87:
# i_func_info_IaaI
# prim_zip:get_file_header/1
    call L244
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0x1C, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x21, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_88:
# i_breakpoint_trampoline
    short jmp L407
.db 0x00
    call L247
    align 8
L407:
# i_test_yield
    lea rdx, qword ptr [label_88+24]
    dec r14
    jle L245
# i_bs_start_match3_Stjd
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_90
    mov eax, dword ptr [rsi-2]
    and al, 60
    cmp al, 4
    short je L409
# is_binary_header
    cmp al, 40
    short je L408
    and al, -5
    cmp al, 32
    jne label_90
L408:
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L410
    mov qword ptr [rbx+8], rsi
    mov ecx, 2
    call 140320710850576
    mov rsi, qword ptr [rbx+8]
L410:
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
L409:
    mov qword ptr [rbx], rsi
# i_bs_get_position_SS
    mov rdi, qword ptr [rbx]
    mov rdi, qword ptr [rdi+22]
    sal rdi, 4
    or rdi, 15
    mov qword ptr [rbx+8], rdi
# i_bs_match_string_SfWM
    mov rdi, qword ptr [rbx]
    mov rsi, qword ptr [rdi+22]
    lea rdx, qword ptr [rsi+32]
    cmp rdx, qword ptr [rdi+30]
    ja label_90
    mov qword ptr [rbx-120], rdi
    mov rcx, rsi
    and rcx, 7
    shr rsi, 3
    mov rdx, qword ptr [rdi+14]
    add rdx, rsi
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
L411:
    long mov rdi, 9223372036854775807
    xor esi, esi
    mov r8d, 32
    call 94919179751184
    mov rsp, rbp
    test rax, rax
    jne label_90
    mov rdi, qword ptr [rbx-120]
    add qword ptr [rdi+22], 32
# i_bs_get_binary2_Sftstd
    mov esi, 336
    mov qword ptr [rbx-120], rsi
    mov rcx, qword ptr [rbx]
    lea rdx, qword ptr [r15+112]
    cmp rdx, rsp
    short jbe L412
    mov qword ptr [rbx+16], rcx
    mov ecx, 3
    call 140320710850576
    mov rcx, qword ptr [rbx+16]
L412:
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
    je label_90
    mov qword ptr [rbx+16], rax
# bs_test_unit_fSt
    mov rdi, qword ptr [rbx]
    mov rax, qword ptr [rdi+30]
    sub rax, qword ptr [rdi+22]
    test al, 7
    jnz label_90
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L413
    mov ecx, 3
.db 0x90
    call 140320710850576
L413:
    sub rsp, 16
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x90
    call label_182
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+86]
    movups xmmword ptr [rbx+8], xmm0
# line_I
# i_plus_ssjd
# add without overflow check
    mov rax, qword ptr [rbx+8]
    mov rsi, qword ptr [rbx+16]
    and rax, -16
    add rax, rsi
    mov qword ptr [rbx+24], rax
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+102]
    mov qword ptr [rbx+32], rdi
# i_plus_ssjd
    mov rsi, qword ptr [rbx+24]
    mov rdx, qword ptr [rbx+32]
# are both operands small?
    mov eax, esi
    and eax, edx
    and al, 15
    cmp al, 15
    short jne L415
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L414
L415:
    call 140320710853728
L414:
    mov qword ptr [rbx+24], rax
# bs_set_position_SS
    mov rdi, qword ptr [rsp+8]
    mov rsi, qword ptr [rsp]
    sar rsi, 4
    mov qword ptr [rdi+22], rsi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# i_bs_skip_bits_imm2_fSW
    mov eax, 368
    mov rdi, qword ptr [rsp+8]
    add rax, qword ptr [rdi+22]
    cmp rax, qword ptr [rdi+30]
    ja label_89
    mov qword ptr [rdi+22], rax
# i_bs_get_binary2_Sftstd
    mov rax, qword ptr [rbx+24]
    mov edx, eax
    and edx, 15
    cmp edx, 15
    jne label_89
    and rax, -16
    js label_89
    mov edx, 8
    mul rdx
    jo label_89
    sar rax, 4
    mov rsi, rax
    mov qword ptr [rbx-120], rsi
    mov rcx, qword ptr [rsp+8]
    lea rdx, qword ptr [r15+112]
    cmp rdx, rsp
    short jbe L416
    mov qword ptr [rbx+40], rcx
    mov ecx, 6
.db 0x66, 0x90
    call 140320710850576
    mov rcx, qword ptr [rbx+40]
L416:
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
    je label_89
    mov qword ptr [rbx], rax
# i_bs_get_binary_all2_Sfttd
    mov rdi, qword ptr [rsp+8]
    lea rdx, qword ptr [r15+112]
    cmp rdx, rsp
    short jbe L417
    mov qword ptr [rbx+40], rdi
    mov ecx, 6
    call 140320710850576
    mov rdi, qword ptr [rbx+40]
L417:
    mov rax, qword ptr [rdi+30]
    sub rax, qword ptr [rdi+22]
    test al, 7
    jne label_89
    mov qword ptr [r13+80], r15
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    lea rsi, qword ptr [rdi+6]
    mov rdi, r13
    call 94919179752144
    mov rsp, rbp
    mov r15, qword ptr [r13+80]
    mov qword ptr [rsp+8], rax
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx+24], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call label_92
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L418
    mov ecx, 1
    call 140320710850576
L418:
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+134]
    mov qword ptr [rbx+8], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 256
    mov qword ptr [r15], rdi
# Move tuple data
# (moving two elements at once)
    movups xmm0, xmmword ptr [rbx]
    movups xmmword ptr [r15+8], xmm0
# (moving two elements at once)
    movups xmm0, xmmword ptr [rsp]
    movups xmmword ptr [r15+24], xmm0
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 40
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L246
    ret
# label_L
label_89:
# i_move_sd
    mov qword ptr [rbx], 139787
# line_I
# call_light_bif_be
    align 4
L419:
L420:
    long mov rcx, 9223372036854775807
    mov rax, 94919179106976
    lea rdx, qword ptr [L419]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L246
    ret
# label_L
label_90:
# i_move_sd
    mov qword ptr [rbx], 139787
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L421
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L421:
# call_light_bif_be
    align 4
L422:
L423:
    long mov rcx, 9223372036854775807
    mov rax, 94919179106976
    lea rdx, qword ptr [L422]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L246
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_91:
# i_func_info_IaaI
# prim_zip:get_filename_from_b2/4
    call L244
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0x1C, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x22, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_92:
# i_breakpoint_trampoline
    short jmp L424
.db 0x00
    call L247
    align 8
L424:
# i_test_yield
    lea rdx, qword ptr [label_92+24]
    dec r14
    jle L245
# i_bs_start_match3_Stjd
    mov rsi, qword ptr [rbx]
    mov eax, dword ptr [rsi-2]
    and al, 60
    cmp al, 4
    short je L426
L425:
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L427
    mov qword ptr [rbx+32], rsi
    mov ecx, 5
    call 140320710850576
    mov rsi, qword ptr [rbx+32]
L427:
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
L426:
    mov qword ptr [rbx], rsi
# i_bs_get_binary2_Sftstd
    mov rax, qword ptr [rbx+8]
    mov edx, eax
    and edx, 15
    cmp edx, 15
    jne label_93
    and rax, -16
    js label_93
    mov edx, 8
    mul rdx
    jo label_93
    sar rax, 4
    mov rsi, rax
    mov qword ptr [rbx-120], rsi
    mov rcx, qword ptr [rbx]
    lea rdx, qword ptr [r15+112]
    cmp rdx, rsp
    short jbe L428
    mov qword ptr [rbx+32], rcx
    mov ecx, 5
.db 0x90
    call 140320710850576
    mov rcx, qword ptr [rbx+32]
L428:
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
    je label_93
    mov qword ptr [rbx+8], rax
# i_bs_skip_bits2_SSft
    mov rax, qword ptr [rbx+16]
    mov edx, eax
    and edx, 15
    cmp edx, 15
    jne label_93
    and rax, -16
    js label_93
    mov edx, 8
    mul rdx
    jo label_93
    sar rax, 4
    mov rdi, qword ptr [rbx]
    add rax, qword ptr [rdi+22]
    cmp rax, qword ptr [rdi+30]
    ja label_93
    mov qword ptr [rdi+22], rax
# i_bs_skip_bits2_SSft
    mov rax, qword ptr [rbx+24]
    mov edx, eax
    and edx, 15
    cmp edx, 15
    jne label_93
    and rax, -16
    js label_93
    mov edx, 8
    mul rdx
    jo label_93
    sar rax, 4
    mov rdi, qword ptr [rbx]
    add rax, qword ptr [rdi+22]
    cmp rax, qword ptr [rdi+30]
    ja label_93
    mov qword ptr [rdi+22], rax
# bs_test_tail2_fSW
    mov rdi, qword ptr [rbx]
    mov rsi, qword ptr [rdi+30]
    sub rsi, qword ptr [rdi+22]
    jne label_93
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L429
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L429:
# call_light_bif_be
    align 4
L430:
L431:
    long mov rcx, 9223372036854775807
    mov rax, 94919179445984
    lea rdx, qword ptr [L430]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L246
    ret
# label_L
label_93:
# i_move_sd
    mov qword ptr [rbx], 139787
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L432
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L432:
# call_light_bif_be
    align 4
L433:
L434:
    long mov rcx, 9223372036854775807
    mov rax, 94919179106976
    lea rdx, qword ptr [L433]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L246
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_94:
# i_func_info_IaaI
# prim_zip:get_end_of_central_dir/3
    call L244
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0x1C, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x22, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_95:
# i_breakpoint_trampoline
    short jmp L435
.db 0x00
    call L247
    align 8
L435:
# i_test_yield
    lea rdx, qword ptr [label_95+24]
    dec r14
    jle L245
# is_lt_fss
    mov rsi, qword ptr [rbx+8]
    mov edi, 1048575
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L436
    cmp rdi, rsi
    short jmp L437
L436:
    call 140320710848608
L437:
    jge label_96
# i_move_sd
    mov qword ptr [rbx], 139979
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L438
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L438:
# call_light_bif_be
    align 4
L439:
L440:
    long mov rcx, 9223372036854775807
    mov rax, 94919179106976
    lea rdx, qword ptr [L439]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L246
    ret
# label_L
label_96:
# line_I
# i_unary_minus_sjd
    mov rsi, qword ptr [rbx+8]
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L442
# negation with overflow test
    movzx rax, al
    mov rdx, rsi
    and rdx, -16
    sub rax, rdx
    short jno L441
L442:
    call 140320710854520
L441:
    mov qword ptr [rbx+24], rax
# allocate_heap_tIt
    lea rdx, qword ptr [r15+88]
    cmp rdx, rsp
    short jbe L443
    mov ecx, 4
    call 140320710850576
L443:
    sub rsp, 24
# init_yregs_I
    mov qword ptr [rsp], 59
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rsp+8], xmm0
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 140043
    mov qword ptr [r15+16], 14091
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [r15+24], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx+8], rdi
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rbx], xmm0
# i_call_fun2_atS
    mov rcx, qword ptr [rbx+16]
    mov edx, 2
    lea r8, qword ptr [L444]
# skipped box test since source is always boxed
# skipped fun test since source is always a fun when boxed
# skipped arity test since source always has right arity
    mov rax, qword ptr [rcx+6]
    mov rdi, qword ptr [rax+r12*8]
L444:
    call rdi
.db 0x0F, 0x1F, 0x00
    call rdi
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L445
    mov ecx, 1
    call 140320710850576
L445:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 97355
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+16], rdi
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rbx], xmm0
# line_I
# i_call_fun2_atS
    mov rcx, qword ptr [rbx+16]
    mov edx, 2
    lea r8, qword ptr [L446]
# skipped box test since source is always boxed
# skipped fun test since source is always a fun when boxed
# skipped arity test since source always has right arity
    mov rax, qword ptr [rcx+6]
    mov rdi, qword ptr [rax+r12*8]
L446:
    call rdi
.db 0x66, 0x90
    call rdi
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_98
    cmp dword ptr [rsi-2], 128
    jne label_98
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
.db 0x66, 0x90
    call label_100
# is_eq_exact_fss
    cmp qword ptr [rbx], 28299
    jne label_97
# line_I
# i_plus_ssjd
    mov rsi, qword ptr [rsp+16]
    mov rdx, qword ptr [rsp+16]
# simplified test for small operands since both are numbers
    mov eax, esi
    and eax, edx
    test al, 1
    short je L448
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L447
L448:
    call 140320710853728
L447:
    mov qword ptr [rbx+8], rax
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 24
    jmp label_95
# label_L
label_97:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L449
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L449:
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
    jl L246
    ret
# label_L
label_98:
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
label_99:
# i_func_info_IaaI
# prim_zip:find_eocd_header/1
    call L244
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0x1C, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x23, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_100:
# i_breakpoint_trampoline
    short jmp L450
.db 0x00
    call L247
    align 8
L450:
# i_test_yield
    lea rdx, qword ptr [label_100+24]
    dec r14
    jle L245
# i_bs_start_match3_Stjd
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_102
    mov eax, dword ptr [rsi-2]
    and al, 60
    cmp al, 4
    short je L452
# is_binary_header
    cmp al, 40
    short je L451
    and al, -5
    cmp al, 32
    jne label_102
L451:
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L453
    mov qword ptr [rbx+8], rsi
    mov ecx, 2
    call 140320710850576
    mov rsi, qword ptr [rbx+8]
L453:
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
L452:
    mov qword ptr [rbx], rsi
# i_bs_get_position_SS
    mov rdi, qword ptr [rbx]
    mov rdi, qword ptr [rdi+22]
    sal rdi, 4
    or rdi, 15
    mov qword ptr [rbx+8], rdi
# i_bs_get_integer_32_Stfd
    mov rcx, qword ptr [rbx]
    mov rsi, qword ptr [rcx+22]
    lea rdx, qword ptr [rsi+32]
    cmp rdx, qword ptr [rcx+30]
    ja label_101
    rex test sil, 7
    short je L455
    mov edx, 258
    call 140320710849168
    short jmp L454
L455:
    mov rdi, qword ptr [rcx+14]
    shr rsi, 3
    mov qword ptr [rcx+22], rdx
    mov eax, dword ptr [rdi+rsi]
    shl rax, 4
    or rax, 15
L454:
    mov qword ptr [rbx+16], rax
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 1616164111
    jne label_101
# i_bs_get_binary_all2_Sfttd
    mov rdi, qword ptr [rbx]
    lea rdx, qword ptr [r15+112]
    cmp rdx, rsp
    short jbe L456
    mov qword ptr [rbx+16], rdi
    mov ecx, 3
.db 0x66, 0x90
    call 140320710850576
    mov rdi, qword ptr [rbx+16]
L456:
    mov rax, qword ptr [rdi+30]
    sub rax, qword ptr [rdi+22]
    test al, 7
    jne label_101
    mov qword ptr [r13+80], r15
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    lea rsi, qword ptr [rdi+6]
    mov rdi, r13
    call 94919179752144
    mov rsp, rbp
    mov r15, qword ptr [r13+80]
    mov qword ptr [rbx+16], rax
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L246
    ret
# label_L
label_101:
# bs_set_position_SS
    mov rdi, qword ptr [rbx]
    mov rsi, qword ptr [rbx+8]
    sar rsi, 4
    mov qword ptr [rdi+22], rsi
# i_bs_skip_bits_imm2_fSW
    mov eax, 8
    mov rdi, qword ptr [rbx]
    add rax, qword ptr [rdi+22]
    cmp rax, qword ptr [rdi+30]
    ja label_102
    mov qword ptr [rdi+22], rax
# bs_test_unit_fSt
    mov rdi, qword ptr [rbx]
    mov rax, qword ptr [rdi+30]
    sub rax, qword ptr [rdi+22]
    test al, 7
    jnz label_102
# bs_get_tail_Sdt
    mov rdi, qword ptr [rbx]
    lea rdx, qword ptr [r15+112]
    cmp rdx, rsp
    short jbe L457
    mov qword ptr [rbx+8], rdi
    mov ecx, 2
.db 0x90
    call 140320710850576
    mov rdi, qword ptr [rbx+8]
L457:
    call 140320710849224
    mov qword ptr [rbx+8], rax
# line_I
# i_bif1_sjbd
    lea rsi, qword ptr [rbx+8]
    mov rcx, 94919178859104
    call 140320710851304
    mov qword ptr [rbx+8], rax
# is_lt_fss
    mov rsi, qword ptr [rbx+8]
    mov edi, 303
# skipped test for small operands since they are always small
    cmp rdi, rsi
L458:
L459:
    jge label_102
# i_call_only_f
    jmp label_100
# label_L
label_102:
# i_move_sd
    mov qword ptr [rbx], 28299
# return
    dec r14
    jl L246
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_103:
# i_func_info_IaaI
# prim_zip:prim_file_io/2
    call L244
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0x1C, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x23, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_104:
# i_breakpoint_trampoline
    short jmp L460
.db 0x00
    call L247
    align 8
L460:
# i_test_yield
    lea rdx, qword ptr [label_104+24]
    dec r14
    jle L245
# i_is_tuple_fs
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_132
    test byte ptr [rsi-2], 63
    jne label_132
# i_select_tuple_arity_SfI
    mov rsi, qword ptr [rbx]
# skipped box test since argument is always boxed
    mov esi, dword ptr [rsi-2]
# simplified tuple test since the source is always a tuple when boxed
    cmp esi, 128
    je label_118
    cmp esi, 192
    je label_105
    short jne label_103
# label_L
label_105:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+6]
    movups xmmword ptr [rbx+16], xmm0
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx+32], rdi
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+16]
    cmp rsi, 30923
    je label_115
    cmp rsi, 114443
    je label_112
    cmp rsi, 114571
    je label_110
    cmp rsi, 140043
    je label_108
    cmp rsi, 140235
    je label_106
    jmp label_103
# label_L
label_106:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L461
    mov ecx, 5
    call 140320710850576
L461:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp], rdi
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+24]
    movups xmmword ptr [rbx], xmm0
# line_I
# i_call_ext_e
L462:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# i_is_tagged_tuple_ff_ffsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_107
    mov rdi, qword ptr [rsi-2]
    rex test dil, 63
    jne label_107
    cmp edi, 128
    jne label_133
    cmp qword ptr [rsi+6], 779
    jne label_133
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L463:
L464:
    long mov rcx, 9223372036854775807
    mov rax, 94919179106976
    lea rdx, qword ptr [L463]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L246
    ret
# label_L
label_107:
# is_eq_exact_fss
    cmp qword ptr [rbx], 30603
    jne label_133
# jump_f
    jmp label_131
# label_L
label_108:
# allocate_heap_tIt
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L465
    mov ecx, 5
    call 140320710850576
L465:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
# (moving two elements at once)
    movups xmm0, xmmword ptr [rbx+24]
    movups xmmword ptr [r15+8], xmm0
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L466:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_134
    cmp dword ptr [rsi-2], 128
    jne label_134
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+8]
    cmp rsi, 779
    je label_109
    cmp rsi, 30603
    je label_131
    jmp label_134
# label_L
label_109:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L467:
L468:
    long mov rcx, 9223372036854775807
    mov rax, 94919179106976
    lea rdx, qword ptr [L467]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L246
    ret
# label_L
label_110:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L469
    mov ecx, 5
.db 0x66, 0x90
    call 140320710850576
L469:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx+8], rdi
# line_I
# i_call_ext_e
L470:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# i_is_tagged_tuple_ff_ffsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_111
    mov rdi, qword ptr [rsi-2]
    rex test dil, 63
    jne label_111
    cmp edi, 128
    jne label_135
    cmp qword ptr [rsi+6], 779
    jne label_135
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L471:
L472:
    long mov rcx, 9223372036854775807
    mov rax, 94919179106976
    lea rdx, qword ptr [L471]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L246
    ret
# label_L
label_111:
# is_eq_exact_fss
    cmp qword ptr [rbx], 30603
    jne label_135
# jump_f
    jmp label_131
# label_L
label_112:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L473
    mov ecx, 5
    call 140320710850576
L473:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx+8], rdi
# line_I
# i_call_ext_e
L474:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# i_is_tuple_fs
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_114
    test byte ptr [rsi-2], 63
    jne label_114
# i_test_arity_fsA
    mov rsi, qword ptr [rbx]
    cmp dword ptr [rsi-2], 128
    jne label_136
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+6]
    movups xmmword ptr [rbx+8], xmm0
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+8]
    cmp rsi, 779
    je label_113
    cmp rsi, 30603
    je label_122
    jmp label_136
# label_L
label_113:
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L475:
L476:
    long mov rcx, 9223372036854775807
    mov rax, 94919179106976
    lea rdx, qword ptr [L475]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L246
    ret
# label_L
label_114:
# is_eq_exact_fss
    cmp qword ptr [rbx], 14091
    jne label_136
# jump_f
    jmp label_125
# label_L
label_115:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L477
    mov ecx, 5
    call 140320710850576
L477:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rsp], rdi
# i_move_sd
L478:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L479:
L480:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927824
    lea rdx, qword ptr [L479]
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
# i_call_ext_e
L481:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_137
    cmp dword ptr [rsi-2], 128
    jne label_137
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+6]
    movups xmmword ptr [rbx+8], xmm0
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+8]
    cmp rsi, 779
    je label_117
    cmp rsi, 30603
    je label_116
    jmp label_137
# label_L
label_116:
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L246
    ret
# label_L
label_117:
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L482:
L483:
    long mov rcx, 9223372036854775807
    mov rax, 94919179106976
    lea rdx, qword ptr [L482]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L246
    ret
# label_L
label_118:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+6]
    movups xmmword ptr [rbx+16], xmm0
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+16]
    cmp rsi, 8907
    je label_129
    cmp rsi, 91723
    je label_126
    cmp rsi, 97355
    je label_121
    cmp rsi, 97483
    je label_119
    jmp label_103
# label_L
label_119:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L484
    mov ecx, 4
.db 0x66, 0x90
    call 140320710850576
L484:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx+8], rdi
# line_I
# i_call_ext_e
L485:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# i_is_tagged_tuple_ff_ffsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_120
    mov rdi, qword ptr [rsi-2]
    rex test dil, 63
    jne label_120
    cmp edi, 128
    jne label_138
    cmp qword ptr [rsi+6], 779
    jne label_138
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L486:
L487:
    long mov rcx, 9223372036854775807
    mov rax, 94919179106976
    lea rdx, qword ptr [L486]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L246
    ret
# label_L
label_120:
# is_eq_exact_fss
    cmp qword ptr [rbx], 30603
    jne label_138
# jump_f
    jmp label_131
# label_L
label_121:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L488
    mov ecx, 4
    call 140320710850576
L488:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx+8], rdi
# line_I
# i_call_ext_e
L489:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# i_is_tuple_fs
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_124
    test byte ptr [rsi-2], 63
    jne label_124
# i_test_arity_fsA
    mov rsi, qword ptr [rbx]
    cmp dword ptr [rsi-2], 128
    jne label_139
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+6]
    movups xmmword ptr [rbx+8], xmm0
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+8]
    cmp rsi, 779
    je label_123
    cmp rsi, 30603
    je label_122
    jmp label_139
# label_L
label_122:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L490
    mov ecx, 3
.db 0x66, 0x90
    call 140320710850576
L490:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rbx+16]
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
    jl L246
    ret
# label_L
label_123:
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L491:
L492:
    long mov rcx, 9223372036854775807
    mov rax, 94919179106976
    lea rdx, qword ptr [L491]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L246
    ret
# label_L
label_124:
# is_eq_exact_fss
    cmp qword ptr [rbx], 14091
    jne label_139
# label_L
label_125:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L493
    xor ecx, ecx
    call 140320710850576
L493:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 14091
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
    jl L246
    ret
# label_L
label_126:
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L494
    mov ecx, 4
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L494:
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L495:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_140
    cmp dword ptr [rsi-2], 128
    jne label_140
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+6]
    movups xmmword ptr [rbx+8], xmm0
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+8]
    cmp rsi, 779
    je label_128
    cmp rsi, 30603
    je label_127
    jmp label_140
# label_L
label_127:
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# deallocate_t
# return
    dec r14
    jl L246
    ret
# label_L
label_128:
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L496:
L497:
    long mov rcx, 9223372036854775807
    mov rax, 94919179106976
    lea rdx, qword ptr [L496]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L246
    ret
# label_L
label_129:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L498
    mov ecx, 4
.db 0x66, 0x90
    call 140320710850576
L498:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L499:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# i_is_tagged_tuple_ff_ffsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_130
    mov rdi, qword ptr [rsi-2]
    rex test dil, 63
    jne label_130
    cmp edi, 128
    jne label_141
    cmp qword ptr [rsi+6], 779
    jne label_141
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L500:
L501:
    long mov rcx, 9223372036854775807
    mov rax, 94919179106976
    lea rdx, qword ptr [L500]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L246
    ret
# label_L
label_130:
# is_eq_exact_fss
    cmp qword ptr [rbx], 30603
    jne label_141
# label_L
label_131:
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L246
    ret
# label_L
label_132:
# is_eq_exact_fss
    cmp qword ptr [rbx], 8907
    jne label_103
# i_move_sd
L502:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp label_104
# label_L
label_133:
# line_I
# case_end_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 7248
    xor ecx, ecx
    call 140320710854352
# label_L
label_134:
# line_I
    nop
# case_end_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 7248
    xor ecx, ecx
    call 140320710854352
# label_L
label_135:
# line_I
    nop
# case_end_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 7248
    xor ecx, ecx
    call 140320710854352
# label_L
label_136:
# line_I
    nop
# case_end_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 7248
    xor ecx, ecx
    call 140320710854352
# label_L
label_137:
# line_I
    nop
# case_end_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 7248
    xor ecx, ecx
    call 140320710854352
# label_L
label_138:
# line_I
    nop
# case_end_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 7248
    xor ecx, ecx
    call 140320710854352
# label_L
label_139:
# line_I
    nop
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
# label_L
label_141:
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
label_142:
# i_func_info_IaaI
# prim_zip:binary_io/2
    call L244
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0x1C, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x24, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_143:
# i_breakpoint_trampoline
    short jmp L503
.db 0x00
    call L247
    align 8
L503:
# i_test_yield
    lea rdx, qword ptr [label_143+24]
    dec r14
    jle L245
# i_is_tuple_fs
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_165
    test byte ptr [rsi-2], 63
    jne label_165
# i_select_tuple_arity_SfI
    mov rsi, qword ptr [rbx]
# skipped box test since argument is always boxed
    mov esi, dword ptr [rsi-2]
# simplified tuple test since the source is always a tuple when boxed
    cmp esi, 128
    je label_154
    cmp esi, 192
    je label_144
    short jne label_142
# label_L
label_144:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+6]
    movups xmmword ptr [rbx+16], xmm0
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx+32], rdi
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+16]
    cmp rsi, 30923
    je label_151
    cmp rsi, 114443
    je label_150
    cmp rsi, 114571
    je label_149
    cmp rsi, 140043
    je label_145
    jmp label_142
# label_L
label_145:
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+24]
    cmp rsi, 14091
    je label_146
    cmp rsi, 114251
    je label_147
    cmp rsi, 114315
    je label_148
    jmp label_142
# label_L
label_146:
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx+8]
    rex test sil, 1
    jne label_142
    cmp dword ptr [rsi-2], 128
    jne label_142
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# line_I
# i_bif1_sjbd
    lea rsi, qword ptr [rbx]
    mov rcx, 94919178859104
    call 140320710851304
    mov qword ptr [rbx+8], rax
# i_plus_ssjd
    mov rsi, qword ptr [rbx+8]
    mov rdx, qword ptr [rbx+32]
# are both operands small?
    mov eax, esi
    and eax, edx
    and al, 15
    cmp al, 15
    short jne L505
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L504
L505:
    call 140320710853728
L504:
    mov qword ptr [rbx+8], rax
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L506
    mov ecx, 2
.db 0x90
    call 140320710850576
L506:
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
    jl L246
    ret
# label_L
label_147:
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx+8]
    rex test sil, 1
    jne label_142
    cmp dword ptr [rsi-2], 128
    jne label_142
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx], rdi
# line_I
# i_plus_ssjd
    mov rsi, qword ptr [rbx]
    mov rdx, qword ptr [rbx+32]
# are both operands small?
    mov eax, esi
    and eax, edx
    and al, 15
    cmp al, 15
    short jne L508
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L507
L508:
    call 140320710853728
L507:
    mov qword ptr [rbx], rax
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L509
    mov ecx, 2
    call 140320710850576
L509:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
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
# return
    dec r14
    jl L246
    ret
# label_L
label_148:
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx+8]
    rex test sil, 1
    jne label_142
    cmp dword ptr [rsi-2], 128
    jne label_142
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L510
    mov ecx, 5
    call 140320710850576
L510:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [r15+8], rdi
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L246
    ret
# label_L
label_149:
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx+8]
    rex test sil, 1
    jne label_142
    cmp dword ptr [rsi-2], 128
    jne label_142
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L511
    mov ecx, 5
.db 0x66, 0x90
    call 140320710850576
L511:
    sub rsp, 8
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rsp], rdi
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+24]
    movups xmmword ptr [rbx+8], xmm0
# line_I
# i_call_f
    call label_215
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
    jl L246
    ret
# label_L
label_150:
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx+8]
    rex test sil, 1
    jne label_142
    cmp dword ptr [rsi-2], 128
    jne label_142
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# i_bs_start_match3_Stjd
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_159
    mov eax, dword ptr [rsi-2]
    and al, 60
    cmp al, 4
    short je L514
# is_binary_header
    cmp al, 40
    short je L513
    and al, -5
    cmp al, 32
    jne label_159
L513:
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L515
    mov qword ptr [rbx+40], rsi
    mov ecx, 6
.db 0x66, 0x90
    call 140320710850576
    mov rsi, qword ptr [rbx+40]
L515:
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
L514:
    mov qword ptr [rbx+16], rsi
# i_bs_skip_bits2_SSft
    mov rax, qword ptr [rbx+24]
    mov edx, eax
    and edx, 15
    cmp edx, 15
    jne label_159
    and rax, -16
    js label_159
    mov edx, 8
    mul rdx
    jo label_159
    sar rax, 4
    mov rdi, qword ptr [rbx+16]
    add rax, qword ptr [rdi+22]
    cmp rax, qword ptr [rdi+30]
    ja label_159
    mov qword ptr [rdi+22], rax
# i_bs_get_binary2_Sftstd
    mov rax, qword ptr [rbx+32]
    mov edx, eax
    and edx, 15
    cmp edx, 15
    jne label_159
    and rax, -16
    js label_159
    mov edx, 8
    mul rdx
    jo label_159
    sar rax, 4
    mov rsi, rax
    mov qword ptr [rbx-120], rsi
    mov rcx, qword ptr [rbx+16]
    lea rdx, qword ptr [r15+112]
    cmp rdx, rsp
    short jbe L516
    mov qword ptr [rbx+40], rcx
    mov ecx, 6
.db 0x0F, 0x1F, 0x00
    call 140320710850576
    mov rcx, qword ptr [rbx+40]
L516:
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
    je label_159
    mov qword ptr [rbx+40], rax
# bs_test_unit_fSt
    mov rdi, qword ptr [rbx+16]
    mov rax, qword ptr [rdi+30]
    sub rax, qword ptr [rdi+22]
    test al, 7
    jnz label_159
# line_I
# i_plus_ssjd
    mov rsi, qword ptr [rbx+24]
    mov rdx, qword ptr [rbx+32]
# are both operands small?
    mov eax, esi
    and eax, edx
    and al, 15
    cmp al, 15
    short jne L518
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L517
L518:
    call 140320710853728
L517:
    mov qword ptr [rbx+8], rax
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L519
    mov ecx, 6
.db 0x90
    call 140320710850576
L519:
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
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [r15+8], rdi
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L246
    ret
# label_L
label_151:
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx+24]
    rex test sil, 1
    jne label_152
    cmp dword ptr [rsi-2], 128
    jne label_152
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L520
    mov ecx, 4
.db 0x66, 0x90
    call 140320710850576
L520:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+24]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 15
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L246
    ret
# label_L
label_152:
# is_binary_fs
    mov rdi, qword ptr [rbx+24]
    rex test dil, 1
    jne label_153
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 40
    short je L522
    and al, -5
    cmp al, 32
    jne label_153
    short jmp L521
L522:
    cmp byte ptr [rdi+22], 0
    jne label_153
L521:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L523
    mov ecx, 4
    call 140320710850576
L523:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 15
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L246
    ret
# label_L
label_153:
# is_list_fs
    mov rax, qword ptr [rbx+24]
    cmp rax, 59
    short je L524
    test al, 2
    jne label_142
L524:
# i_move_sd
L525:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L246
    ret
# label_L
label_154:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+6]
    movups xmmword ptr [rbx+16], xmm0
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+16]
    cmp rsi, 8907
    je label_164
    cmp rsi, 91723
    je label_160
    cmp rsi, 97355
    je label_156
    cmp rsi, 97483
    je label_155
    jmp label_142
# label_L
label_155:
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx+8]
    rex test sil, 1
    jne label_142
    cmp dword ptr [rsi-2], 128
    jne label_142
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L526
    mov ecx, 4
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L526:
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
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L527:
L528:
    long mov rcx, 9223372036854775807
    mov rax, 94919179095824
    lea rdx, qword ptr [L527]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+16]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# i_plus_ssjd
    mov rsi, qword ptr [rbx+8]
    mov rdx, qword ptr [rbx]
# are both operands small?
    mov eax, esi
    and eax, edx
    and al, 15
    cmp al, 15
    short jne L530
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L529
L530:
    call 140320710853728
L529:
    mov qword ptr [rsp], rax
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+16]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rsp+16], rdi
# i_trim_t
    add rsp, 16
# i_call_f
.db 0x66, 0x90
    call label_215
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L531
    mov ecx, 1
    call 140320710850576
L531:
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
    jl L246
    ret
# label_L
label_156:
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx+8]
    rex test sil, 1
    jne label_142
    cmp dword ptr [rsi-2], 128
    jne label_142
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx], rdi
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+16], rdi
# i_bif1_sjbd
    lea rsi, qword ptr [rbx+16]
    mov rcx, 94919178859104
    call 140320710851400
    je label_157
    mov qword ptr [rbx+32], rax
# is_ge_fss
    mov rsi, qword ptr [rbx+32]
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L532
    cmp rdi, rsi
    short jmp L533
L532:
    call 140320710848608
L533:
    jl label_157
# line_I
# i_plus_ssjd
    mov rsi, qword ptr [rbx]
    mov rdx, qword ptr [rbx+24]
# are both operands small?
    mov eax, esi
    and eax, edx
    and al, 15
    cmp al, 15
    short jne L535
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L534
L535:
    call 140320710853728
L534:
    mov qword ptr [rbx], rax
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L536
    mov ecx, 3
.db 0x90
    call 140320710850576
L536:
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
    mov qword ptr [r15+8], 14091
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L246
    ret
# label_L
label_157:
# i_plus_ssjd
    mov rsi, qword ptr [rbx]
    mov rdx, qword ptr [rbx+24]
# are both operands small?
    mov eax, esi
    and eax, edx
    and al, 15
    cmp al, 15
    short jne L538
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L537
L538:
    call 140320710853792
    je label_158
L537:
    mov qword ptr [rbx+32], rax
# i_bif1_sjbd
    lea rsi, qword ptr [rbx+16]
    mov rcx, 94919178859104
    call 140320710851400
    je label_158
    mov qword ptr [rbx+40], rax
# is_lt_fss
    mov rsi, qword ptr [rbx+32]
    mov rdi, qword ptr [rbx+40]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L539
    cmp rdi, rsi
    short jmp L540
L539:
    call 140320710848608
L540:
    jge label_158
# i_bs_start_match3_Stjd
    mov rsi, qword ptr [rbx+16]
    mov eax, dword ptr [rsi-2]
    and al, 60
    cmp al, 4
    short je L542
L541:
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L543
    mov qword ptr [rbx+48], rsi
    mov ecx, 7
.db 0x66, 0x90
    call 140320710850576
    mov rsi, qword ptr [rbx+48]
L543:
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
L542:
    mov qword ptr [rbx+24], rsi
# i_bs_skip_bits2_SSft
    mov rax, qword ptr [rbx]
    mov edx, eax
    and edx, 15
    cmp edx, 15
    jne label_159
    and rax, -16
    js label_159
    mov edx, 8
    mul rdx
    jo label_159
    sar rax, 4
    mov rdi, qword ptr [rbx+24]
    add rax, qword ptr [rdi+22]
    cmp rax, qword ptr [rdi+30]
    ja label_159
    mov qword ptr [rdi+22], rax
# i_bs_get_binary_all2_Sfttd
    mov rdi, qword ptr [rbx+24]
    lea rdx, qword ptr [r15+112]
    cmp rdx, rsp
    short jbe L544
    mov qword ptr [rbx+48], rdi
    mov ecx, 7
.db 0x90
    call 140320710850576
    mov rdi, qword ptr [rbx+48]
L544:
    mov rax, qword ptr [rdi+30]
    sub rax, qword ptr [rdi+22]
    test al, 7
    jne label_159
    mov qword ptr [r13+80], r15
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    lea rsi, qword ptr [rdi+6]
    mov rdi, r13
    call 94919179752144
    mov rsp, rbp
    mov r15, qword ptr [r13+80]
    mov qword ptr [rbx], rax
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L545
    mov ecx, 6
.db 0x66, 0x90
    call 140320710850576
L545:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [r15+8], rdi
    mov rdi, qword ptr [rbx+16]
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
# return
    dec r14
    jl L246
    ret
# label_L
label_158:
# i_bs_start_match3_Stjd
    mov rsi, qword ptr [rbx+16]
    rex test sil, 1
    jne label_159
    mov eax, dword ptr [rsi-2]
    and al, 60
    cmp al, 4
    short je L547
# is_binary_header
    cmp al, 40
    short je L546
    and al, -5
    cmp al, 32
    jne label_159
L546:
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L548
    mov qword ptr [rbx+32], rsi
    mov ecx, 5
.db 0x66, 0x90
    call 140320710850576
    mov rsi, qword ptr [rbx+32]
L548:
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
L547:
    mov qword ptr [rbx+32], rsi
# i_bs_skip_bits2_SSft
    mov rax, qword ptr [rbx]
    mov edx, eax
    and edx, 15
    cmp edx, 15
    jne label_159
    and rax, -16
    js label_159
    mov edx, 8
    mul rdx
    jo label_159
    sar rax, 4
    mov rdi, qword ptr [rbx+32]
    add rax, qword ptr [rdi+22]
    cmp rax, qword ptr [rdi+30]
    ja label_159
    mov qword ptr [rdi+22], rax
# i_bs_get_binary2_Sftstd
    mov rax, qword ptr [rbx+24]
    mov edx, eax
    and edx, 15
    cmp edx, 15
    jne label_159
    and rax, -16
    js label_159
    mov edx, 8
    mul rdx
    jo label_159
    sar rax, 4
    mov rsi, rax
    mov qword ptr [rbx-120], rsi
    mov rcx, qword ptr [rbx+32]
    lea rdx, qword ptr [r15+112]
    cmp rdx, rsp
    short jbe L549
    mov qword ptr [rbx+40], rcx
    mov ecx, 6
    call 140320710850576
    mov rcx, qword ptr [rbx+40]
L549:
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
    je label_159
    mov qword ptr [rbx+40], rax
# bs_test_unit_fSt
    mov rdi, qword ptr [rbx+32]
    mov rax, qword ptr [rdi+30]
    sub rax, qword ptr [rdi+22]
    test al, 7
    jnz label_159
# line_I
# i_plus_ssjd
    mov rsi, qword ptr [rbx]
    mov rdx, qword ptr [rbx+24]
# are both operands small?
    mov eax, esi
    and eax, edx
    and al, 15
    cmp al, 15
    short jne L551
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L550
L551:
    call 140320710853728
L550:
    mov qword ptr [rbx], rax
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L552
    mov ecx, 6
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L552:
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
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [r15+8], rdi
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L246
    ret
# label_L
label_159:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L553
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L553:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 14091
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L246
    ret
# label_L
label_160:
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx+24]
    rex test sil, 1
    jne label_161
    cmp dword ptr [rsi-2], 128
    jne label_161
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L554
    mov ecx, 4
    call 140320710850576
L554:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+24]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 91723
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp label_143
# label_L
label_161:
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L555
    mov ecx, 4
.db 0x66, 0x90
    call 140320710850576
L555:
    sub rsp, 16
# init_yregs_I
    mov eax, 59
    mov rdi, rsp
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# is_binary_fs
    mov rdi, qword ptr [rbx+24]
    rex test dil, 1
    jne label_162
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 40
    short je L557
    and al, -5
    cmp al, 32
    jne label_162
    short jmp L556
L557:
    cmp byte ptr [rdi+22], 0
    jne label_162
L556:
# line_I
# i_bif1_sjbd
    lea rsi, qword ptr [rbx+24]
    mov rcx, 94919178859104
    call 140320710851304
    mov qword ptr [rbx], rax
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov qword ptr [rsp+8], 140363
# jump_f
    jmp label_163
# label_L
label_162:
# is_eq_exact_fss
    cmp qword ptr [rbx+24], 91787
    jne label_166
# i_move_sd
    mov qword ptr [rsp], 15
# i_move_sd
    mov qword ptr [rsp+8], 91787
# label_L
label_163:
# line_I
# call_light_bif_be
    align 4
L558:
L559:
    long mov rcx, 9223372036854775807
    mov rax, 94919179104848
    lea rdx, qword ptr [L558]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+152]
    cmp rdx, rsp
    short jbe L560
    mov ecx, 1
.db 0x90
    call 140320710850576
L560:
# put_tuple2_SA
# Move arity word
    mov edi, 896
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 91723
# (moving two elements at once)
    movups xmm0, xmmword ptr [rsp]
    movups xmmword ptr [r15+16], xmm0
    mov qword ptr [r15+32], 98763
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+40], rdi
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+48], rdi
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+56], rdi
    mov qword ptr [r15+64], 15
    mov qword ptr [r15+72], 31
    mov qword ptr [r15+80], 15
    mov qword ptr [r15+88], 15
    mov qword ptr [r15+96], 15
    mov qword ptr [r15+104], 15
    mov qword ptr [r15+112], 15
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 120
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L246
    ret
# label_L
label_164:
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx+8]
    rex test sil, 1
    jne label_142
    cmp dword ptr [rsi-2], 128
    jne label_142
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L561
    mov ecx, 4
.db 0x66, 0x90
    call 140320710850576
L561:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
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
    jl L246
    ret
# label_L
label_165:
# is_eq_exact_fss
    cmp qword ptr [rbx], 8907
    jne label_142
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx+8]
    rex test sil, 1
    jne label_142
    cmp dword ptr [rsi-2], 128
    jne label_142
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L246
    ret
# label_L
label_166:
# line_I
# if_end
    mov qword ptr [r13+112], 8272
    xor ecx, ecx
    call 140320710854352
# func_line_I
    nop
# aligned_label_Lt
    align 8
label_167:
# i_func_info_IaaI
# prim_zip:eocd_and_comment_from_bin/1
    call L244
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0x1C, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x24, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_168:
# i_breakpoint_trampoline
    short jmp L562
.db 0x00
    call L247
    align 8
L562:
# i_test_yield
    lea rdx, qword ptr [label_168+24]
    dec r14
    jle L245
# i_bs_start_match3_Stjd
    mov rsi, qword ptr [rbx]
    mov eax, dword ptr [rsi-2]
    and al, 60
    cmp al, 4
    short je L564
L563:
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L565
    mov qword ptr [rbx+8], rsi
    mov ecx, 2
    call 140320710850576
    mov rsi, qword ptr [rbx+8]
L565:
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
L564:
    mov qword ptr [rbx], rsi
# i_bs_get_integer_16_Stfd
    mov rcx, qword ptr [rbx]
    mov rsi, qword ptr [rcx+22]
    lea rdx, qword ptr [rsi+16]
    cmp rdx, qword ptr [rcx+30]
    ja label_169
    rex test sil, 7
    short je L567
    mov edx, 130
    call 140320710849168
    short jmp L566
L567:
    mov rdi, qword ptr [rcx+14]
    shr rsi, 3
    mov qword ptr [rcx+22], rdx
    movzx rax, word ptr [rdi+rsi]
    shl rax, 4
    or rax, 15
L566:
    mov qword ptr [rbx+8], rax
# i_bs_get_integer_16_Stfd
    mov rcx, qword ptr [rbx]
    mov rsi, qword ptr [rcx+22]
    lea rdx, qword ptr [rsi+16]
    cmp rdx, qword ptr [rcx+30]
    ja label_169
    rex test sil, 7
    short je L569
    mov edx, 130
    call 140320710849168
    short jmp L568
L569:
    mov rdi, qword ptr [rcx+14]
    shr rsi, 3
    mov qword ptr [rcx+22], rdx
    movzx rax, word ptr [rdi+rsi]
    shl rax, 4
    or rax, 15
L568:
    mov qword ptr [rbx+16], rax
# i_bs_get_integer_16_Stfd
    mov rcx, qword ptr [rbx]
    mov rsi, qword ptr [rcx+22]
    lea rdx, qword ptr [rsi+16]
    cmp rdx, qword ptr [rcx+30]
    ja label_169
    rex test sil, 7
    short je L571
    mov edx, 130
    call 140320710849168
    short jmp L570
L571:
    mov rdi, qword ptr [rcx+14]
    shr rsi, 3
    mov qword ptr [rcx+22], rdx
    movzx rax, word ptr [rdi+rsi]
    shl rax, 4
    or rax, 15
L570:
    mov qword ptr [rbx+24], rax
# i_bs_get_integer_16_Stfd
    mov rcx, qword ptr [rbx]
    mov rsi, qword ptr [rcx+22]
    lea rdx, qword ptr [rsi+16]
    cmp rdx, qword ptr [rcx+30]
    ja label_169
    rex test sil, 7
    short je L573
    mov edx, 130
    call 140320710849168
    short jmp L572
L573:
    mov rdi, qword ptr [rcx+14]
    shr rsi, 3
    mov qword ptr [rcx+22], rdx
    movzx rax, word ptr [rdi+rsi]
    shl rax, 4
    or rax, 15
L572:
    mov qword ptr [rbx+32], rax
# i_bs_get_integer_32_Stfd
    mov rcx, qword ptr [rbx]
    mov rsi, qword ptr [rcx+22]
    lea rdx, qword ptr [rsi+32]
    cmp rdx, qword ptr [rcx+30]
    ja label_169
    rex test sil, 7
    short je L575
    mov edx, 258
    call 140320710849168
    short jmp L574
L575:
    mov rdi, qword ptr [rcx+14]
    shr rsi, 3
    mov qword ptr [rcx+22], rdx
    mov eax, dword ptr [rdi+rsi]
    shl rax, 4
    or rax, 15
L574:
    mov qword ptr [rbx+40], rax
# i_bs_get_integer_32_Stfd
    mov rcx, qword ptr [rbx]
    mov rsi, qword ptr [rcx+22]
    lea rdx, qword ptr [rsi+32]
    cmp rdx, qword ptr [rcx+30]
    ja label_169
    rex test sil, 7
    short je L577
    mov edx, 258
    call 140320710849168
    short jmp L576
L577:
    mov rdi, qword ptr [rcx+14]
    shr rsi, 3
    mov qword ptr [rcx+22], rdx
    mov eax, dword ptr [rdi+rsi]
    shl rax, 4
    or rax, 15
L576:
    mov qword ptr [rbx+48], rax
# i_bs_get_integer_16_Stfd
    mov rcx, qword ptr [rbx]
    mov rsi, qword ptr [rcx+22]
    lea rdx, qword ptr [rsi+16]
    cmp rdx, qword ptr [rcx+30]
    ja label_169
    rex test sil, 7
    short je L579
    mov edx, 130
    call 140320710849168
    short jmp L578
L579:
    mov rdi, qword ptr [rcx+14]
    shr rsi, 3
    mov qword ptr [rcx+22], rdx
    movzx rax, word ptr [rdi+rsi]
    shl rax, 4
    or rax, 15
L578:
    mov qword ptr [rbx+56], rax
# i_bs_get_binary2_Sftstd
    mov rax, qword ptr [rbx+56]
    mov edx, eax
    and edx, 15
    cmp edx, 15
    jne label_169
    and rax, -16
    js label_169
    mov edx, 8
    mul rdx
    jo label_169
    sar rax, 4
    mov rsi, rax
    mov qword ptr [rbx-120], rsi
    mov rcx, qword ptr [rbx]
    lea rdx, qword ptr [r15+112]
    cmp rdx, rsp
    short jbe L580
    mov qword ptr [rbx+64], rcx
    mov ecx, 9
.db 0x66, 0x90
    call 140320710850576
    mov rcx, qword ptr [rbx+64]
L580:
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
    je label_169
    mov qword ptr [rbx+64], rax
# bs_test_tail2_fSW
    mov rdi, qword ptr [rbx]
    mov rsi, qword ptr [rdi+30]
    sub rsi, qword ptr [rdi+22]
    jne label_169
# test_heap_It
    lea rdx, qword ptr [r15+128]
    cmp rdx, rsp
    short jbe L581
    mov ecx, 9
    call 140320710850576
L581:
# put_tuple2_SA
# Move arity word
    mov edi, 512
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 140491
# (moving two elements at once)
    movups xmm0, xmmword ptr [rbx+8]
    movups xmmword ptr [r15+16], xmm0
# (moving two elements at once)
    movups xmm0, xmmword ptr [rbx+24]
    movups xmmword ptr [r15+32], xmm0
# (moving two elements at once)
    movups xmm0, xmmword ptr [rbx+40]
    movups xmmword ptr [r15+48], xmm0
    mov rdi, qword ptr [rbx+56]
    mov qword ptr [r15+64], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 72
    mov qword ptr [rbx], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    mov rdi, qword ptr [rbx+64]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L246
    ret
# label_L
label_169:
# i_move_sd
    mov qword ptr [rbx], 139979
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L582
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L582:
# call_light_bif_be
    align 4
L583:
L584:
    long mov rcx, 9223372036854775807
    mov rax, 94919179106976
    lea rdx, qword ptr [L583]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L246
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_170:
# i_func_info_IaaI
# prim_zip:cd_file_header_to_file_info/3
    call L244
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0x1C, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x25, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_171:
# i_breakpoint_trampoline
    short jmp L585
.db 0x00
    call L247
    align 8
L585:
# i_test_yield
    lea rdx, qword ptr [label_171+24]
    dec r14
    jle L245
# i_is_tuple_fs
    mov rsi, qword ptr [rbx+8]
# simplified tuple test since the source is always a tuple when boxed
    rex test sil, 1
    jne label_174
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L586
    mov ecx, 3
.db 0x66, 0x90
    call 140320710850576
L586:
    sub rsp, 24
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+16], rdi
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+46]
    mov qword ptr [rbx], rdi
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+54]
    mov qword ptr [rbx+16], rdi
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+78]
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
    call label_178
# swap_dd
    mov rdi, qword ptr [rsp+16]
    mov rsi, qword ptr [rbx]
    mov qword ptr [rbx], rdi
    mov qword ptr [rsp+16], rsi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call label_222
# is_eq_exact_fss
    cmp qword ptr [rbx], 767
    jne label_172
# i_move_sd
    mov qword ptr [rbx], 91787
# jump_f
    jmp label_173
# label_L
label_172:
# i_move_sd
    mov qword ptr [rbx], 140363
# label_L
label_173:
# test_heap_It
    lea rdx, qword ptr [r15+152]
    cmp rdx, rsp
    short jbe L587
    mov ecx, 1
.db 0x90
    call 140320710850576
L587:
# put_tuple2_SA
# Move arity word
    mov edi, 896
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 91723
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+16], rdi
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+24], rdi
    mov qword ptr [r15+32], 98763
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [r15+40], rdi
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [r15+48], rdi
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [r15+56], rdi
    mov qword ptr [r15+64], 879
    mov qword ptr [r15+72], 31
    mov qword ptr [r15+80], 15
    mov qword ptr [r15+88], 15
    mov qword ptr [r15+96], 15
    mov qword ptr [r15+104], 15
    mov qword ptr [r15+112], 15
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 120
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+8], rdi
# i_call_last_ft
    add rsp, 24
    jmp label_176
# label_L
label_174:
# i_move_sd
    mov qword ptr [rbx+8], 907
# jump_f
    jmp label_170
# func_line_I
# aligned_label_Lt
    align 8
label_175:
# i_func_info_IaaI
# prim_zip:add_extra_info/2
    call L244
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0x1C, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x25, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_176:
# i_breakpoint_trampoline
    short jmp L588
.db 0x00
    call L247
    align 8
L588:
# i_test_yield
    lea rdx, qword ptr [label_176+24]
    dec r14
    jle L245
# return
    dec r14
    jl L246
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_177:
# i_func_info_IaaI
# prim_zip:dos_date_time_to_datetime/2
    call L244
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0x1C, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x25, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_178:
# i_breakpoint_trampoline
    short jmp L589
.db 0x00
    call L247
    align 8
L589:
# line_I
# i_test_yield
    lea rdx, qword ptr [label_178+24]
    dec r14
    jle L245
# i_bs_create_bin_jItd
    movq xmm0, r15
    movq xmm1, rsp
    punpcklqdq xmm0, xmm1
    movups xmmword ptr [r13+80], xmm0
    mov qword ptr [r13+104], r14
    lea rsp, qword ptr [rbx-128]
    short jmp L591
L590:
# handle error
    mov rsp, qword ptr [r13+88]
    mov r15, qword ptr [r13+80]
    mov r14, qword ptr [r13+104]
    call 140320710849080
L591:
# allocate binary
    xor r8d, r8d
    mov r9d, 2
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
# skipped test for success because construction can't fail
# done
    mov rsp, qword ptr [r13+88]
    mov r15, qword ptr [r13+80]
    mov r14, qword ptr [r13+104]
    mov rax, qword ptr [rbx-120]
    mov qword ptr [rbx+8], rax
# i_bs_start_match3_Stjd
    mov rsi, qword ptr [rbx+8]
    mov eax, dword ptr [rsi-2]
    and al, 60
    cmp al, 4
    short je L593
L592:
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L594
    mov qword ptr [rbx+16], rsi
    mov ecx, 3
.db 0x90
    call 140320710850576
    mov rsi, qword ptr [rbx+16]
L594:
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
L593:
    mov qword ptr [rbx+16], rsi
# i_bs_get_integer_Sfttsd
    mov r8d, 5
    mov rdx, qword ptr [rbx+16]
    mov ecx, 8
    mov r9d, 3
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
    je label_180
    mov qword ptr [rbx+24], rax
# i_bs_get_integer_Sfttsd
    mov r8d, 6
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
    je label_180
    mov qword ptr [rbx+32], rax
# i_bs_get_integer_Sfttsd
    mov r8d, 5
    mov rdx, qword ptr [rbx+16]
    mov ecx, 8
    mov r9d, 5
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
    je label_180
    mov qword ptr [rbx+40], rax
# bs_test_tail2_fSW
    mov rdi, qword ptr [rbx+16]
    mov rsi, qword ptr [rdi+30]
    sub rsi, qword ptr [rdi+22]
    jne label_180
# line_I
# i_bs_create_bin_jItd
    movq xmm0, r15
    movq xmm1, rsp
    punpcklqdq xmm0, xmm1
    movups xmmword ptr [r13+80], xmm0
    mov qword ptr [r13+104], r14
    lea rsp, qword ptr [rbx-128]
    short jmp L596
L595:
# handle error
    mov rsp, qword ptr [r13+88]
    mov r15, qword ptr [r13+80]
    mov r14, qword ptr [r13+104]
    call 140320710849080
L596:
# allocate binary
    xor r8d, r8d
    mov r9d, 6
    lea rdx, qword ptr [rbx-80]
    mov rsi, rbx
    mov rdi, r13
# (size in bytes)
    mov ecx, 2
    call 94919178210800
    mov qword ptr [rbx-120], rax
# construct integer segment
    mov edx, 16
    mov rsi, qword ptr [rbx]
    xor ecx, ecx
    lea rdi, qword ptr [rbx-80]
    call 94919179741952
# skipped test for success because construction can't fail
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
    short je L598
L597:
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L599
    mov qword ptr [rbx+48], rsi
    mov ecx, 7
.db 0x66, 0x90
    call 140320710850576
    mov rsi, qword ptr [rbx+48]
L599:
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
L598:
    mov qword ptr [rbx+8], rsi
# i_bs_get_integer_Sfttsd
    mov r8d, 7
    mov rdx, qword ptr [rbx+8]
    mov ecx, 8
    mov r9d, 6
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
    je label_179
    mov qword ptr [rbx+16], rax
# i_bs_get_integer_Sfttsd
    mov r8d, 4
    mov rdx, qword ptr [rbx+8]
    mov ecx, 8
    mov r9d, 6
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
    je label_179
    mov qword ptr [rbx+48], rax
# i_bs_get_integer_Sfttsd
    mov r8d, 5
    mov rdx, qword ptr [rbx+8]
    mov ecx, 8
    mov r9d, 7
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
    je label_179
    mov qword ptr [rbx+56], rax
# bs_test_tail2_fSW
    mov rdi, qword ptr [rbx+8]
    mov rsi, qword ptr [rdi+30]
    sub rsi, qword ptr [rdi+22]
    jne label_179
# line_I
# i_increment_SWd
# skipped operand and overflow checks
    mov rax, qword ptr [rbx+16]
    add rax, 31680
    mov qword ptr [rbx], rax
# test_heap_It
    lea rdx, qword ptr [r15+120]
    cmp rdx, rsp
    short jbe L600
    mov ecx, 8
.db 0x90
    call 140320710850576
L600:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
# (moving two elements at once)
    movups xmm0, xmmword ptr [rbx+48]
    movups xmmword ptr [r15+16], xmm0
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
# (moving two elements at once)
    movups xmm0, xmmword ptr [rbx+24]
    movups xmmword ptr [r15+8], xmm0
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [r15+24], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
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
# return
    dec r14
    jl L246
    ret
# label_L
label_179:
# line_I
# badmatch_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 5200
    xor ecx, ecx
    call 140320710854352
# label_L
label_180:
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
label_181:
# i_func_info_IaaI
# prim_zip:cd_file_header_from_bin/1
    call L244
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0x1C, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x25, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_182:
# i_breakpoint_trampoline
    short jmp L601
.db 0x00
    call L247
    align 8
L601:
# i_test_yield
    lea rdx, qword ptr [label_182+24]
    dec r14
    jle L245
# i_bs_start_match3_Stjd
    mov rsi, qword ptr [rbx]
    mov eax, dword ptr [rsi-2]
    and al, 60
    cmp al, 4
    short je L603
L602:
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L604
    mov qword ptr [rbx+8], rsi
    mov ecx, 2
    call 140320710850576
    mov rsi, qword ptr [rbx+8]
L604:
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
L603:
    mov qword ptr [rbx], rsi
# i_bs_get_integer_16_Stfd
    mov rcx, qword ptr [rbx]
    mov rsi, qword ptr [rcx+22]
    lea rdx, qword ptr [rsi+16]
    cmp rdx, qword ptr [rcx+30]
    ja label_183
    rex test sil, 7
    short je L606
    mov edx, 130
    call 140320710849168
    short jmp L605
L606:
    mov rdi, qword ptr [rcx+14]
    shr rsi, 3
    mov qword ptr [rcx+22], rdx
    movzx rax, word ptr [rdi+rsi]
    shl rax, 4
    or rax, 15
L605:
    mov qword ptr [rbx+8], rax
# i_bs_get_integer_16_Stfd
    mov rcx, qword ptr [rbx]
    mov rsi, qword ptr [rcx+22]
    lea rdx, qword ptr [rsi+16]
    cmp rdx, qword ptr [rcx+30]
    ja label_183
    rex test sil, 7
    short je L608
    mov edx, 130
    call 140320710849168
    short jmp L607
L608:
    mov rdi, qword ptr [rcx+14]
    shr rsi, 3
    mov qword ptr [rcx+22], rdx
    movzx rax, word ptr [rdi+rsi]
    shl rax, 4
    or rax, 15
L607:
    mov qword ptr [rbx+16], rax
# i_bs_get_integer_16_Stfd
    mov rcx, qword ptr [rbx]
    mov rsi, qword ptr [rcx+22]
    lea rdx, qword ptr [rsi+16]
    cmp rdx, qword ptr [rcx+30]
    ja label_183
    rex test sil, 7
    short je L610
    mov edx, 130
    call 140320710849168
    short jmp L609
L610:
    mov rdi, qword ptr [rcx+14]
    shr rsi, 3
    mov qword ptr [rcx+22], rdx
    movzx rax, word ptr [rdi+rsi]
    shl rax, 4
    or rax, 15
L609:
    mov qword ptr [rbx+24], rax
# i_bs_get_integer_16_Stfd
    mov rcx, qword ptr [rbx]
    mov rsi, qword ptr [rcx+22]
    lea rdx, qword ptr [rsi+16]
    cmp rdx, qword ptr [rcx+30]
    ja label_183
    rex test sil, 7
    short je L612
    mov edx, 130
    call 140320710849168
    short jmp L611
L612:
    mov rdi, qword ptr [rcx+14]
    shr rsi, 3
    mov qword ptr [rcx+22], rdx
    movzx rax, word ptr [rdi+rsi]
    shl rax, 4
    or rax, 15
L611:
    mov qword ptr [rbx+32], rax
# i_bs_get_integer_16_Stfd
    mov rcx, qword ptr [rbx]
    mov rsi, qword ptr [rcx+22]
    lea rdx, qword ptr [rsi+16]
    cmp rdx, qword ptr [rcx+30]
    ja label_183
    rex test sil, 7
    short je L614
    mov edx, 130
    call 140320710849168
    short jmp L613
L614:
    mov rdi, qword ptr [rcx+14]
    shr rsi, 3
    mov qword ptr [rcx+22], rdx
    movzx rax, word ptr [rdi+rsi]
    shl rax, 4
    or rax, 15
L613:
    mov qword ptr [rbx+40], rax
# i_bs_get_integer_16_Stfd
    mov rcx, qword ptr [rbx]
    mov rsi, qword ptr [rcx+22]
    lea rdx, qword ptr [rsi+16]
    cmp rdx, qword ptr [rcx+30]
    ja label_183
    rex test sil, 7
    short je L616
    mov edx, 130
    call 140320710849168
    short jmp L615
L616:
    mov rdi, qword ptr [rcx+14]
    shr rsi, 3
    mov qword ptr [rcx+22], rdx
    movzx rax, word ptr [rdi+rsi]
    shl rax, 4
    or rax, 15
L615:
    mov qword ptr [rbx+48], rax
# i_bs_get_integer_32_Stfd
    mov rcx, qword ptr [rbx]
    mov rsi, qword ptr [rcx+22]
    lea rdx, qword ptr [rsi+32]
    cmp rdx, qword ptr [rcx+30]
    ja label_183
    rex test sil, 7
    short je L618
    mov edx, 258
    call 140320710849168
    short jmp L617
L618:
    mov rdi, qword ptr [rcx+14]
    shr rsi, 3
    mov qword ptr [rcx+22], rdx
    mov eax, dword ptr [rdi+rsi]
    shl rax, 4
    or rax, 15
L617:
    mov qword ptr [rbx+56], rax
# i_bs_get_integer_32_Stfd
    mov rcx, qword ptr [rbx]
    mov rsi, qword ptr [rcx+22]
    lea rdx, qword ptr [rsi+32]
    cmp rdx, qword ptr [rcx+30]
    ja label_183
    rex test sil, 7
    short je L620
    mov edx, 258
    call 140320710849168
    short jmp L619
L620:
    mov rdi, qword ptr [rcx+14]
    shr rsi, 3
    mov qword ptr [rcx+22], rdx
    mov eax, dword ptr [rdi+rsi]
    shl rax, 4
    or rax, 15
L619:
    mov qword ptr [rbx+64], rax
# i_bs_get_integer_32_Stfd
    mov rcx, qword ptr [rbx]
    mov rsi, qword ptr [rcx+22]
    lea rdx, qword ptr [rsi+32]
    cmp rdx, qword ptr [rcx+30]
    ja label_183
    rex test sil, 7
    short je L622
    mov edx, 258
    call 140320710849168
    short jmp L621
L622:
    mov rdi, qword ptr [rcx+14]
    shr rsi, 3
    mov qword ptr [rcx+22], rdx
    mov eax, dword ptr [rdi+rsi]
    shl rax, 4
    or rax, 15
L621:
    mov qword ptr [rbx+72], rax
# i_bs_get_integer_16_Stfd
    mov rcx, qword ptr [rbx]
    mov rsi, qword ptr [rcx+22]
    lea rdx, qword ptr [rsi+16]
    cmp rdx, qword ptr [rcx+30]
    ja label_183
    rex test sil, 7
    short je L624
    mov edx, 130
    call 140320710849168
    short jmp L623
L624:
    mov rdi, qword ptr [rcx+14]
    shr rsi, 3
    mov qword ptr [rcx+22], rdx
    movzx rax, word ptr [rdi+rsi]
    shl rax, 4
    or rax, 15
L623:
    mov qword ptr [rbx+80], rax
# i_bs_get_integer_16_Stfd
    mov rcx, qword ptr [rbx]
    mov rsi, qword ptr [rcx+22]
    lea rdx, qword ptr [rsi+16]
    cmp rdx, qword ptr [rcx+30]
    ja label_183
    rex test sil, 7
    short je L626
    mov edx, 130
    call 140320710849168
    short jmp L625
L626:
    mov rdi, qword ptr [rcx+14]
    shr rsi, 3
    mov qword ptr [rcx+22], rdx
    movzx rax, word ptr [rdi+rsi]
    shl rax, 4
    or rax, 15
L625:
    mov qword ptr [rbx+88], rax
# i_bs_get_integer_16_Stfd
    mov rcx, qword ptr [rbx]
    mov rsi, qword ptr [rcx+22]
    lea rdx, qword ptr [rsi+16]
    cmp rdx, qword ptr [rcx+30]
    ja label_183
    rex test sil, 7
    short je L628
    mov edx, 130
    call 140320710849168
    short jmp L627
L628:
    mov rdi, qword ptr [rcx+14]
    shr rsi, 3
    mov qword ptr [rcx+22], rdx
    movzx rax, word ptr [rdi+rsi]
    shl rax, 4
    or rax, 15
L627:
    mov qword ptr [rbx+96], rax
# i_bs_get_integer_16_Stfd
    mov rcx, qword ptr [rbx]
    mov rsi, qword ptr [rcx+22]
    lea rdx, qword ptr [rsi+16]
    cmp rdx, qword ptr [rcx+30]
    ja label_183
    rex test sil, 7
    short je L630
    mov edx, 130
    call 140320710849168
    short jmp L629
L630:
    mov rdi, qword ptr [rcx+14]
    shr rsi, 3
    mov qword ptr [rcx+22], rdx
    movzx rax, word ptr [rdi+rsi]
    shl rax, 4
    or rax, 15
L629:
    mov qword ptr [rbx+104], rax
# i_bs_get_integer_16_Stfd
    mov rcx, qword ptr [rbx]
    mov rsi, qword ptr [rcx+22]
    lea rdx, qword ptr [rsi+16]
    cmp rdx, qword ptr [rcx+30]
    ja label_183
    rex test sil, 7
    short je L632
    mov edx, 130
    call 140320710849168
    short jmp L631
L632:
    mov rdi, qword ptr [rcx+14]
    shr rsi, 3
    mov qword ptr [rcx+22], rdx
    movzx rax, word ptr [rdi+rsi]
    shl rax, 4
    or rax, 15
L631:
    mov qword ptr [rbx+112], rax
# i_bs_get_integer_32_Stfd
    mov rcx, qword ptr [rbx]
    mov rsi, qword ptr [rcx+22]
    lea rdx, qword ptr [rsi+32]
    cmp rdx, qword ptr [rcx+30]
    ja label_183
    rex test sil, 7
    short je L634
    mov edx, 258
    call 140320710849168
    short jmp L633
L634:
    mov rdi, qword ptr [rcx+14]
    shr rsi, 3
    mov qword ptr [rcx+22], rdx
    mov eax, dword ptr [rdi+rsi]
    shl rax, 4
    or rax, 15
L633:
    mov qword ptr [rbx+120], rax
# i_bs_get_integer_32_Stfd
    mov rcx, qword ptr [rbx]
    mov rsi, qword ptr [rcx+22]
    lea rdx, qword ptr [rsi+32]
    cmp rdx, qword ptr [rcx+30]
    ja label_183
    rex test sil, 7
    short je L636
    mov edx, 258
    call 140320710849168
    short jmp L635
L636:
    mov rdi, qword ptr [rcx+14]
    shr rsi, 3
    mov qword ptr [rcx+22], rdx
    mov eax, dword ptr [rdi+rsi]
    shl rax, 4
    or rax, 15
L635:
    mov qword ptr [rbx+128], rax
# bs_test_tail2_fSW
    mov rdi, qword ptr [rbx]
    mov rsi, qword ptr [rdi+30]
    sub rsi, qword ptr [rdi+22]
    jne label_183
# test_heap_It
    lea rdx, qword ptr [r15+176]
    cmp rdx, rsp
    short jbe L637
    mov ecx, 17
    call 140320710850576
L637:
# put_tuple2_SA
# Move arity word
    mov edi, 1088
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 140811
# (moving two elements at once)
    movups xmm0, xmmword ptr [rbx+8]
    movups xmmword ptr [r15+16], xmm0
# (moving two elements at once)
    movups xmm0, xmmword ptr [rbx+24]
    movups xmmword ptr [r15+32], xmm0
# (moving two elements at once)
    movups xmm0, xmmword ptr [rbx+40]
    movups xmmword ptr [r15+48], xmm0
# (moving two elements at once)
    movups xmm0, xmmword ptr [rbx+56]
    movups xmmword ptr [r15+64], xmm0
# (moving two elements at once)
    movups xmm0, xmmword ptr [rbx+72]
    movups xmmword ptr [r15+80], xmm0
# (moving two elements at once)
    movups xmm0, xmmword ptr [rbx+88]
    movups xmmword ptr [r15+96], xmm0
# (moving two elements at once)
    movups xmm0, xmmword ptr [rbx+104]
    movups xmmword ptr [r15+112], xmm0
# (moving two elements at once)
    movups xmm0, xmmword ptr [rbx+120]
    movups xmmword ptr [r15+128], xmm0
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 144
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L246
    ret
# label_L
label_183:
# i_move_sd
    mov qword ptr [rbx], 140875
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L638
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L638:
# call_light_bif_be
    align 4
L639:
L640:
    long mov rcx, 9223372036854775807
    mov rax, 94919179106976
    lea rdx, qword ptr [L639]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L246
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_184:
# i_func_info_IaaI
# prim_zip:local_file_header_from_bin/2
    call L244
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0x1C, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x26, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_185:
# i_breakpoint_trampoline
    short jmp L641
.db 0x00
    call L247
    align 8
L641:
# i_test_yield
    lea rdx, qword ptr [label_185+24]
    dec r14
    jle L245
# i_bs_start_match3_Stjd
    mov rsi, qword ptr [rbx]
    mov eax, dword ptr [rsi-2]
    and al, 60
    cmp al, 4
    short je L643
L642:
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L644
    mov qword ptr [rbx+16], rsi
    mov ecx, 3
    call 140320710850576
    mov rsi, qword ptr [rbx+16]
L644:
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
L643:
    mov qword ptr [rbx], rsi
# i_bs_get_integer_16_Stfd
    mov rcx, qword ptr [rbx]
    mov rsi, qword ptr [rcx+22]
    lea rdx, qword ptr [rsi+16]
    cmp rdx, qword ptr [rcx+30]
    ja label_186
    rex test sil, 7
    short je L646
    mov edx, 130
    call 140320710849168
    short jmp L645
L646:
    mov rdi, qword ptr [rcx+14]
    shr rsi, 3
    mov qword ptr [rcx+22], rdx
    movzx rax, word ptr [rdi+rsi]
    shl rax, 4
    or rax, 15
L645:
    mov qword ptr [rbx+16], rax
# i_bs_get_integer_16_Stfd
    mov rcx, qword ptr [rbx]
    mov rsi, qword ptr [rcx+22]
    lea rdx, qword ptr [rsi+16]
    cmp rdx, qword ptr [rcx+30]
    ja label_186
    rex test sil, 7
    short je L648
    mov edx, 130
    call 140320710849168
    short jmp L647
L648:
    mov rdi, qword ptr [rcx+14]
    shr rsi, 3
    mov qword ptr [rcx+22], rdx
    movzx rax, word ptr [rdi+rsi]
    shl rax, 4
    or rax, 15
L647:
    mov qword ptr [rbx+24], rax
# i_bs_get_integer_16_Stfd
    mov rcx, qword ptr [rbx]
    mov rsi, qword ptr [rcx+22]
    lea rdx, qword ptr [rsi+16]
    cmp rdx, qword ptr [rcx+30]
    ja label_186
    rex test sil, 7
    short je L650
    mov edx, 130
    call 140320710849168
    short jmp L649
L650:
    mov rdi, qword ptr [rcx+14]
    shr rsi, 3
    mov qword ptr [rcx+22], rdx
    movzx rax, word ptr [rdi+rsi]
    shl rax, 4
    or rax, 15
L649:
    mov qword ptr [rbx+32], rax
# i_bs_get_integer_16_Stfd
    mov rcx, qword ptr [rbx]
    mov rsi, qword ptr [rcx+22]
    lea rdx, qword ptr [rsi+16]
    cmp rdx, qword ptr [rcx+30]
    ja label_186
    rex test sil, 7
    short je L652
    mov edx, 130
    call 140320710849168
    short jmp L651
L652:
    mov rdi, qword ptr [rcx+14]
    shr rsi, 3
    mov qword ptr [rcx+22], rdx
    movzx rax, word ptr [rdi+rsi]
    shl rax, 4
    or rax, 15
L651:
    mov qword ptr [rbx+40], rax
# i_bs_get_integer_16_Stfd
    mov rcx, qword ptr [rbx]
    mov rsi, qword ptr [rcx+22]
    lea rdx, qword ptr [rsi+16]
    cmp rdx, qword ptr [rcx+30]
    ja label_186
    rex test sil, 7
    short je L654
    mov edx, 130
    call 140320710849168
    short jmp L653
L654:
    mov rdi, qword ptr [rcx+14]
    shr rsi, 3
    mov qword ptr [rcx+22], rdx
    movzx rax, word ptr [rdi+rsi]
    shl rax, 4
    or rax, 15
L653:
    mov qword ptr [rbx+48], rax
# i_bs_get_integer_32_Stfd
    mov rcx, qword ptr [rbx]
    mov rsi, qword ptr [rcx+22]
    lea rdx, qword ptr [rsi+32]
    cmp rdx, qword ptr [rcx+30]
    ja label_186
    rex test sil, 7
    short je L656
    mov edx, 258
    call 140320710849168
    short jmp L655
L656:
    mov rdi, qword ptr [rcx+14]
    shr rsi, 3
    mov qword ptr [rcx+22], rdx
    mov eax, dword ptr [rdi+rsi]
    shl rax, 4
    or rax, 15
L655:
    mov qword ptr [rbx+56], rax
# i_bs_get_integer_32_Stfd
    mov rcx, qword ptr [rbx]
    mov rsi, qword ptr [rcx+22]
    lea rdx, qword ptr [rsi+32]
    cmp rdx, qword ptr [rcx+30]
    ja label_186
    rex test sil, 7
    short je L658
    mov edx, 258
    call 140320710849168
    short jmp L657
L658:
    mov rdi, qword ptr [rcx+14]
    shr rsi, 3
    mov qword ptr [rcx+22], rdx
    mov eax, dword ptr [rdi+rsi]
    shl rax, 4
    or rax, 15
L657:
    mov qword ptr [rbx+64], rax
# i_bs_get_integer_32_Stfd
    mov rcx, qword ptr [rbx]
    mov rsi, qword ptr [rcx+22]
    lea rdx, qword ptr [rsi+32]
    cmp rdx, qword ptr [rcx+30]
    ja label_186
    rex test sil, 7
    short je L660
    mov edx, 258
    call 140320710849168
    short jmp L659
L660:
    mov rdi, qword ptr [rcx+14]
    shr rsi, 3
    mov qword ptr [rcx+22], rdx
    mov eax, dword ptr [rdi+rsi]
    shl rax, 4
    or rax, 15
L659:
    mov qword ptr [rbx+72], rax
# i_bs_get_integer_16_Stfd
    mov rcx, qword ptr [rbx]
    mov rsi, qword ptr [rcx+22]
    lea rdx, qword ptr [rsi+16]
    cmp rdx, qword ptr [rcx+30]
    ja label_186
    rex test sil, 7
    short je L662
    mov edx, 130
    call 140320710849168
    short jmp L661
L662:
    mov rdi, qword ptr [rcx+14]
    shr rsi, 3
    mov qword ptr [rcx+22], rdx
    movzx rax, word ptr [rdi+rsi]
    shl rax, 4
    or rax, 15
L661:
    mov qword ptr [rbx+80], rax
# i_bs_get_integer_16_Stfd
    mov rcx, qword ptr [rbx]
    mov rsi, qword ptr [rcx+22]
    lea rdx, qword ptr [rsi+16]
    cmp rdx, qword ptr [rcx+30]
    ja label_186
    rex test sil, 7
    short je L664
    mov edx, 130
    call 140320710849168
    short jmp L663
L664:
    mov rdi, qword ptr [rcx+14]
    shr rsi, 3
    mov qword ptr [rcx+22], rdx
    movzx rax, word ptr [rdi+rsi]
    shl rax, 4
    or rax, 15
L663:
    mov qword ptr [rbx+88], rax
# bs_test_tail2_fSW
    mov rdi, qword ptr [rbx]
    mov rsi, qword ptr [rdi+30]
    sub rsi, qword ptr [rdi+22]
    jne label_186
# test_heap_It
    lea rdx, qword ptr [r15+128]
    cmp rdx, rsp
    short jbe L665
    mov ecx, 12
.db 0x90
    call 140320710850576
L665:
# put_tuple2_SA
# Move arity word
    mov edi, 704
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 141003
# (moving two elements at once)
    movups xmm0, xmmword ptr [rbx+16]
    movups xmmword ptr [r15+16], xmm0
# (moving two elements at once)
    movups xmm0, xmmword ptr [rbx+32]
    movups xmmword ptr [r15+32], xmm0
# (moving two elements at once)
    movups xmm0, xmmword ptr [rbx+48]
    movups xmmword ptr [r15+48], xmm0
# (moving two elements at once)
    movups xmm0, xmmword ptr [rbx+64]
    movups xmmword ptr [r15+64], xmm0
# (moving two elements at once)
    movups xmm0, xmmword ptr [rbx+80]
    movups xmmword ptr [r15+80], xmm0
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 96
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L246
    ret
# label_L
label_186:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L666
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L666:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 139339
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
    short jbe L667
    mov ecx, 1
.db 0x90
    call 140320710850576
L667:
# call_light_bif_be
    align 4
L668:
L669:
    long mov rcx, 9223372036854775807
    mov rax, 94919179106976
    lea rdx, qword ptr [L668]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L246
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_187:
# i_func_info_IaaI
# prim_zip:split_iolist/2
    call L244
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0x1C, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x27, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_188:
# i_breakpoint_trampoline
    short jmp L670
.db 0x00
    call L247
    align 8
L670:
# i_test_yield
    lea rdx, qword ptr [label_188+24]
    dec r14
    jle L245
# is_binary_fs
    mov rdi, qword ptr [rbx]
    rex test dil, 1
    jne label_189
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 40
    short je L672
    and al, -5
    cmp al, 32
    jne label_189
    short jmp L671
L672:
    cmp byte ptr [rdi+22], 0
    jne label_189
L671:
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L673
    mov ecx, 2
    call 140320710850576
L673:
# call_light_bif_be
    align 4
L674:
L675:
    long mov rcx, 9223372036854775807
    mov rax, 94919179449728
    lea rdx, qword ptr [L674]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L246
    ret
# label_L
label_189:
# is_list_fs
    mov rax, qword ptr [rbx]
    cmp rax, 59
    short je L676
    test al, 2
    jne label_187
L676:
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx]
    movups xmmword ptr [rbx+8], xmm0
# i_move_sd
    mov qword ptr [rbx], 59
# i_call_only_f
    jmp splitter/3
# func_line_I
# aligned_label_Lt
    align 8
label_190:
# i_func_info_IaaI
# prim_zip:splitter/3
    call L244
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0x1C, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x27, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
splitter/3:
# i_breakpoint_trampoline
    short jmp L677
.db 0x00
    call L247
    align 8
L677:
# i_test_yield
    lea rdx, qword ptr [splitter/3+24]
    dec r14
    jle L245
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 15
    jne label_192
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L678
    mov ecx, 2
.db 0x90
    call 140320710850576
L678:
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
    jl L246
    ret
# label_L
label_192:
# i_is_eq_exact_literal_fscI
L679:
    long mov rsi, 9223372036854775807
    mov rdi, qword ptr [rbx]
    rex test dil, 1
    jne label_193
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    jz label_193
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+8]
    movups xmmword ptr [rbx], xmm0
# i_call_only_f
    jmp label_188
# label_L
label_193:
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_198
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+24], xmm0
# is_list_fs
    mov rax, qword ptr [rbx+24]
    cmp rax, 59
    short je L680
    test al, 2
    jne label_194
L680:
# jump_f
    jmp label_195
# label_L
label_194:
# is_binary_fs
    mov rdi, qword ptr [rbx+24]
    rex test dil, 1
    jne label_197
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 40
    short je L682
    and al, -5
    cmp al, 32
    jne label_197
    short jmp L681
L682:
    cmp byte ptr [rdi+22], 0
    jne label_197
L681:
# label_L
label_195:
# allocate_tt
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L683
    mov ecx, 5
    call 140320710850576
L683:
    sub rsp, 32
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+24]
    movups xmmword ptr [rsp], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+24], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L684:
L685:
    long mov rcx, 9223372036854775807
    mov rax, 94919179095824
    lea rdx, qword ptr [L684]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# is_lt_fss
    mov rsi, qword ptr [rbx]
    mov rdi, qword ptr [rsp+16]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L686
    cmp rdi, rsi
    short jmp L687
L686:
    call 140320710848608
L687:
    jge label_196
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
    call label_188
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_199
    cmp dword ptr [rsi-2], 128
    jne label_199
# test_heap_It
    lea rdx, qword ptr [r15+104]
    cmp rdx, rsp
    short jbe L688
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L688:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# get_two_tuple_elements_sPSS
    vpermilpd xmm0, xmmword ptr [rsi+6], 1
    vmovups xmmword ptr [rbx], xmm0
# put_cons_ss
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# put_cons_ss
    mov rdi, qword ptr [rsp]
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
    add rsp, 16
# return
    dec r14
    jl L246
    ret
# label_L
label_196:
# line_I
# i_minus_ssjd
    mov rsi, qword ptr [rsp+16]
    mov rdx, qword ptr [rbx]
# are both operands small?
    mov eax, esi
    and eax, edx
    and al, 15
    cmp al, 15
    short jne L690
# sub with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    sub rax, rcx
    short jno L689
L690:
    call 140320710853584
L689:
    mov qword ptr [rbx], rax
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L691
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L691:
# put_cons_ss
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+8], rdi
# i_call_last_ft
    add rsp, 32
    jmp splitter/3
# label_L
label_197:
# is_integer_fs
    mov rdi, qword ptr [rbx+24]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L692
    test al, 1
    jne label_198
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_198
L692:
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rbx+16]
    mov rdx, -16
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L693
    mov rax, rsi
    add rax, rdx
    short jno L694
L693:
    call 140320710853080
L694:
    mov qword ptr [rbx+16], rax
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L695
    mov ecx, 5
.db 0x66, 0x90
    call 140320710850576
L695:
# put_cons_ss
    mov rdi, qword ptr [rbx+24]
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
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx+8], rdi
# i_call_only_f
    jmp splitter/3
# label_L
label_198:
# is_binary_fs
    mov rdi, qword ptr [rbx+8]
    rex test dil, 1
    jne label_190
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 40
    short je L697
    and al, -5
    cmp al, 32
    jne label_190
    short jmp L696
L697:
    cmp byte ptr [rdi+22], 0
    jne label_190
L696:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L698
    mov ecx, 3
.db 0x66, 0x90
    call 140320710850576
L698:
# put_cons_ss
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_call_only_f
    jmp splitter/3
# label_L
label_199:
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
label_200:
# i_func_info_IaaI
# prim_zip:skip_iolist/2
    call L244
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0x1C, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x27, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_201:
# i_breakpoint_trampoline
    short jmp L699
.db 0x00
    call L247
    align 8
L699:
# i_test_yield
    lea rdx, qword ptr [label_201+24]
    dec r14
    jle L245
# is_binary_fs
    mov rdi, qword ptr [rbx]
    rex test dil, 1
    jne label_203
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 40
    short je L701
    and al, -5
    cmp al, 32
    jne label_203
    short jmp L700
L701:
    cmp byte ptr [rdi+22], 0
    jne label_203
L700:
# i_bs_start_match3_Stjd
    mov rsi, qword ptr [rbx]
    mov eax, dword ptr [rsi-2]
    and al, 60
    cmp al, 4
    short je L703
L702:
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L704
    mov qword ptr [rbx+16], rsi
    mov ecx, 3
    call 140320710850576
    mov rsi, qword ptr [rbx+16]
L704:
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
L703:
    mov qword ptr [rbx], rsi
# i_bs_skip_bits2_SSft
    mov rax, qword ptr [rbx+8]
    mov edx, eax
    and edx, 15
    cmp edx, 15
    jne label_202
    and rax, -16
    js label_202
    mov edx, 8
    mul rdx
    jo label_202
    sar rax, 4
    mov rdi, qword ptr [rbx]
    add rax, qword ptr [rdi+22]
    cmp rax, qword ptr [rdi+30]
    ja label_202
    mov qword ptr [rdi+22], rax
# bs_get_tail_Sdt
    mov rdi, qword ptr [rbx]
    lea rdx, qword ptr [r15+112]
    cmp rdx, rsp
    short jbe L705
    mov qword ptr [rbx+8], rdi
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
    mov rdi, qword ptr [rbx+8]
L705:
    call 140320710849224
    mov qword ptr [rbx], rax
# return
    dec r14
    jl L246
    ret
# label_L
label_202:
# i_move_sd
L706:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L246
    ret
# label_L
label_203:
# is_list_fs
    mov rax, qword ptr [rbx]
    cmp rax, 59
    short je L707
    test al, 2
    jne label_200
L707:
# i_call_only_f
    jmp label_205
# func_line_I
# aligned_label_Lt
    align 8
label_204:
# i_func_info_IaaI
# prim_zip:skipper/2
    call L244
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0x1C, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x27, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_205:
# i_breakpoint_trampoline
    short jmp L708
.db 0x00
    call L247
    align 8
L708:
# i_test_yield
    lea rdx, qword ptr [label_205+24]
    dec r14
    jle L245
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 15
    jne label_206
# return
    dec r14
    jl L246
    ret
# label_L
label_206:
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    short jne label_204
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+16], xmm0
# is_list_fs
    mov rax, qword ptr [rbx+16]
    cmp rax, 59
    short je L709
    test al, 2
    jne label_207
L709:
# jump_f
    jmp label_208
# label_L
label_207:
# is_binary_fs
    mov rdi, qword ptr [rbx+16]
    rex test dil, 1
    jne label_210
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 40
    short je L711
    and al, -5
    cmp al, 32
    jne label_210
    short jmp L710
L711:
    cmp byte ptr [rdi+22], 0
    jne label_210
L710:
# label_L
label_208:
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L712
    mov ecx, 4
    call 140320710850576
L712:
    sub rsp, 24
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+16]
    movups xmmword ptr [rsp], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L713:
L714:
    long mov rcx, 9223372036854775807
    mov rax, 94919179095824
    lea rdx, qword ptr [L713]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# is_lt_fss
    mov rsi, qword ptr [rbx]
    mov rdi, qword ptr [rsp+16]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L715
    cmp rdi, rsi
    short jmp L716
L715:
    call 140320710848608
L716:
    jge label_209
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
    call label_201
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L717
    mov ecx, 1
    call 140320710850576
L717:
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
    jl L246
    ret
# label_L
label_209:
# line_I
# i_minus_ssjd
    mov rsi, qword ptr [rsp+16]
    mov rdx, qword ptr [rbx]
# simplified test for small operands since both are numbers
    mov eax, esi
    and eax, edx
    test al, 1
    short je L719
# sub with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    sub rax, rcx
    short jno L718
L719:
    call 140320710853584
L718:
    mov qword ptr [rbx+8], rax
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 24
    jmp label_201
# label_L
label_210:
# is_integer_fs
    mov rdi, qword ptr [rbx+16]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L720
    test al, 1
    jne label_204
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_204
L720:
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rbx+8]
    mov rdx, -16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L721
    add rax, rdx
    short jno L722
L721:
    call 140320710853080
L722:
    mov qword ptr [rbx+8], rax
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp label_201
# func_line_I
# aligned_label_Lt
    align 8
label_211:
# i_func_info_IaaI
# prim_zip:pwrite_iolist/3
    call L244
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0x1C, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x28, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_212:
# i_breakpoint_trampoline
    short jmp L723
.db 0x00
    call L247
    align 8
L723:
# i_test_yield
    lea rdx, qword ptr [label_212+24]
    dec r14
    jle L245
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L724
    mov ecx, 3
    call 140320710850576
L724:
    sub rsp, 24
# init_yregs_I
    mov eax, 59
    mov rdi, rsp
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp+16], rdi
# line_I
# i_call_f
.db 0x66, 0x90
    call label_188
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_213
    cmp dword ptr [rsi-2], 128
    jne label_213
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L725:
L726:
    long mov rcx, 9223372036854775807
    mov rax, 94919179095824
    lea rdx, qword ptr [L725]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+8], rdi
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rbx], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rsp+8], rdi
# i_trim_t
    add rsp, 8
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call label_201
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L727
    mov ecx, 1
    call 140320710850576
L727:
# put_cons_ss
    mov rdi, qword ptr [rsp+8]
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
    add rsp, 16
# return
    dec r14
    jl L246
    ret
# label_L
label_213:
# line_I
# badmatch_s
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 5200
    xor ecx, ecx
    call 140320710854352
# func_line_I
    nop
# aligned_label_Lt
    align 8
label_214:
# i_func_info_IaaI
# prim_zip:pwrite_binary/3
    call L244
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0x1C, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x28, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_215:
# i_breakpoint_trampoline
    short jmp L728
.db 0x00
    call L247
    align 8
L728:
# i_test_yield
    lea rdx, qword ptr [label_215+24]
    dec r14
    jle L245
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L729
    mov ecx, 3
    call 140320710850576
L729:
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call label_212
# call_light_bif_be
    align 4
L730:
L731:
    long mov rcx, 9223372036854775807
    mov rax, 94919179448912
    lea rdx, qword ptr [L730]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L246
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_216:
# i_func_info_IaaI
# prim_zip:reverse/1
    call L244
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0x1C, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xE8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_217:
# i_breakpoint_trampoline
    short jmp L732
.db 0x00
    call L247
    align 8
L732:
# i_test_yield
    lea rdx, qword ptr [label_217+24]
    dec r14
    jle L245
# i_move_sd
    mov qword ptr [rbx+8], 59
# i_call_only_f
    jmp label_219
# func_line_I
# aligned_label_Lt
    align 8
label_218:
# i_func_info_IaaI
# prim_zip:reverse/2
    call L244
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0x1C, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xE8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_219:
# i_breakpoint_trampoline
    short jmp L733
.db 0x00
    call L247
    align 8
L733:
# i_test_yield
    lea rdx, qword ptr [label_219+24]
    dec r14
    jle L245
# is_nonempty_list_fS
    test byte ptr [rbx], 2
    jne label_220
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L734
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L734:
# get_list_Sdd
    mov rdi, qword ptr [rbx]
    mov rsi, qword ptr [rdi-1]
    mov rdx, qword ptr [rdi+7]
    mov qword ptr [rbx+16], rsi
    mov qword ptr [rbx], rdx
# put_cons_ss
# (putting and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [r15], xmm0
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_call_only_f
    short jmp label_219
# label_L
label_220:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_218
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L246
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_221:
# i_func_info_IaaI
# prim_zip:last/1
    call L244
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0x1C, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xE0, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_222:
# i_breakpoint_trampoline
    short jmp L735
.db 0x00
    call L247
    align 8
L735:
# i_test_yield
    lea rdx, qword ptr [label_222+24]
    dec r14
    jle L245
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    short jne label_221
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx], xmm0
# i_call_only_f
    jmp label_224
# func_line_I
# aligned_label_Lt
    align 8
label_223:
# i_func_info_IaaI
# prim_zip:last/2
    call L244
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0x1C, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xE0, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_224:
# i_breakpoint_trampoline
    short jmp L736
.db 0x00
    call L247
    align 8
L736:
# i_test_yield
    lea rdx, qword ptr [label_224+24]
    dec r14
    jle L245
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_225
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx], xmm0
# i_call_only_f
    short jmp label_224
# label_L
label_225:
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    short jne label_223
# return
    dec r14
    jl L246
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_226:
# i_func_info_IaaI
# prim_zip:module_info/0
    call L244
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0x1C, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x66, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
module_info/0:
# i_breakpoint_trampoline
    short jmp L737
.db 0x00
    call L247
    align 8
L737:
# i_test_yield
    lea rdx, qword ptr [module_info/0+24]
    dec r14
    jle L245
# i_move_sd
    mov qword ptr [rbx], 138443
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L738
    mov ecx, 1
.db 0x90
    call 140320710850576
L738:
# call_light_bif_be
    align 4
L739:
L740:
    long mov rcx, 9223372036854775807
    mov rax, 94919178912304
    lea rdx, qword ptr [L739]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L246
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_228:
# i_func_info_IaaI
# prim_zip:module_info/1
    call L244
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0x1C, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x66, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
module_info/1:
# i_breakpoint_trampoline
    short jmp L741
.db 0x00
    call L247
    align 8
L741:
# i_test_yield
    lea rdx, qword ptr [module_info/1+24]
    dec r14
    jle L245
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx], 138443
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L742
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L742:
# call_light_bif_be
    align 4
L743:
L744:
    long mov rcx, 9223372036854775807
    mov rax, 94919178913216
    lea rdx, qword ptr [L743]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L246
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_230:
# i_func_info_IaaI
# prim_zip:'-get_cd_loop/11-fun-2-'/3
    call L244
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0x1C, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x28, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_231:
# i_breakpoint_trampoline
    short jmp L745
.db 0x00
    call L247
    align 8
L745:
# i_test_yield
    lea rdx, qword ptr [label_231+24]
    dec r14
    jle L245
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rbx+8], xmm0
# i_call_only_f
    jmp label_31
# i_lambda_trampoline_FfWW
L242:
    mov rax, qword ptr [rcx+38]
    mov qword ptr [rbx+16], rax
    short jmp label_231
# func_line_I
# aligned_label_Lt
    align 8
label_232:
# i_func_info_IaaI
# prim_zip:'-get_cd_loop/11-fun-1-'/4
    call L244
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0x1C, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x28, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_233:
# i_breakpoint_trampoline
    short jmp L746
.db 0x00
    call L247
    align 8
L746:
# i_test_yield
    lea rdx, qword ptr [label_233+24]
    dec r14
    jle L245
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rbx+8], xmm0
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx+16], 1
    vmovups xmmword ptr [rbx+16], xmm0
# swap_dd
    mov rdi, qword ptr [rbx]
    mov rsi, qword ptr [rbx+24]
    mov qword ptr [rbx+24], rdi
    mov qword ptr [rbx], rsi
# i_call_only_f
    jmp label_50
# i_lambda_trampoline_FfWW
L241:
    movups xmm0, xmmword ptr [rcx+38]
    movups xmmword ptr [rbx], xmm0
    movups xmm0, xmmword ptr [rcx+54]
    movups xmmword ptr [rbx+16], xmm0
    short jmp label_233
# func_line_I
# aligned_label_Lt
    align 8
label_234:
# i_func_info_IaaI
# prim_zip:'-get_cd_loop/11-fun-0-'/2
    call L244
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0x1C, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x29, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_235:
# i_breakpoint_trampoline
    short jmp L747
.db 0x00
    call L247
    align 8
L747:
# i_test_yield
    lea rdx, qword ptr [label_235+24]
    dec r14
    jle L245
# i_move_sd
L748:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+16], rdi
# i_call_only_f
    jmp label_171
# i_lambda_trampoline_FfWW
L240:
    movups xmm0, xmmword ptr [rcx+38]
    movups xmmword ptr [rbx], xmm0
    short jmp label_235
# func_line_I
# aligned_label_Lt
    align 8
label_236:
# i_func_info_IaaI
# prim_zip:'-include_acc/3-fun-0-'/3
    call L244
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0x1C, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x29, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_237:
# i_breakpoint_trampoline
    short jmp L749
.db 0x00
    call L247
    align 8
L749:
# i_test_yield
    lea rdx, qword ptr [label_237+24]
    dec r14
    jle L245
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rbx+8], xmm0
# i_call_only_f
    jmp label_31
# i_lambda_trampoline_FfWW
L239:
    mov rax, qword ptr [rcx+38]
    mov qword ptr [rbx+16], rax
    short jmp label_237
# func_line_I
# aligned_label_Lt
    align 8
label_238:
# i_func_info_IaaI
# prim_zip:'-filter_fun/0-fun-0-'/2
    call L244
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0x1C, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x29, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_239:
# i_breakpoint_trampoline
    short jmp L750
.db 0x00
    call L247
    align 8
L750:
# i_test_yield
    lea rdx, qword ptr [label_239+24]
    dec r14
    jle L245
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    short jne label_238
    cmp dword ptr [rsi-2], 192
    short jne label_238
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L751
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L751:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 75
    mov qword ptr [r15+16], 75
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+24], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L246
    ret
# int_code_end
L752:
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, 94919180896308
    call 94919178184336
.section .rodata {#1}
str:
.db 0x50, 0x4B, 0x03, 0x04, 0x50, 0x4B, 0x01, 0x02
.section .text {#0}
.section .rodata {#1}
md5:
.db 0xC4, 0x7E, 0x6E, 0x96, 0x78, 0xF9, 0x81, 0x12, 0x6F, 0x63, 0x2F, 0x03, 0x2B, 0x19, 0x9D, 0xC4
.section .text {#0}
