    align 8
L153:
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
L154:
    jmp 140320710851944
    align 8
L155:
    jmp 140320710853048
    align 8
L156:
    jmp 140320710850344
    align 16
L157:
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
# erl_internal:guard_bif/2
    call L154
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x0E, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x83, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
guard_bif/2:
# i_breakpoint_trampoline
    short jmp L158
.db 0x00
    call L157
    align 8
L158:
# i_test_yield
    lea rdx, qword ptr [guard_bif/2+24]
    dec r14
    jle L155
# i_select_val_bins_sfI
    mov rsi, qword ptr [rbx]
# Binary search in table of 20 elements
# Subtree [0..19], pivot 9
    cmp rsi, 50507
    je label_7
    ja L159
# Linear search in [0..8], 9 elements
    cmp rsi, 28555
    je label_4
    cmp rsi, 40075
    je label_7
    cmp rsi, 46155
    je label_7
    cmp rsi, 46987
    je label_5
    cmp rsi, 47243
    je label_7
    cmp rsi, 47755
    je label_7
    cmp rsi, 47883
    je label_7
    cmp rsi, 49867
    je label_7
    cmp rsi, 49931
    je label_3
    jmp label_9
L159:
# Linear search in [10..19], 10 elements
    cmp rsi, 50571
    je label_7
    cmp rsi, 61195
    je label_7
    cmp rsi, 61259
    je label_7
    cmp rsi, 61323
    je label_7
    cmp rsi, 62411
    je label_6
    cmp rsi, 64907
    je label_7
    cmp rsi, 66251
    je label_7
    cmp rsi, 66315
    je label_7
    cmp rsi, 66891
    je label_5
    cmp rsi, 66955
    je label_5
    jmp label_9
# label_L
label_3:
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 15
    jne label_9
# jump_f
    jmp label_8
# label_L
label_4:
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+8]
# (Src == 0xf || Src == 0x1f) <=> (Src | 0x10) == 0x1f
    or rsi, 16
    cmp rsi, 31
    je label_8
    jmp label_9
# label_L
label_5:
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 47
    jne label_9
# jump_f
    jmp label_8
# label_L
label_6:
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+8]
# (Src == 0x2f || Src == 0x3f) <=> (Src | 0x10) == 0x3f
    or rsi, 16
    cmp rsi, 63
    je label_8
    jmp label_9
# label_L
label_7:
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 31
    jne label_9
# label_L
label_8:
# i_move_sd
    mov qword ptr [rbx], 75
# return
    dec r14
    jl L156
    ret
# label_L
label_9:
# i_call_only_f
    jmp new_type_test/2
# func_line_I
# aligned_label_Lt
    align 8
label_10:
# i_func_info_IaaI
# erl_internal:type_test/2
    call L154
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x0E, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xCE, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
type_test/2:
# i_breakpoint_trampoline
    short jmp L160
.db 0x00
    call L157
    align 8
L160:
# i_test_yield
    lea rdx, qword ptr [type_test/2+24]
    dec r14
    jle L155
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L161
    mov ecx, 2
    call 140320710850576
L161:
    sub rsp, 16
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp], xmm0
# line_I
# i_call_f
    call new_type_test/2
# is_eq_exact_fss
    cmp qword ptr [rbx], 75
    jne label_12
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L156
    ret
# label_L
label_12:
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp], 1
    vmovups xmmword ptr [rbx], xmm0
# i_call_last_ft
    add rsp, 16
    jmp old_type_test/2
# func_line_I
# aligned_label_Lt
    align 8
label_13:
# i_func_info_IaaI
# erl_internal:new_type_test/2
    call L154
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x0E, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x89, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
new_type_test/2:
# i_breakpoint_trampoline
    short jmp L162
.db 0x00
    call L157
    align 8
L162:
# i_test_yield
    lea rdx, qword ptr [new_type_test/2+24]
    dec r14
    jle L155
# i_select_val_bins_sfI
    mov rsi, qword ptr [rbx]
# Binary search in table of 15 elements
# Subtree [0..14], pivot 7
    cmp rsi, 56779
    je label_17
    ja L163
# Linear search in [0..6], 7 elements
    cmp rsi, 56331
    je label_17
    cmp rsi, 56395
    je label_17
    cmp rsi, 56459
    je label_17
    cmp rsi, 56523
    je label_17
    cmp rsi, 56587
    je label_17
    cmp rsi, 56651
    je label_17
    cmp rsi, 56715
    je label_17
    jmp label_19
L163:
# Linear search in [8..14], 7 elements
    cmp rsi, 56843
    je label_17
    cmp rsi, 56907
    je label_17
    cmp rsi, 56971
    je label_16
    cmp rsi, 57035
    je label_15
    cmp rsi, 60747
    je label_17
    cmp rsi, 61131
    je label_17
    cmp rsi, 64843
    je label_17
    jmp label_19
# label_L
label_15:
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+8]
# (Src == 0x2f || Src == 0x3f) <=> (Src | 0x10) == 0x3f
    or rsi, 16
    cmp rsi, 63
    je label_18
    jmp label_19
# label_L
label_16:
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+8]
    cmp rsi, 31
    je label_18
    cmp rsi, 47
    je label_18
    jmp label_19
# label_L
label_17:
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 31
    jne label_19
# label_L
label_18:
# i_move_sd
    mov qword ptr [rbx], 75
# return
    dec r14
    jl L156
    ret
# label_L
label_19:
# is_atom_fs
    mov rax, qword ptr [rbx]
    and al, 63
    cmp al, 11
    jne label_13
# is_integer_fs
    mov rdi, qword ptr [rbx+8]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L164
    test al, 1
    jne label_13
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_13
L164:
# i_move_sd
    mov qword ptr [rbx], 11
# return
    dec r14
    jl L156
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_20:
# i_func_info_IaaI
# erl_internal:old_type_test/2
    call L154
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x0E, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xA2, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
old_type_test/2:
# i_breakpoint_trampoline
    short jmp L165
.db 0x00
    call L157
    align 8
L165:
# i_test_yield
    lea rdx, qword ptr [old_type_test/2+24]
    dec r14
    jle L155
# i_select_val_bins_sfI
    mov rsi, qword ptr [rbx]
# Binary search in table of 12 elements
# Subtree [0..11], pivot 5
    cmp rsi, 32779
    je label_23
    ja L166
# Linear search in [0..4], 5 elements
    cmp rsi, 3851
    je label_23
    cmp rsi, 5899
    je label_23
    cmp rsi, 17163
    je label_23
    cmp rsi, 21451
    je label_23
    cmp rsi, 23243
    je label_23
    jmp label_25
L166:
# Linear search in [6..11], 6 elements
    cmp rsi, 32843
    je label_23
    cmp rsi, 47243
    je label_23
    cmp rsi, 105739
    je label_22
    cmp rsi, 245643
    je label_23
    cmp rsi, 249419
    je label_23
    cmp rsi, 249483
    je label_23
    jmp label_25
# label_L
label_22:
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 47
    jne label_25
# jump_f
    jmp label_24
# label_L
label_23:
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 31
    jne label_25
# label_L
label_24:
# i_move_sd
    mov qword ptr [rbx], 75
# return
    dec r14
    jl L156
    ret
# label_L
label_25:
# is_atom_fs
    mov rax, qword ptr [rbx]
    and al, 63
    cmp al, 11
    jne label_20
# is_integer_fs
    mov rdi, qword ptr [rbx+8]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L167
    test al, 1
    jne label_20
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_20
L167:
# i_move_sd
    mov qword ptr [rbx], 11
# return
    dec r14
    jl L156
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_26:
# i_func_info_IaaI
# erl_internal:arith_op/2
    call L154
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x0E, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x7E, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
arith_op/2:
# i_breakpoint_trampoline
    short jmp L168
.db 0x00
    call L157
    align 8
L168:
# i_test_yield
    lea rdx, qword ptr [arith_op/2+24]
    dec r14
    jle L155
# i_select_val_bins_sfI
    mov rsi, qword ptr [rbx]
# Binary search in table of 12 elements
# Subtree [0..11], pivot 5
    cmp rsi, 7051
    je label_30
    ja L169
# Linear search in [0..4], 5 elements
    cmp rsi, 5643
    je label_30
    cmp rsi, 6667
    je label_28
    cmp rsi, 6731
    je label_30
    cmp rsi, 6795
    je label_30
    cmp rsi, 6987
    je label_30
    jmp label_32
L169:
# Linear search in [6..11], 6 elements
    cmp rsi, 12683
    je label_30
    cmp rsi, 12747
    je label_30
    cmp rsi, 26123
    je label_29
    cmp rsi, 32203
    je label_29
    cmp rsi, 35659
    je label_30
    cmp rsi, 42443
    je label_30
    jmp label_32
# label_L
label_28:
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 31
    jne label_32
# jump_f
    jmp label_31
# label_L
label_29:
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+8]
    cmp rsi, 31
    je label_31
    cmp rsi, 47
    je label_31
    jmp label_32
# label_L
label_30:
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 47
    jne label_32
# label_L
label_31:
# i_move_sd
    mov qword ptr [rbx], 75
# return
    dec r14
    jl L156
    ret
# label_L
label_32:
# is_atom_fs
    mov rax, qword ptr [rbx]
    and al, 63
    cmp al, 11
    jne label_26
# is_integer_fs
    mov rdi, qword ptr [rbx+8]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L170
    test al, 1
    jne label_26
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_26
L170:
# i_move_sd
    mov qword ptr [rbx], 11
# return
    dec r14
    jl L156
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_33:
# i_func_info_IaaI
# erl_internal:bool_op/2
    call L154
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x0E, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x89, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
bool_op/2:
# i_breakpoint_trampoline
    short jmp L171
.db 0x00
    call L157
    align 8
L171:
# i_test_yield
    lea rdx, qword ptr [bool_op/2+24]
    dec r14
    jle L155
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 3083
    je label_36
    cmp rsi, 29515
    je label_35
    cmp rsi, 31115
    je label_36
    cmp rsi, 45707
    je label_36
    jmp label_38
# label_L
label_35:
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 31
    jne label_38
# jump_f
    jmp label_37
# label_L
label_36:
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 47
    jne label_38
# label_L
label_37:
# i_move_sd
    mov qword ptr [rbx], 75
# return
    dec r14
    jl L156
    ret
# label_L
label_38:
# is_atom_fs
    mov rax, qword ptr [rbx]
    and al, 63
    cmp al, 11
    jne label_33
# is_integer_fs
    mov rdi, qword ptr [rbx+8]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L172
    test al, 1
    jne label_33
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_33
L172:
# i_move_sd
    mov qword ptr [rbx], 11
# return
    dec r14
    jl L156
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_39:
# i_func_info_IaaI
# erl_internal:comp_op/2
    call L154
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x0E, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x89, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
comp_op/2:
# i_breakpoint_trampoline
    short jmp L173
.db 0x00
    call L157
    align 8
L173:
# i_test_yield
    lea rdx, qword ptr [comp_op/2+24]
    dec r14
    jle L155
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 14219
    je label_41
    cmp rsi, 14283
    je label_41
    cmp rsi, 17931
    je label_41
    cmp rsi, 18891
    je label_41
    cmp rsi, 22795
    je label_41
    cmp rsi, 23947
    je label_41
    cmp rsi, 27467
    je label_41
    cmp rsi, 27531
    je label_41
    jmp label_42
# label_L
label_41:
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 47
    jne label_42
# i_move_sd
    mov qword ptr [rbx], 75
# return
    dec r14
    jl L156
    ret
# label_L
label_42:
# is_atom_fs
    mov rax, qword ptr [rbx]
    and al, 63
    cmp al, 11
    jne label_39
# is_integer_fs
    mov rdi, qword ptr [rbx+8]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L174
    test al, 1
    jne label_39
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_39
L174:
# i_move_sd
    mov qword ptr [rbx], 11
# return
    dec r14
    jl L156
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_43:
# i_func_info_IaaI
# erl_internal:list_op/2
    call L154
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x0E, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x8A, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
list_op/2:
# i_breakpoint_trampoline
    short jmp L175
.db 0x00
    call L157
    align 8
L175:
# i_test_yield
    lea rdx, qword ptr [list_op/2+24]
    dec r14
    jle L155
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 26187
    je label_45
    cmp rsi, 32267
    je label_45
    jmp label_46
# label_L
label_45:
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 47
    jne label_46
# i_move_sd
    mov qword ptr [rbx], 75
# return
    dec r14
    jl L156
    ret
# label_L
label_46:
# is_atom_fs
    mov rax, qword ptr [rbx]
    and al, 63
    cmp al, 11
    jne label_43
# is_integer_fs
    mov rdi, qword ptr [rbx+8]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L176
    test al, 1
    jne label_43
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_43
L176:
# i_move_sd
    mov qword ptr [rbx], 11
# return
    dec r14
    jl L156
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_47:
# i_func_info_IaaI
# erl_internal:send_op/2
    call L154
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x0E, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x8A, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
send_op/2:
# i_breakpoint_trampoline
    short jmp L177
.db 0x00
    call L157
    align 8
L177:
# i_test_yield
    lea rdx, qword ptr [send_op/2+24]
    dec r14
    jle L155
# is_eq_exact_fss
    cmp qword ptr [rbx], 56139
    jne label_49
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 47
    jne label_49
# i_move_sd
    mov qword ptr [rbx], 75
# return
    dec r14
    jl L156
    ret
# label_L
label_49:
# is_atom_fs
    mov rax, qword ptr [rbx]
    and al, 63
    cmp al, 11
    short jne label_47
# is_integer_fs
    mov rdi, qword ptr [rbx+8]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L178
    test al, 1
    jne label_47
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_47
L178:
# i_move_sd
    mov qword ptr [rbx], 11
# return
    dec r14
    jl L156
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_50:
# i_func_info_IaaI
# erl_internal:op_type/2
    call L154
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x0E, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x84, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
op_type/2:
# i_breakpoint_trampoline
    short jmp L179
.db 0x00
    call L157
    align 8
L179:
# i_test_yield
    lea rdx, qword ptr [op_type/2+24]
    dec r14
    jle L155
# i_select_val_bins_sfI
    mov rsi, qword ptr [rbx]
# Binary search in table of 27 elements
# Subtree [0..26], pivot 13
    cmp rsi, 22795
    je label_56
    ja L180
# Subtree [0..12], pivot 6
    cmp rsi, 7051
    je label_59
    ja L181
# Linear search in [0..5], 6 elements
    cmp rsi, 3083
    je label_54
    cmp rsi, 5643
    je label_59
    cmp rsi, 6667
    je label_53
    cmp rsi, 6731
    je label_59
    cmp rsi, 6795
    je label_59
    cmp rsi, 6987
    je label_59
    jmp label_50
L181:
# Linear search in [7..12], 6 elements
    cmp rsi, 12683
    je label_59
    cmp rsi, 12747
    je label_59
    cmp rsi, 14219
    je label_56
    cmp rsi, 14283
    je label_56
    cmp rsi, 17931
    je label_56
    cmp rsi, 18891
    je label_56
    jmp label_50
L180:
# Subtree [14..26], pivot 20
    cmp rsi, 31115
    je label_54
    ja L182
# Linear search in [14..19], 6 elements
    cmp rsi, 23947
    je label_56
    cmp rsi, 26123
    je label_58
    cmp rsi, 26187
    je label_57
    cmp rsi, 27467
    je label_56
    cmp rsi, 27531
    je label_56
    cmp rsi, 29515
    je label_52
    jmp label_50
L182:
# Linear search in [21..26], 6 elements
    cmp rsi, 32203
    je label_58
    cmp rsi, 32267
    je label_57
    cmp rsi, 35659
    je label_59
    cmp rsi, 42443
    je label_59
    cmp rsi, 45707
    je label_54
    cmp rsi, 56139
    je label_61
    jmp label_50
# label_L
label_52:
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 31
    jne label_50
# jump_f
    jmp label_55
# label_L
label_53:
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 31
    jne label_50
# jump_f
    jmp label_60
# label_L
label_54:
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 47
    jne label_50
# label_L
label_55:
# i_move_sd
    mov qword ptr [rbx], 98251
# return
    dec r14
    jl L156
    ret
# label_L
label_56:
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 47
    jne label_50
# i_move_sd
    mov qword ptr [rbx], 361675
# return
    dec r14
    jl L156
    ret
# label_L
label_57:
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 47
    jne label_50
# i_move_sd
    mov qword ptr [rbx], 23243
# return
    dec r14
    jl L156
    ret
# label_L
label_58:
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+8]
    cmp rsi, 31
    je label_60
    cmp rsi, 47
    je label_60
    jmp label_50
# label_L
label_59:
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 47
    jne label_50
# label_L
label_60:
# i_move_sd
    mov qword ptr [rbx], 361611
# return
    dec r14
    jl L156
    ret
# label_L
label_61:
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 47
    jne label_50
# i_move_sd
    mov qword ptr [rbx], 38091
# return
    dec r14
    jl L156
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_62:
# i_func_info_IaaI
# erl_internal:bif/3
    call L154
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x0E, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xBE, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
bif/3:
# i_breakpoint_trampoline
    short jmp L183
.db 0x00
    call L157
    align 8
L183:
# i_test_yield
    lea rdx, qword ptr [bif/3+24]
    dec r14
    jle L155
# is_eq_exact_fss
    cmp qword ptr [rbx], 14667
    jne label_64
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+8]
    movups xmmword ptr [rbx], xmm0
# i_call_only_f
    jmp bif/2
# label_L
label_64:
# is_atom_fs
    mov rax, qword ptr [rbx]
    and al, 63
    cmp al, 11
    short jne label_62
# is_atom_fs
    mov rax, qword ptr [rbx+8]
    and al, 63
    cmp al, 11
    short jne label_62
# is_integer_fs
    mov rdi, qword ptr [rbx+16]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L184
    test al, 1
    short jne label_62
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_62
L184:
# i_move_sd
    mov qword ptr [rbx], 11
# return
    dec r14
    jl L156
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_65:
# i_func_info_IaaI
# erl_internal:bif/2
    call L154
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x0E, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xBE, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
bif/2:
# i_breakpoint_trampoline
    short jmp L185
.db 0x00
    call L157
    align 8
L185:
# i_test_yield
    lea rdx, qword ptr [bif/2+24]
    dec r14
    jle L155
# i_select_val_bins_sfI
    mov rsi, qword ptr [rbx]
# Binary search in table of 123 elements
# Subtree [0..122], pivot 61
    cmp rsi, 50315
    je label_77
    ja L186
# Subtree [0..60], pivot 30
    cmp rsi, 47755
    je label_80
    ja L187
# Subtree [0..29], pivot 14
    cmp rsi, 40075
    je label_80
    ja L188
# Subtree [0..13], pivot 6
    cmp rsi, 17355
    je label_72
    ja L189
# Linear search in [0..5], 6 elements
    cmp rsi, 715
    je label_80
    cmp rsi, 779
    je label_73
    cmp rsi, 843
    je label_77
    cmp rsi, 1995
    je label_79
    cmp rsi, 3403
    je label_78
    cmp rsi, 11339
    je label_77
    jmp label_82
L189:
# Linear search in [7..13], 7 elements
    cmp rsi, 19019
    je label_71
    cmp rsi, 24523
    je label_74
    cmp rsi, 25803
    je label_74
    cmp rsi, 26443
    je label_78
    cmp rsi, 28555
    je label_79
    cmp rsi, 33739
    je label_75
    cmp rsi, 35467
    je label_74
    jmp label_82
L188:
# Subtree [15..29], pivot 22
    cmp rsi, 46731
    je label_80
    ja L190
# Linear search in [15..21], 7 elements
    cmp rsi, 40395
    je label_67
    cmp rsi, 44043
    je label_80
    cmp rsi, 46155
    je label_80
    cmp rsi, 46347
    je label_80
    cmp rsi, 46411
    je label_76
    cmp rsi, 46475
    je label_77
    cmp rsi, 46667
    je label_75
    jmp label_82
L190:
# Linear search in [23..29], 7 elements
    cmp rsi, 46987
    je label_74
    cmp rsi, 47051
    je label_79
    cmp rsi, 47243
    je label_80
    cmp rsi, 47307
    je label_77
    cmp rsi, 47435
    je label_79
    cmp rsi, 47499
    je label_79
    cmp rsi, 47563
    je label_72
    jmp label_82
L187:
# Subtree [31..60], pivot 45
    cmp rsi, 49163
    je label_72
    ja L191
# Subtree [31..44], pivot 37
    cmp rsi, 48203
    je label_77
    ja L192
# Linear search in [31..36], 6 elements
    cmp rsi, 47819
    je label_77
    cmp rsi, 47883
    je label_80
    cmp rsi, 47947
    je label_80
    cmp rsi, 48011
    je label_80
    cmp rsi, 48075
    je label_80
    cmp rsi, 48139
    je label_80
    jmp label_82
L192:
# Linear search in [38..44], 7 elements
    cmp rsi, 48267
    je label_80
    cmp rsi, 48331
    je label_80
    cmp rsi, 48395
    je label_80
    cmp rsi, 48459
    je label_80
    cmp rsi, 48651
    je label_75
    cmp rsi, 48971
    je label_80
    cmp rsi, 49099
    je label_74
    jmp label_82
L191:
# Subtree [46..60], pivot 53
    cmp rsi, 49803
    je label_75
    ja L193
# Linear search in [46..52], 7 elements
    cmp rsi, 49227
    je label_75
    cmp rsi, 49419
    je label_74
    cmp rsi, 49483
    je label_80
    cmp rsi, 49547
    je label_75
    cmp rsi, 49611
    je label_78
    cmp rsi, 49675
    je label_77
    cmp rsi, 49739
    je label_74
    jmp label_82
L193:
# Linear search in [54..60], 7 elements
    cmp rsi, 49867
    je label_80
    cmp rsi, 49931
    je label_75
    cmp rsi, 49995
    je label_70
    cmp rsi, 50059
    je label_69
    cmp rsi, 50123
    je label_69
    cmp rsi, 50187
    je label_74
    cmp rsi, 50251
    je label_80
    jmp label_82
L186:
# Subtree [62..122], pivot 92
    cmp rsi, 60939
    je label_80
    ja L194
# Subtree [62..91], pivot 76
    cmp rsi, 55755
    je label_80
    ja L195
# Subtree [62..75], pivot 68
    cmp rsi, 50891
    je label_80
    ja L196
# Linear search in [62..67], 6 elements
    cmp rsi, 50379
    je label_77
    cmp rsi, 50443
    je label_75
    cmp rsi, 50507
    je label_80
    cmp rsi, 50571
    je label_80
    cmp rsi, 50635
    je label_80
    cmp rsi, 50827
    je label_80
    jmp label_82
L196:
# Linear search in [69..75], 7 elements
    cmp rsi, 50955
    je label_68
    cmp rsi, 51595
    je label_78
    cmp rsi, 51659
    je label_70
    cmp rsi, 51723
    je label_80
    cmp rsi, 51787
    je label_74
    cmp rsi, 51915
    je label_78
    cmp rsi, 52747
    je label_80
    jmp label_82
L195:
# Subtree [77..91], pivot 84
    cmp rsi, 56651
    je label_80
    ja L197
# Linear search in [77..83], 7 elements
    cmp rsi, 55819
    je label_80
    cmp rsi, 55947
    je label_80
    cmp rsi, 56331
    je label_80
    cmp rsi, 56395
    je label_80
    cmp rsi, 56459
    je label_80
    cmp rsi, 56523
    je label_80
    cmp rsi, 56587
    je label_80
    jmp label_82
L197:
# Linear search in [85..91], 7 elements
    cmp rsi, 56715
    je label_80
    cmp rsi, 56779
    je label_80
    cmp rsi, 56843
    je label_80
    cmp rsi, 56907
    je label_80
    cmp rsi, 56971
    je label_77
    cmp rsi, 57035
    je label_78
    cmp rsi, 60747
    je label_80
    jmp label_82
L194:
# Subtree [93..122], pivot 107
    cmp rsi, 64523
    je label_77
    ja L198
# Subtree [93..106], pivot 99
    cmp rsi, 61387
    je label_80
    ja L199
# Linear search in [93..98], 6 elements
    cmp rsi, 61003
    je label_80
    cmp rsi, 61067
    je label_80
    cmp rsi, 61131
    je label_80
    cmp rsi, 61195
    je label_80
    cmp rsi, 61259
    je label_80
    cmp rsi, 61323
    je label_80
    jmp label_82
L199:
# Linear search in [100..106], 7 elements
    cmp rsi, 61451
    je label_80
    cmp rsi, 61835
    je label_77
    cmp rsi, 61899
    je label_77
    cmp rsi, 61963
    je label_77
    cmp rsi, 62411
    je label_78
    cmp rsi, 63627
    je label_80
    cmp rsi, 64459
    je label_77
    jmp label_82
L198:
# Subtree [108..122], pivot 115
    cmp rsi, 66891
    je label_74
    ja L200
# Linear search in [108..114], 7 elements
    cmp rsi, 64587
    je label_77
    cmp rsi, 64651
    je label_80
    cmp rsi, 64843
    je label_80
    cmp rsi, 64907
    je label_80
    cmp rsi, 65931
    je label_80
    cmp rsi, 66251
    je label_80
    cmp rsi, 66315
    je label_80
    jmp label_82
L200:
# Linear search in [116..122], 7 elements
    cmp rsi, 66955
    je label_74
    cmp rsi, 68555
    je label_80
    cmp rsi, 92747
    je label_74
    cmp rsi, 94731
    je label_69
    cmp rsi, 151179
    je label_75
    cmp rsi, 151627
    je label_80
    cmp rsi, 559755
    je label_80
    jmp label_82
# label_L
label_67:
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+8]
    cmp rsi, 31
    je label_81
    cmp rsi, 47
    je label_81
    cmp rsi, 63
    je label_81
    cmp rsi, 79
    je label_81
    cmp rsi, 95
    je label_81
    jmp label_82
# label_L
label_68:
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+8]
    cmp rsi, 47
    je label_81
    cmp rsi, 63
    je label_81
    cmp rsi, 79
    je label_81
    cmp rsi, 95
    je label_81
    jmp label_82
# label_L
label_69:
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+8]
    cmp rsi, 31
    je label_81
    cmp rsi, 47
    je label_81
    cmp rsi, 63
    je label_81
    cmp rsi, 79
    je label_81
    jmp label_82
# label_L
label_70:
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 63
    jne label_82
# jump_f
    jmp label_81
# label_L
label_71:
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+8]
# (Src == 0xf || Src == 0x2f) <=> (Src | 0x20) == 0x2f
    or rsi, 32
    cmp rsi, 47
    je label_81
    jmp label_82
# label_L
label_72:
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+8]
    cmp rsi, 15
    je label_81
    cmp rsi, 31
    je label_81
    cmp rsi, 47
    je label_81
    jmp label_82
# label_L
label_73:
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+8]
    cmp rsi, 31
    je label_81
    cmp rsi, 47
    je label_81
    cmp rsi, 63
    je label_81
    jmp label_82
# label_L
label_74:
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 47
    jne label_82
# jump_f
    jmp label_81
# label_L
label_75:
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 15
    jne label_82
# jump_f
    jmp label_81
# label_L
label_76:
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+8]
# (Src == 0x1f || Src == 0x3f) <=> (Src | 0x20) == 0x3f
    or rsi, 32
    cmp rsi, 63
    je label_81
    jmp label_82
# label_L
label_77:
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+8]
    cmp rsi, 31
    je label_81
    cmp rsi, 47
    je label_81
    jmp label_82
# label_L
label_78:
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+8]
# (Src == 0x2f || Src == 0x3f) <=> (Src | 0x10) == 0x3f
    or rsi, 16
    cmp rsi, 63
    je label_81
    jmp label_82
# label_L
label_79:
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+8]
# (Src == 0xf || Src == 0x1f) <=> (Src | 0x10) == 0x1f
    or rsi, 16
    cmp rsi, 31
    je label_81
    jmp label_82
# label_L
label_80:
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 31
    jne label_82
# label_L
label_81:
# i_move_sd
    mov qword ptr [rbx], 75
# return
    dec r14
    jl L156
    ret
# label_L
label_82:
# is_atom_fs
    mov rax, qword ptr [rbx]
    and al, 63
    cmp al, 11
    jne label_65
# is_integer_fs
    mov rdi, qword ptr [rbx+8]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L201
    test al, 1
    jne label_65
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_65
L201:
# i_move_sd
    mov qword ptr [rbx], 11
# return
    dec r14
    jl L156
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_83:
# i_func_info_IaaI
# erl_internal:old_bif/2
    call L154
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x0E, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x86, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
old_bif/2:
# i_breakpoint_trampoline
    short jmp L202
.db 0x00
    call L157
    align 8
L202:
# i_test_yield
    lea rdx, qword ptr [old_bif/2+24]
    dec r14
    jle L155
# i_select_val_bins_sfI
    mov rsi, qword ptr [rbx]
# Binary search in table of 97 elements
# Subtree [0..96], pivot 48
    cmp rsi, 50059
    je label_86
    ja L203
# Subtree [0..47], pivot 23
    cmp rsi, 47755
    je label_95
    ja L204
# Subtree [0..22], pivot 11
    cmp rsi, 46347
    je label_95
    ja L205
# Subtree [0..10], pivot 5
    cmp rsi, 28555
    je label_90
    ja L206
# Linear search in [0..4], 5 elements
    cmp rsi, 715
    je label_95
    cmp rsi, 843
    je label_89
    cmp rsi, 3403
    je label_94
    cmp rsi, 17355
    je label_90
    cmp rsi, 19019
    je label_88
    jmp label_97
L206:
# Linear search in [6..10], 5 elements
    cmp rsi, 33739
    je label_91
    cmp rsi, 35467
    je label_93
    cmp rsi, 40075
    je label_95
    cmp rsi, 44043
    je label_95
    cmp rsi, 46155
    je label_95
    jmp label_97
L205:
# Subtree [12..22], pivot 17
    cmp rsi, 47051
    je label_90
    ja L207
# Linear search in [12..16], 5 elements
    cmp rsi, 46411
    je label_92
    cmp rsi, 46475
    je label_95
    cmp rsi, 46667
    je label_91
    cmp rsi, 46731
    je label_95
    cmp rsi, 46987
    je label_93
    jmp label_97
L207:
# Linear search in [18..22], 5 elements
    cmp rsi, 47243
    je label_95
    cmp rsi, 47307
    je label_95
    cmp rsi, 47435
    je label_90
    cmp rsi, 47499
    je label_95
    cmp rsi, 47563
    je label_90
    jmp label_97
L204:
# Subtree [24..47], pivot 35
    cmp rsi, 49099
    je label_93
    ja L208
# Subtree [24..34], pivot 29
    cmp rsi, 48139
    je label_95
    ja L209
# Linear search in [24..28], 5 elements
    cmp rsi, 47819
    je label_95
    cmp rsi, 47883
    je label_95
    cmp rsi, 47947
    je label_95
    cmp rsi, 48011
    je label_95
    cmp rsi, 48075
    je label_95
    jmp label_97
L209:
# Linear search in [30..34], 5 elements
    cmp rsi, 48203
    je label_95
    cmp rsi, 48267
    je label_95
    cmp rsi, 48459
    je label_95
    cmp rsi, 48651
    je label_91
    cmp rsi, 48971
    je label_95
    jmp label_97
L208:
# Subtree [36..47], pivot 41
    cmp rsi, 49611
    je label_94
    ja L210
# Linear search in [36..40], 5 elements
    cmp rsi, 49163
    je label_90
    cmp rsi, 49227
    je label_91
    cmp rsi, 49419
    je label_93
    cmp rsi, 49483
    je label_95
    cmp rsi, 49547
    je label_91
    jmp label_97
L210:
# Linear search in [42..47], 6 elements
    cmp rsi, 49675
    je label_89
    cmp rsi, 49739
    je label_93
    cmp rsi, 49803
    je label_91
    cmp rsi, 49867
    je label_95
    cmp rsi, 49931
    je label_91
    cmp rsi, 49995
    je label_87
    jmp label_97
L203:
# Subtree [49..96], pivot 72
    cmp rsi, 56715
    je label_95
    ja L211
# Subtree [49..71], pivot 60
    cmp rsi, 51595
    je label_93
    ja L212
# Subtree [49..59], pivot 54
    cmp rsi, 50507
    je label_95
    ja L213
# Linear search in [49..53], 5 elements
    cmp rsi, 50123
    je label_86
    cmp rsi, 50187
    je label_93
    cmp rsi, 50251
    je label_95
    cmp rsi, 50315
    je label_89
    cmp rsi, 50443
    je label_91
    jmp label_97
L213:
# Linear search in [55..59], 5 elements
    cmp rsi, 50571
    je label_95
    cmp rsi, 50635
    je label_95
    cmp rsi, 50827
    je label_95
    cmp rsi, 50891
    je label_95
    cmp rsi, 50955
    je label_85
    jmp label_97
L212:
# Subtree [61..71], pivot 66
    cmp rsi, 56331
    je label_95
    ja L214
# Linear search in [61..65], 5 elements
    cmp rsi, 51659
    je label_87
    cmp rsi, 51723
    je label_95
    cmp rsi, 51787
    je label_93
    cmp rsi, 51915
    je label_93
    cmp rsi, 55947
    je label_95
    jmp label_97
L214:
# Linear search in [67..71], 5 elements
    cmp rsi, 56395
    je label_95
    cmp rsi, 56459
    je label_95
    cmp rsi, 56523
    je label_95
    cmp rsi, 56587
    je label_95
    cmp rsi, 56651
    je label_95
    jmp label_97
L211:
# Subtree [73..96], pivot 84
    cmp rsi, 61259
    je label_95
    ja L215
# Subtree [73..83], pivot 78
    cmp rsi, 60747
    je label_95
    ja L216
# Linear search in [73..77], 5 elements
    cmp rsi, 56779
    je label_95
    cmp rsi, 56843
    je label_95
    cmp rsi, 56907
    je label_95
    cmp rsi, 56971
    je label_89
    cmp rsi, 57035
    je label_94
    jmp label_97
L216:
# Linear search in [79..83], 5 elements
    cmp rsi, 60939
    je label_95
    cmp rsi, 61003
    je label_95
    cmp rsi, 61067
    je label_95
    cmp rsi, 61131
    je label_95
    cmp rsi, 61195
    je label_95
    jmp label_97
L215:
# Subtree [85..96], pivot 90
    cmp rsi, 61963
    je label_93
    ja L217
# Linear search in [85..89], 5 elements
    cmp rsi, 61323
    je label_95
    cmp rsi, 61387
    je label_95
    cmp rsi, 61451
    je label_95
    cmp rsi, 61835
    je label_93
    cmp rsi, 61899
    je label_93
    jmp label_97
L217:
# Linear search in [91..96], 6 elements
    cmp rsi, 65931
    je label_95
    cmp rsi, 92747
    je label_93
    cmp rsi, 94731
    je label_92
    cmp rsi, 151179
    je label_91
    cmp rsi, 151627
    je label_95
    cmp rsi, 559755
    je label_95
    jmp label_97
# label_L
label_85:
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+8]
    cmp rsi, 47
    je label_96
    cmp rsi, 63
    je label_96
    cmp rsi, 79
    je label_96
    cmp rsi, 95
    je label_96
    jmp label_97
# label_L
label_86:
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+8]
    cmp rsi, 31
    je label_96
    cmp rsi, 47
    je label_96
    cmp rsi, 63
    je label_96
    cmp rsi, 79
    je label_96
    jmp label_97
# label_L
label_87:
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 63
    jne label_97
# jump_f
    jmp label_96
# label_L
label_88:
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+8]
# (Src == 0xf || Src == 0x2f) <=> (Src | 0x20) == 0x2f
    or rsi, 32
    cmp rsi, 47
    je label_96
    jmp label_97
# label_L
label_89:
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+8]
    cmp rsi, 31
    je label_96
    cmp rsi, 47
    je label_96
    jmp label_97
# label_L
label_90:
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+8]
# (Src == 0xf || Src == 0x1f) <=> (Src | 0x10) == 0x1f
    or rsi, 16
    cmp rsi, 31
    je label_96
    jmp label_97
# label_L
label_91:
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 15
    jne label_97
# jump_f
    jmp label_96
# label_L
label_92:
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+8]
# (Src == 0x1f || Src == 0x3f) <=> (Src | 0x20) == 0x3f
    or rsi, 32
    cmp rsi, 63
    je label_96
    jmp label_97
# label_L
label_93:
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 47
    jne label_97
# jump_f
    jmp label_96
# label_L
label_94:
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+8]
# (Src == 0x2f || Src == 0x3f) <=> (Src | 0x10) == 0x3f
    or rsi, 16
    cmp rsi, 63
    je label_96
    jmp label_97
# label_L
label_95:
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 31
    jne label_97
# label_L
label_96:
# i_move_sd
    mov qword ptr [rbx], 75
# return
    dec r14
    jl L156
    ret
# label_L
label_97:
# is_atom_fs
    mov rax, qword ptr [rbx]
    and al, 63
    cmp al, 11
    jne label_83
# is_integer_fs
    mov rdi, qword ptr [rbx+8]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L218
    test al, 1
    jne label_83
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_83
L218:
# i_move_sd
    mov qword ptr [rbx], 11
# return
    dec r14
    jl L156
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_98:
# i_func_info_IaaI
# erl_internal:is_type/2
    call L154
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x0E, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x68, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
is_type/2:
# i_breakpoint_trampoline
    short jmp L219
.db 0x00
    call L157
    align 8
L219:
# i_test_yield
    lea rdx, qword ptr [is_type/2+24]
    dec r14
    jle L155
# i_select_val_bins_sfI
    mov rsi, qword ptr [rbx]
# Binary search in table of 41 elements
# Subtree [0..40], pivot 20
    cmp rsi, 160011
    je label_104
    ja L220
# Subtree [0..19], pivot 9
    cmp rsi, 26251
    je label_104
    ja L221
# Linear search in [0..8], 9 elements
    cmp rsi, 459
    je label_104
    cmp rsi, 3275
    je label_104
    cmp rsi, 3595
    je label_104
    cmp rsi, 3851
    je label_104
    cmp rsi, 5899
    je label_104
    cmp rsi, 17163
    je label_104
    cmp rsi, 21451
    je label_104
    cmp rsi, 22027
    je label_104
    cmp rsi, 23243
    je label_102
    jmp label_105
L221:
# Linear search in [10..19], 10 elements
    cmp rsi, 28299
    je label_104
    cmp rsi, 28555
    je label_104
    cmp rsi, 32779
    je label_104
    cmp rsi, 32843
    je label_104
    cmp rsi, 47243
    je label_104
    cmp rsi, 60811
    je label_104
    cmp rsi, 85195
    je label_104
    cmp rsi, 98251
    je label_104
    cmp rsi, 111307
    je label_104
    cmp rsi, 112651
    je label_104
    jmp label_105
L220:
# Subtree [21..40], pivot 30
    cmp rsi, 559883
    je label_104
    ja L222
# Linear search in [21..29], 9 elements
    cmp rsi, 218315
    je label_104
    cmp rsi, 245451
    je label_104
    cmp rsi, 245643
    je label_104
    cmp rsi, 249419
    je label_104
    cmp rsi, 249483
    je label_104
    cmp rsi, 317451
    je label_102
    cmp rsi, 366923
    je label_104
    cmp rsi, 385355
    je label_104
    cmp rsi, 559819
    je label_104
    jmp label_105
L222:
# Linear search in [31..40], 10 elements
    cmp rsi, 559947
    je label_104
    cmp rsi, 560011
    je label_101
    cmp rsi, 560075
    je label_104
    cmp rsi, 560139
    je label_104
    cmp rsi, 560203
    je label_104
    cmp rsi, 560267
    je label_104
    cmp rsi, 560331
    je label_100
    cmp rsi, 560395
    je label_101
    cmp rsi, 560459
    je label_104
    cmp rsi, 560523
    je label_104
    jmp label_105
# label_L
label_100:
# bif_is_eq_exact_Ssd
    mov eax, 75
    cmp qword ptr [rbx+8], 47
    mov edi, 11
    cmovne rax, rdi
    mov qword ptr [rbx], rax
# return
    dec r14
    jl L156
    ret
# label_L
label_101:
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+8]
# (Src == 0xf || Src == 0x2f) <=> (Src | 0x20) == 0x2f
    or rsi, 32
    cmp rsi, 47
    je label_103
    jmp label_105
# label_L
label_102:
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+8]
# (Src == 0xf || Src == 0x1f) <=> (Src | 0x10) == 0x1f
    or rsi, 16
    cmp rsi, 31
    je label_103
    jmp label_105
# label_L
label_103:
# i_move_sd
    mov qword ptr [rbx], 75
# return
    dec r14
    jl L156
    ret
# label_L
label_104:
# bif_is_eq_exact_Ssd
    mov eax, 75
    cmp qword ptr [rbx+8], 15
    mov edi, 11
    cmovne rax, rdi
    mov qword ptr [rbx], rax
# return
    dec r14
    jl L156
    ret
# label_L
label_105:
# i_move_sd
    mov qword ptr [rbx], 11
# return
    dec r14
    jl L156
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_106:
# i_func_info_IaaI
# erl_internal:add_predefined_functions/1
    call L154
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x0E, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x8D, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
add_predefined_functions/1:
# i_breakpoint_trampoline
    short jmp L223
.db 0x00
    call L157
    align 8
L223:
# i_test_yield
    lea rdx, qword ptr [add_predefined_functions/1+24]
    dec r14
    jle L155
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L224
    mov ecx, 1
    call 140320710850576
L224:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# line_I
# i_call_f
    call predefined_functions/1
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# call_light_bif_be
    align 4
L225:
L226:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927824
    lea rdx, qword ptr [L225]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L156
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_108:
# i_func_info_IaaI
# erl_internal:predefined_functions/1
    call L154
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x0E, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x8E, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
predefined_functions/1:
# i_breakpoint_trampoline
    short jmp L227
.db 0x00
    call L157
    align 8
L227:
# i_test_yield
    lea rdx, qword ptr [predefined_functions/1+24]
    dec r14
    jle L155
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L228
    mov ecx, 1
    call 140320710850576
L228:
    sub rsp, 16
# init_yregs_I
    mov eax, 59
    mov rdi, rsp
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call '-predefined_functions/1-lc$^0/1-0-'/1
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# i_move_sd
    mov qword ptr [rbx+8], 31
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx], 26251
# line_I
# call_light_bif_be
    align 4
L229:
L230:
    long mov rcx, 9223372036854775807
    mov rax, 94919178929168
    lea rdx, qword ptr [L229]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_110
    cmp dword ptr [rsi-2], 128
    jne label_110
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x66, 0x90
    call '-predefined_functions/1-lc$^1/1-1-'/1
# swap_dd
    mov rdi, qword ptr [rsp+8]
    mov rsi, qword ptr [rbx]
    mov qword ptr [rbx], rdi
    mov qword ptr [rsp+8], rsi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call get_optional_callbacks/1
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
    call module_predef_func_beh_info/2
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# i_trim_t
    add rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
    call module_predef_funcs_mod_info/1
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov qword ptr [rsp], 59
# line_I
# call_light_bif_be
    align 4
L231:
L232:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927824
    lea rdx, qword ptr [L231]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_call_f
.db 0x0F, 0x1F, 0x00
    call '-predefined_functions/1-lc$^2/1-2-'/1
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# line_I
# i_call_f
    call '-predefined_functions/1-lc$^3/1-3-'/1
# test_heap_It
    lea rdx, qword ptr [r15+88]
    cmp rdx, rsp
    short jbe L233
    mov ecx, 1
    call 140320710850576
L233:
# put_tuple2_SA
# Move arity word
    mov edi, 256
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 217163
    mov qword ptr [r15+16], 15
    mov qword ptr [r15+24], 289227
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+32], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 40
    mov qword ptr [rbx], rdi
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
    jl L156
    ret
# label_L
label_110:
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
label_111:
# i_func_info_IaaI
# erl_internal:get_optional_callbacks/1
    call L154
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x0E, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x8E, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
get_optional_callbacks/1:
# i_breakpoint_trampoline
    short jmp L234
.db 0x00
    call L157
    align 8
L234:
# i_test_yield
    lea rdx, qword ptr [get_optional_callbacks/1+24]
    dec r14
    jle L155
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L235
    mov ecx, 1
    call 140320710850576
L235:
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call '-get_optional_callbacks/1-lc$^0/1-0-'/1
# line_I
# i_call_ext_last_et
L236:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# func_line_I
# aligned_label_Lt
    align 8
label_113:
# i_func_info_IaaI
# erl_internal:is_fa_list/1
    call L154
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x0E, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x8F, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
is_fa_list/1:
# i_breakpoint_trampoline
    short jmp L237
.db 0x00
    call L157
    align 8
L237:
# i_test_yield
    lea rdx, qword ptr [is_fa_list/1+24]
    dec r14
    jle L155
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_116
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx], xmm0
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx+8]
    rex test sil, 1
    jne label_115
    cmp dword ptr [rsi-2], 128
    jne label_115
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+16], rdi
# is_atom_fs
    mov rax, qword ptr [rbx+16]
    and al, 63
    cmp al, 11
    jne label_115
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+8], rdi
# is_integer_fs
    mov rdi, qword ptr [rbx+8]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L238
    test al, 1
    jne label_115
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_115
L238:
# is_ge_fss
    mov esi, 15
    mov rdi, qword ptr [rbx+8]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L239
    cmp rdi, rsi
    short jmp L240
L239:
    call 140320710848608
L240:
    jl label_115
# i_call_only_f
    jmp is_fa_list/1
# label_L
label_115:
# i_move_sd
    mov qword ptr [rbx], 11
# return
    dec r14
    jl L156
    ret
# label_L
label_116:
# bif_is_eq_exact_Ssd
    mov eax, 75
    cmp qword ptr [rbx], 59
    mov edi, 11
    cmovne rax, rdi
    mov qword ptr [rbx], rax
# return
    dec r14
    jl L156
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_117:
# i_func_info_IaaI
# erl_internal:module_predef_func_beh_info/2
    call L154
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x0E, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x8E, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
module_predef_func_beh_info/2:
# i_breakpoint_trampoline
    short jmp L241
.db 0x00
    call L157
    align 8
L241:
# i_test_yield
    lea rdx, qword ptr [module_predef_func_beh_info/2+24]
    dec r14
    jle L155
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_119
# return
    dec r14
    jl L156
    ret
# label_L
label_119:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L242
    mov ecx, 2
    call 140320710850576
L242:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call '-module_predef_func_beh_info/2-lc$^0/1-0-'/1
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call make_list/1
# swap_dd
    mov rdi, qword ptr [rsp]
    mov rsi, qword ptr [rbx]
    mov qword ptr [rbx], rdi
    mov qword ptr [rsp], rsi
# line_I
# i_call_f
.db 0x90
    call make_list/1
# test_heap_It
    lea rdx, qword ptr [r15+256]
    cmp rdx, rsp
    short jbe L243
    mov ecx, 1
.db 0x90
    call 140320710850576
L243:
# put_cons_ss
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
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
    mov edi, 320
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 248075
    mov qword ptr [r15+16], 15
L244:
    long mov rdi, 9223372036854775807
    mov qword ptr [r15+24], rdi
    mov qword ptr [r15+32], 59
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+40], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 48
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
    mov edi, 320
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 248075
    mov qword ptr [r15+16], 15
L245:
    long mov rdi, 9223372036854775807
    mov qword ptr [r15+24], rdi
    mov qword ptr [r15+32], 59
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+40], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 48
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
    mov edi, 320
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 17163
    mov qword ptr [r15+16], 15
    mov qword ptr [r15+24], 207435
    mov qword ptr [r15+32], 31
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+40], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 48
    mov qword ptr [rbx], rdi
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L156
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_120:
# i_func_info_IaaI
# erl_internal:make_list/1
    call L154
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x0E, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x8E, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
make_list/1:
# i_breakpoint_trampoline
    short jmp L246
.db 0x00
    call L157
    align 8
L246:
# i_test_yield
    lea rdx, qword ptr [make_list/1+24]
    dec r14
    jle L155
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_122
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+8], xmm0
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx+8]
    rex test sil, 1
    short jne label_120
    cmp dword ptr [rsi-2], 128
    short jne label_120
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L247
    mov ecx, 3
.db 0x66, 0x90
    call 140320710850576
L247:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
    call make_list/1
# test_heap_It
    lea rdx, qword ptr [r15+200]
    cmp rdx, rsp
    short jbe L248
    mov ecx, 1
.db 0x90
    call 140320710850576
L248:
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
    mov qword ptr [r15+8], 21451
    mov qword ptr [r15+16], 15
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15+24], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx+16], rdi
# put_cons_ss
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+16], rsi
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 3851
    mov qword ptr [r15+16], 15
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+24], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx+8], rdi
# put_cons_ss
# (put head and tail together)
    movups xmm0, xmmword ptr [rbx+8]
    movups xmmword ptr [r15], xmm0
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 245643
    mov qword ptr [r15+16], 15
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+24], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx+8], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 256
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 244363
    mov qword ptr [r15+16], 15
# (moving and swapping two elements at once)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [r15+24], xmm0
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 40
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L156
    ret
# label_L
label_122:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_120
# i_move_sd
L249:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L156
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_123:
# i_func_info_IaaI
# erl_internal:module_predef_funcs_mod_info/1
    call L154
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x0E, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x8F, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
module_predef_funcs_mod_info/1:
# i_breakpoint_trampoline
    short jmp L250
.db 0x00
    call L157
    align 8
L250:
# i_test_yield
    lea rdx, qword ptr [module_predef_funcs_mod_info/1+24]
    dec r14
    jle L155
# test_heap_It
    lea rdx, qword ptr [r15+464]
    cmp rdx, rsp
    short jbe L251
    mov ecx, 1
.db 0x90
    call 140320710850576
L251:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 3851
    mov qword ptr [r15+16], 15
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
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# put_tuple2_SA
# Move arity word
    mov edi, 256
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 587
    mov qword ptr [r15+16], 15
L252:
    long mov rdi, 9223372036854775807
    mov qword ptr [r15+24], rdi
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+32], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 40
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
    mov edi, 320
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 248075
    mov qword ptr [r15+16], 15
    mov qword ptr [r15+24], 59
    mov qword ptr [r15+32], 59
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+40], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 48
    mov qword ptr [rbx+8], rdi
# put_cons_ss
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
L253:
    long mov rdi, 9223372036854775807
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# put_tuple2_SA
# Move arity word
    mov edi, 256
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 587
    mov qword ptr [r15+16], 15
L254:
    long mov rdi, 9223372036854775807
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
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# put_tuple2_SA
# Move arity word
    mov edi, 320
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 248075
    mov qword ptr [r15+16], 15
L255:
    long mov rdi, 9223372036854775807
    mov qword ptr [r15+24], rdi
    mov qword ptr [r15+32], 59
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+40], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 48
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
    mov edi, 320
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 17163
    mov qword ptr [r15+16], 15
    mov qword ptr [r15+24], 26315
    mov qword ptr [r15+32], 31
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+40], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 48
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
    mov edi, 320
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 17163
    mov qword ptr [r15+16], 15
    mov qword ptr [r15+24], 26315
    mov qword ptr [r15+32], 15
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+40], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 48
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
    jl L156
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_125:
# i_func_info_IaaI
# erl_internal:module_info/0
    call L154
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x0E, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x66, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
module_info/0:
# i_breakpoint_trampoline
    short jmp L256
.db 0x00
    call L157
    align 8
L256:
# i_test_yield
    lea rdx, qword ptr [module_info/0+24]
    dec r14
    jle L155
# i_move_sd
    mov qword ptr [rbx], 200331
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L257
    mov ecx, 1
.db 0x90
    call 140320710850576
L257:
# call_light_bif_be
    align 4
L258:
L259:
    long mov rcx, 9223372036854775807
    mov rax, 94919178912304
    lea rdx, qword ptr [L258]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L156
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_127:
# i_func_info_IaaI
# erl_internal:module_info/1
    call L154
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x0E, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x66, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
module_info/1:
# i_breakpoint_trampoline
    short jmp L260
.db 0x00
    call L157
    align 8
L260:
# i_test_yield
    lea rdx, qword ptr [module_info/1+24]
    dec r14
    jle L155
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx], 200331
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L261
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L261:
# call_light_bif_be
    align 4
L262:
L263:
    long mov rcx, 9223372036854775807
    mov rax, 94919178913216
    lea rdx, qword ptr [L262]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L156
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_129:
# i_func_info_IaaI
# erl_internal:'-module_predef_func_beh_info/2-lc$^0/1-0-'/1
    call L154
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x0E, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x8F, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
'-module_predef_func_beh_info/2-lc$^0/1-0-'/1:
# i_breakpoint_trampoline
    short jmp L264
.db 0x00
    call L157
    align 8
L264:
# i_test_yield
    lea rdx, qword ptr ['-module_predef_func_beh_info/2-lc$^0/1-0-'/1+24]
    dec r14
    jle L155
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_132
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx], xmm0
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx+8]
    rex test sil, 1
    jne label_131
    cmp dword ptr [rsi-2], 128
    jne label_131
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx+8]
    rex test sil, 1
    jne label_131
    cmp dword ptr [rsi-2], 128
    jne label_131
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L265
    mov ecx, 2
    call 140320710850576
L265:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp], rdi
# i_call_f
.db 0x0F, 0x1F, 0x00
    call '-module_predef_func_beh_info/2-lc$^0/1-0-'/1
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L266
    mov ecx, 1
    call 140320710850576
L266:
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
    jl L156
    ret
# label_L
label_131:
# i_call_only_f
    jmp '-module_predef_func_beh_info/2-lc$^0/1-0-'/1
# label_L
label_132:
# return
    dec r14
    jl L156
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_133:
# i_func_info_IaaI
# erl_internal:'-get_optional_callbacks/1-lc$^0/1-0-'/1
    call L154
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x0E, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x8F, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
'-get_optional_callbacks/1-lc$^0/1-0-'/1:
# i_breakpoint_trampoline
    short jmp L267
.db 0x00
    call L157
    align 8
L267:
# i_test_yield
    lea rdx, qword ptr ['-get_optional_callbacks/1-lc$^0/1-0-'/1+24]
    dec r14
    jle L155
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_137
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx], xmm0
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx+8]
# skipped box test since argument is always boxed
    cmp dword ptr [rsi-2], 128
    jne label_136
    cmp qword ptr [rsi+6], 207563
    jne label_136
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L268
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L268:
    sub rsp, 16
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_f
    call is_fa_list/1
# is_eq_exact_fss
    cmp qword ptr [rbx], 75
    jne label_135
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rsp+8], rdi
# i_trim_t
    add rsp, 8
# i_call_f
    call '-get_optional_callbacks/1-lc$^0/1-0-'/1
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L269
    mov ecx, 1
    call 140320710850576
L269:
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
    jl L156
    ret
# label_L
label_135:
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 16
    jmp '-get_optional_callbacks/1-lc$^0/1-0-'/1
# label_L
label_136:
# i_call_only_f
    jmp '-get_optional_callbacks/1-lc$^0/1-0-'/1
# label_L
label_137:
# return
    dec r14
    jl L156
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_138:
# i_func_info_IaaI
# erl_internal:'-predefined_functions/1-lc$^3/1-3-'/1
    call L154
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x0E, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x8F, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
'-predefined_functions/1-lc$^3/1-3-'/1:
# i_breakpoint_trampoline
    short jmp L270
.db 0x00
    call L157
    align 8
L270:
# i_test_yield
    lea rdx, qword ptr ['-predefined_functions/1-lc$^3/1-3-'/1+24]
    dec r14
    jle L155
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_141
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx], xmm0
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx+8]
    rex test sil, 1
    jne label_140
    cmp dword ptr [rsi-2], 320
    jne label_140
    cmp qword ptr [rsi+6], 17163
    jne label_140
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L271
    mov ecx, 2
.db 0x90
    call 140320710850576
L271:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp], rdi
# i_call_f
.db 0x0F, 0x1F, 0x00
    call '-predefined_functions/1-lc$^3/1-3-'/1
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L272
    mov ecx, 1
    call 140320710850576
L272:
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp]
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+22]
    movups xmmword ptr [rbx+8], xmm0
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
    jl L156
    ret
# label_L
label_140:
# i_call_only_f
    jmp '-predefined_functions/1-lc$^3/1-3-'/1
# label_L
label_141:
# return
    dec r14
    jl L156
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_142:
# i_func_info_IaaI
# erl_internal:'-predefined_functions/1-lc$^2/1-2-'/1
    call L154
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x0E, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x90, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
'-predefined_functions/1-lc$^2/1-2-'/1:
# i_breakpoint_trampoline
    short jmp L273
.db 0x00
    call L157
    align 8
L273:
# i_test_yield
    lea rdx, qword ptr ['-predefined_functions/1-lc$^2/1-2-'/1+24]
    dec r14
    jle L155
# is_nonempty_list_fS
    test byte ptr [rbx], 2
    jne label_144
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L274
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L274:
    sub rsp, 8
# get_list_Sdd
    mov rdi, qword ptr [rbx]
    mov rsi, qword ptr [rdi-1]
    mov rdx, qword ptr [rdi+7]
    mov qword ptr [rbx], rsi
    mov qword ptr [rsp], rdx
# i_call_ext_e
L275:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# swap_dd
    mov rdi, qword ptr [rsp]
    mov rsi, qword ptr [rbx]
    mov qword ptr [rbx], rdi
    mov qword ptr [rsp], rsi
# i_call_f
.db 0x90
    call '-predefined_functions/1-lc$^2/1-2-'/1
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L276
    mov ecx, 1
    call 140320710850576
L276:
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
    jl L156
    ret
# label_L
label_144:
# return
    dec r14
    jl L156
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_145:
# i_func_info_IaaI
# erl_internal:'-predefined_functions/1-lc$^1/1-1-'/1
    call L154
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x0E, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x90, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
'-predefined_functions/1-lc$^1/1-1-'/1:
# i_breakpoint_trampoline
    short jmp L277
.db 0x00
    call L157
    align 8
L277:
# i_test_yield
    lea rdx, qword ptr ['-predefined_functions/1-lc$^1/1-1-'/1+24]
    dec r14
    jle L155
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_148
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx], xmm0
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx+8]
# skipped box test since argument is always boxed
    cmp dword ptr [rsi-2], 128
    jne label_147
    cmp qword ptr [rsi+6], 287627
    jne label_147
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L278
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L278:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp], rdi
# i_call_f
.db 0x0F, 0x1F, 0x00
    call '-predefined_functions/1-lc$^1/1-1-'/1
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L279
    mov ecx, 1
    call 140320710850576
L279:
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
    jl L156
    ret
# label_L
label_147:
# i_call_only_f
    jmp '-predefined_functions/1-lc$^1/1-1-'/1
# label_L
label_148:
# return
    dec r14
    jl L156
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_149:
# i_func_info_IaaI
# erl_internal:'-predefined_functions/1-lc$^0/1-0-'/1
    call L154
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x0E, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x90, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
'-predefined_functions/1-lc$^0/1-0-'/1:
# i_breakpoint_trampoline
    short jmp L280
.db 0x00
    call L157
    align 8
L280:
# i_test_yield
    lea rdx, qword ptr ['-predefined_functions/1-lc$^0/1-0-'/1+24]
    dec r14
    jle L155
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_152
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx], xmm0
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx+8]
    rex test sil, 1
    jne label_151
    cmp dword ptr [rsi-2], 256
    jne label_151
    cmp qword ptr [rsi+6], 217163
    jne label_151
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L281
    mov ecx, 2
.db 0x90
    call 140320710850576
L281:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp], rdi
# i_call_f
.db 0x0F, 0x1F, 0x00
    call '-predefined_functions/1-lc$^0/1-0-'/1
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L282
    mov ecx, 1
    call 140320710850576
L282:
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp]
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+22]
    movups xmmword ptr [rbx+8], xmm0
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
    jl L156
    ret
# label_L
label_151:
# i_call_only_f
    jmp '-predefined_functions/1-lc$^0/1-0-'/1
# label_L
label_152:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_153
# return
    dec r14
    jl L156
    ret
# label_L
label_153:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L283
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L283:
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
    short jbe L284
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L284:
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
# return
    dec r14
    jl L156
    ret
# int_code_end
L287:
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, 94919180896308
    call 94919178184336
.section .rodata {#1}
line:
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
.section .rodata {#1}
attr:
.db 0x83, 0x6C, 0x00, 0x00, 0x00, 0x01, 0x68, 0x02, 0x64, 0x00, 0x03, 0x76, 0x73, 0x6E, 0x6C, 0x00, 0x00, 0x00, 0x01, 0x6E, 0x10, 0x00, 0xF0, 0xEE, 0x86, 0xC5, 0xAB, 0x5D, 0xE4, 0x53, 0x7D, 0x47, 0xD7, 0x14, 0xB6, 0x84, 0xFE, 0x82, 0x6A, 0x6A
.section .text {#0}
.section .rodata {#1}
compile:
.db 0x83, 0x6C, 0x00, 0x00, 0x00, 0x03, 0x68, 0x02, 0x64, 0x00, 0x07, 0x76, 0x65, 0x72, 0x73, 0x69, 0x6F, 0x6E, 0x6B, 0x00, 0x03, 0x38, 0x2E, 0x32, 0x68, 0x02, 0x64, 0x00, 0x07, 0x6F, 0x70, 0x74, 0x69, 0x6F, 0x6E, 0x73, 0x6C, 0x00, 0x00, 0x00, 0x03, 0x64, 0x00, 0x0A, 0x64, 0x65, 0x62, 0x75, 0x67, 0x5F, 0x69, 0x6E, 0x66, 0x6F, 0x68, 0x02, 0x64, 0x00, 0x01, 0x69, 0x6B, 0x00, 0x45, 0x2F, 0x62, 0x75, 0x69, 0x6C, 0x64, 0x2F, 0x72, 0x65, 0x70, 0x72, 0x6F, 0x64, 0x75, 0x63, 0x69, 0x62, 0x6C, 0x65, 0x2D, 0x70, 0x61, 0x74, 0x68, 0x2F, 0x65, 0x72, 0x6C, 0x61, 0x6E, 0x67, 0x2D, 0x32, 0x35, 0x2E, 0x32, 0x2E, 0x33, 0x2B, 0x64, 0x66, 0x73, 0x67, 0x2F, 0x6C, 0x69, 0x62, 0x2F, 0x73, 0x74, 0x64, 0x6C, 0x69, 0x62, 0x2F, 0x73, 0x72, 0x63, 0x2F, 0x2E, 0x2E, 0x2F, 0x69, 0x6E, 0x63, 0x6C, 0x75, 0x64, 0x65, 0x68, 0x02, 0x64, 0x00, 0x01, 0x69, 0x6B, 0x00, 0x4F, 0x2F, 0x62, 0x75, 0x69, 0x6C, 0x64, 0x2F, 0x72, 0x65, 0x70, 0x72, 0x6F, 0x64, 0x75, 0x63, 0x69, 0x62, 0x6C, 0x65, 0x2D, 0x70, 0x61, 0x74, 0x68, 0x2F, 0x65, 0x72, 0x6C, 0x61, 0x6E, 0x67, 0x2D, 0x32, 0x35, 0x2E, 0x32, 0x2E, 0x33, 0x2B, 0x64, 0x66, 0x73, 0x67, 0x2F, 0x6C, 0x69, 0x62, 0x2F, 0x73, 0x74, 0x64, 0x6C, 0x69, 0x62, 0x2F, 0x73, 0x72, 0x63, 0x2F, 0x2E, 0x2E, 0x2F, 0x2E, 0x2E, 0x2F, 0x6B, 0x65, 0x72, 0x6E, 0x65, 0x6C, 0x2F, 0x69, 0x6E, 0x63, 0x6C, 0x75, 0x64, 0x65, 0x6A, 0x68, 0x02, 0x64, 0x00, 0x06, 0x73, 0x6F, 0x75, 0x72, 0x63, 0x65, 0x6B, 0x00, 0x4B, 0x2F, 0x62, 0x75, 0x69, 0x6C, 0x64, 0x2F, 0x72, 0x65, 0x70, 0x72, 0x6F, 0x64, 0x75, 0x63, 0x69, 0x62, 0x6C, 0x65, 0x2D, 0x70, 0x61, 0x74, 0x68, 0x2F, 0x65, 0x72, 0x6C, 0x61, 0x6E, 0x67, 0x2D, 0x32, 0x35, 0x2E, 0x32, 0x2E, 0x33, 0x2B, 0x64, 0x66, 0x73, 0x67, 0x2F, 0x6C, 0x69, 0x62, 0x2F, 0x73, 0x74, 0x64, 0x6C, 0x69, 0x62, 0x2F, 0x73, 0x72, 0x63, 0x2F, 0x65, 0x72, 0x6C, 0x5F, 0x69, 0x6E, 0x74, 0x65, 0x72, 0x6E, 0x61, 0x6C, 0x2E, 0x65, 0x72, 0x6C, 0x6A
.section .text {#0}
.section .rodata {#1}
md5:
.db 0x82, 0xFE, 0x84, 0xB6, 0x14, 0xD7, 0x47, 0x7D, 0x53, 0xE4, 0x5D, 0xAB, 0xC5, 0x86, 0xEE, 0xF0
.section .text {#0}
