    align 8
L169:
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
L170:
    jmp 140320710851944
    align 8
L171:
    jmp 140320710853048
    align 8
L172:
    jmp 140320710850344
    align 16
L173:
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
# proplists:property/1
    call L170
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x14, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x49, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
property/1:
# i_breakpoint_trampoline
    short jmp L174
.db 0x00
    call L173
    align 8
L174:
# i_test_yield
    lea rdx, qword ptr [property/1+24]
    dec r14
    jle L171
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_3
    cmp dword ptr [rsi-2], 128
    jne label_3
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+8], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 75
    jne label_3
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# is_atom_fs
    mov rax, qword ptr [rbx+8]
    and al, 63
    cmp al, 11
    jne label_3
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L172
    ret
# label_L
label_3:
# return
    dec r14
    jl L172
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_4:
# i_func_info_IaaI
# proplists:property/2
    call L170
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x14, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x49, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
property/2:
# i_breakpoint_trampoline
    short jmp L175
.db 0x00
    call L173
    align 8
L175:
# i_test_yield
    lea rdx, qword ptr [property/2+24]
    dec r14
    jle L171
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 75
    jne label_6
# is_atom_fs
    mov rax, qword ptr [rbx]
    and al, 63
    cmp al, 11
    jne label_6
# return
    dec r14
    jl L172
    ret
# label_L
label_6:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L176
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L176:
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
    jl L172
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_7:
# i_func_info_IaaI
# proplists:unfold/1
    call L170
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x14, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xB3, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
unfold/1:
# i_breakpoint_trampoline
    short jmp L177
.db 0x00
    call L173
    align 8
L177:
# i_test_yield
    lea rdx, qword ptr [unfold/1+24]
    dec r14
    jle L171
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_10
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx], xmm0
# is_atom_fs
    mov rax, qword ptr [rbx+8]
    and al, 63
    cmp al, 11
    jne label_9
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L178
    mov ecx, 2
    call 140320710850576
L178:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call unfold/1
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L179
    mov ecx, 1
    call 140320710850576
L179:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+8], rdi
    mov qword ptr [r15+16], 75
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
    jl L172
    ret
# label_L
label_9:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L180
    mov ecx, 2
    call 140320710850576
L180:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call unfold/1
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L181
    mov ecx, 1
    call 140320710850576
L181:
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
    jl L172
    ret
# label_L
label_10:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_7
# return
    dec r14
    jl L172
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_11:
# i_func_info_IaaI
# proplists:compact/1
    call L170
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x14, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x24, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
compact/1:
# i_breakpoint_trampoline
    short jmp L182
.db 0x00
    call L173
    align 8
L182:
# i_test_yield
    lea rdx, qword ptr [compact/1+24]
    dec r14
    jle L171
# i_call_only_f
    jmp '-compact/1-lc$^0/1-0-'/1
# func_line_I
# aligned_label_Lt
    align 8
label_13:
# i_func_info_IaaI
# proplists:lookup/2
    call L170
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x14, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xE0, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
lookup/2:
# i_breakpoint_trampoline
    short jmp L183
.db 0x00
    call L173
    align 8
L183:
# i_test_yield
    lea rdx, qword ptr [lookup/2+24]
    dec r14
    jle L171
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_17
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx+8], xmm0
# is_atom_fs
    mov rax, qword ptr [rbx+16]
    and al, 63
    cmp al, 11
    jne label_15
# is_eq_exact_fss
# simplified check since one argument is an immediate
    mov rdi, qword ptr [rbx]
    cmp qword ptr [rbx+16], rdi
    jne label_15
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L184
    mov ecx, 1
.db 0x90
    call 140320710850576
L184:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    mov qword ptr [r15+16], 75
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L172
    ret
# label_L
label_15:
# i_bif1_sjbd
    lea rsi, qword ptr [rbx+16]
    mov rcx, 94919179098688
    call 140320710851400
    je label_16
    mov qword ptr [rbx+24], rax
# is_ge_fss
    mov esi, 31
    mov rdi, qword ptr [rbx+24]
# skipped test for small operands since they are always small
    cmp rdi, rsi
L185:
L186:
    jl label_16
# bif_element_jssd
    mov rsi, qword ptr [rbx+16]
# skipped tuple test since source is always a tuple
    cmp dword ptr [rsi-2], 64
    jb label_16
    mov rax, qword ptr [rsi+6]
    mov qword ptr [rbx+24], rax
# is_eq_exact_fss
    mov rsi, qword ptr [rbx]
    mov rdi, qword ptr [rbx+24]
    cmp rdi, rsi
    short je L187
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_16
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_16
L187:
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L172
    ret
# label_L
label_16:
# i_call_only_f
    jmp lookup/2
# label_L
label_17:
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_13
# i_move_sd
    mov qword ptr [rbx], 28299
# return
    dec r14
    jl L172
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_18:
# i_func_info_IaaI
# proplists:lookup_all/2
    call L170
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x14, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x49, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
lookup_all/2:
# i_breakpoint_trampoline
    short jmp L188
.db 0x00
    call L173
    align 8
L188:
# i_test_yield
    lea rdx, qword ptr [lookup_all/2+24]
    dec r14
    jle L171
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_22
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx+8], xmm0
# is_atom_fs
    mov rax, qword ptr [rbx+16]
    and al, 63
    cmp al, 11
    jne label_20
# is_eq_exact_fss
# simplified check since one argument is an immediate
    mov rdi, qword ptr [rbx]
    cmp qword ptr [rbx+16], rdi
    jne label_20
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L189
    mov ecx, 2
.db 0x90
    call 140320710850576
L189:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# line_I
# i_call_f
    call lookup_all/2
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L190
    mov ecx, 1
    call 140320710850576
L190:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+8], rdi
    mov qword ptr [r15+16], 75
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
    jl L172
    ret
# label_L
label_20:
# i_bif1_sjbd
    lea rsi, qword ptr [rbx+16]
    mov rcx, 94919179098688
    call 140320710851400
    je label_21
    mov qword ptr [rbx+24], rax
# is_ge_fss
    mov esi, 31
    mov rdi, qword ptr [rbx+24]
# skipped test for small operands since they are always small
    cmp rdi, rsi
L191:
L192:
    jl label_21
# bif_element_jssd
    mov rsi, qword ptr [rbx+16]
# skipped tuple test since source is always a tuple
    cmp dword ptr [rsi-2], 64
    jb label_21
    mov rax, qword ptr [rsi+6]
    mov qword ptr [rbx+24], rax
# is_eq_exact_fss
    mov rsi, qword ptr [rbx]
    mov rdi, qword ptr [rbx+24]
    cmp rdi, rsi
    short je L193
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_21
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_21
L193:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L194
    mov ecx, 3
    call 140320710850576
L194:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call lookup_all/2
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L195
    mov ecx, 1
    call 140320710850576
L195:
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
    jl L172
    ret
# label_L
label_21:
# i_call_only_f
    jmp lookup_all/2
# label_L
label_22:
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_18
# i_move_sd
    mov qword ptr [rbx], 59
# return
    dec r14
    jl L172
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_23:
# i_func_info_IaaI
# proplists:is_defined/2
    call L170
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x14, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xB1, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
is_defined/2:
# i_breakpoint_trampoline
    short jmp L196
.db 0x00
    call L173
    align 8
L196:
# i_test_yield
    lea rdx, qword ptr [is_defined/2+24]
    dec r14
    jle L171
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_28
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx+8], xmm0
# is_atom_fs
    mov rax, qword ptr [rbx+16]
    and al, 63
    cmp al, 11
    jne label_25
# is_ne_exact_fss
# simplified check since one argument is an immediate
    mov rdi, qword ptr [rbx]
    cmp qword ptr [rbx+16], rdi
    je label_26
# label_L
label_25:
# i_bif1_sjbd
    lea rsi, qword ptr [rbx+16]
    mov rcx, 94919179098688
    call 140320710851400
    je label_27
    mov qword ptr [rbx+24], rax
# is_ge_fss
    mov esi, 31
    mov rdi, qword ptr [rbx+24]
# skipped test for small operands since they are always small
    cmp rdi, rsi
L197:
L198:
    jl label_27
# bif_element_jssd
    mov rsi, qword ptr [rbx+16]
# skipped tuple test since source is always a tuple
    cmp dword ptr [rsi-2], 64
    jb label_27
    mov rax, qword ptr [rsi+6]
    mov qword ptr [rbx+16], rax
# is_eq_exact_fss
    mov rsi, qword ptr [rbx]
    mov rdi, qword ptr [rbx+16]
    cmp rdi, rsi
    short je L199
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_27
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_27
L199:
# label_L
label_26:
# i_move_sd
    mov qword ptr [rbx], 75
# return
    dec r14
    jl L172
    ret
# label_L
label_27:
# i_call_only_f
    jmp is_defined/2
# label_L
label_28:
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_23
# i_move_sd
    mov qword ptr [rbx], 11
# return
    dec r14
    jl L172
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_29:
# i_func_info_IaaI
# proplists:get_value/2
    call L170
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x14, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x77, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
get_value/2:
# i_breakpoint_trampoline
    short jmp L200
.db 0x00
    call L173
    align 8
L200:
# i_test_yield
    lea rdx, qword ptr [get_value/2+24]
    dec r14
    jle L171
# i_move_sd
    mov qword ptr [rbx+16], 907
# i_call_only_f
    jmp get_value/3
# func_line_I
# aligned_label_Lt
    align 8
label_31:
# i_func_info_IaaI
# proplists:get_value/3
    call L170
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x14, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x77, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
get_value/3:
# i_breakpoint_trampoline
    short jmp L201
.db 0x00
    call L173
    align 8
L201:
# i_test_yield
    lea rdx, qword ptr [get_value/3+24]
    dec r14
    jle L171
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_35
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+24], rsi
    mov qword ptr [rbx+8], rdx
# is_atom_fs
    mov rax, qword ptr [rbx+24]
    and al, 63
    cmp al, 11
    jne label_33
# is_eq_exact_fss
# simplified check since one argument is an immediate
    mov rdi, qword ptr [rbx]
    cmp qword ptr [rbx+24], rdi
    jne label_33
# i_move_sd
    mov qword ptr [rbx], 75
# return
    dec r14
    jl L172
    ret
# label_L
label_33:
# i_bif1_sjbd
    lea rsi, qword ptr [rbx+24]
    mov rcx, 94919179098688
    call 140320710851400
    je label_34
    mov qword ptr [rbx+32], rax
# is_ge_fss
    mov esi, 31
    mov rdi, qword ptr [rbx+32]
# skipped test for small operands since they are always small
    cmp rdi, rsi
L202:
L203:
    jl label_34
# bif_element_jssd
    mov rsi, qword ptr [rbx+24]
# skipped tuple test since source is always a tuple
    cmp dword ptr [rsi-2], 64
    jb label_34
    mov rax, qword ptr [rsi+6]
    mov qword ptr [rbx+32], rax
# is_eq_exact_fss
    mov rsi, qword ptr [rbx]
    mov rdi, qword ptr [rbx+32]
    cmp rdi, rsi
    short je L204
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_34
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_34
L204:
# i_test_arity_fsA
    mov rsi, qword ptr [rbx+24]
    cmp dword ptr [rsi-2], 128
    jne label_36
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L172
    ret
# label_L
label_34:
# i_call_only_f
    jmp get_value/3
# label_L
label_35:
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_31
# label_L
label_36:
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L172
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_37:
# i_func_info_IaaI
# proplists:get_all_values/2
    call L170
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x14, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x4A, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
get_all_values/2:
# i_breakpoint_trampoline
    short jmp L205
.db 0x00
    call L173
    align 8
L205:
# i_test_yield
    lea rdx, qword ptr [get_all_values/2+24]
    dec r14
    jle L171
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_41
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx+8], xmm0
# is_atom_fs
    mov rax, qword ptr [rbx+16]
    and al, 63
    cmp al, 11
    jne label_39
# is_eq_exact_fss
# simplified check since one argument is an immediate
    mov rdi, qword ptr [rbx]
    cmp qword ptr [rbx+16], rdi
    jne label_39
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L206
    mov ecx, 2
.db 0x90
    call 140320710850576
L206:
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call get_all_values/2
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L207
    mov ecx, 1
    call 140320710850576
L207:
# put_cons_ss
    mov qword ptr [r15], 75
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# deallocate_t
# return
    dec r14
    jl L172
    ret
# label_L
label_39:
# i_bif1_sjbd
    lea rsi, qword ptr [rbx+16]
    mov rcx, 94919179098688
    call 140320710851400
    je label_40
    mov qword ptr [rbx+24], rax
# is_ge_fss
    mov esi, 31
    mov rdi, qword ptr [rbx+24]
# skipped test for small operands since they are always small
    cmp rdi, rsi
L208:
L209:
    jl label_40
# bif_element_jssd
    mov rsi, qword ptr [rbx+16]
# skipped tuple test since source is always a tuple
    cmp dword ptr [rsi-2], 64
    jb label_40
    mov rax, qword ptr [rsi+6]
    mov qword ptr [rbx+24], rax
# is_eq_exact_fss
    mov rsi, qword ptr [rbx]
    mov rdi, qword ptr [rbx+24]
    cmp rdi, rsi
    short je L210
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_40
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_40
L210:
# i_test_arity_fsA
    mov rsi, qword ptr [rbx+16]
    cmp dword ptr [rsi-2], 128
    jne label_40
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L211
    mov ecx, 3
    call 140320710850576
L211:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call get_all_values/2
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L212
    mov ecx, 1
    call 140320710850576
L212:
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
    jl L172
    ret
# label_L
label_40:
# i_call_only_f
    jmp get_all_values/2
# label_L
label_41:
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_37
# i_move_sd
    mov qword ptr [rbx], 59
# return
    dec r14
    jl L172
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_42:
# i_func_info_IaaI
# proplists:append_values/2
    call L170
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x14, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x4A, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
append_values/2:
# i_breakpoint_trampoline
    short jmp L213
.db 0x00
    call L173
    align 8
L213:
# i_test_yield
    lea rdx, qword ptr [append_values/2+24]
    dec r14
    jle L171
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_47
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx+8], xmm0
# is_atom_fs
    mov rax, qword ptr [rbx+16]
    and al, 63
    cmp al, 11
    jne label_44
# is_eq_exact_fss
# simplified check since one argument is an immediate
    mov rdi, qword ptr [rbx]
    cmp qword ptr [rbx+16], rdi
    jne label_44
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L214
    mov ecx, 2
.db 0x90
    call 140320710850576
L214:
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call append_values/2
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L215
    mov ecx, 1
    call 140320710850576
L215:
# put_cons_ss
    mov qword ptr [r15], 75
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# deallocate_t
# return
    dec r14
    jl L172
    ret
# label_L
label_44:
# i_bif1_sjbd
    lea rsi, qword ptr [rbx+16]
    mov rcx, 94919179098688
    call 140320710851400
    je label_46
    mov qword ptr [rbx+24], rax
# is_ge_fss
    mov esi, 31
    mov rdi, qword ptr [rbx+24]
# skipped test for small operands since they are always small
    cmp rdi, rsi
L216:
L217:
    jl label_46
# bif_element_jssd
    mov rsi, qword ptr [rbx+16]
# skipped tuple test since source is always a tuple
    cmp dword ptr [rsi-2], 64
    jb label_46
    mov rax, qword ptr [rsi+6]
    mov qword ptr [rbx+24], rax
# is_eq_exact_fss
    mov rsi, qword ptr [rbx]
    mov rdi, qword ptr [rbx+24]
    cmp rdi, rsi
    short je L218
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_46
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_46
L218:
# i_test_arity_fsA
    mov rsi, qword ptr [rbx+16]
    cmp dword ptr [rsi-2], 128
    jne label_46
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+16], rdi
# is_list_fs
    mov rax, qword ptr [rbx+16]
    cmp rax, 59
    short je L219
    test al, 2
    jne label_45
L219:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L220
    mov ecx, 3
.db 0x66, 0x90
    call 140320710850576
L220:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call append_values/2
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# call_light_bif_be
    align 4
L221:
L222:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927824
    lea rdx, qword ptr [L221]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L172
    ret
# label_L
label_45:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L223
    mov ecx, 3
.db 0x66, 0x90
    call 140320710850576
L223:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call append_values/2
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L224
    mov ecx, 1
    call 140320710850576
L224:
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
    jl L172
    ret
# label_L
label_46:
# i_call_only_f
    jmp append_values/2
# label_L
label_47:
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_42
# i_move_sd
    mov qword ptr [rbx], 59
# return
    dec r14
    jl L172
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_48:
# i_func_info_IaaI
# proplists:get_bool/2
    call L170
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x14, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x4A, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
get_bool/2:
# i_breakpoint_trampoline
    short jmp L225
.db 0x00
    call L173
    align 8
L225:
# i_test_yield
    lea rdx, qword ptr [get_bool/2+24]
    dec r14
    jle L171
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_52
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx+8], xmm0
# is_atom_fs
    mov rax, qword ptr [rbx+16]
    and al, 63
    cmp al, 11
    jne label_50
# is_eq_exact_fss
# simplified check since one argument is an immediate
    mov rdi, qword ptr [rbx]
    cmp qword ptr [rbx+16], rdi
    jne label_50
# i_move_sd
    mov qword ptr [rbx], 75
# return
    dec r14
    jl L172
    ret
# label_L
label_50:
# i_bif1_sjbd
    lea rsi, qword ptr [rbx+16]
    mov rcx, 94919179098688
    call 140320710851400
    je label_51
    mov qword ptr [rbx+24], rax
# is_ge_fss
    mov esi, 31
    mov rdi, qword ptr [rbx+24]
# skipped test for small operands since they are always small
    cmp rdi, rsi
L226:
L227:
    jl label_51
# bif_element_jssd
    mov rsi, qword ptr [rbx+16]
# skipped tuple test since source is always a tuple
    cmp dword ptr [rsi-2], 64
    jb label_51
    mov rax, qword ptr [rsi+6]
    mov qword ptr [rbx+24], rax
# is_eq_exact_fss
    mov rsi, qword ptr [rbx]
    mov rdi, qword ptr [rbx+24]
    cmp rdi, rsi
    short je L228
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_51
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_51
L228:
# i_test_arity_fsA
    mov rsi, qword ptr [rbx+16]
    cmp dword ptr [rsi-2], 128
    jne label_53
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# bif_is_eq_exact_Ssd
    mov eax, 75
    cmp qword ptr [rbx], 75
    mov edi, 11
    cmovne rax, rdi
    mov qword ptr [rbx], rax
# return
    dec r14
    jl L172
    ret
# label_L
label_51:
# i_call_only_f
    jmp get_bool/2
# label_L
label_52:
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_48
# label_L
label_53:
# i_move_sd
    mov qword ptr [rbx], 11
# return
    dec r14
    jl L172
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_54:
# i_func_info_IaaI
# proplists:get_keys/1
    call L170
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x14, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xB9, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
get_keys/1:
# i_breakpoint_trampoline
    short jmp L229
.db 0x00
    call L173
    align 8
L229:
# i_test_yield
    lea rdx, qword ptr [get_keys/1+24]
    dec r14
    jle L171
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L230
    mov ecx, 1
    call 140320710850576
L230:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# line_I
# i_call_ext_e
L231:
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
# i_trim_t
    add rsp, 8
# i_call_f
.db 0x90
    call get_keys/2
# i_call_ext_last_et
L232:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# func_line_I
# aligned_label_Lt
    align 8
label_56:
# i_func_info_IaaI
# proplists:get_keys/2
    call L170
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x14, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xB9, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
get_keys/2:
# i_breakpoint_trampoline
    short jmp L233
.db 0x00
    call L173
    align 8
L233:
# i_test_yield
    lea rdx, qword ptr [get_keys/2+24]
    dec r14
    jle L171
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_60
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+16], rsi
    mov qword ptr [rbx], rdx
# is_atom_fs
    mov rax, qword ptr [rbx+16]
    and al, 63
    cmp al, 11
    jne label_58
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L234
    mov ecx, 3
    call 140320710850576
L234:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L235:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 8
    jmp get_keys/2
# label_L
label_58:
# i_bif1_sjbd
    lea rsi, qword ptr [rbx+16]
    mov rcx, 94919179098688
    call 140320710851400
    je label_59
    mov qword ptr [rbx+24], rax
# is_ge_fss
    mov esi, 31
    mov rdi, qword ptr [rbx+24]
# skipped test for small operands since they are always small
    cmp rdi, rsi
L236:
L237:
    jl label_59
# line_I
# bif_element_jssd
    mov rsi, qword ptr [rbx+16]
# skipped tuple test since source is always a tuple
    cmp dword ptr [rsi-2], 64
    short jae L238
    mov edi, 31
    call 140320710851136
L238:
    mov rax, qword ptr [rsi+6]
    mov qword ptr [rbx+16], rax
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L239
    mov ecx, 3
    call 140320710850576
L239:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# i_call_ext_e
L240:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 8
    jmp get_keys/2
# label_L
label_59:
# i_call_only_f
    jmp get_keys/2
# label_L
label_60:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_56
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L172
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_61:
# i_func_info_IaaI
# proplists:delete/2
    call L170
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x14, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xDF, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
delete/2:
# i_breakpoint_trampoline
    short jmp L241
.db 0x00
    call L173
    align 8
L241:
# i_test_yield
    lea rdx, qword ptr [delete/2+24]
    dec r14
    jle L171
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_66
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx+8], xmm0
# is_atom_fs
    mov rax, qword ptr [rbx+16]
    and al, 63
    cmp al, 11
    jne label_63
# is_ne_exact_fss
# simplified check since one argument is an immediate
    mov rdi, qword ptr [rbx]
    cmp qword ptr [rbx+16], rdi
    je label_64
# label_L
label_63:
# i_bif1_sjbd
    lea rsi, qword ptr [rbx+16]
    mov rcx, 94919179098688
    call 140320710851400
    je label_65
    mov qword ptr [rbx+24], rax
# is_ge_fss
    mov esi, 31
    mov rdi, qword ptr [rbx+24]
# skipped test for small operands since they are always small
    cmp rdi, rsi
L242:
L243:
    jl label_65
# bif_element_jssd
    mov rsi, qword ptr [rbx+16]
# skipped tuple test since source is always a tuple
    cmp dword ptr [rsi-2], 64
    jb label_65
    mov rax, qword ptr [rsi+6]
    mov qword ptr [rbx+24], rax
# is_eq_exact_fss
    mov rsi, qword ptr [rbx]
    mov rdi, qword ptr [rbx+24]
    cmp rdi, rsi
    short je L244
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_65
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_65
L244:
# label_L
label_64:
# i_call_only_f
    jmp delete/2
# label_L
label_65:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L245
    mov ecx, 3
    call 140320710850576
L245:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call delete/2
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L246
    mov ecx, 1
    call 140320710850576
L246:
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
    jl L172
    ret
# label_L
label_66:
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_61
# i_move_sd
    mov qword ptr [rbx], 59
# return
    dec r14
    jl L172
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_67:
# i_func_info_IaaI
# proplists:substitute_aliases/2
    call L170
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x14, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x4A, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
substitute_aliases/2:
# i_breakpoint_trampoline
    short jmp L247
.db 0x00
    call L173
    align 8
L247:
# i_test_yield
    lea rdx, qword ptr [substitute_aliases/2+24]
    dec r14
    jle L171
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rbx], xmm0
# i_call_only_f
    jmp '-substitute_aliases/2-lc$^0/1-0-'/2
# func_line_I
# aligned_label_Lt
    align 8
label_69:
# i_func_info_IaaI
# proplists:substitute_aliases_1/2
    call L170
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x14, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x4B, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
substitute_aliases_1/2:
# i_breakpoint_trampoline
    short jmp L248
.db 0x00
    call L173
    align 8
L248:
# i_test_yield
    lea rdx, qword ptr [substitute_aliases_1/2+24]
    dec r14
    jle L171
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_73
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+16], xmm0
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx+16]
    rex test sil, 1
    short jne label_69
    cmp dword ptr [rsi-2], 128
    short jne label_69
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx], rdi
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+16], rdi
# is_atom_fs
    mov rax, qword ptr [rbx+8]
    and al, 63
    cmp al, 11
    jne label_71
# is_eq_exact_fss
# simplified check since one argument is an immediate
    mov rdi, qword ptr [rbx]
    cmp qword ptr [rbx+8], rdi
    jne label_71
# i_move_sd
    mov qword ptr [rbx+8], 75
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp property/2
# label_L
label_71:
# i_bif1_sjbd
    lea rsi, qword ptr [rbx+8]
    mov rcx, 94919179098688
    call 140320710851400
    je label_72
    mov qword ptr [rbx+32], rax
# is_ge_fss
    mov esi, 31
    mov rdi, qword ptr [rbx+32]
# skipped test for small operands since they are always small
    cmp rdi, rsi
L249:
L250:
    jl label_72
# bif_element_jssd
    mov rsi, qword ptr [rbx+8]
# skipped tuple test since source is always a tuple
    cmp dword ptr [rsi-2], 64
    jb label_72
    mov rax, qword ptr [rsi+6]
    mov qword ptr [rbx+32], rax
# is_eq_exact_fss
    mov rsi, qword ptr [rbx]
    mov rdi, qword ptr [rbx+32]
    cmp rdi, rsi
    short je L251
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_72
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_72
L251:
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L252
    mov ecx, 3
    call 140320710850576
L252:
# i_move_sd
    mov qword ptr [rbx], 31
# line_I
# call_light_bif_be
    align 4
L253:
L254:
    long mov rcx, 9223372036854775807
    mov rax, 94919179098736
    lea rdx, qword ptr [L253]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_call_last_ft
    jmp property/1
# label_L
label_72:
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp substitute_aliases_1/2
# label_L
label_73:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_69
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L172
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_74:
# i_func_info_IaaI
# proplists:substitute_negations/2
    call L170
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x14, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xB3, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
substitute_negations/2:
# i_breakpoint_trampoline
    short jmp L255
.db 0x00
    call L173
    align 8
L255:
# i_test_yield
    lea rdx, qword ptr [substitute_negations/2+24]
    dec r14
    jle L171
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rbx], xmm0
# i_call_only_f
    jmp '-substitute_negations/2-lc$^0/1-0-'/2
# func_line_I
# aligned_label_Lt
    align 8
label_76:
# i_func_info_IaaI
# proplists:substitute_negations_1/2
    call L170
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x14, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x4B, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
substitute_negations_1/2:
# i_breakpoint_trampoline
    short jmp L256
.db 0x00
    call L173
    align 8
L256:
# i_test_yield
    lea rdx, qword ptr [substitute_negations_1/2+24]
    dec r14
    jle L171
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_82
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+16], xmm0
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx+16]
    rex test sil, 1
    short jne label_76
    cmp dword ptr [rsi-2], 128
    short jne label_76
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx], rdi
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+16], rdi
# is_atom_fs
    mov rax, qword ptr [rbx+8]
    and al, 63
    cmp al, 11
    jne label_78
# is_ne_exact_fss
# simplified check since one argument is an immediate
    mov rdi, qword ptr [rbx]
    cmp qword ptr [rbx+8], rdi
    je label_79
# label_L
label_78:
# i_bif1_sjbd
    lea rsi, qword ptr [rbx+8]
    mov rcx, 94919179098688
    call 140320710851400
    je label_81
    mov qword ptr [rbx+32], rax
# is_ge_fss
    mov esi, 31
    mov rdi, qword ptr [rbx+32]
# skipped test for small operands since they are always small
    cmp rdi, rsi
L257:
L258:
    jl label_81
# bif_element_jssd
    mov rsi, qword ptr [rbx+8]
# skipped tuple test since source is always a tuple
    cmp dword ptr [rsi-2], 64
    jb label_81
    mov rax, qword ptr [rsi+6]
    mov qword ptr [rbx+32], rax
# is_eq_exact_fss
    mov rsi, qword ptr [rbx]
    mov rdi, qword ptr [rbx+32]
    cmp rdi, rsi
    short je L259
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_81
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_81
L259:
# i_test_arity_fsA
    mov rsi, qword ptr [rbx+8]
    cmp dword ptr [rsi-2], 128
    jne label_80
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx], 75
    jne label_80
# label_L
label_79:
# i_move_sd
    mov qword ptr [rbx+8], 11
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp property/2
# label_L
label_80:
# i_move_sd
    mov qword ptr [rbx+8], 75
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp property/2
# label_L
label_81:
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp substitute_negations_1/2
# label_L
label_82:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_76
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L172
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_83:
# i_func_info_IaaI
# proplists:expand/2
    call L170
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x14, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x4B, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
expand/2:
# i_breakpoint_trampoline
    short jmp L260
.db 0x00
    call L173
    align 8
L260:
# i_test_yield
    lea rdx, qword ptr [expand/2+24]
    dec r14
    jle L171
# is_list_fs
    mov rax, qword ptr [rbx+8]
    cmp rax, 59
    short je L261
    test al, 2
    short jne label_83
L261:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L262
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L262:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call '-expand/2-lc$^0/1-0-'/1
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call key_uniq/1
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_trim_t
    add rsp, 8
# i_call_f
.db 0x0F, 0x1F, 0x00
    call expand_0/2
# i_call_last_ft
    jmp flatten/1
# func_line_I
# aligned_label_Lt
    align 8
label_85:
# i_func_info_IaaI
# proplists:expand_0/2
    call L170
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x14, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x4B, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
expand_0/2:
# i_breakpoint_trampoline
    short jmp L263
.db 0x00
    call L173
    align 8
L263:
# i_test_yield
    lea rdx, qword ptr [expand_0/2+24]
    dec r14
    jle L171
# is_nonempty_list_fS
    test byte ptr [rbx], 2
    jne label_87
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L264
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L264:
    sub rsp, 8
# get_list_Sdd
    mov rdi, qword ptr [rbx]
    mov rsi, qword ptr [rdi-1]
    mov rdx, qword ptr [rdi+7]
    mov qword ptr [rbx], rsi
    mov qword ptr [rsp], rdx
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+16], rdi
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
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
.db 0x90
    call expand_1/3
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 8
    jmp expand_0/2
# label_L
label_87:
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L172
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_88:
# i_func_info_IaaI
# proplists:expand_1/3
    call L170
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x14, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x4C, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
expand_1/3:
# i_breakpoint_trampoline
    short jmp L265
.db 0x00
    call L173
    align 8
L265:
# i_test_yield
    lea rdx, qword ptr [expand_1/3+24]
    dec r14
    jle L171
# is_atom_fs
    mov rax, qword ptr [rbx]
    and al, 63
    cmp al, 11
    jne label_90
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+8]
    movups xmmword ptr [rbx+16], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_call_only_f
    jmp expand_2/4
# label_L
label_90:
# i_bif1_sjbd
    lea rsi, qword ptr [rbx]
    mov rcx, 94919179098688
    call 140320710851400
    je label_91
    mov qword ptr [rbx+24], rax
# is_ge_fss
    mov esi, 31
    mov rdi, qword ptr [rbx+24]
# skipped test for small operands since they are always small
    cmp rdi, rsi
L266:
L267:
    jl label_91
# line_I
# bif_element_jssd
    mov rsi, qword ptr [rbx]
# skipped tuple test since source is always a tuple
    cmp dword ptr [rsi-2], 64
    short jae L268
    mov edi, 31
    call 140320710851136
L268:
    mov rax, qword ptr [rsi+6]
    mov qword ptr [rbx+24], rax
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx+16], 1
    vmovups xmmword ptr [rbx+16], xmm0
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rbx+8], xmm0
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rbx], xmm0
# i_call_only_f
    jmp expand_2/4
# label_L
label_91:
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L172
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_92:
# i_func_info_IaaI
# proplists:expand_2/4
    call L170
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x14, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x4C, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
expand_2/4:
# i_breakpoint_trampoline
    short jmp L269
.db 0x00
    call L173
    align 8
L269:
# i_test_yield
    lea rdx, qword ptr [expand_2/4+24]
    dec r14
    jle L171
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+24]
    test al, 2
    jne label_96
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx+24], xmm0
# is_atom_fs
    mov rax, qword ptr [rbx+32]
    and al, 63
    cmp al, 11
    jne label_94
# is_eq_exact_fss
# simplified check since one argument is an immediate
    mov rdi, qword ptr [rbx]
    cmp qword ptr [rbx+32], rdi
    jne label_94
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx+24], 1
    vmovups xmmword ptr [rbx+24], xmm0
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx+16], 1
    vmovups xmmword ptr [rbx+16], xmm0
# i_call_only_f
    jmp expand_3/5
# label_L
label_94:
# i_bif1_sjbd
    lea rsi, qword ptr [rbx+32]
    mov rcx, 94919179098688
    call 140320710851400
    je label_95
    mov qword ptr [rbx+40], rax
# is_ge_fss
    mov esi, 31
    mov rdi, qword ptr [rbx+40]
# skipped test for small operands since they are always small
    cmp rdi, rsi
L270:
L271:
    jl label_95
# bif_element_jssd
    mov rsi, qword ptr [rbx+32]
# skipped tuple test since source is always a tuple
    cmp dword ptr [rsi-2], 64
    jb label_95
    mov rax, qword ptr [rsi+6]
    mov qword ptr [rbx+40], rax
# is_eq_exact_fss
    mov rsi, qword ptr [rbx]
    mov rdi, qword ptr [rbx+40]
    cmp rdi, rsi
    short je L272
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_95
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_95
L272:
# allocate_tt
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L273
    mov ecx, 5
    call 140320710850576
L273:
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
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
    call property/1
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+16], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp], 1
    vmovups xmmword ptr [rbx+24], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+16], 1
    vmovups xmmword ptr [rbx], xmm0
# i_call_last_ft
    add rsp, 32
    jmp expand_3/5
# label_L
label_95:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L274
    mov ecx, 5
    call 140320710850576
L274:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rsp], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call expand_2/4
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L275
    mov ecx, 1
    call 140320710850576
L275:
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
    jl L172
    ret
# label_L
label_96:
# is_nil_fS
    cmp qword ptr [rbx+24], 59
    jne label_92
# i_move_sd
    mov qword ptr [rbx], 59
# return
    dec r14
    jl L172
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_97:
# i_func_info_IaaI
# proplists:expand_3/5
    call L170
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x14, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x4C, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
expand_3/5:
# i_breakpoint_trampoline
    short jmp L276
.db 0x00
    call L173
    align 8
L276:
# i_test_yield
    lea rdx, qword ptr [expand_3/5+24]
    dec r14
    jle L171
# is_eq_exact_fss
    mov rsi, qword ptr [rbx+16]
    mov rdi, qword ptr [rbx+8]
    cmp rdi, rsi
    short je L277
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
L277:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L278
    mov ecx, 5
.db 0x90
    call 140320710850576
L278:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx+8], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call delete/2
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L279
    mov ecx, 1
    call 140320710850576
L279:
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
    jl L172
    ret
# label_L
label_99:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L280
    mov ecx, 5
.db 0x90
    call 140320710850576
L280:
# put_cons_ss
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# return
    dec r14
    jl L172
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_100:
# i_func_info_IaaI
# proplists:key_uniq/1
    call L170
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x14, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x4C, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
key_uniq/1:
# i_breakpoint_trampoline
    short jmp L281
.db 0x00
    call L173
    align 8
L281:
# i_test_yield
    lea rdx, qword ptr [key_uniq/1+24]
    dec r14
    jle L171
# is_nonempty_list_fS
    test byte ptr [rbx], 2
    jne label_102
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L282
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L282:
    sub rsp, 8
# get_list_Sdd
    mov rdi, qword ptr [rbx]
    mov rsi, qword ptr [rdi-1]
    mov rdx, qword ptr [rdi+7]
    mov qword ptr [rsp], rsi
    mov qword ptr [rbx+8], rdx
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x90
    call key_uniq_1/2
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L283
    mov ecx, 1
    call 140320710850576
L283:
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
    jl L172
    ret
# label_L
label_102:
# return
    dec r14
    jl L172
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_103:
# i_func_info_IaaI
# proplists:key_uniq_1/2
    call L170
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x14, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x4D, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
key_uniq_1/2:
# i_breakpoint_trampoline
    short jmp L284
.db 0x00
    call L173
    align 8
L284:
# i_test_yield
    lea rdx, qword ptr [key_uniq_1/2+24]
    dec r14
    jle L171
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_106
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx+8], xmm0
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+16]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+24], rdi
# is_eq_exact_fss
    mov rsi, qword ptr [rbx+24]
    mov rdi, qword ptr [rbx]
    cmp rdi, rsi
    short je L285
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_105
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_105
L285:
# i_call_only_f
    short jmp key_uniq_1/2
# label_L
label_105:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L286
    mov ecx, 4
    call 140320710850576
L286:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
    call key_uniq_1/2
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
    jl L172
    ret
# label_L
label_106:
# i_move_sd
    mov qword ptr [rbx], 59
# return
    dec r14
    jl L172
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_107:
# i_func_info_IaaI
# proplists:flatten/1
    call L170
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x14, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x4E, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
flatten/1:
# i_breakpoint_trampoline
    short jmp L288
.db 0x00
    call L173
    align 8
L288:
# i_test_yield
    lea rdx, qword ptr [flatten/1+24]
    dec r14
    jle L171
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_110
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx], xmm0
# is_list_fs
    mov rax, qword ptr [rbx+8]
    cmp rax, 59
    short je L289
    test al, 2
    jne label_109
L289:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L290
    mov ecx, 2
    call 140320710850576
L290:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call flatten/1
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# call_light_bif_be
    align 4
L291:
L292:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927824
    lea rdx, qword ptr [L291]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L172
    ret
# label_L
label_109:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L293
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L293:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call flatten/1
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
    jl L172
    ret
# label_L
label_110:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_107
# return
    dec r14
    jl L172
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_111:
# i_func_info_IaaI
# proplists:normalize/2
    call L170
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x14, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x47, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
normalize/2:
# i_breakpoint_trampoline
    short jmp L295
.db 0x00
    call L173
    align 8
L295:
# i_test_yield
    lea rdx, qword ptr [normalize/2+24]
    dec r14
    jle L171
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L296
    mov ecx, 2
    call 140320710850576
L296:
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call apply_stages/2
# i_call_last_ft
    jmp compact/1
# func_line_I
# aligned_label_Lt
    align 8
label_113:
# i_func_info_IaaI
# proplists:apply_stages/2
    call L170
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x14, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x4D, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
apply_stages/2:
# i_breakpoint_trampoline
    short jmp L297
.db 0x00
    call L173
    align 8
L297:
# i_test_yield
    lea rdx, qword ptr [apply_stages/2+24]
    dec r14
    jle L171
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_118
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+16], xmm0
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx+16]
    rex test sil, 1
    short jne label_113
    cmp dword ptr [rsi-2], 128
    short jne label_113
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+32], rdi
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+16], rdi
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+32]
    cmp rsi, 412555
    je label_116
    cmp rsi, 413067
    je label_117
    cmp rsi, 413131
    je label_115
    jmp label_113
# label_L
label_115:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L298
    mov ecx, 4
.db 0x90
    call 140320710850576
L298:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+24]
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
    call substitute_negations/2
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_call_last_ft
    add rsp, 8
    jmp apply_stages/2
# label_L
label_116:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L299
    mov ecx, 4
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L299:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+24]
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
    call expand/2
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_call_last_ft
    add rsp, 8
    jmp apply_stages/2
# label_L
label_117:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L300
    mov ecx, 4
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L300:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+24]
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
    call substitute_aliases/2
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_call_last_ft
    add rsp, 8
    jmp apply_stages/2
# label_L
label_118:
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_113
# return
    dec r14
    jl L172
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_119:
# i_func_info_IaaI
# proplists:split/2
    call L170
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x14, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x01, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
split/2:
# i_breakpoint_trampoline
    short jmp L301
.db 0x00
    call L173
    align 8
L301:
# i_test_yield
    lea rdx, qword ptr [split/2+24]
    dec r14
    jle L171
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L302
    mov ecx, 2
    call 140320710850576
L302:
    sub rsp, 16
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x90
    call '-split/2-lc$^0/1-0-'/1
# call_light_bif_be
    align 4
L303:
L304:
    long mov rcx, 9223372036854775807
    mov rax, 94919180008144
    lea rdx, qword ptr [L303]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx+16], 59
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov qword ptr [rsp+8], 59
# i_call_f
.db 0x0F, 0x1F, 0x00
    call split/3
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rsp+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_trim_t
    add rsp, 8
# line_I
# i_call_f
    call '-split/2-lc$^1/1-1-'/2
# swap_dd
    mov rdi, qword ptr [rsp]
    mov rsi, qword ptr [rbx]
    mov qword ptr [rbx], rdi
    mov qword ptr [rsp], rsi
# line_I
# i_call_ext_e
L305:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L306
    mov ecx, 1
    call 140320710850576
L306:
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
    jl L172
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_121:
# i_func_info_IaaI
# proplists:split/3
    call L170
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x14, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x01, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
split/3:
# i_breakpoint_trampoline
    short jmp L307
.db 0x00
    call L173
    align 8
L307:
# i_test_yield
    lea rdx, qword ptr [split/3+24]
    dec r14
    jle L171
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_125
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+24], rsi
    mov qword ptr [rbx], rdx
# is_atom_fs
    mov rax, qword ptr [rbx+24]
    and al, 63
    cmp al, 11
    jne label_123
# i_get_map_element_fSSS
    mov rdi, qword ptr [rbx+8]
    mov rsi, qword ptr [rbx+24]
    call 140320710851984
    jne label_124
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L308
    mov ecx, 4
    call 140320710850576
L308:
    sub rsp, 16
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
    call maps_prepend/3
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 16
    jmp split/3
# label_L
label_123:
# i_bif1_sjbd
    lea rsi, qword ptr [rbx+24]
    mov rcx, 94919179098688
    call 140320710851400
    je label_124
    mov qword ptr [rbx+32], rax
# is_ge_fss
    mov esi, 31
    mov rdi, qword ptr [rbx+32]
# skipped test for small operands since they are always small
    cmp rdi, rsi
L309:
L310:
    jl label_124
# line_I
# bif_element_jssd
    mov rsi, qword ptr [rbx+24]
# skipped tuple test since source is always a tuple
    cmp dword ptr [rsi-2], 64
    short jae L311
    mov edi, 31
    call 140320710851136
L311:
    mov rax, qword ptr [rsi+6]
    mov qword ptr [rbx+32], rax
# i_get_map_element_fSSS
    mov rdi, qword ptr [rbx+8]
    mov rsi, qword ptr [rbx+32]
    call 140320710851984
    jne label_124
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L312
    mov ecx, 5
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L312:
    sub rsp, 16
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx+16], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+24], 1
    vmovups xmmword ptr [rbx], xmm0
# line_I
# i_call_f
    call maps_prepend/3
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 16
    jmp split/3
# label_L
label_124:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L313
    mov ecx, 4
    call 140320710850576
L313:
# put_cons_ss
# (putting and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rbx+16], 1
    vmovups xmmword ptr [r15], xmm0
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+16], rsi
# i_call_only_f
    jmp split/3
# label_L
label_125:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_121
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L314
    mov ecx, 3
.db 0x90
    call 140320710850576
L314:
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
    jl L172
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_126:
# i_func_info_IaaI
# proplists:maps_prepend/3
    call L170
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x14, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x25, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
maps_prepend/3:
# i_breakpoint_trampoline
    short jmp L315
.db 0x00
    call L173
    align 8
L315:
# line_I
# i_test_yield
    lea rdx, qword ptr [maps_prepend/3+24]
    dec r14
    jle L171
# i_bif2_ssjbd
    lea rsi, qword ptr [rbx-104]
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsi], rdi
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsi+8], rdi
    mov rcx, 94919180022976
    call 140320710851304
    mov qword ptr [rbx+24], rax
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L316
    mov ecx, 4
.db 0x66, 0x90
    call 140320710850576
L316:
# put_cons_ss
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# update_map_exact_sjdtI
.section .rodata {#1}
L317:
    align 8
.db 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x13, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx+24], rdi
    mov edx, 3
    mov ecx, 2
    lea r8, qword ptr [L317]
.db 0x66, 0x90
    call 140320710854816
    mov qword ptr [rbx], rax
# return
    dec r14
    jl L172
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_128:
# i_func_info_IaaI
# proplists:to_map/1
    call L170
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x14, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x4E, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
to_map/1:
# i_breakpoint_trampoline
    short jmp L318
.db 0x00
    call L173
    align 8
L318:
# i_test_yield
    lea rdx, qword ptr [to_map/1+24]
    dec r14
    jle L171
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L319
    mov ecx, 1
    call 140320710850576
L319:
# i_make_fun3_FStt
L320:
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
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# i_move_sd
L321:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+8], rdi
# line_I
# i_call_ext_only_e
L322:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# func_line_I
# aligned_label_Lt
    align 8
label_130:
# i_func_info_IaaI
# proplists:to_map/2
    call L170
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x14, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x4E, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
to_map/2:
# i_breakpoint_trampoline
    short jmp L323
.db 0x00
    call L173
    align 8
L323:
# i_test_yield
    lea rdx, qword ptr [to_map/2+24]
    dec r14
    jle L171
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L324
    mov ecx, 2
    call 140320710850576
L324:
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call apply_stages/2
# i_call_last_ft
    jmp to_map/1
# func_line_I
# aligned_label_Lt
    align 8
label_132:
# i_func_info_IaaI
# proplists:from_map/1
    call L170
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x14, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x4E, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
from_map/1:
# i_breakpoint_trampoline
    short jmp L325
.db 0x00
    call L173
    align 8
L325:
# line_I
# i_test_yield
    lea rdx, qword ptr [from_map/1+24]
    dec r14
    jle L171
# i_call_ext_only_e
L326:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# func_line_I
# aligned_label_Lt
    align 8
label_134:
# i_func_info_IaaI
# proplists:module_info/0
    call L170
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x14, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x66, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
module_info/0:
# i_breakpoint_trampoline
    short jmp L327
.db 0x00
    call L173
    align 8
L327:
# i_test_yield
    lea rdx, qword ptr [module_info/0+24]
    dec r14
    jle L171
# i_move_sd
    mov qword ptr [rbx], 201867
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L328
    mov ecx, 1
.db 0x90
    call 140320710850576
L328:
# call_light_bif_be
    align 4
L329:
L330:
    long mov rcx, 9223372036854775807
    mov rax, 94919178912304
    lea rdx, qword ptr [L329]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L172
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_136:
# i_func_info_IaaI
# proplists:module_info/1
    call L170
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x14, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x66, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
module_info/1:
# i_breakpoint_trampoline
    short jmp L331
.db 0x00
    call L173
    align 8
L331:
# i_test_yield
    lea rdx, qword ptr [module_info/1+24]
    dec r14
    jle L171
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx], 201867
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L332
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L332:
# call_light_bif_be
    align 4
L333:
L334:
    long mov rcx, 9223372036854775807
    mov rax, 94919178913216
    lea rdx, qword ptr [L333]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L172
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_138:
# i_func_info_IaaI
# proplists:'-to_map/1-fun-0-'/2
    call L170
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x14, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x4E, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
'-to_map/1-fun-0-'/2:
# i_breakpoint_trampoline
    short jmp L335
.db 0x00
    call L173
    align 8
L335:
# i_test_yield
    lea rdx, qword ptr ['-to_map/1-fun-0-'/2+24]
    dec r14
    jle L171
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_141
    cmp dword ptr [rsi-2], 128
    jne label_141
# is_map_fs
    mov rax, qword ptr [rbx+8]
    test al, 1
    jne label_140
    mov eax, dword ptr [rax-2]
    and al, 63
    cmp al, 60
    jne label_140
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+16], rdi
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# update_map_assoc_sdtI
.section .rodata {#1}
L336:
    align 8
.db 0x23, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx+24], rdi
    mov edx, 3
    mov ecx, 2
    lea r8, qword ptr [L336]
    call 140320710854704
    mov qword ptr [rbx], rax
# return
    dec r14
    jl L172
    ret
# label_L
label_140:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L337
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L337:
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
    short jbe L338
    mov ecx, 1
.db 0x90
    call 140320710850576
L338:
# call_light_bif_be
    align 4
L339:
L340:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089728
    lea rdx, qword ptr [L339]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L172
    ret
# label_L
label_141:
# i_bif1_sjbd
    lea rsi, qword ptr [rbx]
    mov rcx, 94919179098688
    call 140320710851400
    je label_142
    mov qword ptr [rbx+16], rax
# is_ge_fss
    mov esi, 31
    mov rdi, qword ptr [rbx+16]
# skipped test for small operands since they are always small
    cmp rdi, rsi
L341:
L342:
    jl label_142
# line_I
# bif_element_jssd
    mov rsi, qword ptr [rbx]
# skipped tuple test since source is always a tuple
    cmp dword ptr [rsi-2], 64
    short jae L343
    mov edi, 31
    call 140320710851136
L343:
    mov rax, qword ptr [rsi+6]
    mov qword ptr [rbx], rax
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L344
    mov ecx, 2
    call 140320710850576
L344:
# call_light_bif_be
    align 4
L345:
L346:
    long mov rcx, 9223372036854775807
    mov rax, 94919180039056
    lea rdx, qword ptr [L345]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L172
    ret
# label_L
label_142:
# is_atom_fs
    mov rax, qword ptr [rbx]
    and al, 63
    cmp al, 11
    jne label_144
# is_map_fs
    mov rax, qword ptr [rbx+8]
    test al, 1
    jne label_143
    mov eax, dword ptr [rax-2]
    and al, 63
    cmp al, 60
    jne label_143
# update_map_assoc_sdtI
.section .rodata {#1}
L347:
    align 8
.db 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x4B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx+16], rdi
    mov edx, 2
    mov ecx, 2
    lea r8, qword ptr [L347]
.db 0x90
    call 140320710854704
    mov qword ptr [rbx], rax
# return
    dec r14
    jl L172
    ret
# label_L
label_143:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L348
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L348:
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
    short jbe L349
    mov ecx, 1
.db 0x90
    call 140320710850576
L349:
# call_light_bif_be
    align 4
L350:
L351:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089728
    lea rdx, qword ptr [L350]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L172
    ret
# label_L
label_144:
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L172
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_145:
# i_func_info_IaaI
# proplists:'-split/2-lc$^1/1-1-'/2
    call L170
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x14, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x4E, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
'-split/2-lc$^1/1-1-'/2:
# i_breakpoint_trampoline
    short jmp L352
.db 0x00
    call L173
    align 8
L352:
# i_test_yield
    lea rdx, qword ptr ['-split/2-lc$^1/1-1-'/2+24]
    dec r14
    jle L171
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_147
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
    mov rcx, 94919180022976
    call 140320710851304
    mov qword ptr [rbx+16], rax
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L353
    mov ecx, 3
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L353:
    sub rsp, 16
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx]
    movups xmmword ptr [rsp], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# i_call_ext_e
L354:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
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
    call '-split/2-lc$^1/1-1-'/2
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L355
    mov ecx, 1
    call 140320710850576
L355:
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
    jl L172
    ret
# label_L
label_147:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_148
# return
    dec r14
    jl L172
    ret
# label_L
label_148:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L356
    mov ecx, 1
.db 0x90
    call 140320710850576
L356:
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
    short jbe L357
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L357:
# call_light_bif_be
    align 4
L358:
L359:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089728
    lea rdx, qword ptr [L358]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L172
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_149:
# i_func_info_IaaI
# proplists:'-split/2-lc$^0/1-0-'/1
    call L170
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x14, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x4F, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
'-split/2-lc$^0/1-0-'/1:
# i_breakpoint_trampoline
    short jmp L360
.db 0x00
    call L173
    align 8
L360:
# i_test_yield
    lea rdx, qword ptr ['-split/2-lc$^0/1-0-'/1+24]
    dec r14
    jle L171
# is_nonempty_list_fS
    test byte ptr [rbx], 2
    jne label_151
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L361
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L361:
    sub rsp, 8
# get_list_Sdd
    mov rdi, qword ptr [rbx]
    mov rsi, qword ptr [rdi-1]
    mov rdx, qword ptr [rdi+7]
    mov qword ptr [rsp], rsi
    mov qword ptr [rbx], rdx
# i_call_f
.db 0x90
    call '-split/2-lc$^0/1-0-'/1
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L362
    mov ecx, 1
    call 140320710850576
L362:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+8], rdi
    mov qword ptr [r15+16], 59
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
    jl L172
    ret
# label_L
label_151:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_152
# return
    dec r14
    jl L172
    ret
# label_L
label_152:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L363
    mov ecx, 1
    call 140320710850576
L363:
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
    short jbe L364
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L364:
# call_light_bif_be
    align 4
L365:
L366:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089728
    lea rdx, qword ptr [L365]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L172
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_153:
# i_func_info_IaaI
# proplists:'-expand/2-lc$^0/1-0-'/1
    call L170
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x14, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x4F, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
'-expand/2-lc$^0/1-0-'/1:
# i_breakpoint_trampoline
    short jmp L367
.db 0x00
    call L173
    align 8
L367:
# i_test_yield
    lea rdx, qword ptr ['-expand/2-lc$^0/1-0-'/1+24]
    dec r14
    jle L171
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_156
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx], xmm0
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx+8]
    rex test sil, 1
    jne label_155
    cmp dword ptr [rsi-2], 128
    jne label_155
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L368
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L368:
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
    mov qword ptr [rsp], rdi
# i_call_f
    call property/1
# swap_dd
    mov rdi, qword ptr [rsp+8]
    mov rsi, qword ptr [rbx]
    mov qword ptr [rbx], rdi
    mov qword ptr [rsp+8], rsi
# i_call_f
.db 0x0F, 0x1F, 0x00
    call '-expand/2-lc$^0/1-0-'/1
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L369
    mov ecx, 1
    call 140320710850576
L369:
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
    mov qword ptr [rbx], rsi
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L172
    ret
# label_L
label_155:
# i_call_only_f
    jmp '-expand/2-lc$^0/1-0-'/1
# label_L
label_156:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_157
# return
    dec r14
    jl L172
    ret
# label_L
label_157:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L370
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L370:
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
    short jbe L371
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L371:
# call_light_bif_be
    align 4
L372:
L373:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089728
    lea rdx, qword ptr [L372]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L172
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_158:
# i_func_info_IaaI
# proplists:'-substitute_negations/2-lc$^0/1-0-'/2
    call L170
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x14, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x4F, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
'-substitute_negations/2-lc$^0/1-0-'/2:
# i_breakpoint_trampoline
    short jmp L374
.db 0x00
    call L173
    align 8
L374:
# i_test_yield
    lea rdx, qword ptr ['-substitute_negations/2-lc$^0/1-0-'/2+24]
    dec r14
    jle L171
# is_nonempty_list_fS
    test byte ptr [rbx], 2
    jne label_160
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L375
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L375:
    sub rsp, 16
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp+8], rdi
# get_list_Sdd
    mov rdi, qword ptr [rbx]
    mov rsi, qword ptr [rdi-1]
    mov rdx, qword ptr [rdi+7]
    mov qword ptr [rbx+8], rsi
    mov qword ptr [rsp], rdx
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# i_call_f
.db 0x0F, 0x1F, 0x00
    call substitute_negations_1/2
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
    call '-substitute_negations/2-lc$^0/1-0-'/2
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L376
    mov ecx, 1
    call 140320710850576
L376:
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
    jl L172
    ret
# label_L
label_160:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_161
# return
    dec r14
    jl L172
    ret
# label_L
label_161:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L377
    mov ecx, 1
.db 0x90
    call 140320710850576
L377:
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
    short jbe L378
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L378:
# call_light_bif_be
    align 4
L379:
L380:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089728
    lea rdx, qword ptr [L379]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L172
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_162:
# i_func_info_IaaI
# proplists:'-substitute_aliases/2-lc$^0/1-0-'/2
    call L170
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x14, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x4F, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
'-substitute_aliases/2-lc$^0/1-0-'/2:
# i_breakpoint_trampoline
    short jmp L381
.db 0x00
    call L173
    align 8
L381:
# i_test_yield
    lea rdx, qword ptr ['-substitute_aliases/2-lc$^0/1-0-'/2+24]
    dec r14
    jle L171
# is_nonempty_list_fS
    test byte ptr [rbx], 2
    jne label_164
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L382
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L382:
    sub rsp, 16
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp+8], rdi
# get_list_Sdd
    mov rdi, qword ptr [rbx]
    mov rsi, qword ptr [rdi-1]
    mov rdx, qword ptr [rdi+7]
    mov qword ptr [rbx+8], rsi
    mov qword ptr [rsp], rdx
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# i_call_f
.db 0x0F, 0x1F, 0x00
    call substitute_aliases_1/2
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
    call '-substitute_aliases/2-lc$^0/1-0-'/2
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L383
    mov ecx, 1
    call 140320710850576
L383:
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
    jl L172
    ret
# label_L
label_164:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_165
# return
    dec r14
    jl L172
    ret
# label_L
label_165:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L384
    mov ecx, 1
.db 0x90
    call 140320710850576
L384:
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
    short jbe L385
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L385:
# call_light_bif_be
    align 4
L386:
L387:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089728
    lea rdx, qword ptr [L386]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L172
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_166:
# i_func_info_IaaI
# proplists:'-compact/1-lc$^0/1-0-'/1
    call L170
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x14, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x50, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
'-compact/1-lc$^0/1-0-'/1:
# i_breakpoint_trampoline
    short jmp L388
.db 0x00
    call L173
    align 8
L388:
# i_test_yield
    lea rdx, qword ptr ['-compact/1-lc$^0/1-0-'/1+24]
    dec r14
    jle L171
# is_nonempty_list_fS
    test byte ptr [rbx], 2
    jne label_168
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L389
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L389:
    sub rsp, 8
# get_list_Sdd
    mov rdi, qword ptr [rbx]
    mov rsi, qword ptr [rdi-1]
    mov rdx, qword ptr [rdi+7]
    mov qword ptr [rbx], rsi
    mov qword ptr [rsp], rdx
# i_call_f
.db 0x90
    call property/1
# swap_dd
    mov rdi, qword ptr [rsp]
    mov rsi, qword ptr [rbx]
    mov qword ptr [rbx], rdi
    mov qword ptr [rsp], rsi
# i_call_f
.db 0x90
    call '-compact/1-lc$^0/1-0-'/1
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L390
    mov ecx, 1
    call 140320710850576
L390:
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
    jl L172
    ret
# label_L
label_168:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_169
# return
    dec r14
    jl L172
    ret
# label_L
label_169:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L391
    mov ecx, 1
.db 0x90
    call 140320710850576
L391:
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
    short jbe L392
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L392:
# call_light_bif_be
    align 4
L393:
L394:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089728
    lea rdx, qword ptr [L393]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L172
    ret
# int_code_end
L395:
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, 94919180896308
    call 94919178184336
.section .rodata {#1}
line:
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
.section .rodata {#1}
attr:
.db 0x83, 0x6C, 0x00, 0x00, 0x00, 0x01, 0x68, 0x02, 0x64, 0x00, 0x03, 0x76, 0x73, 0x6E, 0x6C, 0x00, 0x00, 0x00, 0x01, 0x6E, 0x10, 0x00, 0x3C, 0x68, 0x38, 0xB8, 0xF9, 0x31, 0x07, 0x17, 0xBD, 0xC9, 0x45, 0xA2, 0x3B, 0x4F, 0x8C, 0xA6, 0x6A, 0x6A
.section .text {#0}
.section .rodata {#1}
compile:
.db 0x83, 0x6C, 0x00, 0x00, 0x00, 0x03, 0x68, 0x02, 0x64, 0x00, 0x07, 0x76, 0x65, 0x72, 0x73, 0x69, 0x6F, 0x6E, 0x6B, 0x00, 0x03, 0x38, 0x2E, 0x32, 0x68, 0x02, 0x64, 0x00, 0x07, 0x6F, 0x70, 0x74, 0x69, 0x6F, 0x6E, 0x73, 0x6C, 0x00, 0x00, 0x00, 0x03, 0x64, 0x00, 0x0A, 0x64, 0x65, 0x62, 0x75, 0x67, 0x5F, 0x69, 0x6E, 0x66, 0x6F, 0x68, 0x02, 0x64, 0x00, 0x01, 0x69, 0x6B, 0x00, 0x45, 0x2F, 0x62, 0x75, 0x69, 0x6C, 0x64, 0x2F, 0x72, 0x65, 0x70, 0x72, 0x6F, 0x64, 0x75, 0x63, 0x69, 0x62, 0x6C, 0x65, 0x2D, 0x70, 0x61, 0x74, 0x68, 0x2F, 0x65, 0x72, 0x6C, 0x61, 0x6E, 0x67, 0x2D, 0x32, 0x35, 0x2E, 0x32, 0x2E, 0x33, 0x2B, 0x64, 0x66, 0x73, 0x67, 0x2F, 0x6C, 0x69, 0x62, 0x2F, 0x73, 0x74, 0x64, 0x6C, 0x69, 0x62, 0x2F, 0x73, 0x72, 0x63, 0x2F, 0x2E, 0x2E, 0x2F, 0x69, 0x6E, 0x63, 0x6C, 0x75, 0x64, 0x65, 0x68, 0x02, 0x64, 0x00, 0x01, 0x69, 0x6B, 0x00, 0x4F, 0x2F, 0x62, 0x75, 0x69, 0x6C, 0x64, 0x2F, 0x72, 0x65, 0x70, 0x72, 0x6F, 0x64, 0x75, 0x63, 0x69, 0x62, 0x6C, 0x65, 0x2D, 0x70, 0x61, 0x74, 0x68, 0x2F, 0x65, 0x72, 0x6C, 0x61, 0x6E, 0x67, 0x2D, 0x32, 0x35, 0x2E, 0x32, 0x2E, 0x33, 0x2B, 0x64, 0x66, 0x73, 0x67, 0x2F, 0x6C, 0x69, 0x62, 0x2F, 0x73, 0x74, 0x64, 0x6C, 0x69, 0x62, 0x2F, 0x73, 0x72, 0x63, 0x2F, 0x2E, 0x2E, 0x2F, 0x2E, 0x2E, 0x2F, 0x6B, 0x65, 0x72, 0x6E, 0x65, 0x6C, 0x2F, 0x69, 0x6E, 0x63, 0x6C, 0x75, 0x64, 0x65, 0x6A, 0x68, 0x02, 0x64, 0x00, 0x06, 0x73, 0x6F, 0x75, 0x72, 0x63, 0x65, 0x6B, 0x00, 0x48, 0x2F, 0x62, 0x75, 0x69, 0x6C, 0x64, 0x2F, 0x72, 0x65, 0x70, 0x72, 0x6F, 0x64, 0x75, 0x63, 0x69, 0x62, 0x6C, 0x65, 0x2D, 0x70, 0x61, 0x74, 0x68, 0x2F, 0x65, 0x72, 0x6C, 0x61, 0x6E, 0x67, 0x2D, 0x32, 0x35, 0x2E, 0x32, 0x2E, 0x33, 0x2B, 0x64, 0x66, 0x73, 0x67, 0x2F, 0x6C, 0x69, 0x62, 0x2F, 0x73, 0x74, 0x64, 0x6C, 0x69, 0x62, 0x2F, 0x73, 0x72, 0x63, 0x2F, 0x70, 0x72, 0x6F, 0x70, 0x6C, 0x69, 0x73, 0x74, 0x73, 0x2E, 0x65, 0x72, 0x6C, 0x6A
.section .text {#0}
.section .rodata {#1}
md5:
.db 0xA6, 0x8C, 0x4F, 0x3B, 0xA2, 0x45, 0xC9, 0xBD, 0x17, 0x07, 0x31, 0xF9, 0xB8, 0x38, 0x68, 0x3C
.section .text {#0}
