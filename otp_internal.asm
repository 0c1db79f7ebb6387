    align 8
L151:
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
L152:
    jmp 140320710851944
    align 8
L153:
    jmp 140320710853048
    align 8
L154:
    jmp 140320710850344
    align 16
L155:
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
# otp_internal:obsolete/3
    call L152
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0x13, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xA1, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
obsolete/3:
# i_breakpoint_trampoline
    short jmp L156
.db 0x00
    call L155
    align 8
L156:
# i_test_yield
    lea rdx, qword ptr [obsolete/3+24]
    dec r14
    jle L153
# i_select_val_bins_sfI
    mov rsi, qword ptr [rbx]
# Binary search in table of 32 elements
# Subtree [0..31], pivot 15
    cmp rsi, 199243
    je label_122
    ja L157
# Subtree [0..14], pivot 7
    cmp rsi, 152011
    je label_123
    ja L158
# Linear search in [0..6], 7 elements
    cmp rsi, 9035
    je label_119
    cmp rsi, 14667
    je label_76
    cmp rsi, 80395
    je label_3
    cmp rsi, 83723
    je label_72
    cmp rsi, 92171
    je label_81
    cmp rsi, 92363
    je label_85
    cmp rsi, 112587
    je label_21
    jmp label_132
L158:
# Linear search in [8..14], 7 elements
    cmp rsi, 158795
    je label_31
    cmp rsi, 178635
    je label_27
    cmp rsi, 193611
    je label_41
    cmp rsi, 194187
    je label_90
    cmp rsi, 195019
    je label_91
    cmp rsi, 198219
    je label_39
    cmp rsi, 198731
    je label_28
    jmp label_132
L157:
# Subtree [16..31], pivot 23
    cmp rsi, 540747
    je label_75
    ja L159
# Linear search in [16..22], 7 elements
    cmp rsi, 201099
    je label_68
    cmp rsi, 202059
    je label_32
    cmp rsi, 202571
    je label_20
    cmp rsi, 424395
    je label_96
    cmp rsi, 442251
    je label_113
    cmp rsi, 540619
    je label_129
    cmp rsi, 540683
    je label_95
    jmp label_132
L159:
# Linear search in [24..31], 8 elements
    cmp rsi, 540811
    je label_69
    cmp rsi, 540875
    je label_62
    cmp rsi, 540939
    je label_61
    cmp rsi, 541003
    je label_53
    cmp rsi, 541067
    je label_47
    cmp rsi, 541131
    je label_40
    cmp rsi, 541195
    je label_33
    cmp rsi, 541259
    je label_18
    jmp label_132
# label_L
label_3:
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+8]
    cmp rsi, 46219
    je label_15
    cmp rsi, 46283
    je label_14
    cmp rsi, 46539
    je label_10
    cmp rsi, 46603
    je label_9
    cmp rsi, 122187
    je label_5
    cmp rsi, 122635
    je label_4
    cmp rsi, 122763
    je label_7
    jmp label_132
# label_L
label_4:
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 47
    jne label_132
# jump_f
    jmp label_8
# label_L
label_5:
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+16]
    cmp rsi, 31
    je label_6
    cmp rsi, 47
    je label_6
    jmp label_132
# label_L
label_6:
# i_move_sd
L160:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L154
    ret
# label_L
label_7:
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 31
    jne label_132
# label_L
label_8:
# i_move_sd
L161:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L154
    ret
# label_L
label_9:
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 79
    jne label_132
# i_move_sd
L162:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L154
    ret
# label_L
label_10:
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+16]
    cmp rsi, 31
    je label_13
    cmp rsi, 47
    je label_12
    cmp rsi, 63
    je label_11
    jmp label_132
# label_L
label_11:
# i_move_sd
L163:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L154
    ret
# label_L
label_12:
# i_move_sd
L164:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L154
    ret
# label_L
label_13:
# i_move_sd
L165:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L154
    ret
# label_L
label_14:
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 79
    jne label_132
# i_move_sd
L166:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L154
    ret
# label_L
label_15:
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+16]
    cmp rsi, 47
    je label_17
    cmp rsi, 63
    je label_16
    jmp label_132
# label_L
label_16:
# i_move_sd
L167:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L154
    ret
# label_L
label_17:
# i_move_sd
L168:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L154
    ret
# label_L
label_18:
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 541323
    jne label_132
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+16]
    cmp rsi, 31
    je label_19
    cmp rsi, 47
    je label_19
    jmp label_132
# label_L
label_19:
# i_move_sd
L169:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L154
    ret
# label_L
label_20:
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 541387
    jne label_132
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 63
    jne label_132
# i_move_sd
L170:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L154
    ret
# label_L
label_21:
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+8]
    cmp rsi, 541451
    je label_25
    cmp rsi, 541515
    je label_24
    cmp rsi, 541579
    je label_23
    cmp rsi, 541643
    je label_22
    jmp label_132
# label_L
label_22:
# i_move_sd
L171:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L154
    ret
# label_L
label_23:
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 31
    jne label_132
# i_move_sd
L172:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L154
    ret
# label_L
label_24:
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 31
    jne label_132
# i_move_sd
L173:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L154
    ret
# label_L
label_25:
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+16]
# (Src == 0xf || Src == 0x1f) <=> (Src | 0x10) == 0x1f
    or rsi, 16
    cmp rsi, 31
    je label_26
    jmp label_132
# label_L
label_26:
# i_move_sd
L174:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L154
    ret
# label_L
label_27:
# i_move_sd
L175:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L154
    ret
# label_L
label_28:
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 541707
    jne label_132
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+16]
    cmp rsi, 47
    je label_30
    cmp rsi, 63
    je label_29
    jmp label_132
# label_L
label_29:
# i_move_sd
L176:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L154
    ret
# label_L
label_30:
# i_move_sd
L177:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L154
    ret
# label_L
label_31:
# i_move_sd
L178:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L154
    ret
# label_L
label_32:
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 411979
    jne label_132
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 31
    jne label_132
# i_move_sd
L179:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L154
    ret
# label_L
label_33:
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+8]
    cmp rsi, 541771
    je label_38
    cmp rsi, 541835
    je label_37
    cmp rsi, 541899
    je label_34
    jmp label_132
# label_L
label_34:
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+16]
    cmp rsi, 31
    je label_36
    cmp rsi, 47
    je label_35
    jmp label_132
# label_L
label_35:
# i_move_sd
L180:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L154
    ret
# label_L
label_36:
# i_move_sd
L181:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L154
    ret
# label_L
label_37:
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 47
    jne label_132
# i_move_sd
L182:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L154
    ret
# label_L
label_38:
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 47
    jne label_132
# i_move_sd
L183:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L154
    ret
# label_L
label_39:
# i_move_sd
L184:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L154
    ret
# label_L
label_40:
# i_move_sd
L185:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L154
    ret
# label_L
label_41:
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+8]
    cmp rsi, 587
    je label_45
    cmp rsi, 80843
    je label_42
    cmp rsi, 102347
    je label_46
    cmp rsi, 230155
    je label_44
    cmp rsi, 417227
    je label_43
    cmp rsi, 519883
    je label_125
    jmp label_132
# label_L
label_42:
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 31
    jne label_132
# i_move_sd
L186:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L154
    ret
# label_L
label_43:
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 31
    jne label_132
# i_move_sd
L187:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L154
    ret
# label_L
label_44:
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 79
    jne label_132
# i_move_sd
L188:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L154
    ret
# label_L
label_45:
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 79
    jne label_132
# i_move_sd
L189:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L154
    ret
# label_L
label_46:
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 63
    jne label_132
# i_move_sd
L190:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L154
    ret
# label_L
label_47:
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+8]
    cmp rsi, 274891
    je label_48
    cmp rsi, 275915
    je label_52
    cmp rsi, 419019
    je label_49
    cmp rsi, 426699
    je label_66
    cmp rsi, 426763
    je label_67
    cmp rsi, 541963
    je label_51
    cmp rsi, 542027
    je label_50
    jmp label_132
# label_L
label_48:
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 31
    jne label_132
# i_move_sd
L191:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L154
    ret
# label_L
label_49:
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 31
    jne label_132
# i_move_sd
L192:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L154
    ret
# label_L
label_50:
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 31
    jne label_132
# i_move_sd
L193:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L154
    ret
# label_L
label_51:
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 31
    jne label_132
# i_move_sd
L194:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L154
    ret
# label_L
label_52:
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 31
    jne label_132
# i_move_sd
L195:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L154
    ret
# label_L
label_53:
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+8]
    cmp rsi, 150923
    je label_58
    cmp rsi, 528075
    je label_55
    cmp rsi, 542091
    je label_60
    cmp rsi, 542155
    je label_57
    cmp rsi, 542219
    je label_56
    cmp rsi, 542283
    je label_54
    jmp label_132
# label_L
label_54:
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 31
    jne label_132
# i_move_sd
L196:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L154
    ret
# label_L
label_55:
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 31
    jne label_132
# i_move_sd
L197:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L154
    ret
# label_L
label_56:
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 31
    jne label_132
# i_move_sd
L198:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L154
    ret
# label_L
label_57:
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 63
    jne label_132
# jump_f
    jmp label_59
# label_L
label_58:
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 31
    jne label_132
# label_L
label_59:
# i_move_sd
L199:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L154
    ret
# label_L
label_60:
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 47
    jne label_132
# i_move_sd
L200:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L154
    ret
# label_L
label_61:
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 542347
    jne label_132
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 31
    jne label_132
# i_move_sd
L201:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L154
    ret
# label_L
label_62:
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+8]
    cmp rsi, 107467
    je label_67
    cmp rsi, 292811
    je label_64
    cmp rsi, 542411
    je label_66
    cmp rsi, 542475
    je label_63
    jmp label_132
# label_L
label_63:
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 15
    jne label_132
# jump_f
    jmp label_65
# label_L
label_64:
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+16]
    cmp rsi, 31
    je label_65
    cmp rsi, 47
    je label_65
    jmp label_132
# label_L
label_65:
# i_move_sd
L202:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L154
    ret
# label_L
label_66:
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 31
    jne label_132
# i_move_sd
L203:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L154
    ret
# label_L
label_67:
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 31
    jne label_132
# i_move_sd
L204:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L154
    ret
# label_L
label_68:
# i_move_sd
L205:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L154
    ret
# label_L
label_69:
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+8]
    cmp rsi, 542539
    je label_71
    cmp rsi, 542603
    je label_70
    jmp label_132
# label_L
label_70:
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 31
    jne label_132
# i_move_sd
L206:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L154
    ret
# label_L
label_71:
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 31
    jne label_132
# i_move_sd
L207:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L154
    ret
# label_L
label_72:
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+8]
    cmp rsi, 542667
    je label_74
    cmp rsi, 542731
    je label_73
    jmp label_132
# label_L
label_73:
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 31
    jne label_132
# i_move_sd
L208:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L154
    ret
# label_L
label_74:
# i_move_sd
L209:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L154
    ret
# label_L
label_75:
# i_move_sd
L210:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L154
    ret
# label_L
label_76:
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+8]
    cmp rsi, 47627
    je label_77
    cmp rsi, 49227
    je label_78
    cmp rsi, 542795
    je label_80
    cmp rsi, 542859
    je label_79
    jmp label_132
# label_L
label_77:
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 47
    jne label_132
# i_move_sd
L211:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L154
    ret
# label_L
label_78:
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 15
    jne label_132
# i_move_sd
L212:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L154
    ret
# label_L
label_79:
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 47
    jne label_132
# i_move_sd
L213:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L154
    ret
# label_L
label_80:
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 15
    jne label_132
# i_move_sd
L214:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L154
    ret
# label_L
label_81:
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+8]
    cmp rsi, 542923
    je label_84
    cmp rsi, 542987
    je label_83
    cmp rsi, 543051
    je label_82
    jmp label_132
# label_L
label_82:
# i_move_sd
L215:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L154
    ret
# label_L
label_83:
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 63
    jne label_132
# i_move_sd
L216:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L154
    ret
# label_L
label_84:
# i_move_sd
L217:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L154
    ret
# label_L
label_85:
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+8]
    cmp rsi, 540107
    je label_86
    cmp rsi, 543115
    je label_88
    cmp rsi, 543179
    je label_87
    jmp label_132
# label_L
label_86:
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 47
    jne label_132
# i_move_sd
L218:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L154
    ret
# label_L
label_87:
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 31
    jne label_132
# jump_f
    jmp label_89
# label_L
label_88:
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 47
    jne label_132
# label_L
label_89:
# i_move_sd
L219:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L154
    ret
# label_L
label_90:
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 543243
    jne label_132
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 47
    jne label_132
# i_move_sd
L220:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L154
    ret
# label_L
label_91:
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+8]
    cmp rsi, 543307
    je label_94
    cmp rsi, 543371
    je label_92
    jmp label_132
# label_L
label_92:
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+16]
    cmp rsi, 31
    je label_93
    cmp rsi, 47
    je label_93
    jmp label_132
# label_L
label_93:
# i_move_sd
L221:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L154
    ret
# label_L
label_94:
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 15
    jne label_132
# i_move_sd
L222:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L154
    ret
# label_L
label_95:
# i_move_sd
L223:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L154
    ret
# label_L
label_96:
# i_select_val_bins_sfI
    mov rsi, qword ptr [rbx+8]
# Binary search in table of 16 elements
# Subtree [0..15], pivot 7
    cmp rsi, 543883
    je label_104
    ja L224
# Linear search in [0..6], 7 elements
    cmp rsi, 543435
    je label_110
    cmp rsi, 543499
    je label_110
    cmp rsi, 543563
    je label_107
    cmp rsi, 543627
    je label_106
    cmp rsi, 543691
    je label_106
    cmp rsi, 543755
    je label_107
    cmp rsi, 543819
    je label_105
    jmp label_132
L224:
# Linear search in [8..15], 8 elements
    cmp rsi, 543947
    je label_103
    cmp rsi, 544011
    je label_102
    cmp rsi, 544075
    je label_101
    cmp rsi, 544139
    je label_100
    cmp rsi, 544203
    je label_99
    cmp rsi, 544267
    je label_98
    cmp rsi, 544331
    je label_98
    cmp rsi, 544395
    je label_97
    jmp label_132
# label_L
label_97:
# i_move_sd
L225:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L154
    ret
# label_L
label_98:
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 47
    jne label_132
# i_move_sd
L226:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L154
    ret
# label_L
label_99:
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 47
    jne label_132
# i_move_sd
L227:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L154
    ret
# label_L
label_100:
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 47
    jne label_132
# i_move_sd
L228:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L154
    ret
# label_L
label_101:
# i_move_sd
L229:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L154
    ret
# label_L
label_102:
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 47
    jne label_132
# i_move_sd
L230:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L154
    ret
# label_L
label_103:
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 47
    jne label_132
# i_move_sd
L231:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L154
    ret
# label_L
label_104:
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 47
    jne label_132
# i_move_sd
L232:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L154
    ret
# label_L
label_105:
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 31
    jne label_132
# i_move_sd
L233:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L154
    ret
# label_L
label_106:
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 63
    jne label_132
# i_move_sd
L234:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L154
    ret
# label_L
label_107:
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+16]
    cmp rsi, 63
    je label_109
    cmp rsi, 79
    je label_108
    jmp label_132
# label_L
label_108:
# i_move_sd
L235:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L154
    ret
# label_L
label_109:
# i_move_sd
L236:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L154
    ret
# label_L
label_110:
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+16]
    cmp rsi, 63
    je label_112
    cmp rsi, 79
    je label_111
    jmp label_132
# label_L
label_111:
# i_move_sd
L237:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L154
    ret
# label_L
label_112:
# i_move_sd
L238:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L154
    ret
# label_L
label_113:
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+8]
    cmp rsi, 540235
    je label_114
    cmp rsi, 544459
    je label_118
    cmp rsi, 544523
    je label_117
    cmp rsi, 544587
    je label_116
    cmp rsi, 544651
    je label_115
    jmp label_132
# label_L
label_114:
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 47
    jne label_132
# i_move_sd
L239:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L154
    ret
# label_L
label_115:
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 31
    jne label_132
# i_move_sd
L240:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L154
    ret
# label_L
label_116:
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 31
    jne label_132
# i_move_sd
L241:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L154
    ret
# label_L
label_117:
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 31
    jne label_132
# i_move_sd
L242:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L154
    ret
# label_L
label_118:
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 31
    jne label_132
# i_move_sd
L243:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L154
    ret
# label_L
label_119:
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+8]
    cmp rsi, 209739
    je label_121
    cmp rsi, 211915
    je label_120
    jmp label_132
# label_L
label_120:
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 15
    jne label_132
# i_move_sd
L244:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L154
    ret
# label_L
label_121:
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 31
    jne label_132
# i_move_sd
L245:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L154
    ret
# label_L
label_122:
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 544715
    jne label_132
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 31
    jne label_132
# i_move_sd
L246:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L154
    ret
# label_L
label_123:
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+8]
    cmp rsi, 495371
    je label_125
    cmp rsi, 544779
    je label_126
    cmp rsi, 544843
    je label_124
    jmp label_132
# label_L
label_124:
# i_move_sd
L247:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L154
    ret
# label_L
label_125:
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 31
    jne label_132
# i_move_sd
L248:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L154
    ret
# label_L
label_126:
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+16]
    cmp rsi, 15
    je label_128
    cmp rsi, 31
    je label_127
    jmp label_132
# label_L
label_127:
# i_move_sd
L249:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L154
    ret
# label_L
label_128:
# i_move_sd
L250:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L154
    ret
# label_L
label_129:
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+8]
    cmp rsi, 107467
    je label_131
    cmp rsi, 542411
    je label_130
    jmp label_132
# label_L
label_130:
# i_move_sd
L251:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L154
    ret
# label_L
label_131:
# i_move_sd
L252:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L154
    ret
# label_L
label_132:
# i_move_sd
    mov qword ptr [rbx], 28171
# return
    dec r14
    jl L154
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_133:
# i_func_info_IaaI
# otp_internal:obsolete_type/3
    call L152
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0x13, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xA2, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
obsolete_type/3:
# i_breakpoint_trampoline
    short jmp L253
.db 0x00
    call L155
    align 8
L253:
# i_test_yield
    lea rdx, qword ptr [obsolete_type/3+24]
    dec r14
    jle L153
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 92171
    je label_137
    cmp rsi, 424395
    je label_141
    cmp rsi, 540875
    je label_135
    jmp label_147
# label_L
label_135:
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+8]
    cmp rsi, 37771
    je label_136
    cmp rsi, 88971
    je label_136
    cmp rsi, 172299
    je label_136
    cmp rsi, 544907
    je label_136
    cmp rsi, 544971
    je label_136
    cmp rsi, 545035
    je label_136
    cmp rsi, 545099
    je label_136
    jmp label_147
# label_L
label_136:
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 15
    jne label_147
# i_move_sd
L254:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L154
    ret
# label_L
label_137:
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+8]
    cmp rsi, 22923
    je label_139
    cmp rsi, 244683
    je label_138
    cmp rsi, 535243
    je label_140
    jmp label_147
# label_L
label_138:
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 15
    jne label_147
# i_move_sd
L255:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L154
    ret
# label_L
label_139:
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 15
    jne label_147
# i_move_sd
L256:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L154
    ret
# label_L
label_140:
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 15
    jne label_147
# i_move_sd
L257:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L154
    ret
# label_L
label_141:
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+8]
    cmp rsi, 545163
    je label_146
    cmp rsi, 545227
    je label_145
    cmp rsi, 545291
    je label_144
    cmp rsi, 545355
    je label_143
    cmp rsi, 545419
    je label_142
    cmp rsi, 545483
    je label_146
    jmp label_147
# label_L
label_142:
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 15
    jne label_147
# i_move_sd
L258:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L154
    ret
# label_L
label_143:
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 15
    jne label_147
# i_move_sd
L259:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L154
    ret
# label_L
label_144:
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 15
    jne label_147
# i_move_sd
L260:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L154
    ret
# label_L
label_145:
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 15
    jne label_147
# i_move_sd
L261:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L154
    ret
# label_L
label_146:
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 15
    jne label_147
# i_move_sd
L262:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L154
    ret
# label_L
label_147:
# i_move_sd
    mov qword ptr [rbx], 28171
# return
    dec r14
    jl L154
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_148:
# i_func_info_IaaI
# otp_internal:module_info/0
    call L152
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0x13, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x66, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
module_info/0:
# i_breakpoint_trampoline
    short jmp L263
.db 0x00
    call L155
    align 8
L263:
# i_test_yield
    lea rdx, qword ptr [module_info/0+24]
    dec r14
    jle L153
# i_move_sd
    mov qword ptr [rbx], 201675
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L264
    mov ecx, 1
.db 0x90
    call 140320710850576
L264:
# call_light_bif_be
    align 4
L265:
L266:
    long mov rcx, 9223372036854775807
    mov rax, 94919178912304
    lea rdx, qword ptr [L265]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L154
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_150:
# i_func_info_IaaI
# otp_internal:module_info/1
    call L152
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0xCB, 0x13, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x66, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
module_info/1:
# i_breakpoint_trampoline
    short jmp L267
.db 0x00
    call L155
    align 8
L267:
# i_test_yield
    lea rdx, qword ptr [module_info/1+24]
    dec r14
    jle L153
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx], 201675
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L268
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L268:
# call_light_bif_be
    align 4
L269:
L270:
    long mov rcx, 9223372036854775807
    mov rax, 94919178913216
    lea rdx, qword ptr [L269]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L154
    ret
# int_code_end
L271:
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, 94919180896308
    call 94919178184336
.section .rodata {#1}
line:
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
.section .rodata {#1}
attr:
.db 0x83, 0x6C, 0x00, 0x00, 0x00, 0x03, 0x68, 0x02, 0x64, 0x00, 0x03, 0x76, 0x73, 0x6E, 0x6C, 0x00, 0x00, 0x00, 0x01, 0x6E, 0x10, 0x00, 0xCA, 0x62, 0xE0, 0xD2, 0xCD, 0x1A, 0x47, 0xE1, 0x30, 0x15, 0x28, 0x0D, 0xA3, 0xCD, 0xB6, 0x8B, 0x6A, 0x68, 0x02, 0x64, 0x00, 0x08, 0x64, 0x69, 0x61, 0x6C, 0x79, 0x7A, 0x65, 0x72, 0x6C, 0x00, 0x00, 0x00, 0x01, 0x68, 0x02, 0x64, 0x00, 0x08, 0x6E, 0x6F, 0x5F, 0x6D, 0x61, 0x74, 0x63, 0x68, 0x68, 0x02, 0x64, 0x00, 0x08, 0x6F, 0x62, 0x73, 0x6F, 0x6C, 0x65, 0x74, 0x65, 0x61, 0x03, 0x6A, 0x68, 0x02, 0x64, 0x00, 0x08, 0x64, 0x69, 0x61, 0x6C, 0x79, 0x7A, 0x65, 0x72, 0x6C, 0x00, 0x00, 0x00, 0x01, 0x68, 0x02, 0x64, 0x00, 0x08, 0x6E, 0x6F, 0x5F, 0x6D, 0x61, 0x74, 0x63, 0x68, 0x68, 0x02, 0x64, 0x00, 0x0D, 0x6F, 0x62, 0x73, 0x6F, 0x6C, 0x65, 0x74, 0x65, 0x5F, 0x74, 0x79, 0x70, 0x65, 0x61, 0x03, 0x6A, 0x6A
.section .text {#0}
.section .rodata {#1}
compile:
.db 0x83, 0x6C, 0x00, 0x00, 0x00, 0x03, 0x68, 0x02, 0x64, 0x00, 0x07, 0x76, 0x65, 0x72, 0x73, 0x69, 0x6F, 0x6E, 0x6B, 0x00, 0x03, 0x38, 0x2E, 0x32, 0x68, 0x02, 0x64, 0x00, 0x07, 0x6F, 0x70, 0x74, 0x69, 0x6F, 0x6E, 0x73, 0x6C, 0x00, 0x00, 0x00, 0x03, 0x64, 0x00, 0x0A, 0x64, 0x65, 0x62, 0x75, 0x67, 0x5F, 0x69, 0x6E, 0x66, 0x6F, 0x68, 0x02, 0x64, 0x00, 0x01, 0x69, 0x6B, 0x00, 0x45, 0x2F, 0x62, 0x75, 0x69, 0x6C, 0x64, 0x2F, 0x72, 0x65, 0x70, 0x72, 0x6F, 0x64, 0x75, 0x63, 0x69, 0x62, 0x6C, 0x65, 0x2D, 0x70, 0x61, 0x74, 0x68, 0x2F, 0x65, 0x72, 0x6C, 0x61, 0x6E, 0x67, 0x2D, 0x32, 0x35, 0x2E, 0x32, 0x2E, 0x33, 0x2B, 0x64, 0x66, 0x73, 0x67, 0x2F, 0x6C, 0x69, 0x62, 0x2F, 0x73, 0x74, 0x64, 0x6C, 0x69, 0x62, 0x2F, 0x73, 0x72, 0x63, 0x2F, 0x2E, 0x2E, 0x2F, 0x69, 0x6E, 0x63, 0x6C, 0x75, 0x64, 0x65, 0x68, 0x02, 0x64, 0x00, 0x01, 0x69, 0x6B, 0x00, 0x4F, 0x2F, 0x62, 0x75, 0x69, 0x6C, 0x64, 0x2F, 0x72, 0x65, 0x70, 0x72, 0x6F, 0x64, 0x75, 0x63, 0x69, 0x62, 0x6C, 0x65, 0x2D, 0x70, 0x61, 0x74, 0x68, 0x2F, 0x65, 0x72, 0x6C, 0x61, 0x6E, 0x67, 0x2D, 0x32, 0x35, 0x2E, 0x32, 0x2E, 0x33, 0x2B, 0x64, 0x66, 0x73, 0x67, 0x2F, 0x6C, 0x69, 0x62, 0x2F, 0x73, 0x74, 0x64, 0x6C, 0x69, 0x62, 0x2F, 0x73, 0x72, 0x63, 0x2F, 0x2E, 0x2E, 0x2F, 0x2E, 0x2E, 0x2F, 0x6B, 0x65, 0x72, 0x6E, 0x65, 0x6C, 0x2F, 0x69, 0x6E, 0x63, 0x6C, 0x75, 0x64, 0x65, 0x6A, 0x68, 0x02, 0x64, 0x00, 0x06, 0x73, 0x6F, 0x75, 0x72, 0x63, 0x65, 0x6B, 0x00, 0x4B, 0x2F, 0x62, 0x75, 0x69, 0x6C, 0x64, 0x2F, 0x72, 0x65, 0x70, 0x72, 0x6F, 0x64, 0x75, 0x63, 0x69, 0x62, 0x6C, 0x65, 0x2D, 0x70, 0x61, 0x74, 0x68, 0x2F, 0x65, 0x72, 0x6C, 0x61, 0x6E, 0x67, 0x2D, 0x32, 0x35, 0x2E, 0x32, 0x2E, 0x33, 0x2B, 0x64, 0x66, 0x73, 0x67, 0x2F, 0x6C, 0x69, 0x62, 0x2F, 0x73, 0x74, 0x64, 0x6C, 0x69, 0x62, 0x2F, 0x73, 0x72, 0x63, 0x2F, 0x6F, 0x74, 0x70, 0x5F, 0x69, 0x6E, 0x74, 0x65, 0x72, 0x6E, 0x61, 0x6C, 0x2E, 0x65, 0x72, 0x6C, 0x6A
.section .text {#0}
.section .rodata {#1}
md5:
.db 0x8B, 0xB6, 0xCD, 0xA3, 0x0D, 0x28, 0x15, 0x30, 0xE1, 0x47, 0x1A, 0xCD, 0xD2, 0xE0, 0x62, 0xCA
.section .text {#0}
