    align 8
L176:
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
L177:
    jmp 140320710851944
    align 8
L178:
    jmp 140320710853048
    align 8
L179:
    jmp 140320710850344
    align 16
L180:
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
# inet_config:init/0
    call L177
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x53, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
init/0:
# i_breakpoint_trampoline
    short jmp L181
.db 0x00
    call L180
    align 8
L181:
# i_test_yield
    lea rdx, qword ptr [init/0+24]
    dec r14
    jle L178
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L182
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L182:
    sub rsp, 16
# init_yregs_I
    mov eax, 59
    mov rdi, rsp
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call set_hostname/0
# line_I
# i_call_ext_e
L183:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call erl_dist_mode/0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# i_call_f
    call do_load_resolv/2
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rsp+8]
    rex test sil, 1
    jne label_4
    cmp dword ptr [rsi-2], 128
    jne label_4
    cmp qword ptr [rsi+6], 68747
    jne label_4
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx], 68811
    jne label_3
# i_move_sd
    mov qword ptr [rbx], 129995
# line_I
# i_call_ext_e
L184:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x90
    call qword ptr [rax+r12*8]
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_3
# line_I
# i_call_ext_e
L185:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# i_call_ext_e
L186:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_3
    cmp dword ptr [rsi-2], 128
    jne label_3
    cmp qword ptr [rsi+6], 30603
    jne label_3
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_3
    cmp dword ptr [rsi-2], 384
    jne label_3
    cmp qword ptr [rsi+6], 451467
    jne label_3
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# is_ne_exact_fss
    cmp qword ptr [rbx], 59
    je label_3
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L187
    mov ecx, 1
    call 140320710850576
L187:
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
# line_I
# i_call_f
.db 0x90
    call set_hostname/1
# label_L
label_3:
# i_move_sd
    mov qword ptr [rbx], 57419
# line_I
# i_call_ext_e
L188:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# i_call_f
.db 0x0F, 0x1F, 0x00
    call add_dns_lookup/1
# label_L
label_4:
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call read_rc/0
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L189
    mov ecx, 1
    call 140320710850576
L189:
# i_make_fun3_FStt
L190:
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
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rax+40], rdi
# Create boxed ptr
    or al, 2
    mov qword ptr [rbx+8], rax
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+8]
    movups xmmword ptr [rbx], xmm0
# line_I
# i_call_ext_e
L191:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L192:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# is_ne_exact_fss
    cmp qword ptr [rbx], 30603
    je label_5
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L193
    xor ecx, ecx
.db 0x66, 0x90
    call 140320710850576
L193:
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp]
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
    mov qword ptr [rbx+8], rsi
# init_yregs_I
    mov qword ptr [rsp], 59
# i_move_sd
L194:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x90
    call error/2
# label_L
label_5:
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rsp+8]
    rex test sil, 1
    jne label_7
    cmp dword ptr [rsi-2], 128
    jne label_7
    cmp qword ptr [rsi+6], 68747
    jne label_7
# i_move_sd
L195:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+8], rdi
# init_yregs_I
    mov qword ptr [rsp+8], 59
# i_move_sd
L196:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L197:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# i_move_sd
    mov qword ptr [rbx], 445387
# line_I
# i_call_ext_e
L198:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# is_eq_exact_fss
    cmp qword ptr [rbx], 907
    jne label_6
# i_move_sd
L199:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L200:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx], 449355
# line_I
# i_call_ext_e
L201:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# label_L
label_6:
# i_move_sd
    mov qword ptr [rbx], 445515
# line_I
# i_call_ext_e
L202:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# is_eq_exact_fss
    cmp qword ptr [rbx], 907
    jne label_7
# i_move_sd
L203:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# i_trim_t
    add rsp, 16
# line_I
# i_call_ext_e
L204:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx], 449227
# i_call_ext_last_et
L205:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# label_L
label_7:
# i_move_sd
    mov qword ptr [rbx], 30603
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L179
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_8:
# i_func_info_IaaI
# inet_config:erl_dist_mode/0
    call L177
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xFA, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
erl_dist_mode/0:
# i_breakpoint_trampoline
    short jmp L206
.db 0x00
    call L180
    align 8
L206:
# i_test_yield
    lea rdx, qword ptr [erl_dist_mode/0+24]
    dec r14
    jle L178
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L207
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L207:
# i_move_sd
    mov qword ptr [rbx], 457483
# line_I
# i_call_ext_e
L208:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_10
    cmp dword ptr [rsi-2], 128
    jne label_10
    cmp qword ptr [rsi+6], 30603
    jne label_10
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_10
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx], xmm0
# is_nonempty_list_get_tl_fSd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_10
    mov rsi, qword ptr [rax+7]
    mov qword ptr [rbx+8], rsi
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_10
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_10
# i_move_sd
    mov qword ptr [rbx], 457547
# deallocate_t
# return
    dec r14
    jl L179
    ret
# label_L
label_10:
# i_move_sd
    mov qword ptr [rbx], 27083
# line_I
# i_call_ext_e
L209:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_11
    cmp dword ptr [rsi-2], 128
    jne label_11
    cmp qword ptr [rsi+6], 30603
    jne label_11
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_11
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx], xmm0
# is_nonempty_list_get_tl_fSd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_11
    mov rsi, qword ptr [rax+7]
    mov qword ptr [rbx+8], rsi
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_11
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_11
# i_move_sd
    mov qword ptr [rbx], 415883
# deallocate_t
# return
    dec r14
    jl L179
    ret
# label_L
label_11:
# i_move_sd
    mov qword ptr [rbx], 457611
# deallocate_t
# return
    dec r14
    jl L179
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_12:
# i_func_info_IaaI
# inet_config:do_load_resolv/2
    call L177
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xFB, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
do_load_resolv/2:
# i_breakpoint_trampoline
    short jmp L210
.db 0x00
    call L180
    align 8
L210:
# i_test_yield
    lea rdx, qword ptr [do_load_resolv/2+24]
    dec r14
    jle L178
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_22
    cmp dword ptr [rsi-2], 128
    jne label_22
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+16], rdi
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+16]
    cmp rsi, 68747
    je label_15
    cmp rsi, 147659
    je label_14
    jmp label_22
# label_L
label_14:
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 415883
    jne label_22
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L211
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L211:
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call win32_load_from_registry/1
# i_move_sd
L212:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# i_call_ext_last_et
L213:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# label_L
label_15:
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 415883
    jne label_22
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L214
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L214:
    sub rsp, 16
# init_yregs_I
    mov qword ptr [rsp], 59
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# i_move_sd
L215:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+8], rdi
# i_move_sd
L216:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L217:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# i_move_sd
L218:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+8], rdi
# line_I
# i_call_ext_e
L219:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x90
    call qword ptr [rax+r12*8]
# i_move_sd
    mov qword ptr [rbx+8], 443083
# i_call_f
.db 0x0F, 0x1F, 0x00
    call load_resolv/2
# i_select_val_lins_sfI
    mov rsi, qword ptr [rsp+8]
    cmp rsi, 68811
    je label_18
    cmp rsi, 457739
    je label_20
    cmp rsi, 457803
    je label_19
    cmp rsi, 457867
    je label_17
    cmp rsi, 457931
    je label_16
    jmp label_21
# label_L
label_16:
# init_yregs_I
    mov qword ptr [rsp+8], 59
# line_I
# i_call_ext_e
L220:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_21
    cmp dword ptr [rsi-2], 192
    jne label_21
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx], rdi
# is_ge_fss
    mov esi, 95
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 15
    short jne L221
    cmp rdi, rsi
    short jmp L222
L221:
    call 140320710848608
L222:
    jl label_21
# i_move_sd
L223:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov qword ptr [rsp], 59
# line_I
# i_call_ext_e
L224:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# i_move_sd
    mov qword ptr [rbx+8], 457995
# i_call_f
.db 0x0F, 0x1F, 0x00
    call load_resolv/2
# jump_f
    jmp label_21
# label_L
label_17:
# init_yregs_I
    mov qword ptr [rsp+8], 59
# line_I
# i_call_ext_e
L225:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_21
    cmp dword ptr [rsi-2], 192
    jne label_21
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# is_ge_fss
    mov esi, 31
    mov rdi, qword ptr [rbx+8]
    mov eax, edi
    and al, 15
    cmp al, 15
    short jne L226
    cmp rdi, rsi
    short jmp L227
L226:
    call 140320710848608
L227:
    jl label_21
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# is_ge_fss
    mov esi, 79
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 15
    short jne L228
    cmp rdi, rsi
    short jmp L229
L228:
    call 140320710848608
L229:
    jl label_21
# i_move_sd
L230:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov qword ptr [rsp], 59
# line_I
# i_call_ext_e
L231:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# i_move_sd
    mov qword ptr [rbx+8], 457995
# i_call_f
.db 0x0F, 0x1F, 0x00
    call load_resolv/2
# jump_f
    jmp label_21
# label_L
label_18:
# i_move_sd
L232:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+8], rdi
# init_yregs_I
    mov qword ptr [rsp+8], 59
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L233:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# i_move_sd
    mov qword ptr [rbx+8], 458059
# i_call_f
.db 0x0F, 0x1F, 0x00
    call load_resolv/2
# is_ne_exact_fss
    cmp qword ptr [rbx], 30603
    je label_21
# i_move_sd
L234:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov qword ptr [rsp], 59
# line_I
# i_call_ext_e
L235:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# i_move_sd
    mov qword ptr [rbx+8], 457995
# i_call_f
.db 0x0F, 0x1F, 0x00
    call load_resolv/2
# jump_f
    jmp label_21
# label_L
label_19:
# i_move_sd
L236:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov eax, 59
    mov rdi, rsp
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# line_I
# i_call_ext_e
L237:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# i_move_sd
    mov qword ptr [rbx+8], 458123
# i_call_f
.db 0x0F, 0x1F, 0x00
    call load_resolv/2
# jump_f
    jmp label_21
# label_L
label_20:
# i_move_sd
L238:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov eax, 59
    mov rdi, rsp
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# line_I
# i_call_ext_e
L239:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# i_move_sd
    mov qword ptr [rbx+8], 458187
# i_call_f
.db 0x0F, 0x1F, 0x00
    call load_resolv/2
# label_L
label_21:
# i_move_sd
L240:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# i_call_ext_last_et
    add rsp, 16
L241:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# label_L
label_22:
# i_move_sd
L242:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# i_call_ext_only_e
L243:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# func_line_I
# aligned_label_Lt
    align 8
label_23:
# i_func_info_IaaI
# inet_config:add_dns_lookup/1
    call L177
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xFE, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
add_dns_lookup/1:
# i_breakpoint_trampoline
    short jmp L244
.db 0x00
    call L180
    align 8
L244:
# i_test_yield
    lea rdx, qword ptr [add_dns_lookup/1+24]
    dec r14
    jle L178
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L245
    mov ecx, 1
    call 140320710850576
L245:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx], 447051
# line_I
# call_light_bif_be
    align 4
L246:
L247:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927952
    lea rdx, qword ptr [L246]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# is_ne_exact_fss
    cmp qword ptr [rbx], 75
    je label_25
# i_move_sd
    mov qword ptr [rbx+8], 458315
# i_move_sd
    mov qword ptr [rbx], 173579
# line_I
# i_call_ext_e
L248:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x90
    call qword ptr [rax+r12*8]
# i_is_eq_exact_literal_fscI
L249:
    long mov rsi, 9223372036854775807
    mov rdi, qword ptr [rbx]
    rex test dil, 1
    jne label_25
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    jz label_25
# i_move_sd
    mov qword ptr [rbx+8], 59
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 8
    jmp add_dns_lookup/2
# label_L
label_25:
# i_move_sd
    mov qword ptr [rbx], 30603
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L179
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_26:
# i_func_info_IaaI
# inet_config:add_dns_lookup/2
    call L177
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xFE, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
add_dns_lookup/2:
# i_breakpoint_trampoline
    short jmp L250
.db 0x00
    call L180
    align 8
L250:
# i_test_yield
    lea rdx, qword ptr [add_dns_lookup/2+24]
    dec r14
    jle L178
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_29
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+16], rsi
    mov qword ptr [rbx], rdx
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 446859
    jne label_28
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L251
    mov ecx, 2
    call 140320710850576
L251:
# put_cons_ss
    mov qword ptr [r15], 447051
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov qword ptr [r15+16], 446859
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# store_cons_Id
    add r15, 32
    mov qword ptr [rbx+8], rsi
# i_call_only_f
    jmp add_dns_lookup/2
# label_L
label_28:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L252
    mov ecx, 3
    call 140320710850576
L252:
# put_cons_ss
# (putting and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [r15], xmm0
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_call_only_f
    jmp add_dns_lookup/2
# label_L
label_29:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_26
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L253
    mov ecx, 2
.db 0x90
    call 140320710850576
L253:
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L254:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# i_call_ext_last_et
L255:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# func_line_I
# aligned_label_Lt
    align 8
label_30:
# i_func_info_IaaI
# inet_config:set_hostname/0
    call L177
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xC7, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
set_hostname/0:
# i_breakpoint_trampoline
    short jmp L256
.db 0x00
    call L180
    align 8
L256:
# i_test_yield
    lea rdx, qword ptr [set_hostname/0+24]
    dec r14
    jle L178
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L257
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L257:
    sub rsp, 8
# init_yregs_I
    mov qword ptr [rsp], 59
# i_move_sd
    mov qword ptr [rbx+8], 59
# i_move_sd
    mov qword ptr [rbx], 15
# line_I
# i_call_ext_e
L258:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_32
    cmp dword ptr [rsi-2], 128
    jne label_32
    cmp qword ptr [rsi+6], 30603
    jne label_32
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L259:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# swap_dd
    mov rdi, qword ptr [rsp]
    mov rsi, qword ptr [rbx]
    mov qword ptr [rbx], rdi
    mov qword ptr [rsp], rsi
# line_I
# i_call_ext_e
L260:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 8
    jmp set_hostname/1
# label_L
label_32:
# i_move_sd
L261:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 8
    jmp set_hostname/1
# func_line_I
# aligned_label_Lt
    align 8
label_33:
# i_func_info_IaaI
# inet_config:set_hostname/1
    call L177
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xC7, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
set_hostname/1:
# i_breakpoint_trampoline
    short jmp L262
.db 0x00
    call L180
    align 8
L262:
# i_test_yield
    lea rdx, qword ptr [set_hostname/1+24]
    dec r14
    jle L178
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    short jne label_33
    cmp dword ptr [rsi-2], 128
    short jne label_33
    cmp qword ptr [rsi+6], 30603
    short jne label_33
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+8], rdi
# i_length_setup_jts
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx+16], rdi
    mov qword ptr [rbx+24], 15
# i_length_jtd
    align 4
L263:
    mov esi, 2
    lea rdx, qword ptr [L263]
    call 140320710852488
    je label_35
    mov qword ptr [rbx+16], rax
# is_lt_fss
    mov rsi, qword ptr [rbx+16]
    mov edi, 15
# skipped test for small operands since they are always small
    cmp rdi, rsi
L264:
L265:
    jge label_35
# allocate_heap_tIt
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L266
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L266:
    sub rsp, 8
# init_yregs_I
    mov qword ptr [rsp], 59
# i_make_fun3_FStt
L267:
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
L268:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x90
    call qword ptr [rax+r12*8]
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
L269:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 8
    jmp set_search_dom/1
# label_L
label_35:
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_33
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L270
    xor ecx, ecx
    call 140320710850576
L270:
# i_move_sd
L271:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L272:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x90
    call qword ptr [rax+r12*8]
# i_move_sd
L273:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# i_call_last_ft
    jmp set_search_dom/1
# func_line_I
# aligned_label_Lt
    align 8
label_36:
# i_func_info_IaaI
# inet_config:set_search_dom/1
    call L177
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xFE, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
set_search_dom/1:
# i_breakpoint_trampoline
    short jmp L274
.db 0x00
    call L180
    align 8
L274:
# i_test_yield
    lea rdx, qword ptr [set_search_dom/1+24]
    dec r14
    jle L178
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_39
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+8], xmm0
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 751
    jne label_38
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L275
    mov ecx, 3
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L275:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L276:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_trim_t
    add rsp, 8
# line_I
# i_call_ext_e
L277:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# i_move_sd
    mov qword ptr [rbx], 30603
# deallocate_t
# return
    dec r14
    jl L179
    ret
# label_L
label_38:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L278
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L278:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# line_I
# i_call_ext_e
L279:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_trim_t
    add rsp, 8
# line_I
# i_call_ext_e
L280:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# i_move_sd
    mov qword ptr [rbx], 30603
# deallocate_t
# return
    dec r14
    jl L179
    ret
# label_L
label_39:
# i_move_sd
    mov qword ptr [rbx], 30603
# return
    dec r14
    jl L179
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_40:
# i_func_info_IaaI
# inet_config:load_resolv/2
    call L177
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xFE, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
load_resolv/2:
# i_breakpoint_trampoline
    short jmp L281
.db 0x00
    call L180
    align 8
L281:
# i_test_yield
    lea rdx, qword ptr [load_resolv/2+24]
    dec r14
    jle L178
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L282
    mov ecx, 2
    call 140320710850576
L282:
    sub rsp, 16
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp], xmm0
# line_I
# i_call_f
    call get_file/1
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_44
    cmp dword ptr [rsi-2], 128
    jne label_44
    cmp qword ptr [rsi+6], 30603
    jne label_44
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L283
    mov ecx, 1
    call 140320710850576
L283:
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
    mov qword ptr [r15+8], 456907
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx+16], 197003
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+24], rdi
# init_yregs_I
    mov qword ptr [rsp], 59
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# line_I
# apply_t
    align 4
L285:
    mov edx, 2
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
    short jne L284
    lea rsi, qword ptr [L285]
    mov rcx, 94919181695328
    push rsi
    jmp 140320710854368
L284:
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_45
    cmp dword ptr [rsi-2], 128
    jne label_45
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+6]
    movups xmmword ptr [rbx+8], xmm0
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+8]
    cmp rsi, 779
    je label_43
    cmp rsi, 30603
    je label_42
    jmp label_45
# label_L
label_42:
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# i_call_ext_last_et
    add rsp, 16
L286:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# label_L
label_43:
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L287
    mov ecx, 3
.db 0x66, 0x90
    call 140320710850576
L287:
# put_cons_ss
    mov rdi, qword ptr [rbx+16]
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
L288:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 16
    jmp error/2
# label_L
label_44:
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L289
    mov ecx, 1
    call 140320710850576
L289:
# put_cons_ss
    mov rdi, qword ptr [rbx]
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
L290:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 16
    jmp warning/2
# label_L
label_45:
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
label_46:
# i_func_info_IaaI
# inet_config:load_hosts/2
    call L177
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xFF, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
load_hosts/2:
# i_breakpoint_trampoline
    short jmp L291
.db 0x00
    call L180
    align 8
L291:
# i_test_yield
    lea rdx, qword ptr [load_hosts/2+24]
    dec r14
    jle L178
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L292
    mov ecx, 2
    call 140320710850576
L292:
    sub rsp, 16
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp], xmm0
# line_I
# i_call_f
    call get_file/1
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_50
    cmp dword ptr [rsi-2], 128
    jne label_50
    cmp qword ptr [rsi+6], 30603
    jne label_50
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L293
    mov ecx, 1
    call 140320710850576
L293:
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
    mov qword ptr [r15+8], 456907
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx+8], rdi
# init_yregs_I
    mov qword ptr [rsp], 59
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L294:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x90
    call qword ptr [rax+r12*8]
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_52
    cmp dword ptr [rsi-2], 128
    jne label_52
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+6]
    movups xmmword ptr [rbx+8], xmm0
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+8]
    cmp rsi, 779
    je label_49
    cmp rsi, 30603
    je label_48
    jmp label_52
# label_L
label_48:
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L295
    mov ecx, 3
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L295:
# i_make_fun3_FStt
L296:
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
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx+8], rdi
# line_I
# i_call_ext_last_et
    add rsp, 16
L297:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# label_L
label_49:
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L298
    mov ecx, 3
.db 0x90
    call 140320710850576
L298:
# put_cons_ss
    mov rdi, qword ptr [rbx+16]
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
L299:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 16
    jmp error/2
# label_L
label_50:
# is_eq_exact_fss
    cmp qword ptr [rsp], 68747
    jne label_51
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L300
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L300:
# put_cons_ss
    mov rdi, qword ptr [rbx]
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
L301:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 16
    jmp error/2
# label_L
label_51:
# i_move_sd
    mov qword ptr [rbx], 30603
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L179
    ret
# label_L
label_52:
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
label_53:
# i_func_info_IaaI
# inet_config:win32_load_from_registry/1
    call L177
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xFF, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
win32_load_from_registry/1:
# i_breakpoint_trampoline
    short jmp L302
.db 0x00
    call L180
    align 8
L302:
# i_test_yield
    lea rdx, qword ptr [win32_load_from_registry/1+24]
    dec r14
    jle L178
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L303
    mov ecx, 1
    call 140320710850576
L303:
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
    mov qword ptr [rbx+8], 59
# i_move_sd
L304:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L305:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x90
    call qword ptr [rax+r12*8]
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# i_move_sd
L306:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L307:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x90
    call qword ptr [rax+r12*8]
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_65
    cmp dword ptr [rsi-2], 128
    jne label_65
    cmp qword ptr [rsi+6], 30603
    jne label_65
# i_select_val_lins_sfI
    mov rsi, qword ptr [rsp+16]
    cmp rsi, 405067
    je label_55
    cmp rsi, 458635
    je label_58
    jmp label_64
# label_L
label_55:
# is_nil_fS
    cmp qword ptr [rsp+8], 59
    jne label_56
# i_move_sd
L308:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+8], rdi
# jump_f
    jmp label_57
# label_L
label_56:
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+8], rdi
# label_L
label_57:
# i_move_sd
L309:
    long mov rdi, 9223372036854775807
    mov qword ptr [rsp+8], rdi
# jump_f
    jmp label_60
# label_L
label_58:
# is_nil_fS
    cmp qword ptr [rsp+8], 59
    jne label_59
# i_move_sd
L310:
    long mov rdi, 9223372036854775807
    mov qword ptr [rsp+8], rdi
# i_move_sd
L311:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+8], rdi
# jump_f
    jmp label_60
# label_L
label_59:
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+8], rdi
# i_move_sd
L312:
    long mov rdi, 9223372036854775807
    mov qword ptr [rsp+8], rdi
# label_L
label_60:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L313:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# i_is_tagged_tuple_ff_ffsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_61
    mov rdi, qword ptr [rsi-2]
    rex test dil, 63
    jne label_61
    cmp edi, 128
    jne label_63
    cmp qword ptr [rsi+6], 779
    jne label_63
# i_move_sd
    mov qword ptr [rbx+8], 59
# init_yregs_I
    mov eax, 59
    lea rdi, qword ptr [rsp+8]
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# i_move_sd
L314:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call error/2
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+16], rdi
# jump_f
    jmp label_62
# label_L
label_61:
# is_eq_exact_fss
    cmp qword ptr [rbx], 30603
    jne label_63
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+8], 1
    vmovups xmmword ptr [rbx+8], xmm0
# init_yregs_I
    mov eax, 59
    lea rdi, qword ptr [rsp+8]
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call win32_load1/3
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+16], rdi
# label_L
label_62:
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_trim_t
    add rsp, 16
# line_I
# i_call_ext_e
L315:
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
    jl L179
    ret
# label_L
label_63:
# line_I
# case_end_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 7248
    xor ecx, ecx
    call 140320710854352
# label_L
label_64:
# line_I
    nop
# case_end_s
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 7248
    xor ecx, ecx
    call 140320710854352
# label_L
label_65:
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
label_66:
# i_func_info_IaaI
# inet_config:win32_load1/3
    call L177
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x00, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
win32_load1/3:
# i_breakpoint_trampoline
    short jmp L316
.db 0x00
    call L180
    align 8
L316:
# i_test_yield
    lea rdx, qword ptr [win32_load1/3+24]
    dec r14
    jle L178
# allocate_heap_tIt
    lea rdx, qword ptr [r15+88]
    cmp rdx, rsp
    short jbe L317
    mov ecx, 3
    call 140320710850576
L317:
    sub rsp, 40
# init_yregs_I
    mov eax, 59
    mov rdi, rsp
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp+32], rdi
# put_cons_ss
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15], rdi
L318:
    long mov rdi, 9223372036854775807
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# line_I
# i_call_f
.db 0x90
    call win32_get_strings/2
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_74
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rsp+24], rsi
    mov qword ptr [rbx+8], rdx
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_75
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rsp+16], rsi
    mov qword ptr [rbx+8], rdx
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_75
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx+8], xmm0
# is_nonempty_list_get_tl_fSd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_75
    mov rsi, qword ptr [rax+7]
    mov qword ptr [rbx+8], rsi
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_75
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rsp+8], rsi
    mov qword ptr [rbx+8], rdx
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_75
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rsp], rsi
    mov qword ptr [rbx+8], rdx
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_75
# is_nil_fS
    cmp qword ptr [rsp+16], 59
    jne label_68
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# jump_f
    jmp label_69
# label_L
label_68:
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# label_L
label_69:
# line_I
# i_call_ext_e
L319:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x90
    call qword ptr [rax+r12*8]
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov qword ptr [rsp+8], 59
# line_I
# i_call_f
.db 0x90
    call win32_split_line/2
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L320
    mov ecx, 1
    call 140320710850576
L320:
# i_make_fun3_FStt
L321:
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
L322:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov qword ptr [rsp], 59
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call win32_split_line/2
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+8], rdi
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rbx], xmm0
# line_I
# call_light_bif_be
    align 4
L323:
L324:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927952
    lea rdx, qword ptr [L323]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# is_eq_exact_fss
    cmp qword ptr [rbx], 75
    jne label_70
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# jump_f
    jmp label_71
# label_L
label_70:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L325
    xor ecx, ecx
    call 140320710850576
L325:
# put_cons_ss
# (putting and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rsp+8], 1
    vmovups xmmword ptr [r15], xmm0
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# label_L
label_71:
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L326
    mov ecx, 1
    call 140320710850576
L326:
# i_make_fun3_FStt
L327:
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
# init_yregs_I
    mov eax, 59
    lea rdi, qword ptr [rsp+8]
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# line_I
# i_call_ext_e
L328:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# is_eq_exact_fss
    cmp qword ptr [rsp+32], 458635
    jne label_72
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov eax, 59
    lea rdi, qword ptr [rsp+24]
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# line_I
# i_call_ext_e
L329:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x90
    call qword ptr [rax+r12*8]
# i_move_sd
L330:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+8], rdi
# line_I
# i_call_ext_e
L331:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# i_move_sd
    mov qword ptr [rbx+8], 458635
# i_call_f
.db 0x0F, 0x1F, 0x00
    call load_hosts/2
# jump_f
    jmp label_73
# label_L
label_72:
# i_move_sd
    mov qword ptr [rbx+8], 59
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov eax, 59
    lea rdi, qword ptr [rsp+24]
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# line_I
# i_call_ext_e
L332:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# i_move_sd
    mov qword ptr [rbx+8], 405067
# i_call_f
.db 0x0F, 0x1F, 0x00
    call load_hosts/2
# label_L
label_73:
# i_move_sd
    mov qword ptr [rbx], 75
# deallocate_t
    add rsp, 40
# return
    dec r14
    jl L179
    ret
# label_L
label_74:
# i_is_tuple_fs
    mov rsi, qword ptr [rbx]
# simplified tuple test since the source is always a tuple when boxed
    rex test sil, 1
    jne label_75
# i_move_sd
    mov qword ptr [rbx+8], 59
# i_move_sd
L333:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 40
    jmp error/2
# label_L
label_75:
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
label_76:
# i_func_info_IaaI
# inet_config:win32_split_line/2
    call L177
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x00, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
win32_split_line/2:
# i_breakpoint_trampoline
    short jmp L334
.db 0x00
    call L180
    align 8
L334:
# i_test_yield
    lea rdx, qword ptr [win32_split_line/2+24]
    dec r14
    jle L178
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 405067
    jne label_78
# i_move_sd
L335:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+8], rdi
# line_I
# i_call_ext_only_e
L336:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# label_L
label_78:
# line_I
# i_call_ext_only_e
L337:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# func_line_I
# aligned_label_Lt
    align 8
label_79:
# i_func_info_IaaI
# inet_config:win32_get_strings/2
    call L177
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x00, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
win32_get_strings/2:
# i_breakpoint_trampoline
    short jmp L338
.db 0x00
    call L180
    align 8
L338:
# i_test_yield
    lea rdx, qword ptr [win32_get_strings/2+24]
    dec r14
    jle L178
# i_move_sd
    mov qword ptr [rbx+16], 59
# i_call_only_f
    jmp win32_get_strings/3
# func_line_I
# aligned_label_Lt
    align 8
label_81:
# i_func_info_IaaI
# inet_config:win32_get_strings/3
    call L177
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x00, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
win32_get_strings/3:
# i_breakpoint_trampoline
    short jmp L339
.db 0x00
    call L180
    align 8
L339:
# i_test_yield
    lea rdx, qword ptr [win32_get_strings/3+24]
    dec r14
    jle L178
# is_nonempty_list_fS
    test byte ptr [rbx+8], 2
    jne label_86
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L340
    mov ecx, 3
.db 0x66, 0x90
    call 140320710850576
L340:
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
    mov qword ptr [rbx+8], rsi
    mov qword ptr [rsp], rdx
# line_I
# i_call_ext_e
L341:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x90
    call qword ptr [rax+r12*8]
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_87
    cmp dword ptr [rsi-2], 128
    jne label_87
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+8]
    cmp rsi, 779
    je label_85
    cmp rsi, 30603
    je label_83
    jmp label_87
# label_L
label_83:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# is_list_fs
    mov rax, qword ptr [rbx]
    cmp rax, 59
    short je L342
    test al, 2
    jne label_84
L342:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L343
    mov ecx, 1
    call 140320710850576
L343:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+16], rsi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 24
    jmp win32_get_strings/3
# label_L
label_84:
# i_move_sd
L344:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L179
    ret
# label_L
label_85:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L345
    xor ecx, ecx
    call 140320710850576
L345:
# put_cons_ss
    mov qword ptr [r15], 59
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+16], rsi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 24
    jmp win32_get_strings/3
# label_L
label_86:
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# i_call_ext_only_e
L346:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# label_L
label_87:
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
label_88:
# i_func_info_IaaI
# inet_config:read_rc/0
    call L177
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x01, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
read_rc/0:
# i_breakpoint_trampoline
    short jmp L347
.db 0x00
    call L180
    align 8
L347:
# i_test_yield
    lea rdx, qword ptr [read_rc/0+24]
    dec r14
    jle L178
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L348
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L348:
    sub rsp, 8
# init_yregs_I
    mov qword ptr [rsp], 59
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call read_inetrc/0
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rsp], rdi
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov qword ptr [rbx+16], 59
# i_move_sd
    mov qword ptr [rbx+8], 59
# line_I
# i_call_f
.db 0x90
    call extract_cfg_files/3
# i_is_tuple_fs
    mov rsi, qword ptr [rbx]
# simplified tuple test since the source is always a tuple when boxed
    rex test sil, 1
    jne label_90
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L349
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L349:
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
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+8], rdi
# (moving and swapping two elements at once)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [r15+16], xmm0
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L179
    ret
# label_L
label_90:
# i_move_sd
L350:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L179
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_91:
# i_func_info_IaaI
# inet_config:extract_cfg_files/3
    call L177
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x01, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
extract_cfg_files/3:
# i_breakpoint_trampoline
    short jmp L351
.db 0x00
    call L180
    align 8
L351:
# i_test_yield
    lea rdx, qword ptr [extract_cfg_files/3+24]
    dec r14
    jle L178
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_97
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+24], rsi
    mov qword ptr [rbx], rdx
# i_select_tuple_arity_SfI
    mov rsi, qword ptr [rbx+24]
    rex test sil, 1
    jne label_96
    mov esi, dword ptr [rsi-2]
    rex test sil, 63
    jne label_96
    cmp esi, 128
    je label_94
    cmp esi, 192
    je label_93
    jne label_96
# label_L
label_93:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+24]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+32], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx+32], 63499
    jne label_96
# jump_f
    jmp label_95
# label_L
label_94:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+24]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+32], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx+32], 128779
    jne label_96
# label_L
label_95:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+24]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+32], rdi
# swap_dd
    mov rdi, qword ptr [rbx+8]
    mov rsi, qword ptr [rbx+24]
    mov qword ptr [rbx+24], rdi
    mov qword ptr [rbx+8], rsi
# swap_dd
    mov rdi, qword ptr [rbx+16]
    mov rsi, qword ptr [rbx+32]
    mov qword ptr [rbx+32], rdi
    mov qword ptr [rbx+16], rsi
# swap_dd
    mov rdi, qword ptr [rbx]
    mov rsi, qword ptr [rbx+16]
    mov qword ptr [rbx+16], rdi
    mov qword ptr [rbx], rsi
# i_call_only_f
    jmp extract_cfg_files1/5
# label_L
label_96:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L352
    mov ecx, 4
.db 0x90
    call 140320710850576
L352:
# put_cons_ss
# (putting and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rbx+16], 1
    vmovups xmmword ptr [r15], xmm0
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+16], rsi
# i_call_only_f
    jmp extract_cfg_files/3
# label_L
label_97:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L353
    mov ecx, 3
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L353:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L354:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# swap_dd
    mov rdi, qword ptr [rsp]
    mov rsi, qword ptr [rbx]
    mov qword ptr [rbx], rdi
    mov qword ptr [rsp], rsi
# i_call_ext_e
L355:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L356
    mov ecx, 1
    call 140320710850576
L356:
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
    jl L179
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_98:
# i_func_info_IaaI
# inet_config:extract_cfg_files1/5
    call L177
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x01, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
extract_cfg_files1/5:
# i_breakpoint_trampoline
    short jmp L357
.db 0x00
    call L180
    align 8
L357:
# i_test_yield
    lea rdx, qword ptr [extract_cfg_files1/5+24]
    dec r14
    jle L178
# allocate_tt
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L358
    mov ecx, 5
    call 140320710850576
L358:
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
    call valid_type/1
# is_eq_exact_fss
    cmp qword ptr [rbx], 75
    jne label_100
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L359
    xor ecx, ecx
.db 0x90
    call 140320710850576
L359:
# put_cons_ss
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rsp+8]
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
# i_call_last_ft
    add rsp, 40
    jmp extract_cfg_files/3
# label_L
label_100:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L360
    xor ecx, ecx
.db 0x90
    call 140320710850576
L360:
# put_cons_ss
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_trim_t
    add rsp, 40
# i_move_sd
L361:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x66, 0x90
    call error/2
# i_move_sd
    mov qword ptr [rbx], 779
# deallocate_t
# return
    dec r14
    jl L179
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_101:
# i_func_info_IaaI
# inet_config:valid_type/1
    call L177
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x01, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
valid_type/1:
# i_breakpoint_trampoline
    short jmp L362
.db 0x00
    call L180
    align 8
L362:
# i_test_yield
    lea rdx, qword ptr [valid_type/1+24]
    dec r14
    jle L178
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 141963
    je label_103
    cmp rsi, 147659
    je label_103
    cmp rsi, 443083
    je label_103
    cmp rsi, 457995
    je label_103
    cmp rsi, 458059
    je label_103
    cmp rsi, 458123
    je label_103
    cmp rsi, 458187
    je label_103
    jmp label_104
# label_L
label_103:
# i_move_sd
    mov qword ptr [rbx], 75
# return
    dec r14
    jl L179
    ret
# label_L
label_104:
# i_move_sd
    mov qword ptr [rbx], 11
# return
    dec r14
    jl L179
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_105:
# i_func_info_IaaI
# inet_config:read_inetrc/0
    call L177
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x02, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
read_inetrc/0:
# i_breakpoint_trampoline
    short jmp L363
.db 0x00
    call L180
    align 8
L363:
# i_test_yield
    lea rdx, qword ptr [read_inetrc/0+24]
    dec r14
    jle L178
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L364
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L364:
# i_move_sd
    mov qword ptr [rbx], 459339
# line_I
# i_call_ext_e
L365:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_107
    cmp dword ptr [rsi-2], 128
    jne label_107
    cmp qword ptr [rsi+6], 30603
    jne label_107
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    jmp try_get_rc/1
# label_L
label_107:
# i_move_sd
L366:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L367:
L368:
    long mov rcx, 9223372036854775807
    mov rax, 94919178917888
    lea rdx, qword ptr [L367]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# is_eq_exact_fss
    cmp qword ptr [rbx], 11
    jne label_108
# i_move_sd
L369:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# deallocate_t
# return
    dec r14
    jl L179
    ret
# label_L
label_108:
# i_call_last_ft
    jmp try_get_rc/1
# func_line_I
# aligned_label_Lt
    align 8
label_109:
# i_func_info_IaaI
# inet_config:try_get_rc/1
    call L177
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x02, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
try_get_rc/1:
# i_breakpoint_trampoline
    short jmp L370
.db 0x00
    call L180
    align 8
L370:
# i_test_yield
    lea rdx, qword ptr [try_get_rc/1+24]
    dec r14
    jle L178
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L371
    mov ecx, 1
    call 140320710850576
L371:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# line_I
# i_call_f
    call get_rc/1
# is_eq_exact_fss
    cmp qword ptr [rbx], 779
    jne label_111
# i_move_sd
L372:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L179
    ret
# label_L
label_111:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L373
    mov ecx, 1
    call 140320710850576
L373:
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
    jl L179
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_112:
# i_func_info_IaaI
# inet_config:get_rc/1
    call L177
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xD2, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
get_rc/1:
# i_breakpoint_trampoline
    short jmp L374
.db 0x00
    call L180
    align 8
L374:
# i_test_yield
    lea rdx, qword ptr [get_rc/1+24]
    dec r14
    jle L178
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L375
    mov ecx, 1
    call 140320710850576
L375:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# line_I
# i_call_f
    call get_file/1
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_115
    cmp dword ptr [rsi-2], 128
    jne label_115
    cmp qword ptr [rsi+6], 30603
    jne label_115
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
    call parse_inetrc/1
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
# skipped box test since argument is always boxed
    cmp dword ptr [rsi-2], 128
    jne label_114
    cmp qword ptr [rsi+6], 30603
    jne label_114
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L179
    ret
# label_L
label_114:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L376
    xor ecx, ecx
    call 140320710850576
L376:
# put_cons_ss
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_trim_t
    add rsp, 8
# i_move_sd
L377:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call error/2
# i_move_sd
    mov qword ptr [rbx], 779
# deallocate_t
# return
    dec r14
    jl L179
    ret
# label_L
label_115:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L378
    xor ecx, ecx
.db 0x66, 0x90
    call 140320710850576
L378:
# put_cons_ss
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_trim_t
    add rsp, 8
# i_move_sd
L379:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call error/2
# i_move_sd
    mov qword ptr [rbx], 779
# deallocate_t
# return
    dec r14
    jl L179
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_116:
# i_func_info_IaaI
# inet_config:get_file/1
    call L177
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x50, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
get_file/1:
# i_breakpoint_trampoline
    short jmp L380
.db 0x00
    call L180
    align 8
L380:
# i_test_yield
    lea rdx, qword ptr [get_file/1+24]
    dec r14
    jle L178
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L381
    mov ecx, 1
    call 140320710850576
L381:
# line_I
# i_call_ext_e
L382:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_118
    cmp dword ptr [rsi-2], 192
    jne label_118
    cmp qword ptr [rsi+6], 30603
    jne label_118
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L383
    mov ecx, 1
    call 140320710850576
L383:
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
    jl L179
    ret
# label_L
label_118:
# deallocate_t
# return
    dec r14
    jl L179
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_119:
# i_func_info_IaaI
# inet_config:error/2
    call L177
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
error/2:
# i_breakpoint_trampoline
    short jmp L384
.db 0x00
    call L180
    align 8
L384:
# i_test_yield
    lea rdx, qword ptr [error/2+24]
    dec r14
    jle L178
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L385
    mov ecx, 2
    call 140320710850576
L385:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
L386:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L387:
L388:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927824
    lea rdx, qword ptr [L387]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_call_ext_last_et
    add rsp, 8
L389:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# func_line_I
# aligned_label_Lt
    align 8
label_121:
# i_func_info_IaaI
# inet_config:warning/2
    call L177
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xB1, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
warning/2:
# i_breakpoint_trampoline
    short jmp L390
.db 0x00
    call L180
    align 8
L390:
# i_test_yield
    lea rdx, qword ptr [warning/2+24]
    dec r14
    jle L178
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L391
    mov ecx, 2
    call 140320710850576
L391:
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
L392:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# i_is_eq_exact_literal_fscI
L393:
    long mov rsi, 9223372036854775807
    mov rdi, qword ptr [rbx]
    rex test dil, 1
    jne label_123
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    jz label_123
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+8], rdi
# init_yregs_I
    mov qword ptr [rsp+8], 59
# i_move_sd
L394:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# line_I
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
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_call_ext_last_et
    add rsp, 16
L397:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# label_L
label_123:
# i_move_sd
    mov qword ptr [rbx], 30603
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L179
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_124:
# i_func_info_IaaI
# inet_config:parse_inetrc/1
    call L177
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x03, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
parse_inetrc/1:
# i_breakpoint_trampoline
    short jmp L398
.db 0x00
    call L180
    align 8
L398:
# i_test_yield
    lea rdx, qword ptr [parse_inetrc/1+24]
    dec r14
    jle L178
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L399
    mov ecx, 1
    call 140320710850576
L399:
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call file_binary_to_list/1
# i_is_tuple_fs
    mov rsi, qword ptr [rbx]
# simplified tuple test since the source is always a tuple when boxed
    rex test sil, 1
    jne label_126
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# i_move_sd
L400:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+8], rdi
# line_I
# call_light_bif_be
    align 4
L401:
L402:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927824
    lea rdx, qword ptr [L401]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov qword ptr [rbx+16], 59
# i_move_sd
    mov qword ptr [rbx+8], 31
# i_call_last_ft
    jmp parse_inetrc/3
# label_L
label_126:
# i_move_sd
L403:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# deallocate_t
# return
    dec r14
    jl L179
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_127:
# i_func_info_IaaI
# inet_config:parse_inetrc_skip_line/3
    call L177
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x03, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
parse_inetrc_skip_line/3:
# i_breakpoint_trampoline
    short jmp L404
.db 0x00
    call L180
    align 8
L404:
# i_test_yield
    lea rdx, qword ptr [parse_inetrc_skip_line/3+24]
    dec r14
    jle L178
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_130
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+24], rsi
    mov qword ptr [rbx], rdx
# is_eq_exact_fss
    cmp qword ptr [rbx+24], 175
    jne label_129
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rbx+8]
    mov edx, 16
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L405
    mov rax, rsi
    add rax, rdx
    short jno L406
L405:
    call 140320710853080
L406:
    mov qword ptr [rbx+8], rax
# i_call_only_f
    jmp parse_inetrc/3
# label_L
label_129:
# i_call_only_f
    short jmp parse_inetrc_skip_line/3
# label_L
label_130:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_127
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L407
    mov ecx, 3
    call 140320710850576
L407:
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L408:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L409
    mov ecx, 1
    call 140320710850576
L409:
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
    jl L179
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_131:
# i_func_info_IaaI
# inet_config:parse_inetrc/3
    call L177
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x03, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
parse_inetrc/3:
# i_breakpoint_trampoline
    short jmp L410
.db 0x00
    call L180
    align 8
L410:
# i_test_yield
    lea rdx, qword ptr [parse_inetrc/3+24]
    dec r14
    jle L178
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_136
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+24], xmm0
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+24]
    cmp rsi, 159
    je label_135
    cmp rsi, 175
    je label_134
    cmp rsi, 527
    je label_135
    cmp rsi, 607
    je label_133
    jmp label_137
# label_L
label_133:
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp parse_inetrc_skip_line/3
# label_L
label_134:
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rbx+8]
    mov edx, 16
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L411
    mov rax, rsi
    add rax, rdx
    short jno L412
L411:
    call 140320710853080
L412:
    mov qword ptr [rbx+8], rax
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp parse_inetrc/3
# label_L
label_135:
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp parse_inetrc/3
# label_L
label_136:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_137
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L413
    mov ecx, 3
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L413:
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L414:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L415
    mov ecx, 1
    call 140320710850576
L415:
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
    jl L179
    ret
# label_L
label_137:
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L416
    mov ecx, 3
    call 140320710850576
L416:
    sub rsp, 24
# init_yregs_I
    mov qword ptr [rsp], 59
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rsp+8], xmm0
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx]
    movups xmmword ptr [rbx+8], xmm0
# i_move_sd
    mov qword ptr [rbx], 59
# line_I
# i_call_ext_e
L417:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# i_select_tuple_arity_SfI
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_144
    mov esi, dword ptr [rsi-2]
    rex test sil, 63
    jne label_144
    cmp esi, 128
    je label_143
    cmp esi, 192
    je label_138
    jne label_144
# label_L
label_138:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rsp+16], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 157515
    jne label_144
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# i_select_tuple_arity_SfI
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_142
    mov esi, dword ptr [rsi-2]
    rex test sil, 63
    jne label_142
    cmp esi, 128
    je label_141
    cmp esi, 192
    je label_139
    jne label_142
# label_L
label_139:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rsp], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 30603
    jne label_142
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L418:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_140
    cmp dword ptr [rsi-2], 128
    jne label_140
    cmp qword ptr [rsi+6], 30603
    jne label_140
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L419
    mov ecx, 1
    call 140320710850576
L419:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+16], rsi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 24
    jmp parse_inetrc/3
# label_L
label_140:
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L420
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L420:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 459531
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
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L179
    ret
# label_L
label_141:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 14091
    jne label_142
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# i_trim_t
    add rsp, 24
# line_I
# i_call_ext_e
L421:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L422
    mov ecx, 1
    call 140320710850576
L422:
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
    jl L179
    ret
# label_L
label_142:
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L423
    mov ecx, 1
    call 140320710850576
L423:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 459659
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
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L179
    ret
# label_L
label_143:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 26763
    jne label_144
# test_heap_It
    lea rdx, qword ptr [r15+104]
    cmp rdx, rsp
    short jbe L424
    xor ecx, ecx
    call 140320710850576
L424:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 14091
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
    mov qword ptr [r15+8], 459659
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
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L179
    ret
# label_L
label_144:
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
label_145:
# i_func_info_IaaI
# inet_config:file_binary_to_list/1
    call L177
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x97, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
file_binary_to_list/1:
# i_breakpoint_trampoline
    short jmp L425
.db 0x00
    call L180
    align 8
L425:
# i_test_yield
    lea rdx, qword ptr [file_binary_to_list/1+24]
    dec r14
    jle L178
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L426
    mov ecx, 1
    call 140320710850576
L426:
    sub rsp, 16
# init_yregs_I
    mov qword ptr [rsp+8], 59
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# line_I
# i_call_ext_e
L427:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx], 28299
    jne label_147
# init_yregs_I
    mov qword ptr [rsp+8], 59
# line_I
# i_call_ext_e
L428:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# jump_f
    jmp label_148
# label_L
label_147:
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+8], rdi
# label_L
label_148:
# catch_yf
    inc qword ptr [r13+264]
L429:
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
L430:
L431:
    long mov rcx, 9223372036854775807
    mov rax, 94919179892224
    lea rdx, qword ptr [L430]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# label_L
label_149:
# catch_end_y
    dec qword ptr [r13+264]
    mov qword ptr [rsp+8], 59
    cmp qword ptr [rbx], 0
    short jne L432
    call 140320710850088
L432:
# is_list_fs
    mov rax, qword ptr [rbx]
    cmp rax, 59
    short je L433
    test al, 2
    jne label_150
L433:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L434
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L434:
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
    jl L179
    ret
# label_L
label_150:
# i_move_sd
    mov qword ptr [rbx], 779
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L179
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_151:
# i_func_info_IaaI
# inet_config:module_info/0
    call L177
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x66, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
module_info/0:
# i_breakpoint_trampoline
    short jmp L435
.db 0x00
    call L180
    align 8
L435:
# i_test_yield
    lea rdx, qword ptr [module_info/0+24]
    dec r14
    jle L178
# i_move_sd
    mov qword ptr [rbx], 196683
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L436
    mov ecx, 1
.db 0x90
    call 140320710850576
L436:
# call_light_bif_be
    align 4
L437:
L438:
    long mov rcx, 9223372036854775807
    mov rax, 94919178912304
    lea rdx, qword ptr [L437]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L179
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_153:
# i_func_info_IaaI
# inet_config:module_info/1
    call L177
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x66, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
module_info/1:
# i_breakpoint_trampoline
    short jmp L439
.db 0x00
    call L180
    align 8
L439:
# i_test_yield
    lea rdx, qword ptr [module_info/1+24]
    dec r14
    jle L178
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx], 196683
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L440
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L440:
# call_light_bif_be
    align 4
L441:
L442:
    long mov rcx, 9223372036854775807
    mov rax, 94919178913216
    lea rdx, qword ptr [L441]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L179
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_155:
# i_func_info_IaaI
# inet_config:'-win32_load1/3-fun-1-'/1
    call L177
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x03, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
'-win32_load1/3-fun-1-'/1:
# i_breakpoint_trampoline
    short jmp L443
.db 0x00
    call L180
    align 8
L443:
# i_test_yield
    lea rdx, qword ptr ['-win32_load1/3-fun-1-'/1+24]
    dec r14
    jle L178
# i_call_ext_only_e
L444:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# func_line_I
# aligned_label_Lt
    align 8
label_157:
# i_func_info_IaaI
# inet_config:'-win32_load1/3-fun-0-'/1
    call L177
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x04, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
'-win32_load1/3-fun-0-'/1:
# i_breakpoint_trampoline
    short jmp L445
.db 0x00
    call L180
    align 8
L445:
# i_test_yield
    lea rdx, qword ptr ['-win32_load1/3-fun-0-'/1+24]
    dec r14
    jle L178
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L446
    mov ecx, 1
    call 140320710850576
L446:
# line_I
# i_call_ext_e
L447:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_161
    cmp dword ptr [rsi-2], 128
    jne label_161
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+8]
    cmp rsi, 779
    je label_160
    cmp rsi, 30603
    je label_159
    jmp label_161
# label_L
label_159:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_last_et
L448:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# label_L
label_160:
# i_move_sd
    mov qword ptr [rbx+8], 59
# i_move_sd
L449:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# i_call_last_ft
    jmp error/2
# label_L
label_161:
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
label_162:
# i_func_info_IaaI
# inet_config:'-load_hosts/2-fun-0-'/1
    call L177
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x04, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
'-load_hosts/2-fun-0-'/1:
# i_breakpoint_trampoline
    short jmp L450
.db 0x00
    call L180
    align 8
L450:
# i_test_yield
    lea rdx, qword ptr ['-load_hosts/2-fun-0-'/1+24]
    dec r14
    jle L178
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    short jne label_162
    cmp dword ptr [rsi-2], 192
    short jne label_162
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L451
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L451:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+14]
    movups xmmword ptr [rbx+8], xmm0
# put_cons_ss
# (put head and tail together)
    movups xmm0, xmmword ptr [rbx+8]
    movups xmmword ptr [r15], xmm0
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_only_e
L452:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# func_line_I
# aligned_label_Lt
    align 8
label_164:
# i_func_info_IaaI
# inet_config:'-set_hostname/1-fun-0-'/1
    call L177
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x04, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
'-set_hostname/1-fun-0-'/1:
# i_breakpoint_trampoline
    short jmp L453
.db 0x00
    call L180
    align 8
L453:
# i_test_yield
    lea rdx, qword ptr ['-set_hostname/1-fun-0-'/1+24]
    dec r14
    jle L178
# is_eq_exact_fss
    cmp qword ptr [rbx], 751
    jne label_166
# i_move_sd
    mov qword ptr [rbx], 11
# return
    dec r14
    jl L179
    ret
# label_L
label_166:
# i_move_sd
    mov qword ptr [rbx], 75
# return
    dec r14
    jl L179
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_167:
# i_func_info_IaaI
# inet_config:'-init/0-fun-0-'/2
    call L177
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x13, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
'-init/0-fun-0-'/2:
# i_breakpoint_trampoline
    short jmp L454
.db 0x00
    call L180
    align 8
L454:
# i_test_yield
    lea rdx, qword ptr ['-init/0-fun-0-'/2+24]
    dec r14
    jle L178
# i_select_tuple_arity_SfI
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_173
    mov esi, dword ptr [rsi-2]
    rex test sil, 63
    jne label_173
    cmp esi, 128
    je label_171
    cmp esi, 192
    je label_169
    jne label_173
# label_L
label_169:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 63499
    jne label_173
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# get_two_tuple_elements_sPSS
    vpermilpd xmm0, xmmword ptr [rsi+14], 1
    vmovups xmmword ptr [rbx], xmm0
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 141963
    jne label_170
# i_move_sd
    mov qword ptr [rbx+8], 68747
# i_call_only_f
    jmp load_hosts/2
# label_L
label_170:
# i_call_only_f
    jmp load_resolv/2
# label_L
label_171:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+16], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 128779
    jne label_173
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+16], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 147659
    jne label_173
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx+8]
    rex test sil, 1
    jne label_172
    cmp dword ptr [rsi-2], 128
    jne label_172
    cmp qword ptr [rsi+6], 147659
    jne label_172
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp win32_load_from_registry/1
# label_L
label_172:
# i_move_sd
    mov qword ptr [rbx+8], 59
# i_move_sd
L455:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp error/2
# label_L
label_173:
# i_call_only_f
    jmp '-init/0-inlined-0-'/1
# i_lambda_trampoline_FfWW
L175:
    mov rax, qword ptr [rcx+38]
    mov qword ptr [rbx+8], rax
    jmp '-init/0-fun-0-'/2
# func_line_I
# aligned_label_Lt
    align 8
label_174:
# i_func_info_IaaI
# inet_config:'-init/0-inlined-0-'/1
    call L177
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x04, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
'-init/0-inlined-0-'/1:
# i_breakpoint_trampoline
    short jmp L456
.db 0x00
    call L180
    align 8
L456:
# i_test_yield
    lea rdx, qword ptr ['-init/0-inlined-0-'/1+24]
    dec r14
    jle L178
# jump_f
    short jmp label_174
# int_code_end
L457:
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, 94919180896308
    call 94919178184336
.section .rodata {#1}
line:
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
.section .rodata {#1}
attr:
.db 0x83, 0x6C, 0x00, 0x00, 0x00, 0x01, 0x68, 0x02, 0x64, 0x00, 0x03, 0x76, 0x73, 0x6E, 0x6C, 0x00, 0x00, 0x00, 0x01, 0x6E, 0x10, 0x00, 0xB2, 0xF9, 0x3E, 0x6B, 0x13, 0xE6, 0x92, 0x06, 0x44, 0x9E, 0x87, 0xE2, 0x89, 0x6C, 0x6A, 0xF7, 0x6A, 0x6A
.section .text {#0}
.section .rodata {#1}
compile:
.db 0x83, 0x6C, 0x00, 0x00, 0x00, 0x03, 0x68, 0x02, 0x64, 0x00, 0x07, 0x76, 0x65, 0x72, 0x73, 0x69, 0x6F, 0x6E, 0x6B, 0x00, 0x03, 0x38, 0x2E, 0x32, 0x68, 0x02, 0x64, 0x00, 0x07, 0x6F, 0x70, 0x74, 0x69, 0x6F, 0x6E, 0x73, 0x6C, 0x00, 0x00, 0x00, 0x02, 0x64, 0x00, 0x0A, 0x64, 0x65, 0x62, 0x75, 0x67, 0x5F, 0x69, 0x6E, 0x66, 0x6F, 0x68, 0x02, 0x64, 0x00, 0x01, 0x69, 0x6B, 0x00, 0x45, 0x2F, 0x62, 0x75, 0x69, 0x6C, 0x64, 0x2F, 0x72, 0x65, 0x70, 0x72, 0x6F, 0x64, 0x75, 0x63, 0x69, 0x62, 0x6C, 0x65, 0x2D, 0x70, 0x61, 0x74, 0x68, 0x2F, 0x65, 0x72, 0x6C, 0x61, 0x6E, 0x67, 0x2D, 0x32, 0x35, 0x2E, 0x32, 0x2E, 0x33, 0x2B, 0x64, 0x66, 0x73, 0x67, 0x2F, 0x6C, 0x69, 0x62, 0x2F, 0x6B, 0x65, 0x72, 0x6E, 0x65, 0x6C, 0x2F, 0x73, 0x72, 0x63, 0x2F, 0x2E, 0x2E, 0x2F, 0x69, 0x6E, 0x63, 0x6C, 0x75, 0x64, 0x65, 0x6A, 0x68, 0x02, 0x64, 0x00, 0x06, 0x73, 0x6F, 0x75, 0x72, 0x63, 0x65, 0x6B, 0x00, 0x4A, 0x2F, 0x62, 0x75, 0x69, 0x6C, 0x64, 0x2F, 0x72, 0x65, 0x70, 0x72, 0x6F, 0x64, 0x75, 0x63, 0x69, 0x62, 0x6C, 0x65, 0x2D, 0x70, 0x61, 0x74, 0x68, 0x2F, 0x65, 0x72, 0x6C, 0x61, 0x6E, 0x67, 0x2D, 0x32, 0x35, 0x2E, 0x32, 0x2E, 0x33, 0x2B, 0x64, 0x66, 0x73, 0x67, 0x2F, 0x6C, 0x69, 0x62, 0x2F, 0x6B, 0x65, 0x72, 0x6E, 0x65, 0x6C, 0x2F, 0x73, 0x72, 0x63, 0x2F, 0x69, 0x6E, 0x65, 0x74, 0x5F, 0x63, 0x6F, 0x6E, 0x66, 0x69, 0x67, 0x2E, 0x65, 0x72, 0x6C, 0x6A
.section .text {#0}
.section .rodata {#1}
md5:
.db 0xF7, 0x6A, 0x6C, 0x89, 0xE2, 0x87, 0x9E, 0x44, 0x06, 0x92, 0xE6, 0x13, 0x6B, 0x3E, 0xF9, 0xB2
.section .text {#0}
