    align 8
L742:
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
L743:
    jmp 140320710851944
    align 8
L744:
    jmp 140320710853048
    align 8
L745:
    jmp 140320710850344
    align 16
L746:
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
# inet_db:start/0
    call L743
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x9F, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
start/0:
# i_breakpoint_trampoline
    short jmp L747
.db 0x00
    call L746
    align 8
L747:
# i_test_yield
    lea rdx, qword ptr [start/0+24]
    dec r14
    jle L744
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L748
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L748:
    sub rsp, 8
# init_yregs_I
    mov qword ptr [rsp], 59
# i_move_sd
    mov qword ptr [rbx+16], 59
# i_move_sd
    mov qword ptr [rbx+8], 196747
# i_move_sd
    mov qword ptr [rbx+24], 59
# i_move_sd
L749:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L750:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x90
    call qword ptr [rax+r12*8]
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_3
    cmp dword ptr [rsi-2], 128
    jne label_3
    cmp qword ptr [rsi+6], 30603
    jne label_3
# line_I
# i_call_ext_e
L751:
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
    jl L745
    ret
# label_L
label_3:
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L745
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_4:
# i_func_info_IaaI
# inet_db:start_link/0
    call L743
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x18, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
start_link/0:
# i_breakpoint_trampoline
    short jmp L752
.db 0x00
    call L746
    align 8
L752:
# i_test_yield
    lea rdx, qword ptr [start_link/0+24]
    dec r14
    jle L744
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L753
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L753:
    sub rsp, 8
# init_yregs_I
    mov qword ptr [rsp], 59
# i_move_sd
    mov qword ptr [rbx+16], 59
# i_move_sd
    mov qword ptr [rbx+8], 196747
# i_move_sd
    mov qword ptr [rbx+24], 59
# i_move_sd
L754:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L755:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x90
    call qword ptr [rax+r12*8]
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_6
    cmp dword ptr [rsi-2], 128
    jne label_6
    cmp qword ptr [rsi+6], 30603
    jne label_6
# line_I
# i_call_ext_e
L756:
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
    jl L745
    ret
# label_L
label_6:
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L745
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_7:
# i_func_info_IaaI
# inet_db:call/1
    call L743
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
call/1:
# i_breakpoint_trampoline
    short jmp L757
.db 0x00
    call L746
    align 8
L757:
# i_test_yield
    lea rdx, qword ptr [call/1+24]
    dec r14
    jle L744
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx+16], 395
# i_move_sd
    mov qword ptr [rbx], 196747
# i_call_ext_only_e
L758:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# func_line_I
# aligned_label_Lt
    align 8
label_9:
# i_func_info_IaaI
# inet_db:stop/0
    call L743
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xA0, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
stop/0:
# i_breakpoint_trampoline
    short jmp L759
.db 0x00
    call L746
    align 8
L759:
# i_test_yield
    lea rdx, qword ptr [stop/0+24]
    dec r14
    jle L744
# i_move_sd
    mov qword ptr [rbx], 40971
# i_call_only_f
    jmp call/1
# func_line_I
# aligned_label_Lt
    align 8
label_11:
# i_func_info_IaaI
# inet_db:reset/0
    call L743
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x8C, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
reset/0:
# i_breakpoint_trampoline
    short jmp L760
.db 0x00
    call L746
    align 8
L760:
# i_test_yield
    lea rdx, qword ptr [reset/0+24]
    dec r14
    jle L744
# i_move_sd
    mov qword ptr [rbx], 35979
# i_call_only_f
    jmp call/1
# func_line_I
# aligned_label_Lt
    align 8
label_13:
# i_func_info_IaaI
# inet_db:add_resolv/1
    call L743
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xC2, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
add_resolv/1:
# i_breakpoint_trampoline
    short jmp L761
.db 0x00
    call L746
    align 8
L761:
# i_test_yield
    lea rdx, qword ptr [add_resolv/1+24]
    dec r14
    jle L744
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L762
    mov ecx, 1
    call 140320710850576
L762:
# line_I
# i_call_ext_e
L763:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_15
    cmp dword ptr [rsi-2], 128
    jne label_15
    cmp qword ptr [rsi+6], 30603
    jne label_15
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    jmp add_rc_list/1
# label_L
label_15:
# deallocate_t
# return
    dec r14
    jl L745
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_16:
# i_func_info_IaaI
# inet_db:add_hosts/1
    call L743
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xC3, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
add_hosts/1:
# i_breakpoint_trampoline
    short jmp L764
.db 0x00
    call L746
    align 8
L764:
# i_test_yield
    lea rdx, qword ptr [add_hosts/1+24]
    dec r14
    jle L744
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L765
    mov ecx, 1
    call 140320710850576
L765:
# line_I
# i_call_ext_e
L766:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_18
    cmp dword ptr [rsi-2], 128
    jne label_18
    cmp qword ptr [rsi+6], 30603
    jne label_18
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L767
    mov ecx, 1
    call 140320710850576
L767:
# i_make_fun3_FStt
L768:
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
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rbx], xmm0
# line_I
# i_call_ext_last_et
L769:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# label_L
label_18:
# deallocate_t
# return
    dec r14
    jl L745
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_19:
# i_func_info_IaaI
# inet_db:add_host/2
    call L743
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xC3, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
add_host/2:
# i_breakpoint_trampoline
    short jmp L770
.db 0x00
    call L746
    align 8
L770:
# i_test_yield
    lea rdx, qword ptr [add_host/2+24]
    dec r14
    jle L744
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L771
    mov ecx, 2
    call 140320710850576
L771:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 443211
# (moving two elements at once)
    movups xmm0, xmmword ptr [rbx]
    movups xmmword ptr [r15+16], xmm0
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp call/1
# func_line_I
# aligned_label_Lt
    align 8
label_21:
# i_func_info_IaaI
# inet_db:del_host/1
    call L743
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xC3, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
del_host/1:
# i_breakpoint_trampoline
    short jmp L772
.db 0x00
    call L746
    align 8
L772:
# i_test_yield
    lea rdx, qword ptr [del_host/1+24]
    dec r14
    jle L744
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L773
    mov ecx, 1
    call 140320710850576
L773:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 443275
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp call/1
# func_line_I
# aligned_label_Lt
    align 8
label_23:
# i_func_info_IaaI
# inet_db:clear_hosts/0
    call L743
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xC3, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
clear_hosts/0:
# i_breakpoint_trampoline
    short jmp L774
.db 0x00
    call L746
    align 8
L774:
# i_test_yield
    lea rdx, qword ptr [clear_hosts/0+24]
    dec r14
    jle L744
# i_move_sd
    mov qword ptr [rbx], 443339
# i_call_only_f
    jmp call/1
# func_line_I
# aligned_label_Lt
    align 8
label_25:
# i_func_info_IaaI
# inet_db:add_ns/1
    call L743
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xC4, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
add_ns/1:
# i_breakpoint_trampoline
    short jmp L775
.db 0x00
    call L746
    align 8
L775:
# i_test_yield
    lea rdx, qword ptr [add_ns/1+24]
    dec r14
    jle L744
# i_move_sd
    mov qword ptr [rbx+8], 863
# i_call_only_f
    jmp add_ns/2
# func_line_I
# aligned_label_Lt
    align 8
label_27:
# i_func_info_IaaI
# inet_db:add_ns/2
    call L743
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xC4, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
add_ns/2:
# i_breakpoint_trampoline
    short jmp L776
.db 0x00
    call L746
    align 8
L776:
# i_test_yield
    lea rdx, qword ptr [add_ns/2+24]
    dec r14
    jle L744
# test_heap_It
    lea rdx, qword ptr [r15+96]
    cmp rdx, rsp
    short jbe L777
    mov ecx, 2
    call 140320710850576
L777:
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
# put_tuple2_SA
# Move arity word
    mov edi, 256
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 443467
    mov qword ptr [r15+16], 443531
    mov qword ptr [r15+24], 67403
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+32], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 40
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp call/1
# func_line_I
# aligned_label_Lt
    align 8
label_29:
# i_func_info_IaaI
# inet_db:ins_ns/1
    call L743
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xC4, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
ins_ns/1:
# i_breakpoint_trampoline
    short jmp L778
.db 0x00
    call L746
    align 8
L778:
# i_test_yield
    lea rdx, qword ptr [ins_ns/1+24]
    dec r14
    jle L744
# i_move_sd
    mov qword ptr [rbx+8], 863
# i_call_only_f
    jmp ins_ns/2
# func_line_I
# aligned_label_Lt
    align 8
label_31:
# i_func_info_IaaI
# inet_db:ins_ns/2
    call L743
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xC4, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
ins_ns/2:
# i_breakpoint_trampoline
    short jmp L779
.db 0x00
    call L746
    align 8
L779:
# i_test_yield
    lea rdx, qword ptr [ins_ns/2+24]
    dec r14
    jle L744
# test_heap_It
    lea rdx, qword ptr [r15+96]
    cmp rdx, rsp
    short jbe L780
    mov ecx, 2
    call 140320710850576
L780:
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
# put_tuple2_SA
# Move arity word
    mov edi, 256
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 443467
    mov qword ptr [r15+16], 443531
    mov qword ptr [r15+24], 443659
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+32], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 40
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp call/1
# func_line_I
# aligned_label_Lt
    align 8
label_33:
# i_func_info_IaaI
# inet_db:del_ns/1
    call L743
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xC5, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
del_ns/1:
# i_breakpoint_trampoline
    short jmp L781
.db 0x00
    call L746
    align 8
L781:
# i_test_yield
    lea rdx, qword ptr [del_ns/1+24]
    dec r14
    jle L744
# i_move_sd
    mov qword ptr [rbx+8], 863
# i_call_only_f
    jmp del_ns/2
# func_line_I
# aligned_label_Lt
    align 8
label_35:
# i_func_info_IaaI
# inet_db:del_ns/2
    call L743
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xC5, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
del_ns/2:
# i_breakpoint_trampoline
    short jmp L782
.db 0x00
    call L746
    align 8
L782:
# i_test_yield
    lea rdx, qword ptr [del_ns/2+24]
    dec r14
    jle L744
# test_heap_It
    lea rdx, qword ptr [r15+96]
    cmp rdx, rsp
    short jbe L783
    mov ecx, 2
    call 140320710850576
L783:
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
# put_tuple2_SA
# Move arity word
    mov edi, 256
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 443467
    mov qword ptr [r15+16], 443531
    mov qword ptr [r15+24], 88523
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+32], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 40
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp call/1
# func_line_I
# aligned_label_Lt
    align 8
label_37:
# i_func_info_IaaI
# inet_db:add_alt_ns/1
    call L743
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xC5, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
add_alt_ns/1:
# i_breakpoint_trampoline
    short jmp L784
.db 0x00
    call L746
    align 8
L784:
# i_test_yield
    lea rdx, qword ptr [add_alt_ns/1+24]
    dec r14
    jle L744
# i_move_sd
    mov qword ptr [rbx+8], 863
# i_call_only_f
    jmp add_alt_ns/2
# func_line_I
# aligned_label_Lt
    align 8
label_39:
# i_func_info_IaaI
# inet_db:add_alt_ns/2
    call L743
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xC5, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
add_alt_ns/2:
# i_breakpoint_trampoline
    short jmp L785
.db 0x00
    call L746
    align 8
L785:
# i_test_yield
    lea rdx, qword ptr [add_alt_ns/2+24]
    dec r14
    jle L744
# test_heap_It
    lea rdx, qword ptr [r15+96]
    cmp rdx, rsp
    short jbe L786
    mov ecx, 2
    call 140320710850576
L786:
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
# put_tuple2_SA
# Move arity word
    mov edi, 256
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 443467
    mov qword ptr [r15+16], 443851
    mov qword ptr [r15+24], 67403
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+32], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 40
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp call/1
# func_line_I
# aligned_label_Lt
    align 8
label_41:
# i_func_info_IaaI
# inet_db:ins_alt_ns/1
    call L743
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xC6, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
ins_alt_ns/1:
# i_breakpoint_trampoline
    short jmp L787
.db 0x00
    call L746
    align 8
L787:
# i_test_yield
    lea rdx, qword ptr [ins_alt_ns/1+24]
    dec r14
    jle L744
# i_move_sd
    mov qword ptr [rbx+8], 863
# i_call_only_f
    jmp ins_alt_ns/2
# func_line_I
# aligned_label_Lt
    align 8
label_43:
# i_func_info_IaaI
# inet_db:ins_alt_ns/2
    call L743
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xC6, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
ins_alt_ns/2:
# i_breakpoint_trampoline
    short jmp L788
.db 0x00
    call L746
    align 8
L788:
# i_test_yield
    lea rdx, qword ptr [ins_alt_ns/2+24]
    dec r14
    jle L744
# test_heap_It
    lea rdx, qword ptr [r15+96]
    cmp rdx, rsp
    short jbe L789
    mov ecx, 2
    call 140320710850576
L789:
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
# put_tuple2_SA
# Move arity word
    mov edi, 256
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 443467
    mov qword ptr [r15+16], 443851
    mov qword ptr [r15+24], 443659
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+32], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 40
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp call/1
# func_line_I
# aligned_label_Lt
    align 8
label_45:
# i_func_info_IaaI
# inet_db:del_alt_ns/1
    call L743
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xC6, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
del_alt_ns/1:
# i_breakpoint_trampoline
    short jmp L790
.db 0x00
    call L746
    align 8
L790:
# i_test_yield
    lea rdx, qword ptr [del_alt_ns/1+24]
    dec r14
    jle L744
# i_move_sd
    mov qword ptr [rbx+8], 863
# i_call_only_f
    jmp del_alt_ns/2
# func_line_I
# aligned_label_Lt
    align 8
label_47:
# i_func_info_IaaI
# inet_db:del_alt_ns/2
    call L743
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xC6, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
del_alt_ns/2:
# i_breakpoint_trampoline
    short jmp L791
.db 0x00
    call L746
    align 8
L791:
# i_test_yield
    lea rdx, qword ptr [del_alt_ns/2+24]
    dec r14
    jle L744
# test_heap_It
    lea rdx, qword ptr [r15+96]
    cmp rdx, rsp
    short jbe L792
    mov ecx, 2
    call 140320710850576
L792:
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
# put_tuple2_SA
# Move arity word
    mov edi, 256
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 443467
    mov qword ptr [r15+16], 443851
    mov qword ptr [r15+24], 88523
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+32], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 40
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp call/1
# func_line_I
# aligned_label_Lt
    align 8
label_49:
# i_func_info_IaaI
# inet_db:add_search/1
    call L743
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xC6, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
add_search/1:
# i_breakpoint_trampoline
    short jmp L793
.db 0x00
    call L746
    align 8
L793:
# i_test_yield
    lea rdx, qword ptr [add_search/1+24]
    dec r14
    jle L744
# is_list_fs
    mov rax, qword ptr [rbx]
    cmp rax, 59
    short je L794
    test al, 2
    short jne label_49
L794:
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L795
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L795:
# put_tuple2_SA
# Move arity word
    mov edi, 256
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 443467
    mov qword ptr [r15+16], 215627
    mov qword ptr [r15+24], 67403
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+32], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 40
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp call/1
# func_line_I
# aligned_label_Lt
    align 8
label_51:
# i_func_info_IaaI
# inet_db:ins_search/1
    call L743
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xC6, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
ins_search/1:
# i_breakpoint_trampoline
    short jmp L796
.db 0x00
    call L746
    align 8
L796:
# i_test_yield
    lea rdx, qword ptr [ins_search/1+24]
    dec r14
    jle L744
# is_list_fs
    mov rax, qword ptr [rbx]
    cmp rax, 59
    short je L797
    test al, 2
    short jne label_51
L797:
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L798
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L798:
# put_tuple2_SA
# Move arity word
    mov edi, 256
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 443467
    mov qword ptr [r15+16], 215627
    mov qword ptr [r15+24], 443659
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+32], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 40
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp call/1
# func_line_I
# aligned_label_Lt
    align 8
label_53:
# i_func_info_IaaI
# inet_db:del_search/1
    call L743
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xC7, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
del_search/1:
# i_breakpoint_trampoline
    short jmp L799
.db 0x00
    call L746
    align 8
L799:
# i_test_yield
    lea rdx, qword ptr [del_search/1+24]
    dec r14
    jle L744
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L800
    mov ecx, 1
    call 140320710850576
L800:
# put_tuple2_SA
# Move arity word
    mov edi, 256
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 443467
    mov qword ptr [r15+16], 215627
    mov qword ptr [r15+24], 88523
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+32], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 40
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp call/1
# func_line_I
# aligned_label_Lt
    align 8
label_55:
# i_func_info_IaaI
# inet_db:set_hostname/1
    call L743
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xC7, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
set_hostname/1:
# i_breakpoint_trampoline
    short jmp L801
.db 0x00
    call L746
    align 8
L801:
# i_test_yield
    lea rdx, qword ptr [set_hostname/1+24]
    dec r14
    jle L744
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L802
    mov ecx, 1
    call 140320710850576
L802:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 444235
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp call/1
# func_line_I
# aligned_label_Lt
    align 8
label_57:
# i_func_info_IaaI
# inet_db:set_domain/1
    call L743
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xC7, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
set_domain/1:
# i_breakpoint_trampoline
    short jmp L803
.db 0x00
    call L746
    align 8
L803:
# i_test_yield
    lea rdx, qword ptr [set_domain/1+24]
    dec r14
    jle L744
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx], 129995
# i_call_only_f
    jmp res_option/2
# func_line_I
# aligned_label_Lt
    align 8
label_59:
# i_func_info_IaaI
# inet_db:set_lookup/1
    call L743
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xC7, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
set_lookup/1:
# i_breakpoint_trampoline
    short jmp L804
.db 0x00
    call L746
    align 8
L804:
# i_test_yield
    lea rdx, qword ptr [set_lookup/1+24]
    dec r14
    jle L744
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx], 57419
# i_call_only_f
    jmp res_option/2
# func_line_I
# aligned_label_Lt
    align 8
label_61:
# i_func_info_IaaI
# inet_db:set_recurse/1
    call L743
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xC8, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
set_recurse/1:
# i_breakpoint_trampoline
    short jmp L805
.db 0x00
    call L746
    align 8
L805:
# i_test_yield
    lea rdx, qword ptr [set_recurse/1+24]
    dec r14
    jle L744
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx], 444491
# i_call_only_f
    jmp res_option/2
# func_line_I
# aligned_label_Lt
    align 8
label_63:
# i_func_info_IaaI
# inet_db:set_timeout/1
    call L743
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xC8, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
set_timeout/1:
# i_breakpoint_trampoline
    short jmp L806
.db 0x00
    call L746
    align 8
L806:
# i_test_yield
    lea rdx, qword ptr [set_timeout/1+24]
    dec r14
    jle L744
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx], 459
# i_call_only_f
    jmp res_option/2
# func_line_I
# aligned_label_Lt
    align 8
label_65:
# i_func_info_IaaI
# inet_db:set_retry/1
    call L743
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xC8, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
set_retry/1:
# i_breakpoint_trampoline
    short jmp L807
.db 0x00
    call L746
    align 8
L807:
# i_test_yield
    lea rdx, qword ptr [set_retry/1+24]
    dec r14
    jle L744
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx], 444683
# i_call_only_f
    jmp res_option/2
# func_line_I
# aligned_label_Lt
    align 8
label_67:
# i_func_info_IaaI
# inet_db:set_servfail_retry_timeout/1
    call L743
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xC9, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
set_servfail_retry_timeout/1:
# i_breakpoint_trampoline
    short jmp L808
.db 0x00
    call L746
    align 8
L808:
# i_test_yield
    lea rdx, qword ptr [set_servfail_retry_timeout/1+24]
    dec r14
    jle L744
# is_integer_fs
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L809
    test al, 1
    short jne label_67
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    short jne label_67
L809:
# is_ge_fss
    mov esi, 15
    mov rdi, qword ptr [rbx]
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
    short jl label_67
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx], 444811
# i_call_only_f
    jmp res_option/2
# func_line_I
# aligned_label_Lt
    align 8
label_69:
# i_func_info_IaaI
# inet_db:set_inet6/1
    call L743
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xC9, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
set_inet6/1:
# i_breakpoint_trampoline
    short jmp L812
.db 0x00
    call L746
    align 8
L812:
# i_test_yield
    lea rdx, qword ptr [set_inet6/1+24]
    dec r14
    jle L744
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx], 98379
# i_call_only_f
    jmp res_option/2
# func_line_I
# aligned_label_Lt
    align 8
label_71:
# i_func_info_IaaI
# inet_db:set_usevc/1
    call L743
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xCA, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
set_usevc/1:
# i_breakpoint_trampoline
    short jmp L813
.db 0x00
    call L746
    align 8
L813:
# i_test_yield
    lea rdx, qword ptr [set_usevc/1+24]
    dec r14
    jle L744
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx], 445003
# i_call_only_f
    jmp res_option/2
# func_line_I
# aligned_label_Lt
    align 8
label_73:
# i_func_info_IaaI
# inet_db:set_edns/1
    call L743
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xCA, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
set_edns/1:
# i_breakpoint_trampoline
    short jmp L814
.db 0x00
    call L746
    align 8
L814:
# i_test_yield
    lea rdx, qword ptr [set_edns/1+24]
    dec r14
    jle L744
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx], 445131
# i_call_only_f
    jmp res_option/2
# func_line_I
# aligned_label_Lt
    align 8
label_75:
# i_func_info_IaaI
# inet_db:set_udp_payload_size/1
    call L743
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xCB, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
set_udp_payload_size/1:
# i_breakpoint_trampoline
    short jmp L815
.db 0x00
    call L746
    align 8
L815:
# i_test_yield
    lea rdx, qword ptr [set_udp_payload_size/1+24]
    dec r14
    jle L744
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx], 445259
# i_call_only_f
    jmp res_option/2
# func_line_I
# aligned_label_Lt
    align 8
label_77:
# i_func_info_IaaI
# inet_db:set_resolv_conf/1
    call L743
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xCB, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
set_resolv_conf/1:
# i_breakpoint_trampoline
    short jmp L816
.db 0x00
    call L746
    align 8
L816:
# i_test_yield
    lea rdx, qword ptr [set_resolv_conf/1+24]
    dec r14
    jle L744
# is_list_fs
    mov rax, qword ptr [rbx]
    cmp rax, 59
    short je L817
    test al, 2
    short jne label_77
L817:
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx], 445387
# i_call_only_f
    jmp res_option/2
# func_line_I
# aligned_label_Lt
    align 8
label_79:
# i_func_info_IaaI
# inet_db:set_hosts_file/1
    call L743
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xCC, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
set_hosts_file/1:
# i_breakpoint_trampoline
    short jmp L818
.db 0x00
    call L746
    align 8
L818:
# i_test_yield
    lea rdx, qword ptr [set_hosts_file/1+24]
    dec r14
    jle L744
# is_list_fs
    mov rax, qword ptr [rbx]
    cmp rax, 59
    short je L819
    test al, 2
    short jne label_79
L819:
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx], 445515
# i_call_only_f
    jmp res_option/2
# func_line_I
# aligned_label_Lt
    align 8
label_81:
# i_func_info_IaaI
# inet_db:get_hosts_file/0
    call L743
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xCC, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
get_hosts_file/0:
# i_breakpoint_trampoline
    short jmp L820
.db 0x00
    call L746
    align 8
L820:
# i_test_yield
    lea rdx, qword ptr [get_hosts_file/0+24]
    dec r14
    jle L744
# i_move_sd
    mov qword ptr [rbx+8], 59
# i_move_sd
    mov qword ptr [rbx+16], 445643
# i_move_sd
    mov qword ptr [rbx], 59
# i_call_only_f
    jmp get_rc_hosts/3
# func_line_I
# aligned_label_Lt
    align 8
label_83:
# i_func_info_IaaI
# inet_db:set_socks_server/1
    call L743
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xCD, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
set_socks_server/1:
# i_breakpoint_trampoline
    short jmp L821
.db 0x00
    call L746
    align 8
L821:
# i_test_yield
    lea rdx, qword ptr [set_socks_server/1+24]
    dec r14
    jle L744
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L822
    mov ecx, 1
    call 140320710850576
L822:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 445707
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp call/1
# func_line_I
# aligned_label_Lt
    align 8
label_85:
# i_func_info_IaaI
# inet_db:set_socks_port/1
    call L743
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xCD, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
set_socks_port/1:
# i_breakpoint_trampoline
    short jmp L823
.db 0x00
    call L746
    align 8
L823:
# i_test_yield
    lea rdx, qword ptr [set_socks_port/1+24]
    dec r14
    jle L744
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L824
    mov ecx, 1
    call 140320710850576
L824:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 445771
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp call/1
# func_line_I
# aligned_label_Lt
    align 8
label_87:
# i_func_info_IaaI
# inet_db:add_socks_methods/1
    call L743
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xCD, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
add_socks_methods/1:
# i_breakpoint_trampoline
    short jmp L825
.db 0x00
    call L746
    align 8
L825:
# i_test_yield
    lea rdx, qword ptr [add_socks_methods/1+24]
    dec r14
    jle L744
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L826
    mov ecx, 1
    call 140320710850576
L826:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 445835
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp call/1
# func_line_I
# aligned_label_Lt
    align 8
label_89:
# i_func_info_IaaI
# inet_db:del_socks_methods/1
    call L743
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xCD, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
del_socks_methods/1:
# i_breakpoint_trampoline
    short jmp L827
.db 0x00
    call L746
    align 8
L827:
# i_test_yield
    lea rdx, qword ptr [del_socks_methods/1+24]
    dec r14
    jle L744
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L828
    mov ecx, 1
    call 140320710850576
L828:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 445899
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp call/1
# func_line_I
# aligned_label_Lt
    align 8
label_91:
# i_func_info_IaaI
# inet_db:del_socks_methods/0
    call L743
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xCD, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
del_socks_methods/0:
# i_breakpoint_trampoline
    short jmp L829
.db 0x00
    call L746
    align 8
L829:
# i_test_yield
    lea rdx, qword ptr [del_socks_methods/0+24]
    dec r14
    jle L744
# i_move_sd
    mov qword ptr [rbx], 445899
# i_call_only_f
    jmp call/1
# func_line_I
# aligned_label_Lt
    align 8
label_93:
# i_func_info_IaaI
# inet_db:add_socks_noproxy/1
    call L743
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xCE, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
add_socks_noproxy/1:
# i_breakpoint_trampoline
    short jmp L830
.db 0x00
    call L746
    align 8
L830:
# i_test_yield
    lea rdx, qword ptr [add_socks_noproxy/1+24]
    dec r14
    jle L744
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    short jne label_93
    cmp dword ptr [rsi-2], 128
    short jne label_93
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L831
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L831:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 445963
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp call/1
# func_line_I
# aligned_label_Lt
    align 8
label_95:
# i_func_info_IaaI
# inet_db:del_socks_noproxy/1
    call L743
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xCE, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
del_socks_noproxy/1:
# i_breakpoint_trampoline
    short jmp L832
.db 0x00
    call L746
    align 8
L832:
# i_test_yield
    lea rdx, qword ptr [del_socks_noproxy/1+24]
    dec r14
    jle L744
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L833
    mov ecx, 1
    call 140320710850576
L833:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 446027
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp call/1
# func_line_I
# aligned_label_Lt
    align 8
label_97:
# i_func_info_IaaI
# inet_db:set_cache_size/1
    call L743
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xCE, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
set_cache_size/1:
# i_breakpoint_trampoline
    short jmp L834
.db 0x00
    call L746
    align 8
L834:
# i_test_yield
    lea rdx, qword ptr [set_cache_size/1+24]
    dec r14
    jle L744
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L835
    mov ecx, 1
    call 140320710850576
L835:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 446091
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp call/1
# func_line_I
# aligned_label_Lt
    align 8
label_99:
# i_func_info_IaaI
# inet_db:set_cache_refresh/1
    call L743
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xCE, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
set_cache_refresh/1:
# i_breakpoint_trampoline
    short jmp L836
.db 0x00
    call L746
    align 8
L836:
# i_test_yield
    lea rdx, qword ptr [set_cache_refresh/1+24]
    dec r14
    jle L744
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L837
    mov ecx, 1
    call 140320710850576
L837:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 446155
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp call/1
# func_line_I
# aligned_label_Lt
    align 8
label_101:
# i_func_info_IaaI
# inet_db:clear_cache/0
    call L743
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x40, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
clear_cache/0:
# i_breakpoint_trampoline
    short jmp L838
.db 0x00
    call L746
    align 8
L838:
# i_test_yield
    lea rdx, qword ptr [clear_cache/0+24]
    dec r14
    jle L744
# i_move_sd
    mov qword ptr [rbx], 147531
# i_call_only_f
    jmp call/1
# func_line_I
# aligned_label_Lt
    align 8
label_103:
# i_func_info_IaaI
# inet_db:set_tcp_module/1
    call L743
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xCF, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
set_tcp_module/1:
# i_breakpoint_trampoline
    short jmp L839
.db 0x00
    call L746
    align 8
L839:
# i_test_yield
    lea rdx, qword ptr [set_tcp_module/1+24]
    dec r14
    jle L744
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L840
    mov ecx, 1
    call 140320710850576
L840:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 446219
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp call/1
# func_line_I
# aligned_label_Lt
    align 8
label_105:
# i_func_info_IaaI
# inet_db:tcp_module/0
    call L743
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xCF, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
tcp_module/0:
# i_breakpoint_trampoline
    short jmp L841
.db 0x00
    call L746
    align 8
L841:
# i_test_yield
    lea rdx, qword ptr [tcp_module/0+24]
    dec r14
    jle L744
# i_move_sd
    mov qword ptr [rbx], 446283
# i_call_only_f
    jmp db_get/1
# func_line_I
# aligned_label_Lt
    align 8
label_107:
# i_func_info_IaaI
# inet_db:set_udp_module/1
    call L743
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xCF, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
set_udp_module/1:
# i_breakpoint_trampoline
    short jmp L842
.db 0x00
    call L746
    align 8
L842:
# i_test_yield
    lea rdx, qword ptr [set_udp_module/1+24]
    dec r14
    jle L744
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L843
    mov ecx, 1
    call 140320710850576
L843:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 446347
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp call/1
# func_line_I
# aligned_label_Lt
    align 8
label_109:
# i_func_info_IaaI
# inet_db:udp_module/0
    call L743
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xCF, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
udp_module/0:
# i_breakpoint_trampoline
    short jmp L844
.db 0x00
    call L746
    align 8
L844:
# i_test_yield
    lea rdx, qword ptr [udp_module/0+24]
    dec r14
    jle L744
# i_move_sd
    mov qword ptr [rbx], 446411
# i_call_only_f
    jmp db_get/1
# func_line_I
# aligned_label_Lt
    align 8
label_111:
# i_func_info_IaaI
# inet_db:set_sctp_module/1
    call L743
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xD0, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
set_sctp_module/1:
# i_breakpoint_trampoline
    short jmp L845
.db 0x00
    call L746
    align 8
L845:
# i_test_yield
    lea rdx, qword ptr [set_sctp_module/1+24]
    dec r14
    jle L744
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L846
    mov ecx, 1
    call 140320710850576
L846:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 446475
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp call/1
# func_line_I
# aligned_label_Lt
    align 8
label_113:
# i_func_info_IaaI
# inet_db:sctp_module/0
    call L743
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xD0, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
sctp_module/0:
# i_breakpoint_trampoline
    short jmp L847
.db 0x00
    call L746
    align 8
L847:
# i_test_yield
    lea rdx, qword ptr [sctp_module/0+24]
    dec r14
    jle L744
# i_move_sd
    mov qword ptr [rbx], 446539
# i_call_only_f
    jmp db_get/1
# func_line_I
# aligned_label_Lt
    align 8
label_115:
# i_func_info_IaaI
# inet_db:add_rc/1
    call L743
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xD0, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
add_rc/1:
# i_breakpoint_trampoline
    short jmp L848
.db 0x00
    call L746
    align 8
L848:
# i_test_yield
    lea rdx, qword ptr [add_rc/1+24]
    dec r14
    jle L744
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L849
    mov ecx, 1
    call 140320710850576
L849:
# line_I
# i_call_ext_e
L850:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_117
    cmp dword ptr [rsi-2], 128
    jne label_117
    cmp qword ptr [rsi+6], 30603
    jne label_117
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    jmp add_rc_list/1
# label_L
label_117:
# deallocate_t
# return
    dec r14
    jl L745
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_118:
# i_func_info_IaaI
# inet_db:add_rc_bin/1
    call L743
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xD0, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
add_rc_bin/1:
# i_breakpoint_trampoline
    short jmp L851
.db 0x00
    call L746
    align 8
L851:
# i_test_yield
    lea rdx, qword ptr [add_rc_bin/1+24]
    dec r14
    jle L744
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L852
    mov ecx, 1
    call 140320710850576
L852:
    sub rsp, 8
# catch_yf
    inc qword ptr [r13+264]
L853:
    mov eax, 2147483647
    mov qword ptr [rsp], rax
# line_I
# call_light_bif_be
    align 4
L854:
L855:
    long mov rcx, 9223372036854775807
    mov rax, 94919179382064
    lea rdx, qword ptr [L854]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# label_L
label_120:
# catch_end_y
    dec qword ptr [r13+264]
    mov qword ptr [rsp], 59
    cmp qword ptr [rbx], 0
    short jne L856
.db 0x90
    call 140320710850088
L856:
# is_list_fs
    mov rax, qword ptr [rbx]
    cmp rax, 59
    short je L857
    test al, 2
    jne label_121
L857:
# i_call_last_ft
    add rsp, 8
    jmp add_rc_list/1
# label_L
label_121:
# i_move_sd
L858:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L745
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_122:
# i_func_info_IaaI
# inet_db:add_rc_list/1
    call L743
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xD1, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
add_rc_list/1:
# i_breakpoint_trampoline
    short jmp L859
.db 0x00
    call L746
    align 8
L859:
# i_test_yield
    lea rdx, qword ptr [add_rc_list/1+24]
    dec r14
    jle L744
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L860
    mov ecx, 1
    call 140320710850576
L860:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 446731
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp call/1
# func_line_I
# aligned_label_Lt
    align 8
label_124:
# i_func_info_IaaI
# inet_db:translate_lookup/1
    call L743
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xD1, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
translate_lookup/1:
# i_breakpoint_trampoline
    short jmp L861
.db 0x00
    call L746
    align 8
L861:
# i_test_yield
    lea rdx, qword ptr [translate_lookup/1+24]
    dec r14
    jle L744
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_138
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx], xmm0
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_136
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+16], xmm0
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+16]
    cmp rsi, 1583
    je label_135
    cmp rsi, 1615
    je label_134
    cmp rsi, 1647
    je label_132
    cmp rsi, 1679
    je label_131
    cmp rsi, 1775
    je label_127
    cmp rsi, 1951
    je label_126
    jmp label_136
# label_L
label_126:
# i_is_eq_exact_literal_fscI
L862:
    long mov rsi, 9223372036854775807
    mov rdi, qword ptr [rbx+24]
    rex test dil, 2
    jne label_136
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    jz label_136
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L863
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L863:
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call translate_lookup/1
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L864
    mov ecx, 1
    call 140320710850576
L864:
# put_cons_ss
    mov qword ptr [r15], 446859
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# deallocate_t
# return
    dec r14
    jl L745
    ret
# label_L
label_127:
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+24]
    test al, 2
    jne label_136
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+16], xmm0
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+16]
    cmp rsi, 1567
    je label_130
    cmp rsi, 1695
    je label_128
    jmp label_136
# label_L
label_128:
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+24]
    test al, 2
    jne label_136
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+16], xmm0
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 1855
    jne label_136
# i_is_eq_exact_literal_fscI
L865:
    long mov rsi, 9223372036854775807
    mov rdi, qword ptr [rbx+24]
    rex test dil, 2
    jne label_129
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    jz label_129
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L866
    mov ecx, 1
    call 140320710850576
L866:
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call translate_lookup/1
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L867
    mov ecx, 1
    call 140320710850576
L867:
# put_cons_ss
    mov qword ptr [r15], 446923
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# deallocate_t
# return
    dec r14
    jl L745
    ret
# label_L
label_129:
# is_nil_fS
    cmp qword ptr [rbx+24], 59
    jne label_136
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L868
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L868:
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call translate_lookup/1
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L869
    mov ecx, 1
    call 140320710850576
L869:
# put_cons_ss
    mov qword ptr [r15], 446987
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# deallocate_t
# return
    dec r14
    jl L745
    ret
# label_L
label_130:
# i_is_eq_exact_literal_fscI
L870:
    long mov rsi, 9223372036854775807
    mov rdi, qword ptr [rbx+24]
    rex test dil, 2
    jne label_136
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    jz label_136
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L871
    mov ecx, 1
.db 0x90
    call 140320710850576
L871:
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call translate_lookup/1
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L872
    mov ecx, 1
    call 140320710850576
L872:
# put_cons_ss
    mov qword ptr [r15], 27275
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# deallocate_t
# return
    dec r14
    jl L745
    ret
# label_L
label_131:
# i_is_eq_exact_literal_fscI
L873:
    long mov rsi, 9223372036854775807
    mov rdi, qword ptr [rbx+24]
    rex test dil, 2
    jne label_136
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    jz label_136
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L874
    mov ecx, 1
.db 0x90
    call 140320710850576
L874:
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call translate_lookup/1
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L875
    mov ecx, 1
    call 140320710850576
L875:
# put_cons_ss
    mov qword ptr [r15], 63499
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# deallocate_t
# return
    dec r14
    jl L745
    ret
# label_L
label_132:
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+24]
    test al, 2
    jne label_136
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+16], xmm0
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 1695
    jne label_136
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+24]
    test al, 2
    jne label_136
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+16], xmm0
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 1743
    jne label_136
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+24]
    test al, 2
    jne label_136
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+16], xmm0
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 1631
    jne label_136
# i_is_eq_exact_literal_fscI
L876:
    long mov rsi, 9223372036854775807
    mov rdi, qword ptr [rbx+24]
    rex test dil, 2
    jne label_133
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    jz label_133
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L877
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L877:
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call translate_lookup/1
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L878
    mov ecx, 1
    call 140320710850576
L878:
# put_cons_ss
    mov qword ptr [r15], 63499
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# deallocate_t
# return
    dec r14
    jl L745
    ret
# label_L
label_133:
# is_nil_fS
    cmp qword ptr [rbx+24], 59
    jne label_136
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L879
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L879:
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call translate_lookup/1
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L880
    mov ecx, 1
    call 140320710850576
L880:
# put_cons_ss
    mov qword ptr [r15], 63499
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# deallocate_t
# return
    dec r14
    jl L745
    ret
# label_L
label_134:
# i_is_eq_exact_literal_fscI
L881:
    long mov rsi, 9223372036854775807
    mov rdi, qword ptr [rbx+24]
    rex test dil, 2
    jne label_136
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    jz label_136
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L882
    mov ecx, 1
.db 0x90
    call 140320710850576
L882:
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call translate_lookup/1
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L883
    mov ecx, 1
    call 140320710850576
L883:
# put_cons_ss
    mov qword ptr [r15], 447051
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# deallocate_t
# return
    dec r14
    jl L745
    ret
# label_L
label_135:
# i_is_eq_exact_literal_fscI
L884:
    long mov rsi, 9223372036854775807
    mov rdi, qword ptr [rbx+24]
    rex test dil, 2
    jne label_136
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    jz label_136
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L885
    mov ecx, 1
.db 0x90
    call 140320710850576
L885:
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call translate_lookup/1
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L886
    mov ecx, 1
    call 140320710850576
L886:
# put_cons_ss
    mov qword ptr [r15], 447051
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# deallocate_t
# return
    dec r14
    jl L745
    ret
# label_L
label_136:
# is_atom_fs
    mov rax, qword ptr [rbx+8]
    and al, 63
    cmp al, 11
    jne label_137
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L887
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L887:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L888:
L889:
    long mov rcx, 9223372036854775807
    mov rax, 94919179100592
    lea rdx, qword ptr [L888]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L890
    mov ecx, 1
    call 140320710850576
L890:
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
    jmp translate_lookup/1
# label_L
label_137:
# i_call_only_f
    jmp translate_lookup/1
# label_L
label_138:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_124
# return
    dec r14
    jl L745
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_139:
# i_func_info_IaaI
# inet_db:valid_lookup/0
    call L743
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xD2, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
valid_lookup/0:
# i_breakpoint_trampoline
    short jmp L891
.db 0x00
    call L746
    align 8
L891:
# i_test_yield
    lea rdx, qword ptr [valid_lookup/0+24]
    dec r14
    jle L744
# i_move_sd
L892:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L745
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_141:
# i_func_info_IaaI
# inet_db:get_rc/0
    call L743
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xD2, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
get_rc/0:
# i_breakpoint_trampoline
    short jmp L893
.db 0x00
    call L746
    align 8
L893:
# i_test_yield
    lea rdx, qword ptr [get_rc/0+24]
    dec r14
    jle L744
# i_move_sd
    mov qword ptr [rbx+8], 59
# i_move_sd
L894:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp get_rc/2
# func_line_I
# aligned_label_Lt
    align 8
label_143:
# i_func_info_IaaI
# inet_db:get_rc/2
    call L743
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xD2, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
get_rc/2:
# i_breakpoint_trampoline
    short jmp L895
.db 0x00
    call L746
    align 8
L895:
# i_test_yield
    lea rdx, qword ptr [get_rc/2+24]
    dec r14
    jle L744
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_171
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+16], rsi
    mov qword ptr [rbx], rdx
# i_select_val_bins_sfI
    mov rsi, qword ptr [rbx+16]
# Binary search in table of 24 elements
# Subtree [0..23], pivot 11
    cmp rsi, 444683
    je label_158
    ja L896
# Subtree [0..10], pivot 5
    cmp rsi, 98379
    je label_162
    ja L897
# Linear search in [0..4], 5 elements
    cmp rsi, 459
    je label_148
    cmp rsi, 57419
    je label_161
    cmp rsi, 69451
    je label_149
    cmp rsi, 69515
    je label_147
    cmp rsi, 70475
    je label_157
    jmp label_170
L897:
# Linear search in [6..10], 5 elements
    cmp rsi, 129995
    je label_166
    cmp rsi, 141963
    je label_164
    cmp rsi, 215627
    je label_156
    cmp rsi, 443531
    je label_160
    cmp rsi, 443851
    je label_169
    jmp label_170
L896:
# Subtree [12..23], pivot 17
    cmp rsi, 445515
    je label_163
    ja L898
# Linear search in [12..16], 5 elements
    cmp rsi, 444811
    je label_155
    cmp rsi, 445003
    je label_145
    cmp rsi, 445131
    je label_165
    cmp rsi, 445259
    je label_146
    cmp rsi, 445387
    je label_159
    jmp label_170
L898:
# Linear search in [18..23], 6 elements
    cmp rsi, 447243
    je label_168
    cmp rsi, 447307
    je label_167
    cmp rsi, 447371
    je label_154
    cmp rsi, 447435
    je label_152
    cmp rsi, 447499
    je label_151
    cmp rsi, 447563
    je label_150
    jmp label_170
# label_L
label_145:
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov qword ptr [rbx+16], 11
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx+32], rdi
# i_move_sd
    mov qword ptr [rbx+8], 447627
# i_move_sd
    mov qword ptr [rbx], 445003
# i_call_only_f
    jmp get_rc/5
# label_L
label_146:
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov qword ptr [rbx+16], 20495
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx+32], rdi
# i_move_sd
    mov qword ptr [rbx+8], 447691
# i_move_sd
    mov qword ptr [rbx], 445259
# i_call_only_f
    jmp get_rc/5
# label_L
label_147:
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov qword ptr [rbx+16], 197323
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx+32], rdi
# i_move_sd
    mov qword ptr [rbx+8], 446411
# i_move_sd
    mov qword ptr [rbx], 69515
# i_call_only_f
    jmp get_rc/5
# label_L
label_148:
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov qword ptr [rbx+16], 32015
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx+32], rdi
# i_move_sd
    mov qword ptr [rbx+8], 447755
# i_move_sd
    mov qword ptr [rbx], 459
# i_call_only_f
    jmp get_rc/5
# label_L
label_149:
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov qword ptr [rbx+16], 197195
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx+32], rdi
# i_move_sd
    mov qword ptr [rbx+8], 446283
# i_move_sd
    mov qword ptr [rbx], 69451
# i_call_only_f
    jmp get_rc/5
# label_L
label_150:
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov qword ptr [rbx+16], 59
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx+32], rdi
# i_move_sd
    mov qword ptr [rbx+8], 447563
# i_move_sd
    mov qword ptr [rbx], 447563
# i_call_only_f
    jmp get_rc/5
# label_L
label_151:
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov qword ptr [rbx+16], 17295
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx+32], rdi
# i_move_sd
    mov qword ptr [rbx+8], 447499
# i_move_sd
    mov qword ptr [rbx], 447499
# i_call_only_f
    jmp get_rc/5
# label_L
label_152:
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L899
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L899:
    sub rsp, 16
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx]
    movups xmmword ptr [rsp], xmm0
# i_move_sd
    mov qword ptr [rbx], 447435
# line_I
# i_call_f
.db 0x90
    call db_get/1
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_153
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rsp]
    movups xmmword ptr [rbx], xmm0
# i_call_last_ft
    add rsp, 16
    jmp get_rc/2
# label_L
label_153:
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rsp]
    movups xmmword ptr [rbx+8], xmm0
# i_call_last_ft
    add rsp, 16
    jmp get_rc_noproxy/3
# label_L
label_154:
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+24], rdi
# i_move_sd
L900:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx+32], rdi
# i_move_sd
    mov qword ptr [rbx+8], 447371
# i_move_sd
    mov qword ptr [rbx], 447371
# i_call_only_f
    jmp get_rc/5
# label_L
label_155:
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov qword ptr [rbx+16], 24015
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx+32], rdi
# i_move_sd
    mov qword ptr [rbx+8], 447819
# i_move_sd
    mov qword ptr [rbx], 444811
# i_call_only_f
    jmp get_rc/5
# label_L
label_156:
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov qword ptr [rbx+16], 59
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx+32], rdi
# i_move_sd
    mov qword ptr [rbx+8], 447883
# i_move_sd
    mov qword ptr [rbx], 215627
# i_call_only_f
    jmp get_rc/5
# label_L
label_157:
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov qword ptr [rbx+16], 197131
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx+32], rdi
# i_move_sd
    mov qword ptr [rbx+8], 446539
# i_move_sd
    mov qword ptr [rbx], 70475
# i_call_only_f
    jmp get_rc/5
# label_L
label_158:
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov qword ptr [rbx+16], 63
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx+32], rdi
# i_move_sd
    mov qword ptr [rbx+8], 447947
# i_move_sd
    mov qword ptr [rbx], 444683
# i_call_only_f
    jmp get_rc/5
# label_L
label_159:
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov qword ptr [rbx+16], 907
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx+32], rdi
# i_move_sd
    mov qword ptr [rbx+8], 448011
# i_move_sd
    mov qword ptr [rbx], 445387
# i_call_only_f
    jmp get_rc/5
# label_L
label_160:
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L901
    mov ecx, 2
.db 0x90
    call 140320710850576
L901:
    sub rsp, 16
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx]
    movups xmmword ptr [rsp], xmm0
# i_move_sd
    mov qword ptr [rbx], 448075
# line_I
# i_call_f
.db 0x90
    call db_get/1
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rsp]
    movups xmmword ptr [rbx+16], xmm0
# i_move_sd
    mov qword ptr [rbx+8], 443531
# i_call_last_ft
    add rsp, 16
    jmp get_rc_ns/4
# label_L
label_161:
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+24], rdi
# i_move_sd
L902:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx+32], rdi
# i_move_sd
    mov qword ptr [rbx+8], 448139
# i_move_sd
    mov qword ptr [rbx], 57419
# i_call_only_f
    jmp get_rc/5
# label_L
label_162:
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov qword ptr [rbx+16], 11
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx+32], rdi
# i_move_sd
    mov qword ptr [rbx+8], 448203
# i_move_sd
    mov qword ptr [rbx], 98379
# i_call_only_f
    jmp get_rc/5
# label_L
label_163:
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov qword ptr [rbx+16], 907
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx+32], rdi
# i_move_sd
    mov qword ptr [rbx+8], 448267
# i_move_sd
    mov qword ptr [rbx], 445515
# i_call_only_f
    jmp get_rc/5
# label_L
label_164:
# i_move_sd
    mov qword ptr [rbx+16], 448331
# i_call_only_f
    jmp get_rc_hosts/3
# label_L
label_165:
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov qword ptr [rbx+16], 11
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx+32], rdi
# i_move_sd
    mov qword ptr [rbx+8], 448395
# i_move_sd
    mov qword ptr [rbx], 445131
# i_call_only_f
    jmp get_rc/5
# label_L
label_166:
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov qword ptr [rbx+16], 59
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx+32], rdi
# i_move_sd
    mov qword ptr [rbx+8], 448459
# i_move_sd
    mov qword ptr [rbx], 129995
# i_call_only_f
    jmp get_rc/5
# label_L
label_167:
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov qword ptr [rbx+16], 1615
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx+32], rdi
# i_move_sd
    mov qword ptr [rbx+8], 447307
# i_move_sd
    mov qword ptr [rbx], 447307
# i_call_only_f
    jmp get_rc/5
# label_L
label_168:
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov qword ptr [rbx+16], 57600015
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx+32], rdi
# i_move_sd
    mov qword ptr [rbx+8], 448523
# i_move_sd
    mov qword ptr [rbx], 447243
# i_call_only_f
    jmp get_rc/5
# label_L
label_169:
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L903
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L903:
    sub rsp, 16
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx]
    movups xmmword ptr [rsp], xmm0
# i_move_sd
    mov qword ptr [rbx], 448587
# line_I
# i_call_f
.db 0x90
    call db_get/1
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rsp]
    movups xmmword ptr [rbx+16], xmm0
# i_move_sd
    mov qword ptr [rbx+8], 443851
# i_call_last_ft
    add rsp, 16
    jmp get_rc_ns/4
# label_L
label_170:
# i_call_only_f
    jmp get_rc/2
# label_L
label_171:
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# i_call_ext_only_e
L904:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# func_line_I
# aligned_label_Lt
    align 8
label_172:
# i_func_info_IaaI
# inet_db:get_rc/5
    call L743
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xD2, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
get_rc/5:
# i_breakpoint_trampoline
    short jmp L905
.db 0x00
    call L746
    align 8
L905:
# i_test_yield
    lea rdx, qword ptr [get_rc/5+24]
    dec r14
    jle L744
# allocate_tt
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L906
    mov ecx, 5
    call 140320710850576
L906:
    sub rsp, 32
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+24], 1
    vmovups xmmword ptr [rsp], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+24], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call db_get/1
# is_eq_exact_fss
    mov rsi, qword ptr [rsp+16]
    mov rdi, qword ptr [rbx]
    cmp rdi, rsi
    short je L907
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_174
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_174
L907:
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp], 1
    vmovups xmmword ptr [rbx], xmm0
# i_call_last_ft
    add rsp, 32
    jmp get_rc/2
# label_L
label_174:
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L908
    mov ecx, 1
.db 0x90
    call 140320710850576
L908:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [r15+8], rdi
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 32
    jmp get_rc/2
# func_line_I
# aligned_label_Lt
    align 8
label_175:
# i_func_info_IaaI
# inet_db:get_rc_noproxy/3
    call L743
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xD8, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
get_rc_noproxy/3:
# i_breakpoint_trampoline
    short jmp L909
.db 0x00
    call L746
    align 8
L909:
# i_test_yield
    lea rdx, qword ptr [get_rc_noproxy/3+24]
    dec r14
    jle L744
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_177
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+24], xmm0
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx+24]
    rex test sil, 1
    short jne label_175
    cmp dword ptr [rsi-2], 128
    short jne label_175
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L910
    mov ecx, 5
.db 0x66, 0x90
    call 140320710850576
L910:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+24]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx], rdi
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+24], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 447435
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [r15+24], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx], rdi
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+16], rsi
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp get_rc_noproxy/3
# label_L
label_177:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_175
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+8]
    movups xmmword ptr [rbx], xmm0
# i_call_only_f
    jmp get_rc/2
# func_line_I
# aligned_label_Lt
    align 8
label_178:
# i_func_info_IaaI
# inet_db:get_rc_ns/4
    call L743
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xD8, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
get_rc_ns/4:
# i_breakpoint_trampoline
    short jmp L911
.db 0x00
    call L746
    align 8
L911:
# i_test_yield
    lea rdx, qword ptr [get_rc_ns/4+24]
    dec r14
    jle L744
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_181
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+32], xmm0
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx+32]
    rex test sil, 1
    short jne label_178
    cmp dword ptr [rsi-2], 128
    short jne label_178
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx], rdi
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+32], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx+32], 863
    jne label_180
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L912
    mov ecx, 6
.db 0x90
    call 140320710850576
L912:
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
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+24], rsi
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp get_rc_ns/4
# label_L
label_180:
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L913
    mov ecx, 6
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L913:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
# (moving and swapping two elements at once)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [r15+8], xmm0
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [r15+24], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx], rdi
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+24], rsi
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp get_rc_ns/4
# label_L
label_181:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_178
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+16]
    movups xmmword ptr [rbx], xmm0
# i_call_only_f
    jmp get_rc/2
# func_line_I
# aligned_label_Lt
    align 8
label_182:
# i_func_info_IaaI
# inet_db:get_rc_hosts/3
    call L743
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xD9, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
get_rc_hosts/3:
# i_breakpoint_trampoline
    short jmp L914
.db 0x00
    call L746
    align 8
L914:
# i_test_yield
    lea rdx, qword ptr [get_rc_hosts/3+24]
    dec r14
    jle L744
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L915
    mov ecx, 3
    call 140320710850576
L915:
    sub rsp, 16
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L916:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_trim_t
    add rsp, 8
# i_call_f
.db 0x0F, 0x1F, 0x00
    call get_rc_hosts/2
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 8
    jmp get_rc/2
# func_line_I
# aligned_label_Lt
    align 8
label_184:
# i_func_info_IaaI
# inet_db:get_rc_hosts/2
    call L743
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xD9, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
get_rc_hosts/2:
# i_breakpoint_trampoline
    short jmp L917
.db 0x00
    call L746
    align 8
L917:
# i_test_yield
    lea rdx, qword ptr [get_rc_hosts/2+24]
    dec r14
    jle L744
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_186
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+16], xmm0
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx+16]
    rex test sil, 1
    short jne label_184
    cmp dword ptr [rsi-2], 128
    short jne label_184
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+32], rdi
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx+32]
    rex test sil, 1
    short jne label_184
    cmp dword ptr [rsi-2], 128
    jne label_184
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L918
    mov ecx, 5
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L918:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+16]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+32]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+16], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 172299
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15+16], rdi
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+24], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx], rdi
# put_cons_ss
# (put head and tail together)
    movups xmm0, xmmword ptr [rbx]
    movups xmmword ptr [r15], xmm0
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp get_rc_hosts/2
# label_L
label_186:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_184
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L745
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_187:
# i_func_info_IaaI
# inet_db:res_option/1
    call L743
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xD9, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
res_option/1:
# i_breakpoint_trampoline
    short jmp L919
.db 0x00
    call L746
    align 8
L919:
# i_test_yield
    lea rdx, qword ptr [res_option/1+24]
    dec r14
    jle L744
# is_eq_exact_fss
    cmp qword ptr [rbx], 448907
    jne label_190
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L920
    xor ecx, ecx
.db 0x66, 0x90
    call 140320710850576
L920:
# i_move_sd
    mov qword ptr [rbx+8], 448971
# i_move_sd
    mov qword ptr [rbx+16], 31
# i_move_sd
    mov qword ptr [rbx], 196747
# line_I
# call_light_bif_be
    align 4
L921:
L922:
    long mov rcx, 9223372036854775807
    mov rax, 94919179488016
    lea rdx, qword ptr [L921]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# line_I
# i_band_ssjd
    mov rsi, qword ptr [rbx]
    mov eax, 1048575
# is the operand small?
    mov edi, esi
    and edi, 15
    cmp edi, 15
    short jne L923
    and rax, rsi
    short jmp L924
L923:
    call 140320710851200
L924:
    mov qword ptr [rbx+8], rax
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 15
    jne label_189
# line_I
# i_unary_minus_sjd
    mov rsi, qword ptr [rbx]
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L926
# negation with overflow test
    movzx rax, al
    mov rdx, rsi
    and rdx, -16
    sub rax, rdx
    short jno L925
L926:
    call 140320710854520
L925:
    mov qword ptr [rbx+16], rax
# i_move_sd
    mov qword ptr [rbx+8], 448971
# i_move_sd
    mov qword ptr [rbx], 196747
# call_light_bif_be
    align 4
L927:
L928:
    long mov rcx, 9223372036854775807
    mov rax, 94919179488016
    lea rdx, qword ptr [L927]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov qword ptr [rbx], 15
# deallocate_t
# return
    dec r14
    jl L745
    ret
# label_L
label_189:
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# deallocate_t
# return
    dec r14
    jl L745
    ret
# label_L
label_190:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L929
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L929:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# line_I
# i_call_f
    call res_optname/1
# is_eq_exact_fss
    cmp qword ptr [rbx], 907
    jne label_191
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L930
    xor ecx, ecx
.db 0x66, 0x90
    call 140320710850576
L930:
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
L931:
L932:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089760
    lea rdx, qword ptr [L931]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L745
    ret
# label_L
label_191:
# i_call_last_ft
    add rsp, 8
    jmp db_get/1
# func_line_I
# aligned_label_Lt
    align 8
label_192:
# i_func_info_IaaI
# inet_db:res_option/2
    call L743
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xD9, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
res_option/2:
# i_breakpoint_trampoline
    short jmp L933
.db 0x00
    call L746
    align 8
L933:
# i_test_yield
    lea rdx, qword ptr [res_option/2+24]
    dec r14
    jle L744
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L934
    mov ecx, 2
    call 140320710850576
L934:
    sub rsp, 16
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp], xmm0
# line_I
# i_call_f
    call res_optname/1
# is_eq_exact_fss
    cmp qword ptr [rbx], 907
    jne label_194
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L935
    xor ecx, ecx
.db 0x66, 0x90
    call 140320710850576
L935:
# put_cons_ss
    mov rdi, qword ptr [rsp]
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
    mov qword ptr [rbx], 4747
# line_I
# call_light_bif_be
    align 4
L936:
L937:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089760
    lea rdx, qword ptr [L936]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L745
    ret
# label_L
label_194:
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L938
    xor ecx, ecx
.db 0x90
    call 140320710850576
L938:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 449035
# (moving and swapping two elements at once)
    vpermilpd xmm0, xmmword ptr [rsp], 1
    vmovups xmmword ptr [r15+16], xmm0
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 16
    jmp call/1
# func_line_I
# aligned_label_Lt
    align 8
label_195:
# i_func_info_IaaI
# inet_db:res_optname/1
    call L743
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xDA, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
res_optname/1:
# i_breakpoint_trampoline
    short jmp L939
.db 0x00
    call L746
    align 8
L939:
# i_test_yield
    lea rdx, qword ptr [res_optname/1+24]
    dec r14
    jle L744
# i_select_val_bins_sfI
    mov rsi, qword ptr [rbx]
# Binary search in table of 19 elements
# Subtree [0..18], pivot 9
    cmp rsi, 444811
    je label_200
    ja L940
# Linear search in [0..8], 9 elements
    cmp rsi, 459
    je label_199
    cmp rsi, 57419
    je label_206
    cmp rsi, 98379
    je label_207
    cmp rsi, 129995
    je label_210
    cmp rsi, 215627
    je label_201
    cmp rsi, 443531
    je label_205
    cmp rsi, 443851
    je label_211
    cmp rsi, 444491
    je label_204
    cmp rsi, 444683
    je label_202
    jmp label_212
L940:
# Linear search in [10..18], 9 elements
    cmp rsi, 445003
    je label_197
    cmp rsi, 445131
    je label_209
    cmp rsi, 445259
    je label_198
    cmp rsi, 445387
    je label_203
    cmp rsi, 445515
    je label_208
    cmp rsi, 449163
    je label_211
    cmp rsi, 449227
    je label_208
    cmp rsi, 449291
    je label_205
    cmp rsi, 449355
    je label_203
    jmp label_212
# label_L
label_197:
# i_move_sd
    mov qword ptr [rbx], 447627
# return
    dec r14
    jl L745
    ret
# label_L
label_198:
# i_move_sd
    mov qword ptr [rbx], 447691
# return
    dec r14
    jl L745
    ret
# label_L
label_199:
# i_move_sd
    mov qword ptr [rbx], 447755
# return
    dec r14
    jl L745
    ret
# label_L
label_200:
# i_move_sd
    mov qword ptr [rbx], 447819
# return
    dec r14
    jl L745
    ret
# label_L
label_201:
# i_move_sd
    mov qword ptr [rbx], 447883
# return
    dec r14
    jl L745
    ret
# label_L
label_202:
# i_move_sd
    mov qword ptr [rbx], 447947
# return
    dec r14
    jl L745
    ret
# label_L
label_203:
# i_move_sd
    mov qword ptr [rbx], 448011
# return
    dec r14
    jl L745
    ret
# label_L
label_204:
# i_move_sd
    mov qword ptr [rbx], 449419
# return
    dec r14
    jl L745
    ret
# label_L
label_205:
# i_move_sd
    mov qword ptr [rbx], 448075
# return
    dec r14
    jl L745
    ret
# label_L
label_206:
# i_move_sd
    mov qword ptr [rbx], 448139
# return
    dec r14
    jl L745
    ret
# label_L
label_207:
# i_move_sd
    mov qword ptr [rbx], 448203
# return
    dec r14
    jl L745
    ret
# label_L
label_208:
# i_move_sd
    mov qword ptr [rbx], 448267
# return
    dec r14
    jl L745
    ret
# label_L
label_209:
# i_move_sd
    mov qword ptr [rbx], 448395
# return
    dec r14
    jl L745
    ret
# label_L
label_210:
# i_move_sd
    mov qword ptr [rbx], 448459
# return
    dec r14
    jl L745
    ret
# label_L
label_211:
# i_move_sd
    mov qword ptr [rbx], 448587
# return
    dec r14
    jl L745
    ret
# label_L
label_212:
# i_move_sd
    mov qword ptr [rbx], 907
# return
    dec r14
    jl L745
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_213:
# i_func_info_IaaI
# inet_db:res_check_option/2
    call L743
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xDB, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
res_check_option/2:
# i_breakpoint_trampoline
    short jmp L941
.db 0x00
    call L746
    align 8
L941:
# i_test_yield
    lea rdx, qword ptr [res_check_option/2+24]
    dec r14
    jle L744
# i_select_val_bins_sfI
    mov rsi, qword ptr [rbx]
# Binary search in table of 19 elements
# Subtree [0..18], pivot 9
    cmp rsi, 444811
    je label_216
    ja L942
# Linear search in [0..8], 9 elements
    cmp rsi, 459
    je label_218
    cmp rsi, 57419
    je label_221
    cmp rsi, 98379
    je label_224
    cmp rsi, 129995
    je label_229
    cmp rsi, 215627
    je label_217
    cmp rsi, 443531
    je label_232
    cmp rsi, 443851
    je label_232
    cmp rsi, 444491
    je label_220
    cmp rsi, 444683
    je label_218
    jmp label_233
L942:
# Linear search in [10..18], 9 elements
    cmp rsi, 445003
    je label_224
    cmp rsi, 445131
    je label_228
    cmp rsi, 445259
    je label_215
    cmp rsi, 445387
    je label_219
    cmp rsi, 445515
    je label_226
    cmp rsi, 449163
    je label_232
    cmp rsi, 449227
    je label_225
    cmp rsi, 449291
    je label_232
    cmp rsi, 449355
    je label_219
    jmp label_233
# label_L
label_215:
# is_integer_fs
    mov rdi, qword ptr [rbx+8]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L943
    test al, 1
    jne label_233
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_233
L943:
# nofail_bif2_ssbd
    lea rsi, qword ptr [rbx-104]
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsi], rdi
    mov qword ptr [rsi+8], 8207
    mov rcx, 94919178915712
    call 140320710851400
    mov qword ptr [rbx], rax
# return
    dec r14
    jl L745
    ret
# label_L
label_216:
# is_integer_fs
    mov rdi, qword ptr [rbx+8]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L944
    test al, 1
    jne label_233
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_233
L944:
# nofail_bif2_ssbd
    lea rsi, qword ptr [rbx-104]
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsi], rdi
    mov qword ptr [rsi+8], 15
    mov rcx, 94919178915712
    call 140320710851400
    mov qword ptr [rbx], rax
# return
    dec r14
    jl L745
    ret
# label_L
label_217:
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L945
    mov ecx, 2
    call 140320710850576
L945:
# i_make_fun3_FStt
L946:
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
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rbx], xmm0
# i_call_only_f
    jmp res_check_list/2
# label_L
label_218:
# is_integer_fs
    mov rdi, qword ptr [rbx+8]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L947
    test al, 1
    jne label_233
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_233
L947:
# nofail_bif2_ssbd
    lea rsi, qword ptr [rbx-104]
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsi], rdi
    mov qword ptr [rsi+8], 15
    mov rcx, 94919178915648
    call 140320710851400
    mov qword ptr [rbx], rax
# return
    dec r14
    jl L745
    ret
# label_L
label_219:
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_227
# jump_f
    jmp label_230
# label_L
label_220:
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+8]
# (Src == 0xf || Src == 0x1f) <=> (Src | 0x10) == 0x1f
    or rsi, 16
    cmp rsi, 31
    je label_230
    jmp label_224
# label_L
label_221:
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L948
    mov ecx, 2
    call 140320710850576
L948:
    sub rsp, 16
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp], rdi
# catch_yf
    inc qword ptr [r13+264]
L949:
    mov eax, 2147483647
    mov qword ptr [rsp+8], rax
# line_I
# i_call_f
.db 0x66, 0x90
    call valid_lookup/0
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
    call lists_subtract/2
# try_end_y
    dec qword ptr [r13+264]
    mov qword ptr [rsp+8], 59
# bif_is_eq_exact_Ssd
    mov eax, 75
    cmp qword ptr [rbx], 59
    mov edi, 11
    cmovne rax, rdi
    mov qword ptr [rbx], rax
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L745
    ret
# label_L
label_222:
# try_case_y
    dec qword ptr [r13+264]
    mov rax, qword ptr [rbx+24]
    mov qword ptr [rbx], rax
# is_eq_exact_fss
    cmp qword ptr [rbx], 779
    jne label_223
# i_move_sd
    mov qword ptr [rbx], 11
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L745
    ret
# label_L
label_223:
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
label_224:
# nofail_bif1_sbd
    lea rsi, qword ptr [rbx+8]
    mov rcx, 94919178917024
    call 140320710851400
    mov qword ptr [rbx], rax
# return
    dec r14
    jl L745
    ret
# label_L
label_225:
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_227
# jump_f
    jmp label_230
# label_L
label_226:
# is_ne_exact_fss
    cmp qword ptr [rbx+8], 59
    je label_230
# label_L
label_227:
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp res_check_option_absfile/1
# label_L
label_228:
# is_ne_exact_fss
    cmp qword ptr [rbx+8], 11
    je label_230
# bif_is_eq_exact_Ssd
    mov eax, 75
    cmp qword ptr [rbx+8], 15
    mov edi, 11
    cmovne rax, rdi
    mov qword ptr [rbx], rax
# return
    dec r14
    jl L745
    ret
# label_L
label_229:
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_231
# label_L
label_230:
# i_move_sd
    mov qword ptr [rbx], 75
# return
    dec r14
    jl L745
    ret
# label_L
label_231:
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# i_call_ext_only_e
L950:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# label_L
label_232:
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L951
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L951:
# i_make_fun3_FStt
L952:
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
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rbx], xmm0
# i_call_only_f
    jmp res_check_list/2
# label_L
label_233:
# i_move_sd
    mov qword ptr [rbx], 11
# return
    dec r14
    jl L745
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_234:
# i_func_info_IaaI
# inet_db:res_check_option_absfile/1
    call L743
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xDC, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
res_check_option_absfile/1:
# i_breakpoint_trampoline
    short jmp L953
.db 0x00
    call L746
    align 8
L953:
# i_test_yield
    lea rdx, qword ptr [res_check_option_absfile/1+24]
    dec r14
    jle L744
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L954
    mov ecx, 1
    call 140320710850576
L954:
    sub rsp, 8
# catch_yf
    inc qword ptr [r13+264]
L955:
    mov eax, 2147483647
    mov qword ptr [rsp], rax
# line_I
# i_call_ext_e
L956:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# try_end_y
    dec qword ptr [r13+264]
    mov qword ptr [rsp], 59
# bif_is_eq_exact_Ssd
    mov eax, 75
    cmp qword ptr [rbx], 148811
    mov edi, 11
    cmovne rax, rdi
    mov qword ptr [rbx], rax
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L745
    ret
# label_L
label_236:
# try_case_y
    dec qword ptr [r13+264]
    mov rax, qword ptr [rbx+24]
    mov qword ptr [rbx], rax
# i_move_sd
    mov qword ptr [rbx], 11
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L745
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_237:
# i_func_info_IaaI
# inet_db:res_check_list/2
    call L743
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xDC, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
res_check_list/2:
# i_breakpoint_trampoline
    short jmp L957
.db 0x00
    call L746
    align 8
L957:
# i_test_yield
    lea rdx, qword ptr [res_check_list/2+24]
    dec r14
    jle L744
# is_nonempty_list_fS
    test byte ptr [rbx], 2
    jne label_242
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L958
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L958:
    sub rsp, 16
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp+8], rdi
# get_list_Sdd
    mov rdi, qword ptr [rbx]
    mov rsi, qword ptr [rdi-1]
    mov rdx, qword ptr [rdi+7]
    mov qword ptr [rbx], rsi
    mov qword ptr [rsp], rdx
# line_I
# i_call_fun2_atS
    mov rcx, qword ptr [rbx+8]
    mov edx, 1
    lea r8, qword ptr [L959]
# skipped box test since source is always boxed
# skipped fun test since source is always a fun when boxed
# skipped arity test since source always has right arity
    mov rax, qword ptr [rcx+6]
    mov rdi, qword ptr [rax+r12*8]
L959:
    call rdi
.db 0x0F, 0x1F, 0x00
    call rdi
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 11
    je label_240
    cmp rsi, 75
    je label_239
    jmp label_241
# label_L
label_239:
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rsp]
    movups xmmword ptr [rbx], xmm0
# i_call_last_ft
    add rsp, 16
    jmp res_check_list/2
# label_L
label_240:
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L745
    ret
# label_L
label_241:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L960
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L960:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 4747
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# call_light_bif_be
    align 4
L961:
L962:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089728
    lea rdx, qword ptr [L961]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L745
    ret
# label_L
label_242:
# bif_is_eq_exact_Ssd
    mov eax, 75
    cmp qword ptr [rbx], 59
    mov edi, 11
    cmovne rax, rdi
    mov qword ptr [rbx], rax
# return
    dec r14
    jl L745
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_243:
# i_func_info_IaaI
# inet_db:res_check_ns/1
    call L743
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xDC, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
res_check_ns/1:
# i_breakpoint_trampoline
    short jmp L963
.db 0x00
    call L746
    align 8
L963:
# i_test_yield
    lea rdx, qword ptr [res_check_ns/1+24]
    dec r14
    jle L744
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_248
    cmp dword ptr [rsi-2], 128
    jne label_248
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# i_is_tuple_fs
    mov rsi, qword ptr [rbx+8]
    rex test sil, 1
    jne label_248
    test byte ptr [rsi-2], 63
    jne label_248
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# i_select_tuple_arity_SfI
    mov rsi, qword ptr [rbx+8]
# skipped box test since argument is always boxed
    mov esi, dword ptr [rsi-2]
# simplified tuple test since the source is always a tuple when boxed
    cmp esi, 256
    je label_246
    cmp esi, 512
    je label_245
    jne label_248
# label_L
label_245:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+6]
    movups xmmword ptr [rbx+16], xmm0
# i_bor_jssd
    mov rsi, qword ptr [rbx+16]
    mov rax, qword ptr [rbx+24]
# are both operands small?
    mov edi, esi
    and edi, eax
    and edi, 15
    cmp edi, 15
    short jne L964
    or rax, rsi
    short jmp L965
L964:
    call 140320710851504
    je label_248
L965:
    mov qword ptr [rbx+16], rax
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx+24], rdi
# i_bor_jssd
    mov rsi, qword ptr [rbx+16]
    mov rax, qword ptr [rbx+24]
# are both operands small?
    mov edi, esi
    and edi, eax
    and edi, 15
    cmp edi, 15
    short jne L966
    or rax, rsi
    short jmp L967
L966:
    call 140320710851504
    je label_248
L967:
    mov qword ptr [rbx+16], rax
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+30]
    mov qword ptr [rbx+24], rdi
# i_bor_jssd
    mov rsi, qword ptr [rbx+16]
    mov rax, qword ptr [rbx+24]
# are both operands small?
    mov edi, esi
    and edi, eax
    and edi, 15
    cmp edi, 15
    short jne L968
    or rax, rsi
    short jmp L969
L968:
    call 140320710851504
    je label_248
L969:
    mov qword ptr [rbx+16], rax
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+38]
    mov qword ptr [rbx+24], rdi
# i_bor_jssd
    mov rsi, qword ptr [rbx+16]
    mov rax, qword ptr [rbx+24]
# are both operands small?
    mov edi, esi
    and edi, eax
    and edi, 15
    cmp edi, 15
    short jne L970
    or rax, rsi
    short jmp L971
L970:
    call 140320710851504
    je label_248
L971:
    mov qword ptr [rbx+16], rax
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+46]
    mov qword ptr [rbx+24], rdi
# i_bor_jssd
    mov rsi, qword ptr [rbx+16]
    mov rax, qword ptr [rbx+24]
# are both operands small?
    mov edi, esi
    and edi, eax
    and edi, 15
    cmp edi, 15
    short jne L972
    or rax, rsi
    short jmp L973
L972:
    call 140320710851504
    je label_248
L973:
    mov qword ptr [rbx+16], rax
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+54]
    mov qword ptr [rbx+24], rdi
# i_bor_jssd
    mov rsi, qword ptr [rbx+16]
    mov rax, qword ptr [rbx+24]
# are both operands small?
    mov edi, esi
    and edi, eax
    and edi, 15
    cmp edi, 15
    short jne L974
    or rax, rsi
    short jmp L975
L974:
    call 140320710851504
    je label_248
L975:
    mov qword ptr [rbx+16], rax
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+62]
    mov qword ptr [rbx+8], rdi
# i_bor_jssd
    mov rsi, qword ptr [rbx+16]
    mov rax, qword ptr [rbx+8]
# are both operands small?
    mov edi, esi
    and edi, eax
    and edi, 15
    cmp edi, 15
    short jne L976
    or rax, rsi
    short jmp L977
L976:
    call 140320710851504
    je label_248
L977:
    mov qword ptr [rbx+8], rax
# line_I
# i_band_ssjd
    mov rsi, qword ptr [rbx+8]
    mov rax, -1048561
# simplified test for small operand since it is a number
    test esi, 1
    short je L978
    and rax, rsi
    short jmp L979
L978:
    call 140320710851200
L979:
    mov qword ptr [rbx+8], rax
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 15
    jne label_248
# jump_f
    jmp label_247
# label_L
label_246:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+6]
    movups xmmword ptr [rbx+16], xmm0
# i_bor_jssd
    mov rsi, qword ptr [rbx+16]
    mov rax, qword ptr [rbx+24]
# are both operands small?
    mov edi, esi
    and edi, eax
    and edi, 15
    cmp edi, 15
    short jne L980
    or rax, rsi
    short jmp L981
L980:
    call 140320710851504
    je label_248
L981:
    mov qword ptr [rbx+16], rax
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx+24], rdi
# i_bor_jssd
    mov rsi, qword ptr [rbx+16]
    mov rax, qword ptr [rbx+24]
# are both operands small?
    mov edi, esi
    and edi, eax
    and edi, 15
    cmp edi, 15
    short jne L982
    or rax, rsi
    short jmp L983
L982:
    call 140320710851504
    je label_248
L983:
    mov qword ptr [rbx+16], rax
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+30]
    mov qword ptr [rbx+8], rdi
# i_bor_jssd
    mov rsi, qword ptr [rbx+16]
    mov rax, qword ptr [rbx+8]
# are both operands small?
    mov edi, esi
    and edi, eax
    and edi, 15
    cmp edi, 15
    short jne L984
    or rax, rsi
    short jmp L985
L984:
    call 140320710851504
    je label_248
L985:
    mov qword ptr [rbx+8], rax
# line_I
# i_band_ssjd
    mov rsi, qword ptr [rbx+8]
    mov rax, -4081
# simplified test for small operand since it is a number
    test esi, 1
    short je L986
    and rax, rsi
    short jmp L987
L986:
    call 140320710851200
L987:
    mov qword ptr [rbx+8], rax
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 15
    jne label_248
# label_L
label_247:
# i_band_ssjd
    mov rsi, qword ptr [rbx]
    mov eax, 1048575
# is the operand small?
    mov edi, esi
    and edi, 15
    cmp edi, 15
    short jne L988
    and rax, rsi
    short jmp L989
L988:
    call 140320710851272
    je label_248
L989:
    mov qword ptr [rbx+8], rax
# bif_is_eq_exact_Ssd
    mov eax, 75
    mov rdi, qword ptr [rbx]
    cmp qword ptr [rbx+8], rdi
# simplified check since one argument is an immediate
    mov edi, 11
    cmovne rax, rdi
    mov qword ptr [rbx], rax
# return
    dec r14
    jl L745
    ret
# label_L
label_248:
# i_move_sd
    mov qword ptr [rbx], 11
# return
    dec r14
    jl L745
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_249:
# i_func_info_IaaI
# inet_db:res_check_search/1
    call L743
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xDD, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
res_check_search/1:
# i_breakpoint_trampoline
    short jmp L990
.db 0x00
    call L746
    align 8
L990:
# i_test_yield
    lea rdx, qword ptr [res_check_search/1+24]
    dec r14
    jle L744
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_251
# i_move_sd
    mov qword ptr [rbx], 75
# return
    dec r14
    jl L745
    ret
# label_L
label_251:
# line_I
# i_call_ext_only_e
L991:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# func_line_I
# aligned_label_Lt
    align 8
label_252:
# i_func_info_IaaI
# inet_db:socks_option/1
    call L743
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xDD, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
socks_option/1:
# i_breakpoint_trampoline
    short jmp L992
.db 0x00
    call L746
    align 8
L992:
# i_test_yield
    lea rdx, qword ptr [socks_option/1+24]
    dec r14
    jle L744
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 32843
    je label_255
    cmp rsi, 449931
    je label_257
    cmp rsi, 449995
    je label_256
    cmp rsi, 450059
    je label_254
    short jmp label_252
# label_L
label_254:
# i_move_sd
    mov qword ptr [rbx], 447563
# i_call_only_f
    jmp db_get/1
# label_L
label_255:
# i_move_sd
    mov qword ptr [rbx], 447499
# i_call_only_f
    jmp db_get/1
# label_L
label_256:
# i_move_sd
    mov qword ptr [rbx], 447435
# i_call_only_f
    jmp db_get/1
# label_L
label_257:
# i_move_sd
    mov qword ptr [rbx], 447371
# i_call_only_f
    jmp db_get/1
# func_line_I
# aligned_label_Lt
    align 8
label_258:
# i_func_info_IaaI
# inet_db:gethostname/0
    call L743
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x93, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
gethostname/0:
# i_breakpoint_trampoline
    short jmp L993
.db 0x00
    call L746
    align 8
L993:
# i_test_yield
    lea rdx, qword ptr [gethostname/0+24]
    dec r14
    jle L744
# i_move_sd
    mov qword ptr [rbx], 450123
# i_call_only_f
    jmp db_get/1
# func_line_I
# aligned_label_Lt
    align 8
label_260:
# i_func_info_IaaI
# inet_db:res_update_conf/0
    call L743
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xDE, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
res_update_conf/0:
# i_breakpoint_trampoline
    short jmp L994
.db 0x00
    call L746
    align 8
L994:
# i_test_yield
    lea rdx, qword ptr [res_update_conf/0+24]
    dec r14
    jle L744
# i_move_sd
    mov qword ptr [rbx+8], 450251
# i_move_sd
    mov qword ptr [rbx], 445387
# i_call_only_f
    jmp res_update/2
# func_line_I
# aligned_label_Lt
    align 8
label_262:
# i_func_info_IaaI
# inet_db:res_update_hosts/0
    call L743
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xDF, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
res_update_hosts/0:
# i_breakpoint_trampoline
    short jmp L995
.db 0x00
    call L746
    align 8
L995:
# i_test_yield
    lea rdx, qword ptr [res_update_hosts/0+24]
    dec r14
    jle L744
# i_move_sd
    mov qword ptr [rbx+8], 450379
# i_move_sd
    mov qword ptr [rbx], 445515
# i_call_only_f
    jmp res_update/2
# func_line_I
# aligned_label_Lt
    align 8
label_264:
# i_func_info_IaaI
# inet_db:res_update/2
    call L743
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xDF, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
res_update/2:
# i_breakpoint_trampoline
    short jmp L996
.db 0x00
    call L746
    align 8
L996:
# i_test_yield
    lea rdx, qword ptr [res_update/2+24]
    dec r14
    jle L744
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L997
    mov ecx, 2
    call 140320710850576
L997:
    sub rsp, 16
# init_yregs_I
    mov qword ptr [rsp], 59
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
    call db_get/1
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# is_ne_exact_fss
    cmp qword ptr [rbx], 907
    je label_266
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call times/0
# i_plus_ssjd
    mov rsi, qword ptr [rsp]
    mov edx, 95
# are both operands small?
    mov eax, esi
    and eax, edx
    and al, 15
    cmp al, 15
    short jne L999
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L998
L999:
    call 140320710853792
    je label_266
L998:
    mov qword ptr [rbx+8], rax
# is_ge_fss
    mov rsi, qword ptr [rbx+8]
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L1000
    cmp rdi, rsi
    short jmp L1001
L1000:
    call 140320710848608
L1001:
    jl label_266
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp], 1
    vmovups xmmword ptr [rbx], xmm0
# i_call_last_ft
    add rsp, 16
    jmp res_option/2
# label_L
label_266:
# i_move_sd
    mov qword ptr [rbx], 30603
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L745
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_267:
# i_func_info_IaaI
# inet_db:db_get/1
    call L743
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xDF, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
db_get/1:
# i_breakpoint_trampoline
    short jmp L1002
.db 0x00
    call L746
    align 8
L1002:
# i_test_yield
    lea rdx, qword ptr [db_get/1+24]
    dec r14
    jle L744
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1003
    mov ecx, 1
    call 140320710850576
L1003:
    sub rsp, 8
# catch_yf
    inc qword ptr [r13+264]
L1004:
    mov eax, 2147483647
    mov qword ptr [rsp], rax
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx+16], 47
# i_move_sd
    mov qword ptr [rbx], 196747
# line_I
# call_light_bif_be
    align 4
L1005:
L1006:
    long mov rcx, 9223372036854775807
    mov rax, 94919179495296
    lea rdx, qword ptr [L1005]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# try_end_y
    dec qword ptr [r13+264]
    mov qword ptr [rsp], 59
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L745
    ret
# label_L
label_269:
# try_case_y
    dec qword ptr [r13+264]
    mov rax, qword ptr [rbx+24]
    mov qword ptr [rbx], rax
# is_eq_exact_fss
    cmp qword ptr [rbx], 779
    jne label_270
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 4747
    jne label_270
# i_move_sd
    mov qword ptr [rbx], 907
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L745
    ret
# label_L
label_270:
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
label_271:
# i_func_info_IaaI
# inet_db:add_rr/1
    call L743
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xE0, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
add_rr/1:
# i_breakpoint_trampoline
    short jmp L1007
.db 0x00
    call L746
    align 8
L1007:
# i_test_yield
    lea rdx, qword ptr [add_rr/1+24]
    dec r14
    jle L744
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1008
    mov ecx, 1
    call 140320710850576
L1008:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# i_call_only_f
    jmp res_cache_answer/1
# func_line_I
# aligned_label_Lt
    align 8
label_273:
# i_func_info_IaaI
# inet_db:add_rr/5
    call L743
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xE0, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
add_rr/5:
# i_breakpoint_trampoline
    short jmp L1009
.db 0x00
    call L746
    align 8
L1009:
# i_test_yield
    lea rdx, qword ptr [add_rr/5+24]
    dec r14
    jle L744
# test_heap_It
    lea rdx, qword ptr [r15+136]
    cmp rdx, rsp
    short jbe L1010
    mov ecx, 5
.db 0x90
    call 140320710850576
L1010:
# put_tuple2_SA
# Move arity word
    mov edi, 640
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 450635
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# (moving and swapping two elements at once)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [r15+24], xmm0
    mov qword ptr [r15+40], 15
# (moving two elements at once)
    movups xmm0, xmmword ptr [rbx+24]
    movups xmmword ptr [r15+48], xmm0
    mov qword ptr [r15+64], 907
    mov qword ptr [r15+72], 59
    mov qword ptr [r15+80], 11
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 88
    mov qword ptr [rbx], rdi
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# i_call_only_f
    jmp res_cache_answer/1
# func_line_I
# aligned_label_Lt
    align 8
label_275:
# i_func_info_IaaI
# inet_db:del_rr/4
    call L743
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xE0, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
del_rr/4:
# i_breakpoint_trampoline
    short jmp L1011
.db 0x00
    call L746
    align 8
L1011:
# i_test_yield
    lea rdx, qword ptr [del_rr/4+24]
    dec r14
    jle L744
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1012
    mov ecx, 4
    call 140320710850576
L1012:
    sub rsp, 24
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+16], 1
    vmovups xmmword ptr [rsp], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp+16], rdi
# line_I
# i_call_f
.db 0x66, 0x90
    call tolower/1
# test_heap_It
    lea rdx, qword ptr [r15+144]
    cmp rdx, rsp
    short jbe L1013
    mov ecx, 1
.db 0x90
    call 140320710850576
L1013:
# put_tuple2_SA
# Move arity word
    mov edi, 640
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 450635
    mov qword ptr [r15+16], 139
# (moving two elements at once)
    movups xmm0, xmmword ptr [rsp+8]
    movups xmmword ptr [r15+24], xmm0
    mov qword ptr [r15+40], 139
    mov qword ptr [r15+48], 139
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+56], rdi
    mov qword ptr [r15+64], 139
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+72], rdi
    mov qword ptr [r15+80], 139
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 88
    mov qword ptr [rbx], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 450699
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 24
    jmp call/1
# func_line_I
# aligned_label_Lt
    align 8
label_277:
# i_func_info_IaaI
# inet_db:res_cache_answer/1
    call L743
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xE0, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
res_cache_answer/1:
# i_breakpoint_trampoline
    short jmp L1014
.db 0x00
    call L746
    align 8
L1014:
# i_test_yield
    lea rdx, qword ptr [res_cache_answer/1+24]
    dec r14
    jle L744
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1015
    mov ecx, 1
    call 140320710850576
L1015:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# line_I
# i_call_f
    call times/0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_trim_t
    add rsp, 8
# line_I
# i_call_f
.db 0x90
    call '-res_cache_answer/1-lc$^0/1-0-'/2
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1016
    mov ecx, 1
    call 140320710850576
L1016:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 450827
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# i_call_last_ft
    jmp call/1
# func_line_I
# aligned_label_Lt
    align 8
label_279:
# i_func_info_IaaI
# inet_db:getbyname/2
    call L743
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xE1, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
getbyname/2:
# i_breakpoint_trampoline
    short jmp L1017
.db 0x00
    call L746
    align 8
L1017:
# i_test_yield
    lea rdx, qword ptr [getbyname/2+24]
    dec r14
    jle L744
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1018
    mov ecx, 2
    call 140320710850576
L1018:
    sub rsp, 24
# init_yregs_I
    mov qword ptr [rsp], 59
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp+8], xmm0
# line_I
# i_call_ext_e
L1019:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_284
    cmp dword ptr [rsi-2], 128
    jne label_284
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+8], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 75
    jne label_281
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+8], 1
    vmovups xmmword ptr [rbx], xmm0
# i_call_last_ft
    add rsp, 24
    jmp hostent_by_domain/2
# label_L
label_281:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx], 15
    jne label_282
# line_I
# i_call_f
.db 0x90
    call get_searchlist/0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+24], rdi
# i_move_sd
L1020:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+8], rdi
# i_move_sd
L1021:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+32], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 24
    jmp getbysearch/5
# label_L
label_282:
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+8], 1
    vmovups xmmword ptr [rbx], xmm0
# line_I
# i_call_f
.db 0x66, 0x90
    call hostent_by_domain/2
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
# skipped box test since argument is always boxed
    cmp dword ptr [rsi-2], 128
    jne label_283
    cmp qword ptr [rsi+6], 779
    jne label_283
# line_I
# i_call_f
.db 0x66, 0x90
    call get_searchlist/0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+24], rdi
# i_move_sd
L1022:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+32], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 24
    jmp getbysearch/5
# label_L
label_283:
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L745
    ret
# label_L
label_284:
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
label_285:
# i_func_info_IaaI
# inet_db:getbysearch/5
    call L743
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xE1, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
getbysearch/5:
# i_breakpoint_trampoline
    short jmp L1023
.db 0x00
    call L746
    align 8
L1023:
# i_test_yield
    lea rdx, qword ptr [getbysearch/5+24]
    dec r14
    jle L744
# is_nonempty_list_fS
    test byte ptr [rbx+16], 2
    jne label_288
# allocate_tt
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1024
    mov ecx, 4
.db 0x66, 0x90
    call 140320710850576
L1024:
    sub rsp, 32
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rsp+8], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp+16], xmm0
# get_list_Sdd
    mov rdi, qword ptr [rbx+16]
    mov rsi, qword ptr [rdi-1]
    mov rdx, qword ptr [rdi+7]
    mov qword ptr [rbx+8], rsi
    mov qword ptr [rsp], rdx
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L1025:
L1026:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927824
    lea rdx, qword ptr [L1025]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx], rdi
# call_light_bif_be
    align 4
L1027:
L1028:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927824
    lea rdx, qword ptr [L1027]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+8], rdi
# i_call_f
.db 0x66, 0x90
    call hostent_by_domain/2
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
# skipped box test since argument is always boxed
    cmp dword ptr [rsi-2], 128
    jne label_287
    cmp qword ptr [rsi+6], 30603
    jne label_287
# deallocate_t
    add rsp, 32
# return
    dec r14
    jl L745
    ret
# label_L
label_287:
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rsp]
    movups xmmword ptr [rbx+16], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+32], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 32
    jmp getbysearch/5
# label_L
label_288:
# is_nil_fS
    cmp qword ptr [rbx+16], 59
    jne label_285
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L745
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_289:
# i_func_info_IaaI
# inet_db:get_searchlist/0
    call L743
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xE2, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
get_searchlist/0:
# i_breakpoint_trampoline
    short jmp L1029
.db 0x00
    call L746
    align 8
L1029:
# i_test_yield
    lea rdx, qword ptr [get_searchlist/0+24]
    dec r14
    jle L744
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1030
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1030:
# i_move_sd
    mov qword ptr [rbx], 215627
# line_I
# i_call_f
    call res_option/1
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_291
# i_move_sd
    mov qword ptr [rbx], 129995
# line_I
# i_call_f
.db 0x66, 0x90
    call res_option/1
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1031
    mov ecx, 1
    call 140320710850576
L1031:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# deallocate_t
# return
    dec r14
    jl L745
    ret
# label_L
label_291:
# deallocate_t
# return
    dec r14
    jl L745
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_292:
# i_func_info_IaaI
# inet_db:hostent_by_domain/2
    call L743
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xE2, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
hostent_by_domain/2:
# i_breakpoint_trampoline
    short jmp L1032
.db 0x00
    call L746
    align 8
L1032:
# i_test_yield
    lea rdx, qword ptr [hostent_by_domain/2+24]
    dec r14
    jle L744
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1033
    mov ecx, 2
    call 140320710850576
L1033:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call stripdot/1
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L1034
    mov ecx, 1
    call 140320710850576
L1034:
# i_make_fun3_FStt
L1035:
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
    mov qword ptr [rbx+16], rax
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_call_f
.db 0x90
    call resolve_cnames/3
# i_select_tuple_arity_SfI
    mov rsi, qword ptr [rbx]
# skipped box test since argument is always boxed
    mov esi, dword ptr [rsi-2]
# simplified tuple test since the source is always a tuple when boxed
    cmp esi, 128
    je label_295
    cmp esi, 192
    je label_294
    jne label_296
# label_L
label_294:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+6]
    movups xmmword ptr [rbx+8], xmm0
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+24], rdi
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rbx+8], xmm0
# swap_dd
    mov rdi, qword ptr [rbx]
    mov rsi, qword ptr [rbx+16]
    mov qword ptr [rbx+16], rdi
    mov qword ptr [rbx], rsi
# i_trim_t
    add rsp, 8
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call make_hostent/4
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
    jl L745
    ret
# label_L
label_295:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 779
    jne label_296
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L745
    ret
# label_L
label_296:
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
label_297:
# i_func_info_IaaI
# inet_db:res_hostent_by_domain/3
    call L743
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xE2, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
res_hostent_by_domain/3:
# i_breakpoint_trampoline
    short jmp L1037
.db 0x00
    call L746
    align 8
L1037:
# i_test_yield
    lea rdx, qword ptr [res_hostent_by_domain/3+24]
    dec r14
    jle L744
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx+16]
    rex test sil, 1
    jne label_302
    cmp dword ptr [rsi-2], 384
    jne label_302
    cmp qword ptr [rsi+6], 451275
    jne label_302
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1038
    mov ecx, 3
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1038:
    sub rsp, 24
# init_yregs_I
    mov qword ptr [rsp], 59
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp+8], xmm0
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+16]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+30]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call res_filter_rrs/2
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# line_I
# i_call_f
    call res_lookup_fun/1
# swap_dd
    mov rdi, qword ptr [rsp+16]
    mov rsi, qword ptr [rbx]
    mov qword ptr [rbx], rdi
    mov qword ptr [rsp+16], rsi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call stripdot/1
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rsp+8]
    movups xmmword ptr [rbx+8], xmm0
# init_yregs_I
    mov qword ptr [rsp+16], 59
# i_call_f
.db 0x90
    call resolve_cnames/3
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+16], rdi
# i_select_tuple_arity_SfI
    mov rsi, qword ptr [rbx]
# skipped box test since argument is always boxed
    mov esi, dword ptr [rsi-2]
# simplified tuple test since the source is always a tuple when boxed
    cmp esi, 128
    je label_300
    cmp esi, 192
    je label_299
    jne label_301
# label_L
label_299:
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_trim_t
    add rsp, 8
# line_I
# i_call_f
    call res_cache_answer/1
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+8]
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+6]
    movups xmmword ptr [rbx], xmm0
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+24], rdi
# i_trim_t
    add rsp, 16
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call make_hostent/4
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1039
    mov ecx, 1
    call 140320710850576
L1039:
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
    jl L745
    ret
# label_L
label_300:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx], 779
    jne label_301
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L745
    ret
# label_L
label_301:
# line_I
# case_end_s
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 7248
    xor ecx, ecx
    call 140320710854352
# label_L
label_302:
# line_I
    nop
# badrecord_s
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 20560
    xor ecx, ecx
    call 140320710854352
# func_line_I
    nop
# aligned_label_Lt
    align 8
label_303:
# i_func_info_IaaI
# inet_db:make_hostent/4
    call L743
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xE3, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
make_hostent/4:
# i_breakpoint_trampoline
    short jmp L1040
.db 0x00
    call L746
    align 8
L1040:
# i_test_yield
    lea rdx, qword ptr [make_hostent/4+24]
    dec r14
    jle L744
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+24]
    cmp rsi, 403211
    je label_306
    cmp rsi, 451403
    je label_305
    jmp label_307
# label_L
label_305:
# test_heap_It
    lea rdx, qword ptr [r15+88]
    cmp rdx, rsp
    short jbe L1041
    mov ecx, 3
.db 0x90
    call 140320710850576
L1041:
# put_tuple2_SA
# Move arity word
    mov edi, 384
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 451467
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15+24], rdi
    mov qword ptr [r15+32], 98379
    mov qword ptr [r15+40], 271
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+48], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 56
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L745
    ret
# label_L
label_306:
# test_heap_It
    lea rdx, qword ptr [r15+88]
    cmp rdx, rsp
    short jbe L1042
    mov ecx, 3
    call 140320710850576
L1042:
# put_tuple2_SA
# Move arity word
    mov edi, 384
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 451467
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15+24], rdi
    mov qword ptr [r15+32], 69323
    mov qword ptr [r15+40], 79
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+48], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 56
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L745
    ret
# label_L
label_307:
# line_I
# i_length_setup_jts
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx+32], rdi
    mov qword ptr [rbx+40], 15
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx+48], rdi
# i_length_jtd
    align 4
L1043:
    mov esi, 4
    lea rdx, qword ptr [L1043]
    call 140320710852592
    mov qword ptr [rbx+32], rax
# test_heap_It
    lea rdx, qword ptr [r15+88]
    cmp rdx, rsp
    short jbe L1044
    mov ecx, 5
.db 0x66, 0x90
    call 140320710850576
L1044:
# put_tuple2_SA
# Move arity word
    mov edi, 384
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 451467
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# (moving two elements at once)
    movups xmm0, xmmword ptr [rbx+16]
    movups xmmword ptr [r15+24], xmm0
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [r15+40], rdi
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+48], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 56
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L745
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_308:
# i_func_info_IaaI
# inet_db:res_filter_rrs/2
    call L743
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xE3, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
res_filter_rrs/2:
# i_breakpoint_trampoline
    short jmp L1045
.db 0x00
    call L746
    align 8
L1045:
# i_test_yield
    lea rdx, qword ptr [res_filter_rrs/2+24]
    dec r14
    jle L744
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rbx], xmm0
# i_call_only_f
    jmp '-res_filter_rrs/2-lc$^0/1-0-'/2
# func_line_I
# aligned_label_Lt
    align 8
label_310:
# i_func_info_IaaI
# inet_db:res_lookup_fun/1
    call L743
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xE4, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
res_lookup_fun/1:
# i_breakpoint_trampoline
    short jmp L1046
.db 0x00
    call L746
    align 8
L1046:
# i_test_yield
    lea rdx, qword ptr [res_lookup_fun/1+24]
    dec r14
    jle L744
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L1047
    mov ecx, 1
    call 140320710850576
L1047:
# i_make_fun3_FStt
L1048:
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
    mov rdi, qword ptr [rbx]
    mov qword ptr [rax+40], rdi
# Create boxed ptr
    or al, 2
    mov qword ptr [rbx], rax
# return
    dec r14
    jl L745
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_312:
# i_func_info_IaaI
# inet_db:resolve_cnames/3
    call L743
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xE4, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
resolve_cnames/3:
# i_breakpoint_trampoline
    short jmp L1049
.db 0x00
    call L746
    align 8
L1049:
# i_test_yield
    lea rdx, qword ptr [resolve_cnames/3+24]
    dec r14
    jle L744
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1050
    mov ecx, 3
    call 140320710850576
L1050:
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
    call tolower/1
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx+32], 59
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx+40], 59
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 24
    jmp resolve_cnames/6
# func_line_I
# aligned_label_Lt
    align 8
label_314:
# i_func_info_IaaI
# inet_db:resolve_cnames/6
    call L743
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xE4, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
resolve_cnames/6:
# i_breakpoint_trampoline
    short jmp L1051
.db 0x00
    call L746
    align 8
L1051:
# i_test_yield
    lea rdx, qword ptr [resolve_cnames/6+24]
    dec r14
    jle L744
# allocate_tt
    lea rdx, qword ptr [r15+96]
    cmp rdx, rsp
    short jbe L1052
    mov ecx, 6
    call 140320710850576
L1052:
    sub rsp, 64
# init_yregs_I
    mov eax, 59
    mov rdi, rsp
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+32], 1
    vmovups xmmword ptr [rsp+16], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+16], 1
    vmovups xmmword ptr [rsp+32], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp+48], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx], rdi
# line_I
# i_call_fun2_atS
    mov rcx, qword ptr [rbx+16]
    mov edx, 2
    lea r8, qword ptr [L1053]
# skipped box test since source is always boxed
# skipped fun test since source is always a fun when boxed
# skipped arity test since source always has right arity
    mov rax, qword ptr [rcx+6]
    mov rdi, qword ptr [rax+r12*8]
L1053:
    call rdi
.db 0x90
    call rdi
# is_nonempty_list_fS
    test byte ptr [rbx], 2
    jne label_316
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1054
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1054:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rsp+56]
    mov qword ptr [r15+8], rdi
    mov rdi, qword ptr [rbx]
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
    jl L745
    ret
# label_L
label_316:
# i_move_sd
    mov qword ptr [rbx+8], 451723
# i_move_sd
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx], rdi
# line_I
# i_call_fun2_atS
    mov rcx, qword ptr [rbx+16]
    mov edx, 2
    lea r8, qword ptr [L1055]
# skipped box test since source is always boxed
# skipped fun test since source is always a fun when boxed
# skipped arity test since source always has right arity
    mov rax, qword ptr [rcx+6]
    mov rdi, qword ptr [rax+r12*8]
L1055:
    call rdi
.db 0x0F, 0x1F, 0x00
    call rdi
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_317
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rsp+8], rsi
    mov qword ptr [rbx], rdx
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_317
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x66, 0x90
    call tolower/1
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1056
    mov ecx, 1
    call 140320710850576
L1056:
# put_cons_ss
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# line_I
# call_light_bif_be
    align 4
L1057:
L1058:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927952
    lea rdx, qword ptr [L1057]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# is_ne_exact_fss
    cmp qword ptr [rbx], 75
    je label_317
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L1059
    xor ecx, ecx
.db 0x90
    call 140320710850576
L1059:
# put_cons_ss
    mov rdi, qword ptr [rsp+56]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# put_cons_ss
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# append_cons_Is
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], rsi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+40], rsi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+24], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+40], 1
    vmovups xmmword ptr [rbx+8], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+32], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 64
    jmp resolve_cnames/6
# label_L
label_317:
# i_move_sd
L1060:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 64
# return
    dec r14
    jl L745
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_318:
# i_func_info_IaaI
# inet_db:gethostbyaddr/2
    call L743
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xE4, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
gethostbyaddr/2:
# i_breakpoint_trampoline
    short jmp L1061
.db 0x00
    call L746
    align 8
L1061:
# i_test_yield
    lea rdx, qword ptr [gethostbyaddr/2+24]
    dec r14
    jle L744
# allocate_heap_tIt
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L1062
    mov ecx, 2
    call 140320710850576
L1062:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp], rdi
# i_make_fun3_FStt
L1063:
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
    mov qword ptr [rbx+16], rax
# i_move_sd
    mov qword ptr [rbx+8], 451851
# line_I
# i_call_f
.db 0x90
    call resolve_cnames/3
# i_select_tuple_arity_SfI
    mov rsi, qword ptr [rbx]
# skipped box test since argument is always boxed
    mov esi, dword ptr [rsi-2]
# simplified tuple test since the source is always a tuple when boxed
    cmp esi, 128
    je label_321
    cmp esi, 192
    je label_320
    jne label_322
# label_L
label_320:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_call_last_ft
    add rsp, 8
    jmp ent_gethostbyaddr/2
# label_L
label_321:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 779
    jne label_322
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L745
    ret
# label_L
label_322:
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
label_323:
# i_func_info_IaaI
# inet_db:res_gethostbyaddr/3
    call L743
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xE5, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
res_gethostbyaddr/3:
# i_breakpoint_trampoline
    short jmp L1064
.db 0x00
    call L746
    align 8
L1064:
# i_test_yield
    lea rdx, qword ptr [res_gethostbyaddr/3+24]
    dec r14
    jle L744
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx+16]
    rex test sil, 1
    jne label_329
    cmp dword ptr [rsi-2], 384
    jne label_329
    cmp qword ptr [rsi+6], 451275
    jne label_329
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1065
    mov ecx, 3
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1065:
    sub rsp, 24
# init_yregs_I
    mov qword ptr [rsp], 59
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp+8], xmm0
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+16]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+30]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx], 451851
# line_I
# i_call_f
    call res_filter_rrs/2
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# line_I
# i_call_f
    call res_lookup_fun/1
# i_move_sd
    mov qword ptr [rbx+8], 451851
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov qword ptr [rsp+16], 59
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call resolve_cnames/3
# i_select_tuple_arity_SfI
    mov rsi, qword ptr [rbx]
# skipped box test since argument is always boxed
    mov esi, dword ptr [rsi-2]
# simplified tuple test since the source is always a tuple when boxed
    cmp esi, 128
    je label_326
    cmp esi, 192
    je label_325
    jne label_328
# label_L
label_325:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+8], rdi
# init_yregs_I
    mov qword ptr [rsp+8], 59
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call ent_gethostbyaddr/2
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+16], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 30603
    jne label_327
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_trim_t
    add rsp, 16
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call res_cache_answer/1
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L745
    ret
# label_L
label_326:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 779
    jne label_328
# label_L
label_327:
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L745
    ret
# label_L
label_328:
# line_I
# case_end_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 7248
    xor ecx, ecx
    call 140320710854352
# label_L
label_329:
# line_I
    nop
# badrecord_s
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 20560
    xor ecx, ecx
    call 140320710854352
# func_line_I
    nop
# aligned_label_Lt
    align 8
label_330:
# i_func_info_IaaI
# inet_db:ent_gethostbyaddr/2
    call L743
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xE5, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
ent_gethostbyaddr/2:
# i_breakpoint_trampoline
    short jmp L1066
.db 0x00
    call L746
    align 8
L1066:
# i_test_yield
    lea rdx, qword ptr [ent_gethostbyaddr/2+24]
    dec r14
    jle L744
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_334
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+16], rsi
    mov qword ptr [rbx], rdx
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_333
# i_is_tuple_fs
    mov rsi, qword ptr [rbx+8]
    rex test sil, 1
    jne label_335
    test byte ptr [rsi-2], 63
    jne label_335
# i_test_arity_fsA
    mov rsi, qword ptr [rbx+8]
    cmp dword ptr [rsi-2], 256
    jne label_332
# test_heap_It
    lea rdx, qword ptr [r15+128]
    cmp rdx, rsp
    short jbe L1067
    mov ecx, 3
    call 140320710850576
L1067:
# put_cons_ss
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# put_tuple2_SA
# Move arity word
    mov edi, 384
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 451467
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], 59
    mov qword ptr [r15+32], 69323
    mov qword ptr [r15+40], 79
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+48], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 56
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
# return
    dec r14
    jl L745
    ret
# label_L
label_332:
# i_test_arity_fsA
    mov rsi, qword ptr [rbx+8]
    cmp dword ptr [rsi-2], 512
    jne label_335
# test_heap_It
    lea rdx, qword ptr [r15+128]
    cmp rdx, rsp
    short jbe L1068
    mov ecx, 3
    call 140320710850576
L1068:
# put_cons_ss
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# put_tuple2_SA
# Move arity word
    mov edi, 384
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 451467
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], 59
    mov qword ptr [r15+32], 98379
    mov qword ptr [r15+40], 271
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+48], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 56
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
# return
    dec r14
    jl L745
    ret
# label_L
label_333:
# i_move_sd
L1069:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L745
    ret
# label_L
label_334:
# i_move_sd
    mov qword ptr [rbx], 452043
# jump_f
    jmp label_330
# label_L
label_335:
# line_I
# if_end
    mov qword ptr [r13+112], 8272
    xor ecx, ecx
    call 140320710854352
# func_line_I
    nop
# aligned_label_Lt
    align 8
label_336:
# i_func_info_IaaI
# inet_db:register_socket/2
    call L743
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x51, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
register_socket/2:
# i_breakpoint_trampoline
    short jmp L1070
.db 0x00
    call L746
    align 8
L1070:
# i_test_yield
    lea rdx, qword ptr [register_socket/2+24]
    dec r14
    jle L744
# is_port_fs
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 7
    short je L1071
    test al, 1
    short jne label_336
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 52
    short jne label_336
L1071:
# is_atom_fs
    mov rax, qword ptr [rbx+8]
    and al, 63
    cmp al, 11
    short jne label_336
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1072
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L1072:
    sub rsp, 8
# catch_yf
    inc qword ptr [r13+264]
L1073:
    mov eax, 2147483647
    mov qword ptr [rsp], rax
# line_I
# call_light_bif_be
    align 4
L1074:
L1075:
    long mov rcx, 9223372036854775807
    mov rax, 94919179766992
    lea rdx, qword ptr [L1074]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# try_end_y
    dec qword ptr [r13+264]
    mov qword ptr [rsp], 59
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L745
    ret
# label_L
label_338:
# try_case_y
    dec qword ptr [r13+264]
    mov rax, qword ptr [rbx+24]
    mov qword ptr [rbx], rax
# is_eq_exact_fss
    cmp qword ptr [rbx], 779
    jne label_339
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 4747
    jne label_339
# i_move_sd
    mov qword ptr [rbx], 11
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L745
    ret
# label_L
label_339:
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
label_340:
# i_func_info_IaaI
# inet_db:unregister_socket/1
    call L743
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xE6, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
unregister_socket/1:
# i_breakpoint_trampoline
    short jmp L1076
.db 0x00
    call L746
    align 8
L1076:
# i_test_yield
    lea rdx, qword ptr [unregister_socket/1+24]
    dec r14
    jle L744
# is_port_fs
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 7
    short je L1077
    test al, 1
    short jne label_340
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 52
    short jne label_340
L1077:
# i_move_sd
    mov qword ptr [rbx], 30603
# return
    dec r14
    jl L745
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_342:
# i_func_info_IaaI
# inet_db:lookup_socket/1
    call L743
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xE6, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
lookup_socket/1:
# i_breakpoint_trampoline
    short jmp L1078
.db 0x00
    call L746
    align 8
L1078:
# i_test_yield
    lea rdx, qword ptr [lookup_socket/1+24]
    dec r14
    jle L744
# is_port_fs
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 7
    short je L1079
    test al, 1
    short jne label_342
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 52
    short jne label_342
L1079:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1080
    mov ecx, 1
    call 140320710850576
L1080:
    sub rsp, 8
# catch_yf
    inc qword ptr [r13+264]
L1081:
    mov eax, 2147483647
    mov qword ptr [rsp], rax
# line_I
# call_light_bif_be
    align 4
L1082:
L1083:
    long mov rcx, 9223372036854775807
    mov rax, 94919179767424
    lea rdx, qword ptr [L1082]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# try_end_y
    dec qword ptr [r13+264]
    mov qword ptr [rsp], 59
# is_atom_fs
    mov rax, qword ptr [rbx]
    and al, 63
    cmp al, 11
    jne label_345
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1084
    mov ecx, 1
    call 140320710850576
L1084:
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
    add rsp, 8
# return
    dec r14
    jl L745
    ret
# label_L
label_344:
# try_case_y
    dec qword ptr [r13+264]
    mov rax, qword ptr [rbx+24]
    mov qword ptr [rbx], rax
# is_eq_exact_fss
    cmp qword ptr [rbx], 779
    jne label_346
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 4747
    jne label_346
# label_L
label_345:
# i_move_sd
L1085:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L745
    ret
# label_L
label_346:
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
label_347:
# i_func_info_IaaI
# inet_db:put_socket_type/2
    call L743
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xE6, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
put_socket_type/2:
# i_breakpoint_trampoline
    short jmp L1086
.db 0x00
    call L746
    align 8
L1086:
# i_test_yield
    lea rdx, qword ptr [put_socket_type/2+24]
    dec r14
    jle L744
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1087
    mov ecx, 2
    call 140320710850576
L1087:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 452235
# (moving two elements at once)
    movups xmm0, xmmword ptr [rbx]
    movups xmmword ptr [r15+16], xmm0
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp call/1
# func_line_I
# aligned_label_Lt
    align 8
label_349:
# i_func_info_IaaI
# inet_db:take_socket_type/1
    call L743
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xE6, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
take_socket_type/1:
# i_breakpoint_trampoline
    short jmp L1088
.db 0x00
    call L746
    align 8
L1088:
# i_test_yield
    lea rdx, qword ptr [take_socket_type/1+24]
    dec r14
    jle L744
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1089
    mov ecx, 1
    call 140320710850576
L1089:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 452299
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp call/1
# func_line_I
# aligned_label_Lt
    align 8
label_351:
# i_func_info_IaaI
# inet_db:init/1
    call L743
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x53, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
init/1:
# i_breakpoint_trampoline
    short jmp L1090
.db 0x00
    call L746
    align 8
L1090:
# i_test_yield
    lea rdx, qword ptr [init/1+24]
    dec r14
    jle L744
# is_nil_fS
    cmp qword ptr [rbx], 59
    short jne label_351
# allocate_tt
    lea rdx, qword ptr [r15+88]
    cmp rdx, rsp
    short jbe L1091
    xor ecx, ecx
.db 0x90
    call 140320710850576
L1091:
    sub rsp, 56
# init_yregs_I
    mov eax, 59
    mov rdi, rsp
    mov ecx, 7
    rep stos qword ptr [rdi], rax
# i_move_sd
    mov qword ptr [rbx+8], 75
# i_move_sd
    mov qword ptr [rbx], 43339
# line_I
# call_light_bif_be
    align 4
L1092:
L1093:
    long mov rcx, 9223372036854775807
    mov rax, 94919179091664
    lea rdx, qword ptr [L1092]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov qword ptr [rbx+8], 452363
# i_move_sd
    mov qword ptr [rbx], 173579
# line_I
# i_call_ext_e
L1094:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_354
    cmp dword ptr [rsi-2], 128
    jne label_354
    cmp qword ptr [rsi+6], 30603
    jne label_354
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 69323
    je label_353
    cmp rsi, 126987
    je label_353
    jmp label_354
# label_L
label_353:
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
L1095:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L1096:
L1097:
    long mov rcx, 9223372036854775807
    mov rax, 94919178934320
    lea rdx, qword ptr [L1096]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# label_L
label_354:
# i_move_sd
L1098:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx], 196747
# line_I
# call_light_bif_be
    align 4
L1099:
L1100:
    long mov rcx, 9223372036854775807
    mov rax, 94919179491024
    lea rdx, qword ptr [L1099]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+48], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call reset_db/1
# i_move_sd
L1101:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx], 452427
# line_I
# call_light_bif_be
    align 4
L1102:
L1103:
    long mov rcx, 9223372036854775807
    mov rax, 94919179491024
    lea rdx, qword ptr [L1102]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+40], rdi
# i_move_sd
L1104:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx], 452491
# line_I
# call_light_bif_be
    align 4
L1105:
L1106:
    long mov rcx, 9223372036854775807
    mov rax, 94919179491024
    lea rdx, qword ptr [L1105]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+32], rdi
# i_move_sd
L1107:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx], 448331
# line_I
# call_light_bif_be
    align 4
L1108:
L1109:
    long mov rcx, 9223372036854775807
    mov rax, 94919179491024
    lea rdx, qword ptr [L1108]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+24], rdi
# i_move_sd
L1110:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx], 452555
# line_I
# call_light_bif_be
    align 4
L1111:
L1112:
    long mov rcx, 9223372036854775807
    mov rax, 94919179491024
    lea rdx, qword ptr [L1111]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+16], rdi
# i_move_sd
L1113:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx], 445643
# line_I
# call_light_bif_be
    align 4
L1114:
L1115:
    long mov rcx, 9223372036854775807
    mov rax, 94919179491024
    lea rdx, qword ptr [L1114]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# i_move_sd
L1116:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx], 452619
# line_I
# call_light_bif_be
    align 4
L1117:
L1118:
    long mov rcx, 9223372036854775807
    mov rax, 94919179491024
    lea rdx, qword ptr [L1117]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# line_I
# i_call_f
    call init_timer/0
# test_heap_It
    lea rdx, qword ptr [r15+136]
    cmp rdx, rsp
    short jbe L1119
    mov ecx, 1
.db 0x90
    call 140320710850576
L1119:
# put_tuple2_SA
# Move arity word
    mov edi, 576
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 85451
# (moving and swapping two elements at once)
    vpermilpd xmm0, xmmword ptr [rsp+40], 1
    vmovups xmmword ptr [r15+16], xmm0
# (moving and swapping two elements at once)
    vpermilpd xmm0, xmmword ptr [rsp+24], 1
    vmovups xmmword ptr [r15+32], xmm0
# (moving and swapping two elements at once)
    vpermilpd xmm0, xmmword ptr [rsp+8], 1
    vmovups xmmword ptr [r15+48], xmm0
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+64], rdi
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+72], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 80
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
    add rsp, 56
# return
    dec r14
    jl L745
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_355:
# i_func_info_IaaI
# inet_db:reset_db/1
    call L743
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xE8, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
reset_db/1:
# i_breakpoint_trampoline
    short jmp L1120
.db 0x00
    call L746
    align 8
L1120:
# i_test_yield
    lea rdx, qword ptr [reset_db/1+24]
    dec r14
    jle L744
# i_move_sd
L1121:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+8], rdi
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1122
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L1122:
# call_light_bif_be
    align 4
L1123:
L1124:
    long mov rcx, 9223372036854775807
    mov rax, 94919179488416
    lea rdx, qword ptr [L1123]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L745
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_357:
# i_func_info_IaaI
# inet_db:handle_call/3
    call L743
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x58, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
handle_call/3:
# i_breakpoint_trampoline
    short jmp L1125
.db 0x00
    call L746
    align 8
L1125:
# i_test_yield
    lea rdx, qword ptr [handle_call/3+24]
    dec r14
    jle L744
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx+16]
    rex test sil, 1
    short jne label_357
    cmp dword ptr [rsi-2], 576
    short jne label_357
    cmp qword ptr [rsi+6], 85451
    short jne label_357
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+24], rdi
# i_is_tuple_fs
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_409
    test byte ptr [rsi-2], 63
    jne label_409
# i_select_tuple_arity_SfI
    mov rsi, qword ptr [rbx]
# skipped box test since argument is always boxed
    mov esi, dword ptr [rsi-2]
# simplified tuple test since the source is always a tuple when boxed
    cmp esi, 128
    je label_382
    cmp esi, 192
    je label_366
    cmp esi, 256
    je label_359
    jne label_415
# label_L
label_359:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx+32], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 443467
    jne label_415
# allocate_heap_tIt
    lea rdx, qword ptr [r15+96]
    cmp rdx, rsp
    short jbe L1126
    mov ecx, 5
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1126:
    sub rsp, 48
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+24], 1
    vmovups xmmword ptr [rsp+24], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp+40], rdi
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+30]
    mov qword ptr [rsp+16], rdi
# put_cons_ss
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rsp+8], rsi
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rsp], rdi
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rsp]
    movups xmmword ptr [rbx], xmm0
# line_I
# i_call_f
.db 0x66, 0x90
    call res_check_option/2
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 11
    je label_365
    cmp rsi, 75
    je label_360
    jmp label_417
# label_L
label_360:
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov qword ptr [rsp], 59
# line_I
# i_call_f
    call res_optname/1
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx+16], 47
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rbx], xmm0
# line_I
# call_light_bif_be
    align 4
L1127:
L1128:
    long mov rcx, 9223372036854775807
    mov rax, 94919179495296
    lea rdx, qword ptr [L1127]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_select_val_lins_sfI
    mov rsi, qword ptr [rsp+24]
    cmp rsi, 67403
    je label_363
    cmp rsi, 88523
    je label_362
    cmp rsi, 443659
    je label_361
    jmp label_416
# label_L
label_361:
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# init_yregs_I
    mov eax, 59
    mov qword ptr [rsp+8], rax
    mov qword ptr [rsp+24], rax
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
    call lists_delete/2
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1129
    mov ecx, 1
    call 140320710850576
L1129:
# put_cons_ss
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# jump_f
    jmp label_364
# label_L
label_362:
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov eax, 59
    lea rdi, qword ptr [rsp+8]
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# line_I
# i_call_f
.db 0x90
    call lists_delete/2
# jump_f
    jmp label_364
# label_L
label_363:
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov eax, 59
    lea rdi, qword ptr [rsp+16]
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# line_I
# i_call_f
.db 0x90
    call lists_delete/2
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+8], rdi
# init_yregs_I
    mov qword ptr [rsp+8], 59
# call_light_bif_be
    align 4
L1130:
L1131:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927824
    lea rdx, qword ptr [L1130]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# label_L
label_364:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1132
    mov ecx, 1
    call 140320710850576
L1132:
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
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx], rdi
# i_trim_t
    add rsp, 40
# line_I
# call_light_bif_be
    align 4
L1133:
L1134:
    long mov rcx, 9223372036854775807
    mov rax, 94919179488416
    lea rdx, qword ptr [L1133]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1135
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1135:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 35723
    mov qword ptr [r15+16], 30603
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
    jl L745
    ret
# label_L
label_365:
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1136
    xor ecx, ecx
.db 0x66, 0x90
    call 140320710850576
L1136:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 35723
    mov qword ptr [r15+16], 779
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [r15+24], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 48
# return
    dec r14
    jl L745
    ret
# label_L
label_366:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+6]
    movups xmmword ptr [rbx+32], xmm0
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx], rdi
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+32]
    cmp rsi, 443211
    je label_379
    cmp rsi, 449035
    je label_367
    cmp rsi, 452235
    je label_375
    cmp rsi, 452747
    je label_376
    jmp label_415
# label_L
label_367:
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+40]
    cmp rsi, 445387
    je label_369
    cmp rsi, 445515
    je label_371
    cmp rsi, 449227
    je label_370
    cmp rsi, 449355
    je label_368
    jmp label_372
# label_L
label_368:
# i_move_sd
    mov qword ptr [rbx+32], 907
# i_move_sd
    mov qword ptr [rbx+24], 452811
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx+40], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx+48], rdi
# i_move_sd
    mov qword ptr [rbx+16], 450251
# i_move_sd
    mov qword ptr [rbx], 449355
# i_call_only_f
    jmp handle_set_file/7
# label_L
label_369:
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L1137
    mov ecx, 3
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1137:
# i_make_fun3_FStt
L1138:
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
    mov qword ptr [rbx+32], rax
# i_move_sd
    mov qword ptr [rbx+24], 452811
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx+40], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx+48], rdi
# i_move_sd
    mov qword ptr [rbx+16], 450251
# i_move_sd
    mov qword ptr [rbx], 445387
# i_call_only_f
    jmp handle_set_file/7
# label_L
label_370:
# i_move_sd
    mov qword ptr [rbx+32], 907
# i_move_sd
    mov qword ptr [rbx+24], 452875
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx+40], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx+48], rdi
# i_move_sd
    mov qword ptr [rbx+16], 450379
# i_move_sd
    mov qword ptr [rbx], 449227
# i_call_only_f
    jmp handle_set_file/7
# label_L
label_371:
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L1139
    mov ecx, 3
    call 140320710850576
L1139:
# i_make_fun3_FStt
L1140:
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
    mov qword ptr [rbx+32], rax
# i_move_sd
    mov qword ptr [rbx+24], 452875
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx+40], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx+48], rdi
# i_move_sd
    mov qword ptr [rbx+16], 450379
# i_move_sd
    mov qword ptr [rbx], 445515
# i_call_only_f
    jmp handle_set_file/7
# label_L
label_372:
# allocate_tt
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L1141
    mov ecx, 6
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1141:
    sub rsp, 40
# init_yregs_I
    mov qword ptr [rsp], 59
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rsp+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+16], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+16], 1
    vmovups xmmword ptr [rsp+24], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x66, 0x90
    call res_optname/1
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# is_ne_exact_fss
    cmp qword ptr [rbx], 907
    je label_374
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rsp+8]
    movups xmmword ptr [rbx], xmm0
# init_yregs_I
    mov qword ptr [rsp+8], 59
# line_I
# i_call_f
.db 0x66, 0x90
    call res_check_option/2
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 11
    je label_374
    cmp rsi, 75
    je label_373
    jmp label_418
# label_L
label_373:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1142
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1142:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+8], rdi
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx], rdi
# i_trim_t
    add rsp, 32
# line_I
# call_light_bif_be
    align 4
L1143:
L1144:
    long mov rcx, 9223372036854775807
    mov rax, 94919179488416
    lea rdx, qword ptr [L1143]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1145
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1145:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 35723
    mov qword ptr [r15+16], 30603
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
    jl L745
    ret
# label_L
label_374:
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1146
    xor ecx, ecx
.db 0x66, 0x90
    call 140320710850576
L1146:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 35723
    mov qword ptr [r15+16], 779
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [r15+24], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 40
# return
    dec r14
    jl L745
    ret
# label_L
label_375:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1147
    mov ecx, 6
.db 0x66, 0x90
    call 140320710850576
L1147:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp], rdi
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+16]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+62]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rbx+8], rdi
# line_I
# i_call_f
.db 0x90
    call handle_put_socket_type/3
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1148
    mov ecx, 1
    call 140320710850576
L1148:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 35723
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
    jl L745
    ret
# label_L
label_376:
# allocate_tt
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1149
    mov ecx, 6
    call 140320710850576
L1149:
    sub rsp, 32
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+16], 1
    vmovups xmmword ptr [rsp+16], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
    call res_check_option/2
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 11
    je label_378
    cmp rsi, 75
    je label_377
    jmp label_419
# label_L
label_377:
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_trim_t
    add rsp, 8
# line_I
# i_call_f
    call res_optname/1
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1150
    mov ecx, 1
    call 140320710850576
L1150:
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
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# i_trim_t
    add rsp, 16
# call_light_bif_be
    align 4
L1151:
L1152:
    long mov rcx, 9223372036854775807
    mov rax, 94919179488416
    lea rdx, qword ptr [L1151]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1153
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1153:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 35723
    mov qword ptr [r15+16], 30603
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
    jl L745
    ret
# label_L
label_378:
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1154
    xor ecx, ecx
.db 0x66, 0x90
    call 140320710850576
L1154:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 35723
    mov qword ptr [r15+16], 779
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
    jl L745
    ret
# label_L
label_379:
# i_select_tuple_arity_SfI
    mov rsi, qword ptr [rbx+40]
    rex test sil, 1
    jne label_415
    mov esi, dword ptr [rsi-2]
    rex test sil, 63
    jne label_415
    cmp esi, 256
    je label_381
    cmp esi, 512
    je label_380
    jne label_415
# label_L
label_380:
# is_nonempty_list_fS
    test byte ptr [rbx], 2
    jne label_415
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+40]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+24], rdi
# get_list_Sdd
    mov rdi, qword ptr [rbx]
    mov rsi, qword ptr [rdi-1]
    mov rdx, qword ptr [rdi+7]
    mov qword ptr [rbx+32], rsi
    mov qword ptr [rbx+48], rdx
# i_bor_jssd
    mov rsi, qword ptr [rbx+8]
    mov rax, qword ptr [rbx+24]
# are both operands small?
    mov edi, esi
    and edi, eax
    and edi, 15
    cmp edi, 15
    short jne L1155
    or rax, rsi
    short jmp L1156
L1155:
    call 140320710851504
    je label_415
L1156:
    mov qword ptr [rbx+8], rax
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+40]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx+24], rdi
# i_bor_jssd
    mov rsi, qword ptr [rbx+8]
    mov rax, qword ptr [rbx+24]
# are both operands small?
    mov edi, esi
    and edi, eax
    and edi, 15
    cmp edi, 15
    short jne L1157
    or rax, rsi
    short jmp L1158
L1157:
    call 140320710851504
    je label_415
L1158:
    mov qword ptr [rbx+8], rax
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+40]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+30]
    mov qword ptr [rbx+24], rdi
# i_bor_jssd
    mov rsi, qword ptr [rbx+8]
    mov rax, qword ptr [rbx+24]
# are both operands small?
    mov edi, esi
    and edi, eax
    and edi, 15
    cmp edi, 15
    short jne L1159
    or rax, rsi
    short jmp L1160
L1159:
    call 140320710851504
    je label_415
L1160:
    mov qword ptr [rbx+8], rax
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+40]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+38]
    mov qword ptr [rbx+24], rdi
# i_bor_jssd
    mov rsi, qword ptr [rbx+8]
    mov rax, qword ptr [rbx+24]
# are both operands small?
    mov edi, esi
    and edi, eax
    and edi, 15
    cmp edi, 15
    short jne L1161
    or rax, rsi
    short jmp L1162
L1161:
    call 140320710851504
    je label_415
L1162:
    mov qword ptr [rbx+8], rax
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+40]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+46]
    mov qword ptr [rbx+24], rdi
# i_bor_jssd
    mov rsi, qword ptr [rbx+8]
    mov rax, qword ptr [rbx+24]
# are both operands small?
    mov edi, esi
    and edi, eax
    and edi, 15
    cmp edi, 15
    short jne L1163
    or rax, rsi
    short jmp L1164
L1163:
    call 140320710851504
    je label_415
L1164:
    mov qword ptr [rbx+8], rax
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+40]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+54]
    mov qword ptr [rbx+24], rdi
# i_bor_jssd
    mov rsi, qword ptr [rbx+8]
    mov rax, qword ptr [rbx+24]
# are both operands small?
    mov edi, esi
    and edi, eax
    and edi, 15
    cmp edi, 15
    short jne L1165
    or rax, rsi
    short jmp L1166
L1165:
    call 140320710851504
    je label_415
L1166:
    mov qword ptr [rbx+8], rax
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+40]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+62]
    mov qword ptr [rbx+24], rdi
# i_bor_jssd
    mov rsi, qword ptr [rbx+8]
    mov rax, qword ptr [rbx+24]
# are both operands small?
    mov edi, esi
    and edi, eax
    and edi, 15
    cmp edi, 15
    short jne L1167
    or rax, rsi
    short jmp L1168
L1167:
    call 140320710851504
    je label_415
L1168:
    mov qword ptr [rbx+8], rax
# line_I
# i_band_ssjd
    mov rsi, qword ptr [rbx+8]
    mov rax, -1048561
# simplified test for small operand since it is a number
    test esi, 1
    short je L1169
    and rax, rsi
    short jmp L1170
L1169:
    call 140320710851200
L1170:
    mov qword ptr [rbx+8], rax
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 15
    jne label_415
# is_list_fs
    mov rax, qword ptr [rbx+32]
    cmp rax, 59
    short je L1171
    test al, 2
    jne label_415
L1171:
# is_list_fs
    mov rax, qword ptr [rbx+48]
    cmp rax, 59
    short je L1172
    test al, 2
    jne label_415
L1172:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1173
    mov ecx, 6
.db 0x90
    call 140320710850576
L1173:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp], rdi
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+16]
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+30]
    movups xmmword ptr [rbx+8], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rbx+32], rdi
# i_move_sd
    mov qword ptr [rbx+24], 98379
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rbx+8], xmm0
# swap_dd
    mov rdi, qword ptr [rbx]
    mov rsi, qword ptr [rbx+16]
    mov qword ptr [rbx+16], rdi
    mov qword ptr [rbx], rsi
# line_I
# i_call_f
.db 0x90
    call do_add_host/5
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1174
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1174:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 35723
    mov qword ptr [r15+16], 30603
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
    jl L745
    ret
# label_L
label_381:
# is_nonempty_list_fS
    test byte ptr [rbx], 2
    jne label_415
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+40]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+24], rdi
# get_list_Sdd
    mov rdi, qword ptr [rbx]
    mov rsi, qword ptr [rdi-1]
    mov rdx, qword ptr [rdi+7]
    mov qword ptr [rbx+32], rsi
    mov qword ptr [rbx+48], rdx
# i_bor_jssd
    mov rsi, qword ptr [rbx+8]
    mov rax, qword ptr [rbx+24]
# are both operands small?
    mov edi, esi
    and edi, eax
    and edi, 15
    cmp edi, 15
    short jne L1175
    or rax, rsi
    short jmp L1176
L1175:
    call 140320710851504
    je label_415
L1176:
    mov qword ptr [rbx+8], rax
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+40]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx+24], rdi
# i_bor_jssd
    mov rsi, qword ptr [rbx+8]
    mov rax, qword ptr [rbx+24]
# are both operands small?
    mov edi, esi
    and edi, eax
    and edi, 15
    cmp edi, 15
    short jne L1177
    or rax, rsi
    short jmp L1178
L1177:
    call 140320710851504
    je label_415
L1178:
    mov qword ptr [rbx+8], rax
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+40]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+30]
    mov qword ptr [rbx+24], rdi
# i_bor_jssd
    mov rsi, qword ptr [rbx+8]
    mov rax, qword ptr [rbx+24]
# are both operands small?
    mov edi, esi
    and edi, eax
    and edi, 15
    cmp edi, 15
    short jne L1179
    or rax, rsi
    short jmp L1180
L1179:
    call 140320710851504
    je label_415
L1180:
    mov qword ptr [rbx+8], rax
# line_I
# i_band_ssjd
    mov rsi, qword ptr [rbx+8]
    mov rax, -4081
# simplified test for small operand since it is a number
    test esi, 1
    short je L1181
    and rax, rsi
    short jmp L1182
L1181:
    call 140320710851200
L1182:
    mov qword ptr [rbx+8], rax
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 15
    jne label_415
# is_list_fs
    mov rax, qword ptr [rbx+32]
    cmp rax, 59
    short je L1183
    test al, 2
    jne label_415
L1183:
# is_list_fs
    mov rax, qword ptr [rbx+48]
    cmp rax, 59
    short je L1184
    test al, 2
    jne label_415
L1184:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1185
    mov ecx, 6
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1185:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp], rdi
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+16]
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+30]
    movups xmmword ptr [rbx+8], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rbx+32], rdi
# i_move_sd
    mov qword ptr [rbx+24], 69323
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rbx+8], xmm0
# swap_dd
    mov rdi, qword ptr [rbx]
    mov rsi, qword ptr [rbx+16]
    mov qword ptr [rbx+16], rdi
    mov qword ptr [rbx], rsi
# line_I
# i_call_f
.db 0x90
    call do_add_host/5
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1186
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1186:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 35723
    mov qword ptr [r15+16], 30603
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
    jl L745
    ret
# label_L
label_382:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+32], rdi
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# i_select_val_bins_sfI
    mov rsi, qword ptr [rbx+32]
# Binary search in table of 20 elements
# Subtree [0..19], pivot 9
    cmp rsi, 446155
    je label_395
    ja L1187
# Linear search in [0..8], 9 elements
    cmp rsi, 443275
    je label_402
    cmp rsi, 444235
    je label_391
    cmp rsi, 445707
    je label_386
    cmp rsi, 445771
    je label_387
    cmp rsi, 445835
    je label_406
    cmp rsi, 445899
    je label_398
    cmp rsi, 445963
    je label_405
    cmp rsi, 446027
    je label_397
    cmp rsi, 446091
    je label_394
    jmp label_415
L1187:
# Linear search in [10..19], 10 elements
    cmp rsi, 446219
    je label_385
    cmp rsi, 446347
    je label_384
    cmp rsi, 446475
    je label_388
    cmp rsi, 446731
    je label_408
    cmp rsi, 450699
    je label_401
    cmp rsi, 450827
    je label_407
    cmp rsi, 452299
    je label_383
    cmp rsi, 452939
    je label_396
    cmp rsi, 453003
    je label_390
    cmp rsi, 453067
    je label_389
    jmp label_415
# label_L
label_383:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1188
    mov ecx, 3
.db 0x90
    call 140320710850576
L1188:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp], rdi
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+16]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+62]
    mov qword ptr [rbx+8], rdi
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rbx], xmm0
# line_I
# i_call_f
.db 0x90
    call handle_take_socket_type/2
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1189
    mov ecx, 1
    call 140320710850576
L1189:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 35723
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
    jl L745
    ret
# label_L
label_384:
# is_atom_fs
    mov rax, qword ptr [rbx]
    and al, 63
    cmp al, 11
    jne label_415
# allocate_heap_tIt
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1190
    mov ecx, 4
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1190:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 446411
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L1191:
L1192:
    long mov rcx, 9223372036854775807
    mov rax, 94919179488416
    lea rdx, qword ptr [L1191]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1193
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1193:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 35723
    mov qword ptr [r15+16], 30603
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
    jl L745
    ret
# label_L
label_385:
# is_atom_fs
    mov rax, qword ptr [rbx]
    and al, 63
    cmp al, 11
    jne label_415
# allocate_heap_tIt
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1194
    mov ecx, 4
.db 0x66, 0x90
    call 140320710850576
L1194:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 446283
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L1195:
L1196:
    long mov rcx, 9223372036854775807
    mov rax, 94919179488416
    lea rdx, qword ptr [L1195]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1197
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1197:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 35723
    mov qword ptr [r15+16], 30603
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
    jl L745
    ret
# label_L
label_386:
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_415
    cmp dword ptr [rsi-2], 256
    jne label_415
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+32], rdi
# i_bor_jssd
    mov rsi, qword ptr [rbx+8]
    mov rax, qword ptr [rbx+32]
# are both operands small?
    mov edi, esi
    and edi, eax
    and edi, 15
    cmp edi, 15
    short jne L1198
    or rax, rsi
    short jmp L1199
L1198:
    call 140320710851504
    je label_415
L1199:
    mov qword ptr [rbx+8], rax
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx+32], rdi
# i_bor_jssd
    mov rsi, qword ptr [rbx+8]
    mov rax, qword ptr [rbx+32]
# are both operands small?
    mov edi, esi
    and edi, eax
    and edi, 15
    cmp edi, 15
    short jne L1200
    or rax, rsi
    short jmp L1201
L1200:
    call 140320710851504
    je label_415
L1201:
    mov qword ptr [rbx+8], rax
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+30]
    mov qword ptr [rbx+32], rdi
# i_bor_jssd
    mov rsi, qword ptr [rbx+8]
    mov rax, qword ptr [rbx+32]
# are both operands small?
    mov edi, esi
    and edi, eax
    and edi, 15
    cmp edi, 15
    short jne L1202
    or rax, rsi
    short jmp L1203
L1202:
    call 140320710851504
    je label_415
L1203:
    mov qword ptr [rbx+8], rax
# line_I
# i_band_ssjd
    mov rsi, qword ptr [rbx+8]
    mov rax, -4081
# simplified test for small operand since it is a number
    test esi, 1
    short je L1204
    and rax, rsi
    short jmp L1205
L1204:
    call 140320710851200
L1205:
    mov qword ptr [rbx+8], rax
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 15
    jne label_415
# allocate_heap_tIt
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1206
    mov ecx, 4
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1206:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 447563
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L1207:
L1208:
    long mov rcx, 9223372036854775807
    mov rax, 94919179488416
    lea rdx, qword ptr [L1207]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1209
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1209:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 35723
    mov qword ptr [r15+16], 30603
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
    jl L745
    ret
# label_L
label_387:
# is_integer_fs
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L1210
    test al, 1
    jne label_415
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_415
L1210:
# allocate_heap_tIt
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1211
    mov ecx, 4
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1211:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 447499
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L1212:
L1213:
    long mov rcx, 9223372036854775807
    mov rax, 94919179488416
    lea rdx, qword ptr [L1212]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1214
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1214:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 35723
    mov qword ptr [r15+16], 30603
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
    jl L745
    ret
# label_L
label_388:
# is_atom_fs
    mov rax, qword ptr [rbx]
    and al, 63
    cmp al, 11
    jne label_415
# allocate_heap_tIt
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1215
    mov ecx, 4
.db 0x66, 0x90
    call 140320710850576
L1215:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 446539
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L1216:
L1217:
    long mov rcx, 9223372036854775807
    mov rax, 94919179488416
    lea rdx, qword ptr [L1216]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1218
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1218:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 35723
    mov qword ptr [r15+16], 30603
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
    jl L745
    ret
# label_L
label_389:
# allocate_heap_tIt
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1219
    mov ecx, 4
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1219:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 450251
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L1220:
L1221:
    long mov rcx, 9223372036854775807
    mov rax, 94919179488416
    lea rdx, qword ptr [L1220]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1222
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1222:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 35723
    mov qword ptr [r15+16], 30603
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
    jl L745
    ret
# label_L
label_390:
# allocate_heap_tIt
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1223
    mov ecx, 4
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1223:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 450379
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L1224:
L1225:
    long mov rcx, 9223372036854775807
    mov rax, 94919179488416
    lea rdx, qword ptr [L1224]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1226
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1226:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 35723
    mov qword ptr [r15+16], 30603
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
    jl L745
    ret
# label_L
label_391:
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1227
    mov ecx, 4
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1227:
    sub rsp, 24
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+16], 1
    vmovups xmmword ptr [rsp+8], xmm0
# line_I
# i_call_ext_e
L1228:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 11
    je label_393
    cmp rsi, 75
    je label_392
    jmp label_420
# label_L
label_392:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1229
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1229:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 450123
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# i_trim_t
    add rsp, 16
# line_I
# call_light_bif_be
    align 4
L1230:
L1231:
    long mov rcx, 9223372036854775807
    mov rax, 94919179488416
    lea rdx, qword ptr [L1230]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1232
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1232:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 35723
    mov qword ptr [r15+16], 30603
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
    jl L745
    ret
# label_L
label_393:
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1233
    xor ecx, ecx
.db 0x66, 0x90
    call 140320710850576
L1233:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 35723
    mov qword ptr [r15+16], 779
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [r15+24], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L745
    ret
# label_L
label_394:
# is_integer_fs
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L1234
    test al, 1
    jne label_415
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_415
L1234:
# is_ge_fss
    mov esi, 15
    mov rdi, qword ptr [rbx]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L1235
    cmp rdi, rsi
    short jmp L1236
L1235:
    call 140320710848608
L1236:
    jl label_415
# allocate_heap_tIt
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1237
    mov ecx, 4
.db 0x90
    call 140320710850576
L1237:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 447307
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L1238:
L1239:
    long mov rcx, 9223372036854775807
    mov rax, 94919179488416
    lea rdx, qword ptr [L1238]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1240
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1240:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 35723
    mov qword ptr [r15+16], 30603
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
    jl L745
    ret
# label_L
label_395:
# is_integer_fs
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L1241
    test al, 1
    jne label_415
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_415
L1241:
# is_lt_fss
    mov rsi, qword ptr [rbx]
    mov edi, 15
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L1242
    cmp rdi, rsi
    short jmp L1243
L1242:
    call 140320710848608
L1243:
    jge label_415
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rbx]
    mov edx, 15984
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L1244
    add rax, rdx
    short jno L1245
L1244:
    call 140320710853080
L1245:
    mov qword ptr [rbx], rax
# i_int_div_jssd
    mov r9, 1000
    mov rax, qword ptr [rbx]
# simplified test for small dividend since it is an integer
    mov esi, eax
    test esi, 1
    short je L1246
# divide with inlined code
    sar rax, 4
    cqo
    idiv r9
    sal rax, 4
    or rax, 15
    short jmp L1247
L1246:
    mov ecx, 16015
    mov rdi, qword ptr [rbx]
    mov r8, 94919180917712
    call 140320710853120
L1247:
    mov qword ptr [rbx], rax
# i_times_jssd
    mov rsi, qword ptr [rbx]
    mov edx, 16015
# simplified test for small operand since it is a number
    test esi, 1
    short je L1249
# mul with overflow check, imm RHS
    mov rax, rsi
    mov rcx, 1000
    and rax, -16
    imul rax, rcx
    short jo L1249
    or rax, 15
    short jmp L1248
L1249:
    call 140320710854432
L1248:
    mov qword ptr [rbx], rax
# allocate_heap_tIt
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1250
    mov ecx, 4
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1250:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 448523
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L1251:
L1252:
    long mov rcx, 9223372036854775807
    mov rax, 94919179488416
    lea rdx, qword ptr [L1251]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+70]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
    call stop_timer/1
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call init_timer/0
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+16], rdi
# i_trim_t
    add rsp, 8
# i_move_sd
    mov qword ptr [rbx], 159
# call_light_bif_be
    align 4
L1253:
L1254:
    long mov rcx, 9223372036854775807
    mov rax, 94919179098736
    lea rdx, qword ptr [L1253]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1255
    mov ecx, 1
    call 140320710850576
L1255:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 35723
    mov qword ptr [r15+16], 30603
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+24], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx], rdi
# deallocate_t
# return
    dec r14
    jl L745
    ret
# label_L
label_396:
# is_list_fs
    mov rax, qword ptr [rbx]
    cmp rax, 59
    short je L1256
    test al, 2
    jne label_415
L1256:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1257
    mov ecx, 3
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1257:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp], rdi
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+16]
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+46]
    movups xmmword ptr [rbx+8], xmm0
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call load_hosts_list/3
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1258
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1258:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 35723
    mov qword ptr [r15+16], 30603
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
    jl L745
    ret
# label_L
label_397:
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_415
    cmp dword ptr [rsi-2], 256
    jne label_415
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+32], rdi
# i_bor_jssd
    mov rsi, qword ptr [rbx+8]
    mov rax, qword ptr [rbx+32]
# are both operands small?
    mov edi, esi
    and edi, eax
    and edi, 15
    cmp edi, 15
    short jne L1259
    or rax, rsi
    short jmp L1260
L1259:
    call 140320710851504
    je label_415
L1260:
    mov qword ptr [rbx+8], rax
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx+32], rdi
# i_bor_jssd
    mov rsi, qword ptr [rbx+8]
    mov rax, qword ptr [rbx+32]
# are both operands small?
    mov edi, esi
    and edi, eax
    and edi, 15
    cmp edi, 15
    short jne L1261
    or rax, rsi
    short jmp L1262
L1261:
    call 140320710851504
    je label_415
L1262:
    mov qword ptr [rbx+8], rax
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+30]
    mov qword ptr [rbx+32], rdi
# i_bor_jssd
    mov rsi, qword ptr [rbx+8]
    mov rax, qword ptr [rbx+32]
# are both operands small?
    mov edi, esi
    and edi, eax
    and edi, 15
    cmp edi, 15
    short jne L1263
    or rax, rsi
    short jmp L1264
L1263:
    call 140320710851504
    je label_415
L1264:
    mov qword ptr [rbx+8], rax
# line_I
# i_band_ssjd
    mov rsi, qword ptr [rbx+8]
    mov rax, -4081
# simplified test for small operand since it is a number
    test esi, 1
    short je L1265
    and rax, rsi
    short jmp L1266
L1265:
    call 140320710851200
L1266:
    mov qword ptr [rbx+8], rax
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 15
    jne label_415
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1267
    mov ecx, 4
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1267:
    sub rsp, 24
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+16], 1
    vmovups xmmword ptr [rsp+8], xmm0
# i_move_sd
    mov qword ptr [rbx+8], 447435
# i_move_sd
    mov qword ptr [rbx+16], 47
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L1268:
L1269:
    long mov rcx, 9223372036854775807
    mov rax, 94919179495296
    lea rdx, qword ptr [L1268]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov qword ptr [rbx+8], 31
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_trim_t
    add rsp, 8
# line_I
# i_call_f
.db 0x90
    call lists_keydelete/3
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1270
    mov ecx, 1
    call 140320710850576
L1270:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 447435
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
# call_light_bif_be
    align 4
L1271:
L1272:
    long mov rcx, 9223372036854775807
    mov rax, 94919179488416
    lea rdx, qword ptr [L1271]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1273
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1273:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 35723
    mov qword ptr [r15+16], 30603
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
    jl L745
    ret
# label_L
label_398:
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1274
    mov ecx, 4
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1274:
    sub rsp, 24
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+16], 1
    vmovups xmmword ptr [rsp+8], xmm0
# i_move_sd
    mov qword ptr [rbx+8], 447371
# i_move_sd
    mov qword ptr [rbx+16], 47
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L1275:
L1276:
    long mov rcx, 9223372036854775807
    mov rax, 94919179495296
    lea rdx, qword ptr [L1275]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# init_yregs_I
    mov qword ptr [rsp], 59
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call lists_subtract/2
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx], 28299
# line_I
# call_light_bif_be
    align 4
L1277:
L1278:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927952
    lea rdx, qword ptr [L1277]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# is_eq_exact_fss
    cmp qword ptr [rbx], 75
    jne label_399
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1279
    xor ecx, ecx
.db 0x90
    call 140320710850576
L1279:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 447371
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov eax, 59
    mov rdi, rsp
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# line_I
# call_light_bif_be
    align 4
L1280:
L1281:
    long mov rcx, 9223372036854775807
    mov rax, 94919179488416
    lea rdx, qword ptr [L1280]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# jump_f
    jmp label_400
# label_L
label_399:
# i_move_sd
L1282:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov qword ptr [rsp], 59
# line_I
# call_light_bif_be
    align 4
L1283:
L1284:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927824
    lea rdx, qword ptr [L1283]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1285
    mov ecx, 1
    call 140320710850576
L1285:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 447371
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov qword ptr [rsp+8], 59
# call_light_bif_be
    align 4
L1286:
L1287:
    long mov rcx, 9223372036854775807
    mov rax, 94919179488416
    lea rdx, qword ptr [L1286]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# label_L
label_400:
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1288
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1288:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 35723
    mov qword ptr [r15+16], 30603
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [r15+24], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L745
    ret
# label_L
label_401:
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_415
    cmp dword ptr [rsi-2], 640
    jne label_415
    cmp qword ptr [rsi+6], 450635
    jne label_415
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1289
    mov ecx, 3
.db 0x66, 0x90
    call 140320710850576
L1289:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp], rdi
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+16]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx+8], rdi
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rbx], xmm0
# line_I
# i_call_ext_e
L1290:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1291
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1291:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 35723
    mov qword ptr [r15+16], 30603
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
    jl L745
    ret
# label_L
label_402:
# i_select_tuple_arity_SfI
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_415
    mov esi, dword ptr [rsi-2]
    rex test sil, 63
    jne label_415
    cmp esi, 256
    je label_404
    cmp esi, 512
    je label_403
    jne label_415
# label_L
label_403:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+24], rdi
# i_bor_jssd
    mov rsi, qword ptr [rbx+8]
    mov rax, qword ptr [rbx+24]
# are both operands small?
    mov edi, esi
    and edi, eax
    and edi, 15
    cmp edi, 15
    short jne L1292
    or rax, rsi
    short jmp L1293
L1292:
    call 140320710851504
    je label_415
L1293:
    mov qword ptr [rbx+8], rax
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx+24], rdi
# i_bor_jssd
    mov rsi, qword ptr [rbx+8]
    mov rax, qword ptr [rbx+24]
# are both operands small?
    mov edi, esi
    and edi, eax
    and edi, 15
    cmp edi, 15
    short jne L1294
    or rax, rsi
    short jmp L1295
L1294:
    call 140320710851504
    je label_415
L1295:
    mov qword ptr [rbx+8], rax
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+30]
    mov qword ptr [rbx+24], rdi
# i_bor_jssd
    mov rsi, qword ptr [rbx+8]
    mov rax, qword ptr [rbx+24]
# are both operands small?
    mov edi, esi
    and edi, eax
    and edi, 15
    cmp edi, 15
    short jne L1296
    or rax, rsi
    short jmp L1297
L1296:
    call 140320710851504
    je label_415
L1297:
    mov qword ptr [rbx+8], rax
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+38]
    mov qword ptr [rbx+24], rdi
# i_bor_jssd
    mov rsi, qword ptr [rbx+8]
    mov rax, qword ptr [rbx+24]
# are both operands small?
    mov edi, esi
    and edi, eax
    and edi, 15
    cmp edi, 15
    short jne L1298
    or rax, rsi
    short jmp L1299
L1298:
    call 140320710851504
    je label_415
L1299:
    mov qword ptr [rbx+8], rax
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+46]
    mov qword ptr [rbx+24], rdi
# i_bor_jssd
    mov rsi, qword ptr [rbx+8]
    mov rax, qword ptr [rbx+24]
# are both operands small?
    mov edi, esi
    and edi, eax
    and edi, 15
    cmp edi, 15
    short jne L1300
    or rax, rsi
    short jmp L1301
L1300:
    call 140320710851504
    je label_415
L1301:
    mov qword ptr [rbx+8], rax
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+54]
    mov qword ptr [rbx+24], rdi
# i_bor_jssd
    mov rsi, qword ptr [rbx+8]
    mov rax, qword ptr [rbx+24]
# are both operands small?
    mov edi, esi
    and edi, eax
    and edi, 15
    cmp edi, 15
    short jne L1302
    or rax, rsi
    short jmp L1303
L1302:
    call 140320710851504
    je label_415
L1303:
    mov qword ptr [rbx+8], rax
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+62]
    mov qword ptr [rbx+24], rdi
# i_bor_jssd
    mov rsi, qword ptr [rbx+8]
    mov rax, qword ptr [rbx+24]
# are both operands small?
    mov edi, esi
    and edi, eax
    and edi, 15
    cmp edi, 15
    short jne L1304
    or rax, rsi
    short jmp L1305
L1304:
    call 140320710851504
    je label_415
L1305:
    mov qword ptr [rbx+8], rax
# line_I
# i_band_ssjd
    mov rsi, qword ptr [rbx+8]
    mov rax, -1048561
# simplified test for small operand since it is a number
    test esi, 1
    short je L1306
    and rax, rsi
    short jmp L1307
L1306:
    call 140320710851200
L1307:
    mov qword ptr [rbx+8], rax
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 15
    jne label_415
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1308
    mov ecx, 3
.db 0x66, 0x90
    call 140320710850576
L1308:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp], rdi
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+16]
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+30]
    movups xmmword ptr [rbx+8], xmm0
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rbx+8], xmm0
# swap_dd
    mov rdi, qword ptr [rbx]
    mov rsi, qword ptr [rbx+16]
    mov qword ptr [rbx+16], rdi
    mov qword ptr [rbx], rsi
# line_I
# i_call_f
.db 0x90
    call do_del_host/3
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1309
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1309:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 35723
    mov qword ptr [r15+16], 30603
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
    jl L745
    ret
# label_L
label_404:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+24], rdi
# i_bor_jssd
    mov rsi, qword ptr [rbx+8]
    mov rax, qword ptr [rbx+24]
# are both operands small?
    mov edi, esi
    and edi, eax
    and edi, 15
    cmp edi, 15
    short jne L1310
    or rax, rsi
    short jmp L1311
L1310:
    call 140320710851504
    je label_415
L1311:
    mov qword ptr [rbx+8], rax
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx+24], rdi
# i_bor_jssd
    mov rsi, qword ptr [rbx+8]
    mov rax, qword ptr [rbx+24]
# are both operands small?
    mov edi, esi
    and edi, eax
    and edi, 15
    cmp edi, 15
    short jne L1312
    or rax, rsi
    short jmp L1313
L1312:
    call 140320710851504
    je label_415
L1313:
    mov qword ptr [rbx+8], rax
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+30]
    mov qword ptr [rbx+24], rdi
# i_bor_jssd
    mov rsi, qword ptr [rbx+8]
    mov rax, qword ptr [rbx+24]
# are both operands small?
    mov edi, esi
    and edi, eax
    and edi, 15
    cmp edi, 15
    short jne L1314
    or rax, rsi
    short jmp L1315
L1314:
    call 140320710851504
    je label_415
L1315:
    mov qword ptr [rbx+8], rax
# line_I
# i_band_ssjd
    mov rsi, qword ptr [rbx+8]
    mov rax, -4081
# simplified test for small operand since it is a number
    test esi, 1
    short je L1316
    and rax, rsi
    short jmp L1317
L1316:
    call 140320710851200
L1317:
    mov qword ptr [rbx+8], rax
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 15
    jne label_415
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1318
    mov ecx, 3
.db 0x66, 0x90
    call 140320710850576
L1318:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp], rdi
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+16]
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+30]
    movups xmmword ptr [rbx+8], xmm0
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rbx+8], xmm0
# swap_dd
    mov rdi, qword ptr [rbx]
    mov rsi, qword ptr [rbx+16]
    mov qword ptr [rbx+16], rdi
    mov qword ptr [rbx], rsi
# line_I
# i_call_f
.db 0x90
    call do_del_host/3
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1319
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1319:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 35723
    mov qword ptr [r15+16], 30603
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
    jl L745
    ret
# label_L
label_405:
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_415
    cmp dword ptr [rsi-2], 128
    jne label_415
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx+8]
    rex test sil, 1
    jne label_415
    cmp dword ptr [rsi-2], 256
    jne label_415
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+32], rdi
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx+32]
    rex test sil, 1
    jne label_415
    cmp dword ptr [rsi-2], 256
    jne label_415
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+6]
    movups xmmword ptr [rbx+40], xmm0
# i_bor_jssd
    mov rsi, qword ptr [rbx+40]
    mov rax, qword ptr [rbx+48]
# are both operands small?
    mov edi, esi
    and edi, eax
    and edi, 15
    cmp edi, 15
    short jne L1320
    or rax, rsi
    short jmp L1321
L1320:
    call 140320710851504
    je label_415
L1321:
    mov qword ptr [rbx+40], rax
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx+48], rdi
# i_bor_jssd
    mov rsi, qword ptr [rbx+40]
    mov rax, qword ptr [rbx+48]
# are both operands small?
    mov edi, esi
    and edi, eax
    and edi, 15
    cmp edi, 15
    short jne L1322
    or rax, rsi
    short jmp L1323
L1322:
    call 140320710851504
    je label_415
L1323:
    mov qword ptr [rbx+40], rax
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+30]
    mov qword ptr [rbx+8], rdi
# i_bor_jssd
    mov rsi, qword ptr [rbx+40]
    mov rax, qword ptr [rbx+8]
# are both operands small?
    mov edi, esi
    and edi, eax
    and edi, 15
    cmp edi, 15
    short jne L1324
    or rax, rsi
    short jmp L1325
L1324:
    call 140320710851504
    je label_415
L1325:
    mov qword ptr [rbx+8], rax
# line_I
# i_band_ssjd
    mov rsi, qword ptr [rbx+8]
    mov rax, -4081
# simplified test for small operand since it is a number
    test esi, 1
    short je L1326
    and rax, rsi
    short jmp L1327
L1326:
    call 140320710851200
L1327:
    mov qword ptr [rbx+8], rax
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 15
    jne label_415
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+32]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+40], rdi
# i_bor_jssd
    mov rsi, qword ptr [rbx+8]
    mov rax, qword ptr [rbx+40]
# are both operands small?
    mov edi, esi
    and edi, eax
    and edi, 15
    cmp edi, 15
    short jne L1328
    or rax, rsi
    short jmp L1329
L1328:
    call 140320710851504
    je label_415
L1329:
    mov qword ptr [rbx+8], rax
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+32]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx+40], rdi
# i_bor_jssd
    mov rsi, qword ptr [rbx+8]
    mov rax, qword ptr [rbx+40]
# are both operands small?
    mov edi, esi
    and edi, eax
    and edi, 15
    cmp edi, 15
    short jne L1330
    or rax, rsi
    short jmp L1331
L1330:
    call 140320710851504
    je label_415
L1331:
    mov qword ptr [rbx+8], rax
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+32]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+30]
    mov qword ptr [rbx+32], rdi
# i_bor_jssd
    mov rsi, qword ptr [rbx+8]
    mov rax, qword ptr [rbx+32]
# are both operands small?
    mov edi, esi
    and edi, eax
    and edi, 15
    cmp edi, 15
    short jne L1332
    or rax, rsi
    short jmp L1333
L1332:
    call 140320710851504
    je label_415
L1333:
    mov qword ptr [rbx+8], rax
# i_band_ssjd
    mov rsi, qword ptr [rbx+8]
    mov rax, -4081
# simplified test for small operand since it is a number
    test esi, 1
    short je L1334
    and rax, rsi
    short jmp L1335
L1334:
    call 140320710851200
L1335:
    mov qword ptr [rbx+8], rax
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 15
    jne label_415
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1336
    mov ecx, 4
    call 140320710850576
L1336:
    sub rsp, 24
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+16], 1
    vmovups xmmword ptr [rsp+8], xmm0
# i_move_sd
    mov qword ptr [rbx+8], 447435
# i_move_sd
    mov qword ptr [rbx+16], 47
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L1337:
L1338:
    long mov rcx, 9223372036854775807
    mov rax, 94919179495296
    lea rdx, qword ptr [L1337]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1339
    mov ecx, 1
    call 140320710850576
L1339:
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
# line_I
# call_light_bif_be
    align 4
L1340:
L1341:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927824
    lea rdx, qword ptr [L1340]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1342
    mov ecx, 1
    call 140320710850576
L1342:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 447435
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
# call_light_bif_be
    align 4
L1343:
L1344:
    long mov rcx, 9223372036854775807
    mov rax, 94919179488416
    lea rdx, qword ptr [L1343]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1345
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1345:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 35723
    mov qword ptr [r15+16], 30603
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
    jl L745
    ret
# label_L
label_406:
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1346
    mov ecx, 4
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1346:
    sub rsp, 24
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+16], 1
    vmovups xmmword ptr [rsp+8], xmm0
# i_move_sd
    mov qword ptr [rbx+8], 447371
# i_move_sd
    mov qword ptr [rbx+16], 47
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L1347:
L1348:
    long mov rcx, 9223372036854775807
    mov rax, 94919179495296
    lea rdx, qword ptr [L1347]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call lists_subtract/2
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_trim_t
    add rsp, 8
# line_I
# call_light_bif_be
    align 4
L1349:
L1350:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927824
    lea rdx, qword ptr [L1349]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1351
    mov ecx, 1
    call 140320710850576
L1351:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 447371
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
# call_light_bif_be
    align 4
L1352:
L1353:
    long mov rcx, 9223372036854775807
    mov rax, 94919179488416
    lea rdx, qword ptr [L1352]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1354
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1354:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 35723
    mov qword ptr [r15+16], 30603
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
    jl L745
    ret
# label_L
label_407:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1355
    mov ecx, 4
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1355:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx+8], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call do_add_rrs/3
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1356
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1356:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 35723
    mov qword ptr [r15+16], 30603
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
    jl L745
    ret
# label_L
label_408:
# i_call_only_f
    jmp handle_rc_list/3
# label_L
label_409:
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 35979
    je label_411
    cmp rsi, 40971
    je label_410
    cmp rsi, 147531
    je label_414
    cmp rsi, 443339
    je label_413
    cmp rsi, 445899
    je label_412
    jmp label_415
# label_L
label_410:
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L1357
    mov ecx, 3
.db 0x90
    call 140320710850576
L1357:
# put_tuple2_SA
# Move arity word
    mov edi, 256
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 40971
    mov qword ptr [r15+16], 523
    mov qword ptr [r15+24], 30603
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15+32], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 40
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L745
    ret
# label_L
label_411:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1358
    mov ecx, 4
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1358:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
    call reset_db/1
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+70]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
    call stop_timer/1
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call init_timer/0
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+16], rdi
# i_trim_t
    add rsp, 8
# i_move_sd
    mov qword ptr [rbx], 159
# call_light_bif_be
    align 4
L1359:
L1360:
    long mov rcx, 9223372036854775807
    mov rax, 94919179098736
    lea rdx, qword ptr [L1359]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1361
    mov ecx, 1
    call 140320710850576
L1361:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 35723
    mov qword ptr [r15+16], 30603
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+24], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx], rdi
# deallocate_t
# return
    dec r14
    jl L745
    ret
# label_L
label_412:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1362
    mov ecx, 4
    call 140320710850576
L1362:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp], rdi
# i_move_sd
L1363:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L1364:
L1365:
    long mov rcx, 9223372036854775807
    mov rax, 94919179488416
    lea rdx, qword ptr [L1364]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1366
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1366:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 35723
    mov qword ptr [r15+16], 30603
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
    jl L745
    ret
# label_L
label_413:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1367
    mov ecx, 3
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1367:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp], rdi
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+16]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+30]
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L1368:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+38]
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L1369:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1370
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1370:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 35723
    mov qword ptr [r15+16], 30603
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
    jl L745
    ret
# label_L
label_414:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1371
    mov ecx, 3
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1371:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp], rdi
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+16]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L1372:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1373
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1373:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 35723
    mov qword ptr [r15+16], 30603
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
    jl L745
    ret
# label_L
label_415:
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1374
    mov ecx, 3
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1374:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 35723
    mov qword ptr [r15+16], 779
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15+24], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L745
    ret
# label_L
label_416:
# line_I
# case_end_s
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 7248
    xor ecx, ecx
    call 140320710854352
# label_L
label_417:
# line_I
    nop
# case_end_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 7248
    xor ecx, ecx
    call 140320710854352
# label_L
label_418:
# line_I
    nop
# case_end_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 7248
    xor ecx, ecx
    call 140320710854352
# label_L
label_419:
# line_I
    nop
# case_end_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 7248
    xor ecx, ecx
    call 140320710854352
# label_L
label_420:
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
label_421:
# i_func_info_IaaI
# inet_db:handle_cast/2
    call L743
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x7C, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
handle_cast/2:
# i_breakpoint_trampoline
    short jmp L1375
.db 0x00
    call L746
    align 8
L1375:
# i_test_yield
    lea rdx, qword ptr [handle_cast/2+24]
    dec r14
    jle L744
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1376
    mov ecx, 2
    call 140320710850576
L1376:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 219467
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L745
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_423:
# i_func_info_IaaI
# inet_db:handle_info/2
    call L743
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x7D, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
handle_info/2:
# i_breakpoint_trampoline
    short jmp L1377
.db 0x00
    call L746
    align 8
L1377:
# i_test_yield
    lea rdx, qword ptr [handle_info/2+24]
    dec r14
    jle L744
# is_eq_exact_fss
    cmp qword ptr [rbx], 453131
    jne label_425
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx+8]
    rex test sil, 1
    jne label_426
    cmp dword ptr [rsi-2], 576
    jne label_426
    cmp qword ptr [rsi+6], 85451
    jne label_426
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1378
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L1378:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call times/0
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx+8], rdi
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rbx], xmm0
# i_call_f
.db 0x90
    call delete_expired/2
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call init_timer/0
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+16], rdi
# i_trim_t
    add rsp, 8
# i_move_sd
    mov qword ptr [rbx], 159
# call_light_bif_be
    align 4
L1379:
L1380:
    long mov rcx, 9223372036854775807
    mov rax, 94919179098736
    lea rdx, qword ptr [L1379]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1381
    mov ecx, 1
    call 140320710850576
L1381:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 219467
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# deallocate_t
# return
    dec r14
    jl L745
    ret
# label_L
label_425:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1382
    mov ecx, 2
    call 140320710850576
L1382:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 219467
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L745
    ret
# label_L
label_426:
# line_I
# badrecord_s
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 20560
    xor ecx, ecx
    call 140320710854352
# func_line_I
    nop
# aligned_label_Lt
    align 8
label_427:
# i_func_info_IaaI
# inet_db:terminate/2
    call L743
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x5A, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
terminate/2:
# i_breakpoint_trampoline
    short jmp L1383
.db 0x00
    call L746
    align 8
L1383:
# i_test_yield
    lea rdx, qword ptr [terminate/2+24]
    dec r14
    jle L744
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx+8]
    rex test sil, 1
    jne label_429
    cmp dword ptr [rsi-2], 576
    jne label_429
    cmp qword ptr [rsi+6], 85451
    jne label_429
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1384
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1384:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+70]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
    call stop_timer/1
# i_move_sd
    mov qword ptr [rbx], 30603
# deallocate_t
# return
    dec r14
    jl L745
    ret
# label_L
label_429:
# badrecord_s
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 20560
    xor ecx, ecx
    call 140320710854352
# func_line_I
    nop
# aligned_label_Lt
    align 8
label_430:
# i_func_info_IaaI
# inet_db:handle_set_file/7
    call L743
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xEA, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
handle_set_file/7:
# i_breakpoint_trampoline
    short jmp L1385
.db 0x00
    call L746
    align 8
L1385:
# i_test_yield
    lea rdx, qword ptr [handle_set_file/7+24]
    dec r14
    jle L744
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+48]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+56], rdi
# is_integer_fs
    mov rdi, qword ptr [rbx+8]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L1386
    test al, 1
    jne label_435
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_435
L1386:
# allocate_tt
    lea rdx, qword ptr [r15+104]
    cmp rdx, rsp
    short jbe L1387
    mov ecx, 8
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1387:
    sub rsp, 72
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+48], 1
    vmovups xmmword ptr [rsp], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+32], 1
    vmovups xmmword ptr [rsp+16], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+16], 1
    vmovups xmmword ptr [rsp+32], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp+48], xmm0
# catch_yf
    inc qword ptr [r13+264]
L1388:
    mov eax, 2147483647
    mov qword ptr [rsp+64], rax
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx+16], 47
# i_move_sd
    mov rdi, qword ptr [rbx+56]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L1389:
L1390:
    long mov rcx, 9223372036854775807
    mov rax, 94919179495296
    lea rdx, qword ptr [L1389]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# try_end_y
    dec qword ptr [r13+264]
    mov qword ptr [rsp+64], 59
# is_eq_exact_fss
    mov rsi, qword ptr [rsp+48]
    mov rdi, qword ptr [rbx]
    cmp rdi, rsi
    short je L1391
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_433
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_433
L1391:
# i_move_sd
    mov rdi, qword ptr [rsp+56]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov eax, 59
    lea rdi, qword ptr [rsp+48]
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# line_I
# i_call_f
.db 0x66, 0x90
    call res_optname/1
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx+16], 47
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# call_light_bif_be
    align 4
L1392:
L1393:
    long mov rcx, 9223372036854775807
    mov rax, 94919179495296
    lea rdx, qword ptr [L1392]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+64], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov qword ptr [rbx+16], 47
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rsp+56], rdi
# i_trim_t
    add rsp, 16
# line_I
# call_light_bif_be
    align 4
L1394:
L1395:
    long mov rcx, 9223372036854775807
    mov rax, 94919179495296
    lea rdx, qword ptr [L1394]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [rbx+48], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp], 1
    vmovups xmmword ptr [rbx+32], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+16], 1
    vmovups xmmword ptr [rbx+16], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+48]
    mov qword ptr [rbx+8], rdi
# i_call_last_ft
    add rsp, 56
    jmp handle_update_file/7
# label_L
label_432:
# try_case_y
    dec qword ptr [r13+264]
    mov rax, qword ptr [rbx+24]
    mov qword ptr [rbx], rax
# is_eq_exact_fss
    cmp qword ptr [rbx], 779
    jne label_434
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 4747
    jne label_434
# label_L
label_433:
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1396
    xor ecx, ecx
.db 0x66, 0x90
    call 140320710850576
L1396:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 35723
    mov qword ptr [r15+16], 30603
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15+24], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 72
# return
    dec r14
    jl L745
    ret
# label_L
label_434:
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
label_435:
# allocate_tt
    lea rdx, qword ptr [r15+96]
    cmp rdx, rsp
    short jbe L1397
    mov ecx, 8
    call 140320710850576
L1397:
    sub rsp, 64
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+48], 1
    vmovups xmmword ptr [rsp], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+32], 1
    vmovups xmmword ptr [rsp+16], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+16], 1
    vmovups xmmword ptr [rsp+32], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp+48], xmm0
# line_I
# i_call_f
.db 0x90
    call res_check_option/2
# is_eq_exact_fss
    cmp qword ptr [rbx], 75
    jne label_438
# is_nil_fS
    cmp qword ptr [rsp+48], 59
    jne label_436
# i_move_sd
    mov rdi, qword ptr [rsp+56]
    mov qword ptr [rbx], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp], 1
    vmovups xmmword ptr [rsp+48], xmm0
# i_trim_t
    add rsp, 16
# line_I
# i_call_f
    call res_optname/1
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1398
    mov ecx, 1
    call 140320710850576
L1398:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    mov qword ptr [r15+16], 59
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [rbx], rdi
# call_light_bif_be
    align 4
L1399:
L1400:
    long mov rcx, 9223372036854775807
    mov rax, 94919179488416
    lea rdx, qword ptr [L1399]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rsp+16], rdi
# i_trim_t
    add rsp, 8
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L1401:
L1402:
    long mov rcx, 9223372036854775807
    mov rax, 94919179499520
    lea rdx, qword ptr [L1401]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rsp+32], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rsp+16], rdi
# i_trim_t
    add rsp, 16
# line_I
# call_light_bif_be
    align 4
L1403:
L1404:
    long mov rcx, 9223372036854775807
    mov rax, 94919179499520
    lea rdx, qword ptr [L1403]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
L1405:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov qword ptr [rbx+8], 59
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+32], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 24
    jmp handle_set_file/5
# label_L
label_436:
# is_eq_exact_fss
    cmp qword ptr [rsp+24], 907
    jne label_437
# i_move_sd
    mov rdi, qword ptr [rsp+48]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rsp+48], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rsp+24], rdi
# i_trim_t
    add rsp, 24
# line_I
# i_call_ext_e
L1406:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# swap_dd
    mov rdi, qword ptr [rsp+32]
    mov rsi, qword ptr [rbx]
    mov qword ptr [rbx], rdi
    mov qword ptr [rsp+32], rsi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call res_optname/1
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1407
    mov ecx, 1
    call 140320710850576
L1407:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rsp+32], rdi
# i_trim_t
    add rsp, 8
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# call_light_bif_be
    align 4
L1408:
L1409:
    long mov rcx, 9223372036854775807
    mov rax, 94919179488416
    lea rdx, qword ptr [L1408]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1410
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1410:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+8], rdi
    mov qword ptr [r15+16], 907
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx+8], rdi
# i_trim_t
    add rsp, 8
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L1411:
L1412:
    long mov rcx, 9223372036854775807
    mov rax, 94919179488416
    lea rdx, qword ptr [L1411]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call times/0
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rbx]
    mov rdx, -96
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L1413
    mov rax, rsi
    add rax, rdx
    short jno L1414
L1413:
    call 140320710853080
L1414:
    mov qword ptr [rbx], rax
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1415
    mov ecx, 1
.db 0x90
    call 140320710850576
L1415:
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
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# i_trim_t
    add rsp, 16
# line_I
# call_light_bif_be
    align 4
L1416:
L1417:
    long mov rcx, 9223372036854775807
    mov rax, 94919179488416
    lea rdx, qword ptr [L1416]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1418
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1418:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 35723
    mov qword ptr [r15+16], 30603
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
    jl L745
    ret
# label_L
label_437:
# i_move_sd
    mov rdi, qword ptr [rsp+48]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rsp+48], rdi
# i_trim_t
    add rsp, 8
# line_I
# i_call_ext_e
L1419:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# swap_dd
    mov rdi, qword ptr [rsp+48]
    mov rsi, qword ptr [rbx]
    mov qword ptr [rbx], rdi
    mov qword ptr [rsp+48], rsi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call res_optname/1
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1420
    mov ecx, 1
    call 140320710850576
L1420:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    mov rdi, qword ptr [rsp+48]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rsp+40], rdi
# i_trim_t
    add rsp, 8
# call_light_bif_be
    align 4
L1421:
L1422:
    long mov rcx, 9223372036854775807
    mov rax, 94919179488416
    lea rdx, qword ptr [L1421]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx+48], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp], 1
    vmovups xmmword ptr [rbx+32], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+16], 1
    vmovups xmmword ptr [rbx+16], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx], 907
# i_call_last_ft
    add rsp, 48
    jmp handle_update_file/7
# label_L
label_438:
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1423
    xor ecx, ecx
    call 140320710850576
L1423:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 35723
    mov qword ptr [r15+16], 779
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15+24], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 64
# return
    dec r14
    jl L745
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_439:
# i_func_info_IaaI
# inet_db:handle_set_file/5
    call L743
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xEA, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
handle_set_file/5:
# i_breakpoint_trampoline
    short jmp L1424
.db 0x00
    call L746
    align 8
L1424:
# i_test_yield
    lea rdx, qword ptr [handle_set_file/5+24]
    dec r14
    jle L744
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1425
    mov ecx, 5
    call 140320710850576
L1425:
    sub rsp, 16
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+24], 1
    vmovups xmmword ptr [rsp], xmm0
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rbx+8], xmm0
# swap_dd
    mov rdi, qword ptr [rbx]
    mov rsi, qword ptr [rbx+16]
    mov qword ptr [rbx+16], rdi
    mov qword ptr [rbx], rsi
# line_I
# i_call_fun2_atS
    mov rcx, qword ptr [rbx+16]
    mov edx, 2
    mov rsi, 140320710850960
    lea r8, qword ptr [L1426]
    test ecx, 1
    short jne L1426
# skipped fun test since source is always a fun when boxed
    cmp byte ptr [rcx+22], dl
    mov rax, qword ptr [rcx+6]
    mov rdi, qword ptr [rax+r12*8]
L1426:
    cmovne rdi, rsi
    call rdi
.db 0x0F, 0x1F, 0x00
    call rdi
# is_eq_exact_fss
    cmp qword ptr [rbx], 779
    jne label_441
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1427
    xor ecx, ecx
.db 0x66, 0x90
    call 140320710850576
L1427:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 35723
    mov qword ptr [r15+16], 779
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+24], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L745
    ret
# label_L
label_441:
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp], 1
    vmovups xmmword ptr [rbx+8], xmm0
# i_call_last_ft
    add rsp, 16
    jmp handle_rc_list/3
# func_line_I
# aligned_label_Lt
    align 8
label_442:
# i_func_info_IaaI
# inet_db:handle_update_file/7
    call L743
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xEA, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
handle_update_file/7:
# i_breakpoint_trampoline
    short jmp L1428
.db 0x00
    call L746
    align 8
L1428:
# i_test_yield
    lea rdx, qword ptr [handle_update_file/7+24]
    dec r14
    jle L744
# allocate_tt
    lea rdx, qword ptr [r15+88]
    cmp rdx, rsp
    short jbe L1429
    mov ecx, 7
    call 140320710850576
L1429:
    sub rsp, 56
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+40], 1
    vmovups xmmword ptr [rsp], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+24], 1
    vmovups xmmword ptr [rsp+16], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rsp+32], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+48], rdi
# line_I
# i_call_f
.db 0x90
    call times/0
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1430
    mov ecx, 1
    call 140320710850576
L1430:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [r15+8], rdi
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx+8], rdi
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rsp+32], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx], rdi
# call_light_bif_be
    align 4
L1431:
L1432:
    long mov rcx, 9223372036854775807
    mov rax, 94919179488416
    lea rdx, qword ptr [L1431]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L1433:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_447
    cmp dword ptr [rsi-2], 128
    jne label_447
    cmp qword ptr [rsi+6], 30603
    jne label_447
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# is_eq_exact_fss
    mov rsi, qword ptr [rsp+48]
    mov rdi, qword ptr [rbx]
    cmp rdi, rsi
    short je L1434
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_444
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_444
L1434:
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1435
    xor ecx, ecx
.db 0x90
    call 140320710850576
L1435:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 35723
    mov qword ptr [r15+16], 30603
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+24], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 56
# return
    dec r14
    jl L745
    ret
# label_L
label_444:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1436
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1436:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [r15+8], rdi
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov eax, 59
    lea rdi, qword ptr [rsp+24]
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
    mov qword ptr [rsp+48], rax
# line_I
# call_light_bif_be
    align 4
L1437:
L1438:
    long mov rcx, 9223372036854775807
    mov rax, 94919179488416
    lea rdx, qword ptr [L1437]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L1439:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_445
    cmp dword ptr [rsi-2], 192
    jne label_445
    cmp qword ptr [rsi+6], 30603
    jne label_445
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+16], rdi
# jump_f
    jmp label_446
# label_L
label_445:
# i_move_sd
L1440:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+16], rdi
# label_L
label_446:
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp], 1
    vmovups xmmword ptr [rbx+24], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 56
    jmp handle_set_file/5
# label_L
label_447:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1441
    xor ecx, ecx
.db 0x66, 0x90
    call 140320710850576
L1441:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [r15+8], rdi
    mov qword ptr [r15+16], 907
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rsp+48], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+8], 1
    vmovups xmmword ptr [rsp+24], xmm0
# i_trim_t
    add rsp, 24
# line_I
# call_light_bif_be
    align 4
L1442:
L1443:
    long mov rcx, 9223372036854775807
    mov rax, 94919179488416
    lea rdx, qword ptr [L1442]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
L1444:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx+32], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 32
    jmp handle_set_file/5
# func_line_I
# aligned_label_Lt
    align 8
label_448:
# i_func_info_IaaI
# inet_db:do_add_host/5
    call L743
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xEA, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
do_add_host/5:
# i_breakpoint_trampoline
    short jmp L1445
.db 0x00
    call L746
    align 8
L1445:
# i_test_yield
    lea rdx, qword ptr [do_add_host/5+24]
    dec r14
    jle L744
# allocate_tt
    lea rdx, qword ptr [r15+104]
    cmp rdx, rsp
    short jbe L1446
    mov ecx, 5
    call 140320710850576
L1446:
    sub rsp, 72
# init_yregs_I
    mov eax, 59
    mov rdi, rsp
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
    mov qword ptr [rsp+64], rax
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+24], 1
    vmovups xmmword ptr [rsp+24], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rsp+40], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+56], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call '-do_add_host/5-lc$^0/1-0-'/1
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+24], 1
    vmovups xmmword ptr [rbx+8], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+56]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [rbx+32], rdi
# swap_dd
    mov rdi, qword ptr [rbx]
    mov rsi, qword ptr [rbx+24]
    mov qword ptr [rbx+24], rdi
    mov qword ptr [rbx], rsi
# line_I
# i_call_f
.db 0x66, 0x90
    call add_ip_bynms/5
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1447
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1447:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
# (moving and swapping two elements at once)
    vpermilpd xmm0, xmmword ptr [rsp+24], 1
    vmovups xmmword ptr [r15+8], xmm0
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rsp+8], rdi
# catch_yf
    inc qword ptr [r13+264]
L1448:
    mov eax, 2147483647
    mov qword ptr [rsp+64], rax
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx+16], 47
# i_move_sd
    mov rdi, qword ptr [rsp+48]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L1449:
L1450:
    long mov rcx, 9223372036854775807
    mov rax, 94919179495296
    lea rdx, qword ptr [L1449]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# try_end_y
    dec qword ptr [r13+264]
    mov qword ptr [rsp+64], 59
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L1451
    xor ecx, ecx
    call 140320710850576
L1451:
# i_make_fun3_FStt
L1452:
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
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+16], rdi
# i_move_sd
L1453:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+8], rdi
# init_yregs_I
    mov qword ptr [rsp+16], 59
# line_I
# i_call_ext_e
L1454:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x90
    call qword ptr [rax+r12*8]
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+64], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov qword ptr [rsp], 59
# line_I
# i_call_f
    call '-do_add_host/5-lc$^2/1-2-'/1
# i_move_sd
    mov rdi, qword ptr [rsp+64]
    mov qword ptr [rbx+8], rdi
# init_yregs_I
    mov qword ptr [rsp+64], 59
# i_call_f
.db 0x90
    call '-do_add_host/5-lc$^3/1-1-'/2
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+24], 1
    vmovups xmmword ptr [rbx+8], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+56]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov eax, 59
    lea rdi, qword ptr [rsp+24]
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
    mov qword ptr [rsp+56], rax
# line_I
# i_call_f
    call del_ip_bynms/4
# jump_f
    jmp label_451
# label_L
label_450:
# try_case_y
    dec qword ptr [r13+264]
    mov rax, qword ptr [rbx+24]
    mov qword ptr [rbx], rax
# is_eq_exact_fss
    cmp qword ptr [rbx], 779
    jne label_452
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 4747
    jne label_452
# label_L
label_451:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1455
    xor ecx, ecx
.db 0x90
    call 140320710850576
L1455:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15+8], rdi
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+48]
    mov qword ptr [rbx], rdi
# i_trim_t
    add rsp, 72
# line_I
# call_light_bif_be
    align 4
L1456:
L1457:
    long mov rcx, 9223372036854775807
    mov rax, 94919179488416
    lea rdx, qword ptr [L1456]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov qword ptr [rbx], 30603
# deallocate_t
# return
    dec r14
    jl L745
    ret
# label_L
label_452:
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
label_453:
# i_func_info_IaaI
# inet_db:do_del_host/3
    call L743
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xEB, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
do_del_host/3:
# i_breakpoint_trampoline
    short jmp L1458
.db 0x00
    call L746
    align 8
L1458:
# i_test_yield
    lea rdx, qword ptr [do_del_host/3+24]
    dec r14
    jle L744
# allocate_tt
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L1459
    mov ecx, 3
    call 140320710850576
L1459:
    sub rsp, 48
# init_yregs_I
    mov eax, 59
    mov rdi, rsp
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
    mov qword ptr [rsp+40], rax
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rsp+16], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+32], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x66, 0x90
    call inet_family/1
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1460
    mov ecx, 1
    call 140320710850576
L1460:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rsp+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# catch_yf
    inc qword ptr [r13+264]
L1461:
    mov eax, 2147483647
    mov qword ptr [rsp+40], rax
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx+16], 47
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L1462:
L1463:
    long mov rcx, 9223372036854775807
    mov rax, 94919179495296
    lea rdx, qword ptr [L1462]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# try_end_y
    dec qword ptr [r13+264]
    mov qword ptr [rsp+40], 59
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call '-do_del_host/3-lc$^0/1-0-'/1
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov eax, 59
    mov qword ptr [rsp], rax
    mov qword ptr [rsp+16], rax
    mov qword ptr [rsp+32], rax
# line_I
# i_call_f
    call del_ip_bynms/4
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov eax, 59
    mov qword ptr [rsp+8], rax
    mov qword ptr [rsp+24], rax
# line_I
# call_light_bif_be
    align 4
L1464:
L1465:
    long mov rcx, 9223372036854775807
    mov rax, 94919179499520
    lea rdx, qword ptr [L1464]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# is_eq_exact_fss
    cmp qword ptr [rbx], 75
    jne label_458
# jump_f
    jmp label_456
# label_L
label_455:
# try_case_y
    dec qword ptr [r13+264]
    mov rax, qword ptr [rbx+24]
    mov qword ptr [rbx], rax
# is_eq_exact_fss
    cmp qword ptr [rbx], 779
    jne label_457
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 4747
    jne label_457
# label_L
label_456:
# i_move_sd
    mov qword ptr [rbx], 30603
# deallocate_t
    add rsp, 48
# return
    dec r14
    jl L745
    ret
# label_L
label_457:
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
label_458:
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
label_459:
# i_func_info_IaaI
# inet_db:add_ip_bynms/5
    call L743
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xEB, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
add_ip_bynms/5:
# i_breakpoint_trampoline
    short jmp L1466
.db 0x00
    call L746
    align 8
L1466:
# i_test_yield
    lea rdx, qword ptr [add_ip_bynms/5+24]
    dec r14
    jle L744
# test_heap_It
    lea rdx, qword ptr [r15+104]
    cmp rdx, rsp
    short jbe L1467
    mov ecx, 5
    call 140320710850576
L1467:
# i_make_fun3_FStt
L1468:
    long mov rsi, 9223372036854775807
    mov edx, 1
    mov ecx, 4
    mov qword ptr [r13+80], r15
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919179755328
    mov rsp, rbp
    mov r15, qword ptr [r13+80]
# Move fun environment
    mov rdi, qword ptr [rbx]
    mov qword ptr [rax+40], rdi
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rax+48], rdi
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rax+56], rdi
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rax+64], rdi
# Create boxed ptr
    or al, 2
    mov qword ptr [rbx], rax
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx+8], rdi
# line_I
# i_call_ext_only_e
L1469:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# func_line_I
# aligned_label_Lt
    align 8
label_461:
# i_func_info_IaaI
# inet_db:del_ip_bynms/4
    call L743
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xEB, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
del_ip_bynms/4:
# i_breakpoint_trampoline
    short jmp L1470
.db 0x00
    call L746
    align 8
L1470:
# i_test_yield
    lea rdx, qword ptr [del_ip_bynms/4+24]
    dec r14
    jle L744
# test_heap_It
    lea rdx, qword ptr [r15+96]
    cmp rdx, rsp
    short jbe L1471
    mov ecx, 4
    call 140320710850576
L1471:
# i_make_fun3_FStt
L1472:
    long mov rsi, 9223372036854775807
    mov edx, 1
    mov ecx, 3
    mov qword ptr [r13+80], r15
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919179755328
    mov rsp, rbp
    mov r15, qword ptr [r13+80]
# Move fun environment
    mov rdi, qword ptr [rbx]
    mov qword ptr [rax+40], rdi
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rax+48], rdi
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rax+56], rdi
# Create boxed ptr
    or al, 2
    mov qword ptr [rbx], rax
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx+8], rdi
# line_I
# i_call_ext_only_e
L1473:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# func_line_I
# aligned_label_Lt
    align 8
label_463:
# i_func_info_IaaI
# inet_db:inet_family/1
    call L743
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xEB, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
inet_family/1:
# i_breakpoint_trampoline
    short jmp L1474
.db 0x00
    call L746
    align 8
L1474:
# i_test_yield
    lea rdx, qword ptr [inet_family/1+24]
    dec r14
    jle L744
# i_is_tuple_fs
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    short jne label_463
    test byte ptr [rsi-2], 63
    short jne label_463
# i_test_arity_fsA
    mov rsi, qword ptr [rbx]
    cmp dword ptr [rsi-2], 256
    jne label_465
# i_move_sd
    mov qword ptr [rbx], 69323
# return
    dec r14
    jl L745
    ret
# label_L
label_465:
# i_test_arity_fsA
    mov rsi, qword ptr [rbx]
    cmp dword ptr [rsi-2], 512
    short jne label_463
# i_move_sd
    mov qword ptr [rbx], 98379
# return
    dec r14
    jl L745
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_466:
# i_func_info_IaaI
# inet_db:load_hosts_list/3
    call L743
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xEC, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
load_hosts_list/3:
# i_breakpoint_trampoline
    short jmp L1475
.db 0x00
    call L746
    align 8
L1475:
# i_test_yield
    lea rdx, qword ptr [load_hosts_list/3+24]
    dec r14
    jle L744
# allocate_tt
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1476
    mov ecx, 3
    call 140320710850576
L1476:
    sub rsp, 32
# init_yregs_I
    mov eax, 59
    mov rdi, rsp
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rsp+16], xmm0
# line_I
# i_call_f
.db 0x66, 0x90
    call load_hosts_list/1
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# get_two_tuple_elements_sPSS
    vpermilpd xmm0, xmmword ptr [rsi+6], 1
    vmovups xmmword ptr [rsp], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L1477:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# i_call_f
.db 0x0F, 0x1F, 0x00
    call '-load_hosts_list/3-lc$^0/1-0-'/1
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L1478:
L1479:
    long mov rcx, 9223372036854775807
    mov rax, 94919179488416
    lea rdx, qword ptr [L1478]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L1480:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# i_call_f
.db 0x0F, 0x1F, 0x00
    call '-load_hosts_list/3-lc$^1/1-1-'/1
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L1481:
L1482:
    long mov rcx, 9223372036854775807
    mov rax, 94919179488416
    lea rdx, qword ptr [L1481]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+8], 1
    vmovups xmmword ptr [rbx], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rsp+16], rdi
# i_trim_t
    add rsp, 16
# line_I
# i_call_f
.db 0x66, 0x90
    call ets_clean_map_keys/2
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp], 1
    vmovups xmmword ptr [rbx], xmm0
# i_call_last_ft
    add rsp, 16
    jmp ets_clean_map_keys/2
# func_line_I
# aligned_label_Lt
    align 8
label_468:
# i_func_info_IaaI
# inet_db:load_hosts_list/1
    call L743
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xEC, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
load_hosts_list/1:
# i_breakpoint_trampoline
    short jmp L1483
.db 0x00
    call L746
    align 8
L1483:
# i_test_yield
    lea rdx, qword ptr [load_hosts_list/1+24]
    dec r14
    jle L744
# i_move_sd
    mov qword ptr [rbx+16], 59
# i_move_sd
L1484:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+8], rdi
# i_call_only_f
    jmp load_hosts_list_byaddr/3
# func_line_I
# aligned_label_Lt
    align 8
label_470:
# i_func_info_IaaI
# inet_db:load_hosts_list_byaddr/3
    call L743
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xEC, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
load_hosts_list_byaddr/3:
# i_breakpoint_trampoline
    short jmp L1485
.db 0x00
    call L746
    align 8
L1485:
# i_test_yield
    lea rdx, qword ptr [load_hosts_list_byaddr/3+24]
    dec r14
    jle L744
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_473
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+24], xmm0
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx+24]
    rex test sil, 1
    short jne label_470
    cmp dword ptr [rsi-2], 192
    short jne label_470
# allocate_tt
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L1486
    mov ecx, 5
.db 0x66, 0x90
    call 140320710850576
L1486:
    sub rsp, 40
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+24]
    movups xmmword ptr [rsp+8], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rsp+24], xmm0
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+24]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x66, 0x90
    call inet_family/1
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1487
    mov ecx, 1
    call 140320710850576
L1487:
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
    mov qword ptr [rsp], rdi
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+8]
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+14]
    movups xmmword ptr [rbx], xmm0
# i_get_map_element_fSSS
    mov rdi, qword ptr [rsp+32]
    mov rsi, qword ptr [rsp]
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919178646704
    mov rsp, rbp
    test eax, eax
    je label_472
    mov qword ptr [rbx+16], rax
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1488
    mov ecx, 3
    call 140320710850576
L1488:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
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
# call_light_bif_be
    align 4
L1489:
L1490:
    long mov rcx, 9223372036854775807
    mov rax, 94919178928352
    lea rdx, qword ptr [L1489]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# update_map_exact_sjdtI
.section .rodata {#1}
L1491:
    align 8
.db 0x17, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx+8], rdi
    mov edx, 1
    mov ecx, 2
    lea r8, qword ptr [L1491]
    call 140320710854816
    mov qword ptr [rbx+8], rax
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 32
    jmp load_hosts_list_byaddr/3
# label_L
label_472:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1492
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L1492:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
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
# call_light_bif_be
    align 4
L1493:
L1494:
    long mov rcx, 9223372036854775807
    mov rax, 94919178928352
    lea rdx, qword ptr [L1493]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# update_map_assoc_sdtI
.section .rodata {#1}
L1495:
    align 8
.db 0x17, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx+8], rdi
    mov edx, 1
    mov ecx, 2
    lea r8, qword ptr [L1495]
    call 140320710854704
    mov qword ptr [rbx], rax
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1496
    mov ecx, 1
.db 0x90
    call 140320710850576
L1496:
# put_cons_ss
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+16], rsi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 32
    jmp load_hosts_list_byaddr/3
# label_L
label_473:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_470
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1497
    mov ecx, 3
.db 0x66, 0x90
    call 140320710850576
L1497:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L1498:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# i_move_sd
L1499:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_call_last_ft
    add rsp, 8
    jmp load_hosts_list_byname/3
# func_line_I
# aligned_label_Lt
    align 8
label_474:
# i_func_info_IaaI
# inet_db:load_hosts_list_byname/3
    call L743
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xEC, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
load_hosts_list_byname/3:
# i_breakpoint_trampoline
    short jmp L1500
.db 0x00
    call L746
    align 8
L1500:
# i_test_yield
    lea rdx, qword ptr [load_hosts_list_byname/3+24]
    dec r14
    jle L744
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_476
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+24], rsi
    mov qword ptr [rbx], rdx
# line_I
# i_bif2_ssjbd
    lea rsi, qword ptr [rbx-104]
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rsi], rdi
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsi+8], rdi
    mov rcx, 94919180022976
    call 140320710851304
    mov qword ptr [rbx+32], rax
# allocate_tt
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1501
    mov ecx, 5
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1501:
    sub rsp, 32
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rsp+16], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx], rdi
# i_call_ext_e
L1502:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp]
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+6]
    movups xmmword ptr [rbx+8], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+32], rdi
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+8]
    movups xmmword ptr [rbx], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rsp+16], rdi
# i_trim_t
    add rsp, 16
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call load_hosts_list_byname/5
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 16
    jmp load_hosts_list_byname/3
# label_L
label_476:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1503
    mov ecx, 3
    call 140320710850576
L1503:
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
    jl L745
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_477:
# i_func_info_IaaI
# inet_db:load_hosts_list_byname/5
    call L743
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xEC, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
load_hosts_list_byname/5:
# i_breakpoint_trampoline
    short jmp L1504
.db 0x00
    call L746
    align 8
L1504:
# i_test_yield
    lea rdx, qword ptr [load_hosts_list_byname/5+24]
    dec r14
    jle L744
# is_nonempty_list_fS
    test byte ptr [rbx+32], 2
    jne label_480
# allocate_tt
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L1505
    mov ecx, 5
.db 0x66, 0x90
    call 140320710850576
L1505:
    sub rsp, 40
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+16], 1
    vmovups xmmword ptr [rsp+8], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp+24], xmm0
# get_list_Sdd
    mov rdi, qword ptr [rbx+32]
    mov rsi, qword ptr [rdi-1]
    mov rdx, qword ptr [rdi+7]
    mov qword ptr [rbx], rsi
    mov qword ptr [rsp], rdx
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call tolower/1
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1506
    mov ecx, 1
    call 140320710850576
L1506:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [r15+8], rdi
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# i_get_map_element_fSSS
    mov rdi, qword ptr [rsp+16]
    mov rsi, qword ptr [rbx]
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919178646704
    mov rsp, rbp
    test eax, eax
    je label_479
    mov qword ptr [rbx+8], rax
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L1507
    mov ecx, 2
.db 0x90
    call 140320710850576
L1507:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# get_two_tuple_elements_sPSS
    vpermilpd xmm0, xmmword ptr [rsi+6], 1
    vmovups xmmword ptr [rbx+8], xmm0
# put_cons_ss
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+16]
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
# (moving and swapping two elements at once)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [r15+8], xmm0
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx+8], rdi
# line_I
# update_map_exact_sjdtI
.section .rodata {#1}
L1508:
    align 8
.db 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x13, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+16], rdi
    mov edx, 2
    mov ecx, 2
    lea r8, qword ptr [L1508]
.db 0x0F, 0x1F, 0x00
    call 140320710854816
    mov qword ptr [rbx+16], rax
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp], 1
    vmovups xmmword ptr [rbx+24], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+24], 1
    vmovups xmmword ptr [rbx], xmm0
# i_call_last_ft
    add rsp, 40
    jmp load_hosts_list_byname/5
# label_L
label_479:
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L1509
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1509:
# put_cons_ss
    mov rdi, qword ptr [rsp+24]
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
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+8], rdi
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx+8], rdi
# update_map_assoc_sdtI
.section .rodata {#1}
L1510:
    align 8
.db 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x13, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+16], rdi
    mov edx, 2
    mov ecx, 2
    lea r8, qword ptr [L1510]
.db 0x0F, 0x1F, 0x00
    call 140320710854704
    mov qword ptr [rbx+16], rax
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp], 1
    vmovups xmmword ptr [rbx+24], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+24], 1
    vmovups xmmword ptr [rbx], xmm0
# i_call_last_ft
    add rsp, 40
    jmp load_hosts_list_byname/5
# label_L
label_480:
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L745
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_481:
# i_func_info_IaaI
# inet_db:ets_clean_map_keys/2
    call L743
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xEC, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
ets_clean_map_keys/2:
# i_breakpoint_trampoline
    short jmp L1511
.db 0x00
    call L746
    align 8
L1511:
# i_test_yield
    lea rdx, qword ptr [ets_clean_map_keys/2+24]
    dec r14
    jle L744
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1512
    mov ecx, 2
    call 140320710850576
L1512:
    sub rsp, 16
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp], xmm0
# i_move_sd
    mov qword ptr [rbx+8], 75
# line_I
# call_light_bif_be
    align 4
L1513:
L1514:
    long mov rcx, 9223372036854775807
    mov rax, 94919179485568
    lea rdx, qword ptr [L1513]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# is_eq_exact_fss
    cmp qword ptr [rbx], 75
    jne label_484
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L1515:
L1516:
    long mov rcx, 9223372036854775807
    mov rax, 94919179486000
    lea rdx, qword ptr [L1515]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+16], rdi
# i_trim_t
    add rsp, 8
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_f
.db 0x90
    call ets_clean_map_keys/3
# i_move_sd
    mov qword ptr [rbx+8], 11
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_trim_t
    add rsp, 8
# line_I
# call_light_bif_be
    align 4
L1517:
L1518:
    long mov rcx, 9223372036854775807
    mov rax, 94919179485568
    lea rdx, qword ptr [L1517]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# is_eq_exact_fss
    cmp qword ptr [rbx], 75
    jne label_483
# i_move_sd
    mov qword ptr [rbx], 30603
# deallocate_t
# return
    dec r14
    jl L745
    ret
# label_L
label_483:
# badmatch_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 5200
    xor ecx, ecx
    call 140320710854352
# label_L
label_484:
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
label_485:
# i_func_info_IaaI
# inet_db:ets_clean_map_keys/3
    call L743
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xEC, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
ets_clean_map_keys/3:
# i_breakpoint_trampoline
    short jmp L1519
.db 0x00
    call L746
    align 8
L1519:
# i_test_yield
    lea rdx, qword ptr [ets_clean_map_keys/3+24]
    dec r14
    jle L744
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 267
    jne label_487
# i_move_sd
    mov qword ptr [rbx], 30603
# return
    dec r14
    jl L745
    ret
# label_L
label_487:
# i_get_map_element_fSSS
    mov rdi, qword ptr [rbx+8]
    mov rsi, qword ptr [rbx+16]
    call 140320710851984
    jne label_488
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1520
    mov ecx, 3
.db 0x90
    call 140320710850576
L1520:
    sub rsp, 16
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx+8], rdi
# line_I
# call_light_bif_be
    align 4
L1521:
L1522:
    long mov rcx, 9223372036854775807
    mov rax, 94919179486208
    lea rdx, qword ptr [L1521]
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
    jmp ets_clean_map_keys/3
# label_L
label_488:
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1523
    mov ecx, 3
    call 140320710850576
L1523:
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
    mov qword ptr [rbx+8], rdi
# line_I
# call_light_bif_be
    align 4
L1524:
L1525:
    long mov rcx, 9223372036854775807
    mov rax, 94919179499520
    lea rdx, qword ptr [L1524]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# is_eq_exact_fss
    cmp qword ptr [rbx], 75
    jne label_489
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_trim_t
    add rsp, 8
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L1526:
L1527:
    long mov rcx, 9223372036854775807
    mov rax, 94919179486208
    lea rdx, qword ptr [L1526]
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
    jmp ets_clean_map_keys/3
# label_L
label_489:
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
label_490:
# i_func_info_IaaI
# inet_db:handle_rc_list/3
    call L743
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xED, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
handle_rc_list/3:
# i_breakpoint_trampoline
    short jmp L1528
.db 0x00
    call L746
    align 8
L1528:
# i_test_yield
    lea rdx, qword ptr [handle_rc_list/3+24]
    dec r14
    jle L744
# is_nonempty_list_fS
    test byte ptr [rbx], 2
    jne label_494
# allocate_tt
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1529
    mov ecx, 3
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1529:
    sub rsp, 32
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rsp+16], xmm0
# get_list_Sdd
    mov rdi, qword ptr [rbx]
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rdi-1], 1
    vmovups xmmword ptr [rsp], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call rc_opt_req/1
# is_eq_exact_fss
    cmp qword ptr [rbx], 907
    jne label_492
# test_heap_It
    lea rdx, qword ptr [r15+112]
    cmp rdx, rsp
    short jbe L1530
    xor ecx, ecx
.db 0x66, 0x90
    call 140320710850576
L1530:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 5387
    mov rdi, qword ptr [rsp+8]
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
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 35723
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [r15+24], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 32
# return
    dec r14
    jl L745
    ret
# label_L
label_492:
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+16], 1
    vmovups xmmword ptr [rbx+8], xmm0
# init_yregs_I
    mov eax, 59
    lea rdi, qword ptr [rsp+8]
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# line_I
# i_call_f
.db 0x90
    call handle_calls/3
# i_test_arity_fsA
    mov rsi, qword ptr [rbx]
    cmp dword ptr [rsi-2], 192
    jne label_493
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+8], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 30603
    jne label_493
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 32
    jmp handle_rc_list/3
# label_L
label_493:
# deallocate_t
    add rsp, 32
# return
    dec r14
    jl L745
    ret
# label_L
label_494:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_495
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1531
    mov ecx, 3
.db 0x66, 0x90
    call 140320710850576
L1531:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 35723
    mov qword ptr [r15+16], 30603
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15+24], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L745
    ret
# label_L
label_495:
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1532
    mov ecx, 3
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1532:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 35723
    mov qword ptr [r15+16], 779
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15+24], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L745
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_496:
# i_func_info_IaaI
# inet_db:handle_calls/3
    call L743
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xED, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
handle_calls/3:
# i_breakpoint_trampoline
    short jmp L1533
.db 0x00
    call L746
    align 8
L1533:
# i_test_yield
    lea rdx, qword ptr [handle_calls/3+24]
    dec r14
    jle L744
# is_nonempty_list_fS
    test byte ptr [rbx], 2
    jne label_499
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1534
    mov ecx, 3
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1534:
    sub rsp, 16
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp+8], rdi
# get_list_Sdd
    mov rdi, qword ptr [rbx]
    mov rsi, qword ptr [rdi-1]
    mov rdx, qword ptr [rdi+7]
    mov qword ptr [rbx], rsi
    mov qword ptr [rsp], rdx
# line_I
# i_call_f
    call handle_call/3
# i_test_arity_fsA
    mov rsi, qword ptr [rbx]
    cmp dword ptr [rsi-2], 192
    jne label_501
# get_two_tuple_elements_sPSS
    vpermilpd xmm0, xmmword ptr [rsi+14], 1
    vmovups xmmword ptr [rbx], xmm0
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 30603
    jne label_498
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 16
    jmp handle_calls/3
# label_L
label_498:
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1535
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1535:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 35723
    mov qword ptr [r15+16], 779
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+24], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L745
    ret
# label_L
label_499:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_500
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1536
    mov ecx, 3
.db 0x66, 0x90
    call 140320710850576
L1536:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 35723
    mov qword ptr [r15+16], 30603
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15+24], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L745
    ret
# label_L
label_500:
# i_call_only_f
    jmp handle_call/3
# label_L
label_501:
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
label_502:
# i_func_info_IaaI
# inet_db:rc_opt_req/1
    call L743
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xED, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
rc_opt_req/1:
# i_breakpoint_trampoline
    short jmp L1537
.db 0x00
    call L746
    align 8
L1537:
# i_test_yield
    lea rdx, qword ptr [rc_opt_req/1+24]
    dec r14
    jle L744
# i_is_tuple_fs
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_523
    test byte ptr [rsi-2], 63
    jne label_523
# i_select_tuple_arity_SfI
    mov rsi, qword ptr [rbx]
# skipped box test since argument is always boxed
    mov esi, dword ptr [rsi-2]
# simplified tuple test since the source is always a tuple when boxed
    cmp esi, 128
    je label_509
    cmp esi, 192
    je label_504
    jne label_526
# label_L
label_504:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+6]
    movups xmmword ptr [rbx+8], xmm0
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx+24], rdi
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+8]
    cmp rsi, 172299
    je label_507
    cmp rsi, 447435
    je label_505
    cmp rsi, 449163
    je label_508
    cmp rsi, 449291
    je label_506
    jmp label_526
# label_L
label_505:
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L1538
    mov ecx, 4
.db 0x90
    call 140320710850576
L1538:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
# (moving two elements at once)
    movups xmm0, xmmword ptr [rbx+16]
    movups xmmword ptr [r15+8], xmm0
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 445963
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L745
    ret
# label_L
label_506:
# test_heap_It
    lea rdx, qword ptr [r15+96]
    cmp rdx, rsp
    short jbe L1539
    mov ecx, 4
    call 140320710850576
L1539:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
# (moving two elements at once)
    movups xmm0, xmmword ptr [rbx+16]
    movups xmmword ptr [r15+8], xmm0
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 256
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 443467
    mov qword ptr [r15+16], 443531
    mov qword ptr [r15+24], 67403
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+32], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 40
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L745
    ret
# label_L
label_507:
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1540
    mov ecx, 4
    call 140320710850576
L1540:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 443211
# (moving two elements at once)
    movups xmm0, xmmword ptr [rbx+16]
    movups xmmword ptr [r15+16], xmm0
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L745
    ret
# label_L
label_508:
# test_heap_It
    lea rdx, qword ptr [r15+96]
    cmp rdx, rsp
    short jbe L1541
    mov ecx, 4
.db 0x66, 0x90
    call 140320710850576
L1541:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
# (moving two elements at once)
    movups xmm0, xmmword ptr [rbx+16]
    movups xmmword ptr [r15+8], xmm0
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 256
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 443467
    mov qword ptr [r15+16], 443851
    mov qword ptr [r15+24], 67403
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+32], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 40
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L745
    ret
# label_L
label_509:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+6]
    movups xmmword ptr [rbx+8], xmm0
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+8]
    cmp rsi, 57419
    je label_515
    cmp rsi, 215627
    je label_510
    cmp rsi, 449163
    je label_519
    cmp rsi, 449291
    je label_514
    cmp rsi, 452939
    je label_518
    cmp rsi, 454091
    je label_513
    cmp rsi, 454155
    je label_512
    jmp label_520
# label_L
label_510:
# is_list_fs
    mov rax, qword ptr [rbx+16]
    cmp rax, 59
    short je L1542
    test al, 2
    jne label_520
L1542:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1543
    mov ecx, 3
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1543:
    sub rsp, 8
# catch_yf
    inc qword ptr [r13+264]
L1544:
    mov eax, 2147483647
    mov qword ptr [rsp], rax
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
    call '-rc_opt_req/1-lc$^0/1-0-'/1
# try_end_y
    dec qword ptr [r13+264]
    mov qword ptr [rsp], 59
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L745
    ret
# label_L
label_511:
# try_case_y
    dec qword ptr [r13+264]
    mov rax, qword ptr [rbx+24]
    mov qword ptr [rbx], rax
# is_eq_exact_fss
    cmp qword ptr [rbx], 779
    jne label_517
# jump_f
    jmp label_527
# label_L
label_512:
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1545
    mov ecx, 3
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1545:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 452747
    mov qword ptr [r15+16], 215627
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15+24], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L745
    ret
# label_L
label_513:
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1546
    mov ecx, 3
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1546:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 452747
    mov qword ptr [r15+16], 443531
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15+24], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L745
    ret
# label_L
label_514:
# test_heap_It
    lea rdx, qword ptr [r15+96]
    cmp rdx, rsp
    short jbe L1547
    mov ecx, 3
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1547:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15+8], rdi
    mov qword ptr [r15+16], 863
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 256
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 443467
    mov qword ptr [r15+16], 443531
    mov qword ptr [r15+24], 67403
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+32], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 40
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L745
    ret
# label_L
label_515:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1548
    mov ecx, 3
.db 0x90
    call 140320710850576
L1548:
    sub rsp, 8
# catch_yf
    inc qword ptr [r13+264]
L1549:
    mov eax, 2147483647
    mov qword ptr [rsp], rax
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
    call translate_lookup/1
# try_end_y
    dec qword ptr [r13+264]
    mov qword ptr [rsp], 59
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1550
    mov ecx, 1
.db 0x90
    call 140320710850576
L1550:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 449035
    mov qword ptr [r15+16], 57419
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
    jl L745
    ret
# label_L
label_516:
# try_case_y
    dec qword ptr [r13+264]
    mov rax, qword ptr [rbx+24]
    mov qword ptr [rbx], rax
# is_ne_exact_fss
    cmp qword ptr [rbx], 779
    je label_527
# label_L
label_517:
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
label_518:
# return
    dec r14
    jl L745
    ret
# label_L
label_519:
# test_heap_It
    lea rdx, qword ptr [r15+96]
    cmp rdx, rsp
    short jbe L1551
    mov ecx, 3
.db 0x90
    call 140320710850576
L1551:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15+8], rdi
    mov qword ptr [r15+16], 863
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 256
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 443467
    mov qword ptr [r15+16], 443851
    mov qword ptr [r15+24], 67403
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+32], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 40
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L745
    ret
# label_L
label_520:
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1552
    mov ecx, 3
.db 0x90
    call 140320710850576
L1552:
    sub rsp, 16
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+8]
    movups xmmword ptr [rsp], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
    call rc_reqname/1
# is_eq_exact_fss
    cmp qword ptr [rbx], 907
    jne label_522
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call is_res_set/1
# is_eq_exact_fss
    cmp qword ptr [rbx], 75
    jne label_521
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1553
    xor ecx, ecx
.db 0x90
    call 140320710850576
L1553:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 449035
# (moving two elements at once)
    movups xmm0, xmmword ptr [rsp]
    movups xmmword ptr [r15+16], xmm0
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L745
    ret
# label_L
label_521:
# i_move_sd
    mov qword ptr [rbx], 907
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L745
    ret
# label_L
label_522:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1554
    mov ecx, 1
.db 0x90
    call 140320710850576
L1554:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L745
    ret
# label_L
label_523:
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 454219
    je label_525
    cmp rsi, 454283
    je label_524
    jmp label_526
# label_L
label_524:
# i_move_sd
L1555:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L745
    ret
# label_L
label_525:
# i_move_sd
L1556:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L745
    ret
# label_L
label_526:
# is_atom_fs
    mov rax, qword ptr [rbx]
    and al, 63
    cmp al, 11
    jne label_528
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1557
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L1557:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# line_I
# i_call_f
    call is_reqname/1
# is_eq_exact_fss
    cmp qword ptr [rbx], 75
    jne label_527
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L745
    ret
# label_L
label_527:
# i_move_sd
    mov qword ptr [rbx], 907
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L745
    ret
# label_L
label_528:
# i_move_sd
    mov qword ptr [rbx], 907
# return
    dec r14
    jl L745
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_529:
# i_func_info_IaaI
# inet_db:rc_reqname/1
    call L743
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xEE, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
rc_reqname/1:
# i_breakpoint_trampoline
    short jmp L1558
.db 0x00
    call L746
    align 8
L1558:
# i_test_yield
    lea rdx, qword ptr [rc_reqname/1+24]
    dec r14
    jle L744
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 69451
    je label_532
    cmp rsi, 69515
    je label_531
    cmp rsi, 70475
    je label_536
    cmp rsi, 447243
    je label_538
    cmp rsi, 447307
    je label_537
    cmp rsi, 447371
    je label_535
    cmp rsi, 447499
    je label_534
    cmp rsi, 447563
    je label_533
    jmp label_539
# label_L
label_531:
# i_move_sd
    mov qword ptr [rbx], 446347
# return
    dec r14
    jl L745
    ret
# label_L
label_532:
# i_move_sd
    mov qword ptr [rbx], 446219
# return
    dec r14
    jl L745
    ret
# label_L
label_533:
# i_move_sd
    mov qword ptr [rbx], 445707
# return
    dec r14
    jl L745
    ret
# label_L
label_534:
# i_move_sd
    mov qword ptr [rbx], 445771
# return
    dec r14
    jl L745
    ret
# label_L
label_535:
# i_move_sd
    mov qword ptr [rbx], 454411
# return
    dec r14
    jl L745
    ret
# label_L
label_536:
# i_move_sd
    mov qword ptr [rbx], 446475
# return
    dec r14
    jl L745
    ret
# label_L
label_537:
# i_move_sd
    mov qword ptr [rbx], 446091
# return
    dec r14
    jl L745
    ret
# label_L
label_538:
# i_move_sd
    mov qword ptr [rbx], 446155
# return
    dec r14
    jl L745
    ret
# label_L
label_539:
# i_move_sd
    mov qword ptr [rbx], 907
# return
    dec r14
    jl L745
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_540:
# i_func_info_IaaI
# inet_db:is_res_set/1
    call L743
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xEF, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
is_res_set/1:
# i_breakpoint_trampoline
    short jmp L1559
.db 0x00
    call L746
    align 8
L1559:
# i_test_yield
    lea rdx, qword ptr [is_res_set/1+24]
    dec r14
    jle L744
# i_select_val_bins_sfI
    mov rsi, qword ptr [rbx]
# Binary search in table of 11 elements
# Subtree [0..10], pivot 5
    cmp rsi, 444811
    je label_542
    ja L1560
# Linear search in [0..4], 5 elements
    cmp rsi, 459
    je label_542
    cmp rsi, 57419
    je label_542
    cmp rsi, 98379
    je label_542
    cmp rsi, 129995
    je label_542
    cmp rsi, 444683
    je label_542
    jmp label_543
L1560:
# Linear search in [6..10], 5 elements
    cmp rsi, 445003
    je label_542
    cmp rsi, 445131
    je label_542
    cmp rsi, 445259
    je label_542
    cmp rsi, 445387
    je label_542
    cmp rsi, 445515
    je label_542
    jmp label_543
# label_L
label_542:
# i_move_sd
    mov qword ptr [rbx], 75
# return
    dec r14
    jl L745
    ret
# label_L
label_543:
# i_move_sd
    mov qword ptr [rbx], 11
# return
    dec r14
    jl L745
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_544:
# i_func_info_IaaI
# inet_db:is_reqname/1
    call L743
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xEF, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
is_reqname/1:
# i_breakpoint_trampoline
    short jmp L1561
.db 0x00
    call L746
    align 8
L1561:
# i_test_yield
    lea rdx, qword ptr [is_reqname/1+24]
    dec r14
    jle L744
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 35979
    je label_546
    cmp rsi, 147531
    je label_546
    cmp rsi, 443339
    je label_546
    jmp label_547
# label_L
label_546:
# i_move_sd
    mov qword ptr [rbx], 75
# return
    dec r14
    jl L745
    ret
# label_L
label_547:
# i_move_sd
    mov qword ptr [rbx], 11
# return
    dec r14
    jl L745
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_548:
# i_func_info_IaaI
# inet_db:do_add_rrs/3
    call L743
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xEF, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
do_add_rrs/3:
# i_breakpoint_trampoline
    short jmp L1562
.db 0x00
    call L746
    align 8
L1562:
# i_test_yield
    lea rdx, qword ptr [do_add_rrs/3+24]
    dec r14
    jle L744
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+16]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx+24], rdi
# i_call_only_f
    jmp do_add_rrs/4
# func_line_I
# aligned_label_Lt
    align 8
label_550:
# i_func_info_IaaI
# inet_db:do_add_rrs/4
    call L743
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xEF, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
do_add_rrs/4:
# i_breakpoint_trampoline
    short jmp L1563
.db 0x00
    call L746
    align 8
L1563:
# i_test_yield
    lea rdx, qword ptr [do_add_rrs/4+24]
    dec r14
    jle L744
# is_nonempty_list_fS
    test byte ptr [rbx], 2
    jne label_555
# allocate_tt
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L1564
    mov ecx, 4
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1564:
    sub rsp, 48
# init_yregs_I
    mov qword ptr [rsp], 59
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+16], 1
    vmovups xmmword ptr [rsp+24], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp+40], rdi
# get_list_Sdd
    mov rdi, qword ptr [rbx]
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rdi-1], 1
    vmovups xmmword ptr [rsp+8], xmm0
# i_move_sd
    mov qword ptr [rbx+16], 143
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx+8], rdi
# line_I
# i_call_f
.db 0x66, 0x90
    call alloc_entry/3
# is_eq_exact_fss
    cmp qword ptr [rbx], 75
    jne label_554
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rsp+16]
    rex test sil, 1
    jne label_556
    cmp dword ptr [rsi-2], 640
    jne label_556
    cmp qword ptr [rsi+6], 450635
    jne label_556
# test_heap_It
    lea rdx, qword ptr [r15+120]
    cmp rdx, rsp
    short jbe L1565
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1565:
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+16]
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+22]
    movups xmmword ptr [rbx], xmm0
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+54]
    mov qword ptr [rbx+16], rdi
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+70]
    mov qword ptr [rbx+24], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 640
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 450635
    mov qword ptr [r15+16], 139
# (moving two elements at once)
    movups xmm0, xmmword ptr [rbx]
    movups xmmword ptr [r15+24], xmm0
    mov qword ptr [r15+40], 139
    mov qword ptr [r15+48], 139
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15+56], rdi
    mov qword ptr [r15+64], 139
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [r15+72], rdi
    mov qword ptr [r15+80], 139
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 88
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L1566:
L1567:
    long mov rcx, 9223372036854775807
    mov rax, 94919179504656
    lea rdx, qword ptr [L1566]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
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
L1568:
L1569:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927952
    lea rdx, qword ptr [L1568]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# is_eq_exact_fss
    cmp qword ptr [rbx], 75
    jne label_552
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+16], 1
    vmovups xmmword ptr [rbx+8], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov eax, 59
    mov qword ptr [rsp], rax
    mov qword ptr [rsp+16], rax
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call '-do_add_rrs/4-lc$^0/1-0-'/3
# jump_f
    jmp label_553
# label_L
label_552:
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+8], rdi
# init_yregs_I
    mov qword ptr [rsp+16], 59
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L1570:
L1571:
    long mov rcx, 9223372036854775807
    mov rax, 94919179488416
    lea rdx, qword ptr [L1570]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov qword ptr [rsp], 59
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call '-do_add_rrs/4-lc$^1/1-1-'/2
# label_L
label_553:
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+24], 1
    vmovups xmmword ptr [rbx+16], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 48
    jmp do_add_rrs/4
# label_L
label_554:
# i_move_sd
    mov qword ptr [rbx], 30603
# deallocate_t
    add rsp, 48
# return
    dec r14
    jl L745
    ret
# label_L
label_555:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_550
# i_move_sd
    mov qword ptr [rbx], 30603
# return
    dec r14
    jl L745
    ret
# label_L
label_556:
# line_I
# badmatch_s
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 5200
    xor ecx, ecx
    call 140320710854352
# func_line_I
    nop
# aligned_label_Lt
    align 8
label_557:
# i_func_info_IaaI
# inet_db:times/0
    call L743
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xF0, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
times/0:
# i_breakpoint_trampoline
    short jmp L1572
.db 0x00
    call L746
    align 8
L1572:
# i_test_yield
    lea rdx, qword ptr [times/0+24]
    dec r14
    jle L744
# i_move_sd
    mov qword ptr [rbx], 37963
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1573
    mov ecx, 1
.db 0x90
    call 140320710850576
L1573:
# call_light_bif_be
    align 4
L1574:
L1575:
    long mov rcx, 9223372036854775807
    mov rax, 94919179332416
    lea rdx, qword ptr [L1574]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L745
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_559:
# i_func_info_IaaI
# inet_db:lookup_cache_data/2
    call L743
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xF0, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
lookup_cache_data/2:
# i_breakpoint_trampoline
    short jmp L1576
.db 0x00
    call L746
    align 8
L1576:
# i_test_yield
    lea rdx, qword ptr [lookup_cache_data/2+24]
    dec r14
    jle L744
# allocate_heap_tIt
    lea rdx, qword ptr [r15+120]
    cmp rdx, rsp
    short jbe L1577
    mov ecx, 2
    call 140320710850576
L1577:
# put_tuple2_SA
# Move arity word
    mov edi, 640
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 450635
    mov qword ptr [r15+16], 139
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+24], rdi
    mov qword ptr [r15+32], 20619
    mov qword ptr [r15+40], 139
    mov qword ptr [r15+48], 139
    mov qword ptr [r15+56], 139
    mov qword ptr [r15+64], 139
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+72], rdi
    mov qword ptr [r15+80], 139
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 88
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x90
    call match_rr/1
# i_call_last_ft
    jmp '-lookup_cache_data/2-lc$^0/1-0-'/1
# func_line_I
# aligned_label_Lt
    align 8
label_561:
# i_func_info_IaaI
# inet_db:match_rr/1
    call L743
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xF0, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
match_rr/1:
# i_breakpoint_trampoline
    short jmp L1578
.db 0x00
    call L746
    align 8
L1578:
# i_test_yield
    lea rdx, qword ptr [match_rr/1+24]
    dec r14
    jle L744
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1579
    mov ecx, 1
    call 140320710850576
L1579:
    sub rsp, 8
# init_yregs_I
    mov qword ptr [rsp], 59
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx], 452427
# line_I
# call_light_bif_be
    align 4
L1580:
L1581:
    long mov rcx, 9223372036854775807
    mov rax, 94919179504656
    lea rdx, qword ptr [L1580]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# line_I
# i_call_f
    call times/0
# i_move_sd
L1582:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+16], rdi
# i_move_sd
L1583:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+32], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx+40], 59
# i_move_sd
    mov qword ptr [rbx], 452427
# i_call_last_ft
    add rsp, 8
    jmp match_rr/6
# func_line_I
# aligned_label_Lt
    align 8
label_563:
# i_func_info_IaaI
# inet_db:match_rr/6
    call L743
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xF0, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
match_rr/6:
# i_breakpoint_trampoline
    short jmp L1584
.db 0x00
    call L746
    align 8
L1584:
# i_test_yield
    lea rdx, qword ptr [match_rr/6+24]
    dec r14
    jle L744
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_567
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+48], rsi
    mov qword ptr [rbx+8], rdx
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx+48]
    rex test sil, 1
    jne label_568
    cmp dword ptr [rsi-2], 640
    jne label_568
    cmp qword ptr [rsi+6], 450635
    jne label_568
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+46]
    mov qword ptr [rbx+56], rdi
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+62]
    mov qword ptr [rbx+64], rdi
# i_plus_ssjd
    mov rsi, qword ptr [rbx+64]
    mov rdx, qword ptr [rbx+56]
# are both operands small?
    mov eax, esi
    and eax, edx
    and al, 15
    cmp al, 15
    short jne L1586
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L1585
L1586:
    call 140320710853792
    je label_565
L1585:
    mov qword ptr [rbx+56], rax
# is_lt_fss
    mov rsi, qword ptr [rbx+16]
    mov rdi, qword ptr [rbx+56]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L1587
    cmp rdi, rsi
    short jmp L1588
L1587:
    call 140320710848608
L1588:
    jge label_565
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1589
    mov ecx, 7
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1589:
# put_cons_ss
# (putting and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rbx+40], 1
    vmovups xmmword ptr [r15], xmm0
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+40], rsi
# i_call_only_f
    jmp match_rr/6
# label_L
label_565:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+48]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+38]
    mov qword ptr [rbx+56], rdi
# is_ge_fss
    mov rsi, qword ptr [rbx+16]
    mov rdi, qword ptr [rbx+56]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L1590
    cmp rdi, rsi
    short jmp L1591
L1590:
    call 140320710848608
L1591:
    jl label_566
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L1592
    mov ecx, 7
    call 140320710850576
L1592:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+48]
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+22]
    movups xmmword ptr [rbx+56], xmm0
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+54]
    mov qword ptr [rbx+72], rdi
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+70]
    mov qword ptr [rbx+80], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 256
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rbx+80]
    mov qword ptr [r15+8], rdi
# (moving and swapping two elements at once)
    vpermilpd xmm0, xmmword ptr [rbx+56], 1
    vmovups xmmword ptr [r15+16], xmm0
    mov rdi, qword ptr [rbx+72]
    mov qword ptr [r15+32], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 40
    mov qword ptr [rbx+56], rdi
# update_map_assoc_sdtI
.section .rodata {#1}
L1593:
    align 8
.db 0x73, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x63, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx+64], rdi
    mov edx, 8
    mov ecx, 2
    lea r8, qword ptr [L1593]
    call 140320710854704
    mov qword ptr [rbx+24], rax
# i_call_only_f
    jmp match_rr/6
# label_L
label_566:
# allocate_heap_tIt
    lea rdx, qword ptr [r15+128]
    cmp rdx, rsp
    short jbe L1594
    mov ecx, 7
    call 140320710850576
L1594:
    sub rsp, 56
# init_yregs_I
    mov qword ptr [rsp], 59
# i_move_sd
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rsp+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp+24], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+32], 1
    vmovups xmmword ptr [rsp+32], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp+48], rdi
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+48]
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+22]
    movups xmmword ptr [rbx], xmm0
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+54]
    mov qword ptr [rbx+16], rdi
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+70]
    mov qword ptr [rbx+32], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 256
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [r15+8], rdi
# (moving and swapping two elements at once)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [r15+16], xmm0
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15+32], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 40
    mov qword ptr [rsp+8], rdi
# update_map_assoc_sdtI
.section .rodata {#1}
L1595:
    align 8
.db 0x27, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x63, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx+56], rdi
    mov edx, 7
    mov ecx, 2
    lea r8, qword ptr [L1595]
.db 0x90
    call 140320710854704
    mov qword ptr [rsp], rax
# i_move_sd
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+48]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx], 95
# line_I
# call_light_bif_be
    align 4
L1596:
L1597:
    long mov rcx, 9223372036854775807
    mov rax, 94919179098736
    lea rdx, qword ptr [L1596]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# update_map_assoc_sdtI
.section .rodata {#1}
L1598:
    align 8
.db 0x27, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [rbx+8], rdi
    mov edx, 1
    mov ecx, 2
    lea r8, qword ptr [L1598]
    call 140320710854704
    mov qword ptr [rbx], rax
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1599
    mov ecx, 1
.db 0x90
    call 140320710850576
L1599:
# put_cons_ss
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+40], rsi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+48]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+32], rdi
# i_move_sd
    mov qword ptr [rbx], 452427
# i_call_last_ft
    add rsp, 56
    jmp match_rr/6
# label_L
label_567:
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_563
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1600
    mov ecx, 6
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1600:
    sub rsp, 16
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rsp+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L1601:
L1602:
    long mov rcx, 9223372036854775807
    mov rax, 94919180010368
    lea rdx, qword ptr [L1601]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov qword ptr [rbx+8], 452427
# i_call_f
.db 0x0F, 0x1F, 0x00
    call '-match_rr/6-lc$^0/1-0-'/2
# i_move_sd
    mov qword ptr [rbx+8], 452427
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_trim_t
    add rsp, 8
# line_I
# i_call_f
    call '-match_rr/6-lc$^1/1-1-'/2
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L1603:
L1604:
    long mov rcx, 9223372036854775807
    mov rax, 94919180010368
    lea rdx, qword ptr [L1603]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L745
    ret
# label_L
label_568:
# line_I
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
label_569:
# i_func_info_IaaI
# inet_db:tolower/1
    call L743
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xF0, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
tolower/1:
# i_breakpoint_trampoline
    short jmp L1605
.db 0x00
    call L746
    align 8
L1605:
# i_test_yield
    lea rdx, qword ptr [tolower/1+24]
    dec r14
    jle L744
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1606
    mov ecx, 1
    call 140320710850576
L1606:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# line_I
# i_call_f
    call rfc_4343_lc/1
# is_eq_exact_fss
    cmp qword ptr [rbx], 30603
    jne label_571
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L745
    ret
# label_L
label_571:
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L745
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_572:
# i_func_info_IaaI
# inet_db:rfc_4343_lc/1
    call L743
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xF1, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
rfc_4343_lc/1:
# i_breakpoint_trampoline
    short jmp L1607
.db 0x00
    call L746
    align 8
L1607:
# i_test_yield
    lea rdx, qword ptr [rfc_4343_lc/1+24]
    dec r14
    jle L744
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_577
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+8], xmm0
# is_integer_fs
    mov rdi, qword ptr [rbx+8]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L1608
    test al, 1
    short jne label_572
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    short jne label_572
L1608:
# is_ge_fss
    mov esi, 15
    mov rdi, qword ptr [rbx+8]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L1609
    cmp rdi, rsi
    short jmp L1610
L1609:
    call 140320710848608
L1610:
    jl label_572
# is_ge_fss
    mov rsi, qword ptr [rbx+8]
    mov edi, 17825791
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L1611
    cmp rdi, rsi
    short jmp L1612
L1611:
    call 140320710848608
L1612:
    jl label_572
# is_ge_fss
    mov esi, 1055
    mov rdi, qword ptr [rbx+8]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L1613
    cmp rdi, rsi
    short jmp L1614
L1613:
    call 140320710848608
L1614:
    jl label_575
# is_ge_fss
    mov rsi, qword ptr [rbx+8]
    mov edi, 1455
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L1615
    cmp rdi, rsi
    short jmp L1616
L1615:
    call 140320710848608
L1616:
    jl label_575
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rbx+8]
    mov rdx, -1040
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L1617
    add rax, rdx
    short jno L1618
L1617:
    call 140320710853080
L1618:
    mov qword ptr [rbx], rax
# i_increment_SWd
    mov rsi, qword ptr [rbx]
    mov edx, 1552
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L1619
    add rax, rdx
    short jno L1620
L1619:
    call 140320710853080
L1620:
    mov qword ptr [rbx], rax
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1621
    mov ecx, 3
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1621:
    sub rsp, 16
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
    call rfc_4343_lc/1
# is_eq_exact_fss
    cmp qword ptr [rbx], 30603
    jne label_574
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1622
    xor ecx, ecx
.db 0x66, 0x90
    call 140320710850576
L1622:
# put_cons_ss
# (putting and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rsp], 1
    vmovups xmmword ptr [r15], xmm0
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L745
    ret
# label_L
label_574:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1623
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1623:
# put_cons_ss
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L745
    ret
# label_L
label_575:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1624
    mov ecx, 3
    call 140320710850576
L1624:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
    call rfc_4343_lc/1
# is_eq_exact_fss
    cmp qword ptr [rbx], 30603
    jne label_576
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L745
    ret
# label_L
label_576:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1625
    mov ecx, 1
.db 0x90
    call 140320710850576
L1625:
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
    jl L745
    ret
# label_L
label_577:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_572
# i_move_sd
    mov qword ptr [rbx], 30603
# return
    dec r14
    jl L745
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_578:
# i_func_info_IaaI
# inet_db:eq_domains/2
    call L743
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xF1, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
eq_domains/2:
# i_breakpoint_trampoline
    short jmp L1626
.db 0x00
    call L746
    align 8
L1626:
# i_test_yield
    lea rdx, qword ptr [eq_domains/2+24]
    dec r14
    jle L744
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_584
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+16], xmm0
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_583
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx], xmm0
# is_integer_fs
    mov rdi, qword ptr [rbx+16]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L1627
    test al, 1
    jne label_588
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_588
L1627:
# is_ge_fss
    mov esi, 15
    mov rdi, qword ptr [rbx+16]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L1628
    cmp rdi, rsi
    short jmp L1629
L1628:
    call 140320710848608
L1629:
    jl label_588
# is_ge_fss
    mov rsi, qword ptr [rbx+16]
    mov edi, 17825791
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L1630
    cmp rdi, rsi
    short jmp L1631
L1630:
    call 140320710848608
L1631:
    jl label_588
# is_integer_fs
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L1632
    test al, 1
    jne label_588
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_588
L1632:
# is_ge_fss
    mov esi, 15
    mov rdi, qword ptr [rbx]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L1633
    cmp rdi, rsi
    short jmp L1634
L1633:
    call 140320710848608
L1634:
    jl label_588
# is_ge_fss
    mov rsi, qword ptr [rbx]
    mov edi, 17825791
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L1635
    cmp rdi, rsi
    short jmp L1636
L1635:
    call 140320710848608
L1636:
    jl label_588
# line_I
# i_bxor_jssd
    mov rsi, qword ptr [rbx+16]
    mov rax, qword ptr [rbx]
# simplified test for small operands since both are numbers
    mov edi, esi
    and edi, eax
    test edi, 1
    short je L1637
    xor rax, rsi
    or rax, 15
    short jmp L1638
L1637:
    call 140320710851840
L1638:
    mov qword ptr [rbx+32], rax
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+32]
    cmp rsi, 15
    je label_581
    cmp rsi, 527
    je label_580
    jmp label_582
# label_L
label_580:
# line_I
# i_band_ssjd
    mov rsi, qword ptr [rbx+16]
    mov rax, qword ptr [rbx]
# simplified test for small operands since both are numbers
    mov edi, esi
    and edi, eax
    test edi, 1
    short je L1639
    and rax, rsi
    short jmp L1640
L1639:
    call 140320710851200
L1640:
    mov qword ptr [rbx], rax
# is_ge_fss
    mov esi, 1055
    mov rdi, qword ptr [rbx]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L1641
    cmp rdi, rsi
    short jmp L1642
L1641:
    call 140320710848608
L1642:
    jl label_582
# is_ge_fss
    mov rsi, qword ptr [rbx]
    mov edi, 1455
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L1643
    cmp rdi, rsi
    short jmp L1644
L1643:
    call 140320710848608
L1644:
    jl label_582
# label_L
label_581:
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp eq_domains/2
# label_L
label_582:
# i_move_sd
    mov qword ptr [rbx], 11
# return
    dec r14
    jl L745
    ret
# label_L
label_583:
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 751
    jne label_587
# is_nil_fS
    cmp qword ptr [rbx+24], 59
    jne label_587
# jump_f
    jmp label_585
# label_L
label_584:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_587
# i_is_ne_exact_literal_fsc
L1646:
    long mov rsi, 9223372036854775807
    mov rdi, qword ptr [rbx+8]
    mov eax, edi
    and al, 15
    cmp al, 3
    short je L1645
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    jnz label_586
L1645:
# label_L
label_585:
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_587
# label_L
label_586:
# i_move_sd
    mov qword ptr [rbx], 75
# return
    dec r14
    jl L745
    ret
# label_L
label_587:
# is_list_fs
    mov rax, qword ptr [rbx]
    cmp rax, 59
    short je L1647
    test al, 2
    jne label_578
L1647:
# is_list_fs
    mov rax, qword ptr [rbx+8]
    cmp rax, 59
    short je L1648
    test al, 2
    jne label_578
L1648:
# i_move_sd
    mov qword ptr [rbx], 11
# return
    dec r14
    jl L745
    ret
# label_L
label_588:
# line_I
# if_end
    mov qword ptr [r13+112], 8272
    xor ecx, ecx
    call 140320710854352
# func_line_I
    nop
# aligned_label_Lt
    align 8
label_589:
# i_func_info_IaaI
# inet_db:stripdot/1
    call L743
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xF1, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
stripdot/1:
# i_breakpoint_trampoline
    short jmp L1649
.db 0x00
    call L746
    align 8
L1649:
# i_test_yield
    lea rdx, qword ptr [stripdot/1+24]
    dec r14
    jle L744
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1650
    mov ecx, 1
    call 140320710850576
L1650:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# line_I
# i_call_f
    call stripdot_1/1
# is_eq_exact_fss
    cmp qword ptr [rbx], 11
    jne label_591
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L745
    ret
# label_L
label_591:
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L745
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_592:
# i_func_info_IaaI
# inet_db:stripdot_1/1
    call L743
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xF1, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
stripdot_1/1:
# i_breakpoint_trampoline
    short jmp L1651
.db 0x00
    call L746
    align 8
L1651:
# i_test_yield
    lea rdx, qword ptr [stripdot_1/1+24]
    dec r14
    jle L744
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_596
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx], xmm0
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 751
    jne label_594
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_594
# return
    dec r14
    jl L745
    ret
# label_L
label_594:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1652
    mov ecx, 2
    call 140320710850576
L1652:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call stripdot_1/1
# is_eq_exact_fss
    cmp qword ptr [rbx], 11
    jne label_595
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L745
    ret
# label_L
label_595:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1653
    mov ecx, 1
    call 140320710850576
L1653:
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
    jl L745
    ret
# label_L
label_596:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_592
# i_move_sd
    mov qword ptr [rbx], 11
# return
    dec r14
    jl L745
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_597:
# i_func_info_IaaI
# inet_db:init_timer/0
    call L743
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xF2, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
init_timer/0:
# i_breakpoint_trampoline
    short jmp L1654
.db 0x00
    call L746
    align 8
L1654:
# i_test_yield
    lea rdx, qword ptr [init_timer/0+24]
    dec r14
    jle L744
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1655
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1655:
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call cache_refresh/0
# self_d
    mov rdi, qword ptr [r13]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx+16], 453131
# call_light_bif_be
    align 4
L1656:
L1657:
    long mov rcx, 9223372036854775807
    mov rax, 94919179830656
    lea rdx, qword ptr [L1656]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L745
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_599:
# i_func_info_IaaI
# inet_db:stop_timer/1
    call L743
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xF2, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
stop_timer/1:
# i_breakpoint_trampoline
    short jmp L1658
.db 0x00
    call L746
    align 8
L1658:
# i_test_yield
    lea rdx, qword ptr [stop_timer/1+24]
    dec r14
    jle L744
# is_eq_exact_fss
    cmp qword ptr [rbx], 907
    jne label_601
# return
    dec r14
    jl L745
    ret
# label_L
label_601:
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1659
    mov ecx, 1
.db 0x90
    call 140320710850576
L1659:
# call_light_bif_be
    align 4
L1660:
L1661:
    long mov rcx, 9223372036854775807
    mov rax, 94919179832256
    lea rdx, qword ptr [L1660]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L745
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_602:
# i_func_info_IaaI
# inet_db:cache_refresh/0
    call L743
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xD3, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
cache_refresh/0:
# i_breakpoint_trampoline
    short jmp L1662
.db 0x00
    call L746
    align 8
L1662:
# i_test_yield
    lea rdx, qword ptr [cache_refresh/0+24]
    dec r14
    jle L744
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1663
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1663:
# i_move_sd
    mov qword ptr [rbx], 448523
# line_I
# i_call_f
    call db_get/1
# is_eq_exact_fss
    cmp qword ptr [rbx], 907
    jne label_604
# i_move_sd
    mov qword ptr [rbx], 57600015
# deallocate_t
# return
    dec r14
    jl L745
    ret
# label_L
label_604:
# deallocate_t
# return
    dec r14
    jl L745
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_605:
# i_func_info_IaaI
# inet_db:delete_expired/2
    call L743
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xF2, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
delete_expired/2:
# i_breakpoint_trampoline
    short jmp L1664
.db 0x00
    call L746
    align 8
L1664:
# i_test_yield
    lea rdx, qword ptr [delete_expired/2+24]
    dec r14
    jle L744
# test_heap_It
    lea rdx, qword ptr [r15+152]
    cmp rdx, rsp
    short jbe L1665
    mov ecx, 2
.db 0x90
    call 140320710850576
L1665:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 9931
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx+8], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 23947
L1666:
    long mov rdi, 9223372036854775807
    mov qword ptr [r15+16], rdi
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+24], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
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
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
L1667:
    long mov rdi, 9223372036854775807
    mov qword ptr [r15+8], rdi
    mov qword ptr [r15+16], 59
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+24], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx+8], rdi
# put_cons_ss
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# line_I
# i_call_ext_only_e
L1668:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# func_line_I
# aligned_label_Lt
    align 8
label_607:
# i_func_info_IaaI
# inet_db:alloc_entry/3
    call L743
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xF2, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
alloc_entry/3:
# i_breakpoint_trampoline
    short jmp L1669
.db 0x00
    call L746
    align 8
L1669:
# i_test_yield
    lea rdx, qword ptr [alloc_entry/3+24]
    dec r14
    jle L744
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1670
    mov ecx, 2
    call 140320710850576
L1670:
    sub rsp, 16
# init_yregs_I
    mov qword ptr [rsp], 59
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp+8], rdi
# i_move_sd
    mov qword ptr [rbx+16], 47
# i_move_sd
    mov qword ptr [rbx+8], 447307
# line_I
# call_light_bif_be
    align 4
L1671:
L1672:
    long mov rcx, 9223372036854775807
    mov rax, 94919179495296
    lea rdx, qword ptr [L1671]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# is_ge_fss
    mov rsi, qword ptr [rbx]
    mov edi, 15
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L1673
    cmp rdi, rsi
    short jmp L1674
L1673:
    call 140320710848608
L1674:
    jl label_609
# i_move_sd
    mov qword ptr [rbx], 11
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L745
    ret
# label_L
label_609:
# i_move_sd
    mov qword ptr [rbx+8], 40075
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L1675:
L1676:
    long mov rcx, 9223372036854775807
    mov rax, 94919179506272
    lea rdx, qword ptr [L1675]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# is_ge_fss
    mov rsi, qword ptr [rsp]
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L1677
    cmp rdi, rsi
    short jmp L1678
L1677:
    call 140320710848608
L1678:
    jl label_610
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rsp]
    mov rdx, -16
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L1679
    mov rax, rsi
    add rax, rdx
    short jno L1680
L1679:
    call 140320710853080
L1680:
    mov qword ptr [rbx], rax
# i_int_div_jssd
    mov r9, 10
    mov rax, qword ptr [rbx]
# simplified test for small dividend since it is an integer
    mov esi, eax
    test esi, 1
    short je L1681
# divide with inlined code
    sar rax, 4
    cqo
    idiv r9
    sal rax, 4
    or rax, 15
    short jmp L1682
L1681:
    mov ecx, 175
    mov rdi, qword ptr [rbx]
    mov r8, 94919180917712
    call 140320710853120
L1682:
    mov qword ptr [rbx], rax
# i_increment_SWd
    mov rsi, qword ptr [rbx]
    mov edx, 16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L1683
    add rax, rdx
    short jno L1684
L1683:
    call 140320710853080
L1684:
    mov qword ptr [rbx+16], rax
# i_move_sd
    mov qword ptr [rbx+8], 143
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# i_trim_t
    add rsp, 16
# line_I
# i_call_f
.db 0x66, 0x90
    call delete_oldest/3
# i_move_sd
    mov qword ptr [rbx], 75
# deallocate_t
# return
    dec r14
    jl L745
    ret
# label_L
label_610:
# i_move_sd
    mov qword ptr [rbx], 75
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L745
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_611:
# i_func_info_IaaI
# inet_db:delete_oldest/3
    call L743
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xF3, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
delete_oldest/3:
# i_breakpoint_trampoline
    short jmp L1685
.db 0x00
    call L746
    align 8
L1685:
# i_test_yield
    lea rdx, qword ptr [delete_oldest/3+24]
    dec r14
    jle L744
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1686
    mov ecx, 3
    call 140320710850576
L1686:
    sub rsp, 24
# init_yregs_I
    mov qword ptr [rsp], 59
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+16], rdi
# i_move_sd
L1687:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+8], rdi
# line_I
# call_light_bif_be
    align 4
L1688:
L1689:
    long mov rcx, 9223372036854775807
    mov rax, 94919179502160
    lea rdx, qword ptr [L1688]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# line_I
# i_call_ext_e
L1690:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# is_nonempty_list_get_hd_fSd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_613
    mov rsi, qword ptr [rax-1]
    mov qword ptr [rbx+8], rsi
# line_I
# i_minus_ssjd
    mov esi, 143
    mov rdx, qword ptr [rbx+8]
# are both operands small?
    mov eax, esi
    and eax, edx
    and al, 15
    cmp al, 15
    short jne L1692
# sub with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    sub rax, rcx
    short jno L1691
L1692:
    call 140320710853584
L1691:
    mov qword ptr [rbx+16], rax
# i_int_div_jssd
    mov r9, 3
    mov rax, qword ptr [rbx+16]
# simplified test for small dividend since it is an integer
    mov esi, eax
    test esi, 1
    short je L1693
# divide with inlined code
    sar rax, 4
    cqo
    idiv r9
    sal rax, 4
    or rax, 15
    short jmp L1694
L1693:
    mov ecx, 63
    mov rdi, qword ptr [rbx+16]
    mov r8, 94919180917712
    call 140320710853120
L1694:
    mov qword ptr [rbx+16], rax
# i_plus_ssjd
    mov rsi, qword ptr [rbx+16]
    mov rdx, qword ptr [rbx+8]
# simplified test for small operands since both are numbers
    mov eax, esi
    and eax, edx
    test al, 1
    short je L1696
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L1695
L1696:
    call 140320710853728
L1695:
    mov qword ptr [rsp], rax
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+16], rdi
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
    call lists_nth/3
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_trim_t
    add rsp, 8
# i_call_ext_e
L1697:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# test_heap_It
    lea rdx, qword ptr [r15+184]
    cmp rdx, rsp
    short jbe L1698
    mov ecx, 1
.db 0x90
    call 140320710850576
L1698:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 9931
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 22795
    mov qword ptr [r15+16], 237195
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+24], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 31243
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
L1699:
    long mov rdi, 9223372036854775807
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
    mov qword ptr [rbx], rsi
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
L1700:
    long mov rdi, 9223372036854775807
    mov qword ptr [r15+8], rdi
    mov qword ptr [r15+16], 59
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
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_ext_last_et
    add rsp, 8
L1701:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# label_L
label_613:
# i_move_sd
    mov qword ptr [rbx], 15
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L745
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_614:
# i_func_info_IaaI
# inet_db:lists_delete/2
    call L743
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xF3, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
lists_delete/2:
# i_breakpoint_trampoline
    short jmp L1702
.db 0x00
    call L746
    align 8
L1702:
# i_test_yield
    lea rdx, qword ptr [lists_delete/2+24]
    dec r14
    jle L744
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_617
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx+8], xmm0
# is_eq_exact_fss
    mov rsi, qword ptr [rbx]
    mov rdi, qword ptr [rbx+16]
    cmp rdi, rsi
    short je L1703
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_616
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_616
L1703:
# i_call_only_f
    short jmp lists_delete/2
# label_L
label_616:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1704
    mov ecx, 3
    call 140320710850576
L1704:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call lists_delete/2
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1705
    mov ecx, 1
    call 140320710850576
L1705:
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
    jl L745
    ret
# label_L
label_617:
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_614
# i_move_sd
    mov qword ptr [rbx], 59
# return
    dec r14
    jl L745
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_618:
# i_func_info_IaaI
# inet_db:lists_subtract/2
    call L743
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xF3, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
lists_subtract/2:
# i_breakpoint_trampoline
    short jmp L1706
.db 0x00
    call L746
    align 8
L1706:
# i_test_yield
    lea rdx, qword ptr [lists_subtract/2+24]
    dec r14
    jle L744
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L1707
    mov ecx, 2
    call 140320710850576
L1707:
# i_make_fun3_FStt
L1708:
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
    mov qword ptr [rbx+16], rax
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rbx+8], xmm0
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rbx], xmm0
# line_I
# i_call_ext_only_e
L1709:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# func_line_I
# aligned_label_Lt
    align 8
label_620:
# i_func_info_IaaI
# inet_db:lists_keydelete/3
    call L743
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xF3, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
lists_keydelete/3:
# i_breakpoint_trampoline
    short jmp L1710
.db 0x00
    call L746
    align 8
L1710:
# i_test_yield
    lea rdx, qword ptr [lists_keydelete/3+24]
    dec r14
    jle L744
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+16]
    test al, 2
    jne label_623
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx+16], xmm0
# bif_element_jssd
    mov rsi, qword ptr [rbx+24]
    rex test sil, 1
    jne label_622
    mov eax, dword ptr [rsi-2]
    cmp eax, 64
    jb label_622
    and al, 63
    jne label_622
    mov rax, qword ptr [rsi+6]
    mov qword ptr [rbx+32], rax
# is_eq_exact_fss
    mov rsi, qword ptr [rbx]
    mov rdi, qword ptr [rbx+32]
    cmp rdi, rsi
    short je L1711
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_622
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_622
L1711:
# i_call_only_f
    jmp lists_keydelete/3
# label_L
label_622:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1712
    mov ecx, 4
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1712:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rsp], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call lists_keydelete/3
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1713
    mov ecx, 1
    call 140320710850576
L1713:
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
    jl L745
    ret
# label_L
label_623:
# is_nil_fS
    cmp qword ptr [rbx+16], 59
    jne label_620
# i_move_sd
    mov qword ptr [rbx], 59
# return
    dec r14
    jl L745
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_624:
# i_func_info_IaaI
# inet_db:lists_nth/3
    call L743
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xF4, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
lists_nth/3:
# i_breakpoint_trampoline
    short jmp L1714
.db 0x00
    call L746
    align 8
L1714:
# i_test_yield
    lea rdx, qword ptr [lists_nth/3+24]
    dec r14
    jle L744
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 15
    je label_628
    cmp rsi, 31
    je label_626
    jmp label_627
# label_L
label_626:
# is_nonempty_list_get_hd_fSd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_628
    mov rsi, qword ptr [rax-1]
    mov qword ptr [rbx], rsi
# return
    dec r14
    jl L745
    ret
# label_L
label_627:
# is_nonempty_list_get_tl_fSd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_628
    mov rsi, qword ptr [rax+7]
    mov qword ptr [rbx+8], rsi
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rbx]
    mov rdx, -16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L1715
    add rax, rdx
    short jno L1716
L1715:
    call 140320710853080
L1716:
    mov qword ptr [rbx], rax
# i_call_only_f
    jmp lists_nth/3
# label_L
label_628:
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L745
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_629:
# i_func_info_IaaI
# inet_db:handle_put_socket_type/3
    call L743
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xF4, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
handle_put_socket_type/3:
# i_breakpoint_trampoline
    short jmp L1717
.db 0x00
    call L746
    align 8
L1717:
# i_test_yield
    lea rdx, qword ptr [handle_put_socket_type/3+24]
    dec r14
    jle L744
# allocate_heap_tIt
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L1718
    mov ecx, 3
    call 140320710850576
L1718:
    sub rsp, 24
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+16], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 43595
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# line_I
# call_light_bif_be
    align 4
L1719:
L1720:
    long mov rcx, 9223372036854775807
    mov rax, 94919179494816
    lea rdx, qword ptr [L1719]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# is_nonempty_list_get_tl_fSd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_631
    mov rsi, qword ptr [rax+7]
    mov qword ptr [rbx+8], rsi
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_632
# i_move_sd
    mov qword ptr [rbx], 779
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L745
    ret
# label_L
label_631:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_632
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1721
    xor ecx, ecx
.db 0x66, 0x90
    call 140320710850576
L1721:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
# (moving two elements at once)
    movups xmm0, xmmword ptr [rsp]
    movups xmmword ptr [r15+8], xmm0
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# i_trim_t
    add rsp, 24
# line_I
# call_light_bif_be
    align 4
L1722:
L1723:
    long mov rcx, 9223372036854775807
    mov rax, 94919179488416
    lea rdx, qword ptr [L1722]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov qword ptr [rbx], 30603
# deallocate_t
# return
    dec r14
    jl L745
    ret
# label_L
label_632:
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
label_633:
# i_func_info_IaaI
# inet_db:handle_take_socket_type/2
    call L743
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xF4, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
handle_take_socket_type/2:
# i_breakpoint_trampoline
    short jmp L1724
.db 0x00
    call L746
    align 8
L1724:
# i_test_yield
    lea rdx, qword ptr [handle_take_socket_type/2+24]
    dec r14
    jle L744
# allocate_heap_tIt
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1725
    mov ecx, 2
    call 140320710850576
L1725:
    sub rsp, 8
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 43595
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# line_I
# call_light_bif_be
    align 4
L1726:
L1727:
    long mov rcx, 9223372036854775807
    mov rax, 94919179486864
    lea rdx, qword ptr [L1726]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_635
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+8], xmm0
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx+8]
    rex test sil, 1
    jne label_636
    cmp dword ptr [rsi-2], 128
    jne label_636
# is_nil_fS
    cmp qword ptr [rbx+16], 59
    jne label_636
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+16], rdi
# is_eq_exact_fss
    mov rsi, qword ptr [rsp]
    mov rdi, qword ptr [rbx+16]
    cmp rdi, rsi
    short je L1728
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_636
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_636
L1728:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1729
    mov ecx, 2
    call 140320710850576
L1729:
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
    mov qword ptr [r15+8], 30603
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
    jl L745
    ret
# label_L
label_635:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_636
# i_move_sd
    mov qword ptr [rbx], 779
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L745
    ret
# label_L
label_636:
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
label_637:
# i_func_info_IaaI
# inet_db:module_info/0
    call L743
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x66, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
module_info/0:
# i_breakpoint_trampoline
    short jmp L1730
.db 0x00
    call L746
    align 8
L1730:
# i_test_yield
    lea rdx, qword ptr [module_info/0+24]
    dec r14
    jle L744
# i_move_sd
    mov qword ptr [rbx], 196747
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1731
    mov ecx, 1
.db 0x90
    call 140320710850576
L1731:
# call_light_bif_be
    align 4
L1732:
L1733:
    long mov rcx, 9223372036854775807
    mov rax, 94919178912304
    lea rdx, qword ptr [L1732]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L745
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_639:
# i_func_info_IaaI
# inet_db:module_info/1
    call L743
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x66, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
module_info/1:
# i_breakpoint_trampoline
    short jmp L1734
.db 0x00
    call L746
    align 8
L1734:
# i_test_yield
    lea rdx, qword ptr [module_info/1+24]
    dec r14
    jle L744
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx], 196747
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1735
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L1735:
# call_light_bif_be
    align 4
L1736:
L1737:
    long mov rcx, 9223372036854775807
    mov rax, 94919178913216
    lea rdx, qword ptr [L1736]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L745
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_641:
# i_func_info_IaaI
# inet_db:'-lists_subtract/2-fun-0-'/2
    call L743
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xF4, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
'-lists_subtract/2-fun-0-'/2:
# i_breakpoint_trampoline
    short jmp L1738
.db 0x00
    call L746
    align 8
L1738:
# i_test_yield
    lea rdx, qword ptr ['-lists_subtract/2-fun-0-'/2+24]
    dec r14
    jle L744
# i_call_only_f
    jmp lists_delete/2
# func_line_I
# aligned_label_Lt
    align 8
label_643:
# i_func_info_IaaI
# inet_db:'-match_rr/6-lc$^1/1-1-'/2
    call L743
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xF5, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
'-match_rr/6-lc$^1/1-1-'/2:
# i_breakpoint_trampoline
    short jmp L1739
.db 0x00
    call L746
    align 8
L1739:
# i_test_yield
    lea rdx, qword ptr ['-match_rr/6-lc$^1/1-1-'/2+24]
    dec r14
    jle L744
# is_nonempty_list_fS
    test byte ptr [rbx], 2
    jne label_645
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1740
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1740:
    sub rsp, 8
# get_list_Sdd
    mov rdi, qword ptr [rbx]
    mov rsi, qword ptr [rdi-1]
    mov rdx, qword ptr [rdi+7]
    mov qword ptr [rbx+8], rsi
    mov qword ptr [rsp], rdx
# i_move_sd
    mov qword ptr [rbx], 452427
# call_light_bif_be
    align 4
L1741:
L1742:
    long mov rcx, 9223372036854775807
    mov rax, 94919179499776
    lea rdx, qword ptr [L1741]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov qword ptr [rbx+8], 452427
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 8
    jmp '-match_rr/6-lc$^1/1-1-'/2
# label_L
label_645:
# return
    dec r14
    jl L745
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_646:
# i_func_info_IaaI
# inet_db:'-match_rr/6-lc$^0/1-0-'/2
    call L743
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xF5, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
'-match_rr/6-lc$^0/1-0-'/2:
# i_breakpoint_trampoline
    short jmp L1743
.db 0x00
    call L746
    align 8
L1743:
# i_test_yield
    lea rdx, qword ptr ['-match_rr/6-lc$^0/1-0-'/2+24]
    dec r14
    jle L744
# is_nonempty_list_fS
    test byte ptr [rbx], 2
    jne label_648
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1744
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1744:
    sub rsp, 8
# get_list_Sdd
    mov rdi, qword ptr [rbx]
    mov rsi, qword ptr [rdi-1]
    mov rdx, qword ptr [rdi+7]
    mov qword ptr [rbx+8], rsi
    mov qword ptr [rsp], rdx
# i_move_sd
    mov qword ptr [rbx], 452427
# call_light_bif_be
    align 4
L1745:
L1746:
    long mov rcx, 9223372036854775807
    mov rax, 94919179488416
    lea rdx, qword ptr [L1745]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov qword ptr [rbx+8], 452427
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 8
    jmp '-match_rr/6-lc$^0/1-0-'/2
# label_L
label_648:
# return
    dec r14
    jl L745
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_649:
# i_func_info_IaaI
# inet_db:'-lookup_cache_data/2-lc$^0/1-0-'/1
    call L743
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xF5, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
'-lookup_cache_data/2-lc$^0/1-0-'/1:
# i_breakpoint_trampoline
    short jmp L1747
.db 0x00
    call L746
    align 8
L1747:
# i_test_yield
    lea rdx, qword ptr ['-lookup_cache_data/2-lc$^0/1-0-'/1+24]
    dec r14
    jle L744
# is_nonempty_list_fS
    test byte ptr [rbx], 2
    jne label_651
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1748
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1748:
    sub rsp, 8
# get_list_Sdd
    mov rdi, qword ptr [rbx]
    mov rsi, qword ptr [rdi-1]
    mov rdx, qword ptr [rdi+7]
    mov qword ptr [rsp], rsi
    mov qword ptr [rbx], rdx
# i_call_f
.db 0x90
    call '-lookup_cache_data/2-lc$^0/1-0-'/1
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1749
    mov ecx, 1
    call 140320710850576
L1749:
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+54]
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
    jl L745
    ret
# label_L
label_651:
# return
    dec r14
    jl L745
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_652:
# i_func_info_IaaI
# inet_db:'-do_add_rrs/4-lc$^0/1-0-'/3
    call L743
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xF5, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
'-do_add_rrs/4-lc$^0/1-0-'/3:
# i_breakpoint_trampoline
    short jmp L1750
.db 0x00
    call L746
    align 8
L1750:
# i_test_yield
    lea rdx, qword ptr ['-do_add_rrs/4-lc$^0/1-0-'/3+24]
    dec r14
    jle L744
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_655
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+24], rsi
    mov qword ptr [rbx], rdx
# is_eq_exact_fss
    mov rsi, qword ptr [rbx+16]
    mov rdi, qword ptr [rbx+24]
    cmp rdi, rsi
    short je L1751
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_654
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_654
L1751:
# i_call_only_f
    short jmp '-do_add_rrs/4-lc$^0/1-0-'/3
# label_L
label_654:
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1752
    mov ecx, 4
.db 0x90
    call 140320710850576
L1752:
    sub rsp, 24
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rsp+8], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx+8], rdi
# line_I
# call_light_bif_be
    align 4
L1753:
L1754:
    long mov rcx, 9223372036854775807
    mov rax, 94919179499776
    lea rdx, qword ptr [L1753]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+8], 1
    vmovups xmmword ptr [rbx+8], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 24
    jmp '-do_add_rrs/4-lc$^0/1-0-'/3
# label_L
label_655:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_656
# return
    dec r14
    jl L745
    ret
# label_L
label_656:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1755
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1755:
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
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1756
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L1756:
# call_light_bif_be
    align 4
L1757:
L1758:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089728
    lea rdx, qword ptr [L1757]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L745
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_657:
# i_func_info_IaaI
# inet_db:'-do_add_rrs/4-lc$^1/1-1-'/2
    call L743
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xF6, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
'-do_add_rrs/4-lc$^1/1-1-'/2:
# i_breakpoint_trampoline
    short jmp L1759
.db 0x00
    call L746
    align 8
L1759:
# i_test_yield
    lea rdx, qword ptr ['-do_add_rrs/4-lc$^1/1-1-'/2+24]
    dec r14
    jle L744
# is_nonempty_list_fS
    test byte ptr [rbx], 2
    jne label_659
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1760
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1760:
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
# line_I
# call_light_bif_be
    align 4
L1761:
L1762:
    long mov rcx, 9223372036854775807
    mov rax, 94919179499776
    lea rdx, qword ptr [L1761]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rsp]
    movups xmmword ptr [rbx], xmm0
# i_call_last_ft
    add rsp, 16
    jmp '-do_add_rrs/4-lc$^1/1-1-'/2
# label_L
label_659:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_660
# return
    dec r14
    jl L745
    ret
# label_L
label_660:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1763
    mov ecx, 1
    call 140320710850576
L1763:
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
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1764
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L1764:
# call_light_bif_be
    align 4
L1765:
L1766:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089728
    lea rdx, qword ptr [L1765]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L745
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_661:
# i_func_info_IaaI
# inet_db:'-rc_opt_req/1-lc$^0/1-0-'/1
    call L743
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xF6, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
'-rc_opt_req/1-lc$^0/1-0-'/1:
# i_breakpoint_trampoline
    short jmp L1767
.db 0x00
    call L746
    align 8
L1767:
# i_test_yield
    lea rdx, qword ptr ['-rc_opt_req/1-lc$^0/1-0-'/1+24]
    dec r14
    jle L744
# is_nonempty_list_fS
    test byte ptr [rbx], 2
    jne label_663
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1768
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1768:
    sub rsp, 8
# get_list_Sdd
    mov rdi, qword ptr [rbx]
    mov rsi, qword ptr [rdi-1]
    mov rdx, qword ptr [rdi+7]
    mov qword ptr [rsp], rsi
    mov qword ptr [rbx], rdx
# i_call_f
.db 0x90
    call '-rc_opt_req/1-lc$^0/1-0-'/1
# test_heap_It
    lea rdx, qword ptr [r15+88]
    cmp rdx, rsp
    short jbe L1769
    mov ecx, 1
    call 140320710850576
L1769:
# put_tuple2_SA
# Move arity word
    mov edi, 256
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 443467
    mov qword ptr [r15+16], 215627
    mov qword ptr [r15+24], 67403
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+32], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 40
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
    jl L745
    ret
# label_L
label_663:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_664
# return
    dec r14
    jl L745
    ret
# label_L
label_664:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1770
    mov ecx, 1
    call 140320710850576
L1770:
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
    short jbe L1771
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L1771:
# call_light_bif_be
    align 4
L1772:
L1773:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089728
    lea rdx, qword ptr [L1772]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L745
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_665:
# i_func_info_IaaI
# inet_db:'-load_hosts_list/3-lc$^1/1-1-'/1
    call L743
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xF6, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
'-load_hosts_list/3-lc$^1/1-1-'/1:
# i_breakpoint_trampoline
    short jmp L1774
.db 0x00
    call L746
    align 8
L1774:
# i_test_yield
    lea rdx, qword ptr ['-load_hosts_list/3-lc$^1/1-1-'/1+24]
    dec r14
    jle L744
# is_nonempty_list_fS
    test byte ptr [rbx], 2
    jne label_667
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1775
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1775:
    sub rsp, 24
# get_list_Sdd
    mov rdi, qword ptr [rbx]
    mov rsi, qword ptr [rdi-1]
    mov rdx, qword ptr [rdi+7]
    mov qword ptr [rbx], rsi
    mov qword ptr [rsp+16], rdx
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rsp+8], rdi
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
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
L1776:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# swap_dd
    mov rdi, qword ptr [rsp+16]
    mov rsi, qword ptr [rbx]
    mov qword ptr [rbx], rdi
    mov qword ptr [rsp+16], rsi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call '-load_hosts_list/3-lc$^1/1-1-'/1
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L1777
    mov ecx, 1
    call 140320710850576
L1777:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
# (moving two elements at once)
    movups xmm0, xmmword ptr [rsp+8]
    movups xmmword ptr [r15+8], xmm0
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+24], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
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
    add rsp, 24
# return
    dec r14
    jl L745
    ret
# label_L
label_667:
# return
    dec r14
    jl L745
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_668:
# i_func_info_IaaI
# inet_db:'-load_hosts_list/3-lc$^0/1-0-'/1
    call L743
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xF6, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
'-load_hosts_list/3-lc$^0/1-0-'/1:
# i_breakpoint_trampoline
    short jmp L1778
.db 0x00
    call L746
    align 8
L1778:
# i_test_yield
    lea rdx, qword ptr ['-load_hosts_list/3-lc$^0/1-0-'/1+24]
    dec r14
    jle L744
# is_nonempty_list_fS
    test byte ptr [rbx], 2
    jne label_670
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1779
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1779:
    sub rsp, 16
# get_list_Sdd
    mov rdi, qword ptr [rbx]
    mov rsi, qword ptr [rdi-1]
    mov rdx, qword ptr [rdi+7]
    mov qword ptr [rbx], rsi
    mov qword ptr [rsp+8], rdx
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rsp], rdi
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L1780:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x90
    call qword ptr [rax+r12*8]
# swap_dd
    mov rdi, qword ptr [rsp+8]
    mov rsi, qword ptr [rbx]
    mov qword ptr [rbx], rdi
    mov qword ptr [rsp+8], rsi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call '-load_hosts_list/3-lc$^0/1-0-'/1
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L1781
    mov ecx, 1
    call 140320710850576
L1781:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
# (moving two elements at once)
    movups xmm0, xmmword ptr [rsp]
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
    add rsp, 16
# return
    dec r14
    jl L745
    ret
# label_L
label_670:
# return
    dec r14
    jl L745
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_671:
# i_func_info_IaaI
# inet_db:'-del_ip_bynms/4-fun-0-'/4
    call L743
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xF7, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
'-del_ip_bynms/4-fun-0-'/4:
# i_breakpoint_trampoline
    short jmp L1782
.db 0x00
    call L746
    align 8
L1782:
# i_test_yield
    lea rdx, qword ptr ['-del_ip_bynms/4-fun-0-'/4+24]
    dec r14
    jle L744
# allocate_heap_tIt
    lea rdx, qword ptr [r15+96]
    cmp rdx, rsp
    short jbe L1783
    mov ecx, 4
    call 140320710850576
L1783:
    sub rsp, 40
# init_yregs_I
    mov eax, 59
    mov rdi, rsp
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rsp+24], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp+32], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15+8], rdi
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rsp+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+8], rdi
# line_I
# call_light_bif_be
    align 4
L1784:
L1785:
    long mov rcx, 9223372036854775807
    mov rax, 94919179494816
    lea rdx, qword ptr [L1784]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_674
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+8], xmm0
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx+8]
    rex test sil, 1
    jne label_678
    cmp dword ptr [rsi-2], 192
    jne label_678
# get_two_tuple_elements_sPSS
    vpermilpd xmm0, xmmword ptr [rsi+14], 1
    vmovups xmmword ptr [rsp], xmm0
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rsp+8]
    test al, 2
    jne label_673
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+8], rsi
    mov qword ptr [rbx+24], rdx
# is_nil_fS
    cmp qword ptr [rbx+24], 59
    jne label_673
# is_nil_fS
    cmp qword ptr [rbx+16], 59
    jne label_678
# is_eq_exact_fss
    mov rsi, qword ptr [rsp+24]
    mov rdi, qword ptr [rbx+8]
    cmp rdi, rsi
    short je L1786
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_673
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_673
L1786:
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx], rdi
# i_trim_t
    add rsp, 40
# line_I
# call_light_bif_be
    align 4
L1787:
L1788:
    long mov rcx, 9223372036854775807
    mov rax, 94919179499520
    lea rdx, qword ptr [L1787]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# is_eq_exact_fss
    cmp qword ptr [rbx], 75
    jne label_676
# deallocate_t
# return
    dec r14
    jl L745
    ret
# label_L
label_673:
# is_nil_fS
    cmp qword ptr [rbx+16], 59
    jne label_678
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L1789:
L1790:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927952
    lea rdx, qword ptr [L1789]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# is_eq_exact_fss
    cmp qword ptr [rbx], 75
    jne label_675
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rsp+24], rdi
# i_trim_t
    add rsp, 16
# line_I
# i_call_ext_e
L1791:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1792
    mov ecx, 1
    call 140320710850576
L1792:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+8], rdi
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15+24], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# i_trim_t
    add rsp, 24
# line_I
# call_light_bif_be
    align 4
L1793:
L1794:
    long mov rcx, 9223372036854775807
    mov rax, 94919179488416
    lea rdx, qword ptr [L1793]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# is_eq_exact_fss
    cmp qword ptr [rbx], 75
    jne label_677
# deallocate_t
# return
    dec r14
    jl L745
    ret
# label_L
label_674:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_678
# label_L
label_675:
# i_move_sd
    mov qword ptr [rbx], 30603
# deallocate_t
    add rsp, 40
# return
    dec r14
    jl L745
    ret
# label_L
label_676:
# line_I
# badmatch_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 5200
    xor ecx, ecx
    call 140320710854352
# label_L
label_677:
# line_I
    nop
# badmatch_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 5200
    xor ecx, ecx
    call 140320710854352
# label_L
label_678:
# line_I
    nop
# case_end_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 7248
    xor ecx, ecx
    call 140320710854352
# i_lambda_trampoline_FfWW
L741:
    movups xmm0, xmmword ptr [rcx+38]
    movups xmmword ptr [rbx+8], xmm0
    mov rax, qword ptr [rcx+54]
    mov qword ptr [rbx+24], rax
    jmp '-del_ip_bynms/4-fun-0-'/4
# func_line_I
# aligned_label_Lt
    align 8
label_679:
# i_func_info_IaaI
# inet_db:'-add_ip_bynms/5-fun-0-'/5
    call L743
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xF7, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
'-add_ip_bynms/5-fun-0-'/5:
# i_breakpoint_trampoline
    short jmp L1795
.db 0x00
    call L746
    align 8
L1795:
# i_test_yield
    lea rdx, qword ptr ['-add_ip_bynms/5-fun-0-'/5+24]
    dec r14
    jle L744
# allocate_heap_tIt
    lea rdx, qword ptr [r15+104]
    cmp rdx, rsp
    short jbe L1796
    mov ecx, 5
    call 140320710850576
L1796:
    sub rsp, 48
# init_yregs_I
    mov eax, 59
    mov rdi, rsp
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+24], 1
    vmovups xmmword ptr [rsp+24], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp+40], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15+8], rdi
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rsp+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+8], rdi
# line_I
# call_light_bif_be
    align 4
L1797:
L1798:
    long mov rcx, 9223372036854775807
    mov rax, 94919179494816
    lea rdx, qword ptr [L1797]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_683
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+8], xmm0
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx+8]
    rex test sil, 1
    jne label_687
    cmp dword ptr [rsi-2], 192
    jne label_687
# get_two_tuple_elements_sPSS
    vpermilpd xmm0, xmmword ptr [rsi+14], 1
    vmovups xmmword ptr [rsp], xmm0
# is_nonempty_list_get_hd_fSd
    mov rax, qword ptr [rsp+8]
    test al, 2
    jne label_681
    mov rsi, qword ptr [rax-1]
    mov qword ptr [rbx+8], rsi
# is_nil_fS
    cmp qword ptr [rbx+16], 59
    jne label_687
# is_eq_exact_fss
    mov rsi, qword ptr [rsp+32]
    mov rdi, qword ptr [rbx+8]
    cmp rdi, rsi
    short je L1799
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_681
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_681
L1799:
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1800
    xor ecx, ecx
.db 0x90
    call 140320710850576
L1800:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
# (moving and swapping two elements at once)
    vpermilpd xmm0, xmmword ptr [rsp+8], 1
    vmovups xmmword ptr [r15+8], xmm0
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [r15+24], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [rbx], rdi
# i_trim_t
    add rsp, 48
# line_I
# call_light_bif_be
    align 4
L1801:
L1802:
    long mov rcx, 9223372036854775807
    mov rax, 94919179488416
    lea rdx, qword ptr [L1801]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# is_eq_exact_fss
    cmp qword ptr [rbx], 75
    jne label_684
# deallocate_t
# return
    dec r14
    jl L745
    ret
# label_L
label_681:
# is_nil_fS
    cmp qword ptr [rbx+16], 59
    jne label_687
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+8], rdi
# init_yregs_I
    mov qword ptr [rsp+24], 59
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L1803:
L1804:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927952
    lea rdx, qword ptr [L1803]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# is_eq_exact_fss
    cmp qword ptr [rbx], 75
    jne label_682
# i_move_sd
    mov qword ptr [rbx], 30603
# deallocate_t
    add rsp, 48
# return
    dec r14
    jl L745
    ret
# label_L
label_682:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1805
    xor ecx, ecx
    call 140320710850576
L1805:
# put_cons_ss
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov eax, 59
    mov qword ptr [rsp+8], rax
    mov qword ptr [rsp+32], rax
# line_I
# call_light_bif_be
    align 4
L1806:
L1807:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927824
    lea rdx, qword ptr [L1806]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1808
    mov ecx, 1
    call 140320710850576
L1808:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [r15+8], rdi
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+24], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [rbx], rdi
# i_trim_t
    add rsp, 48
# line_I
# call_light_bif_be
    align 4
L1809:
L1810:
    long mov rcx, 9223372036854775807
    mov rax, 94919179488416
    lea rdx, qword ptr [L1809]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# is_eq_exact_fss
    cmp qword ptr [rbx], 75
    jne label_685
# deallocate_t
# return
    dec r14
    jl L745
    ret
# label_L
label_683:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_687
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L1811
    xor ecx, ecx
.db 0x90
    call 140320710850576
L1811:
# put_cons_ss
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [r15+8], rdi
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [r15+24], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [rbx], rdi
# i_trim_t
    add rsp, 48
# line_I
# call_light_bif_be
    align 4
L1812:
L1813:
    long mov rcx, 9223372036854775807
    mov rax, 94919179488416
    lea rdx, qword ptr [L1812]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# is_eq_exact_fss
    cmp qword ptr [rbx], 75
    jne label_686
# deallocate_t
# return
    dec r14
    jl L745
    ret
# label_L
label_684:
# line_I
# badmatch_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 5200
    xor ecx, ecx
    call 140320710854352
# label_L
label_685:
# line_I
    nop
# badmatch_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 5200
    xor ecx, ecx
    call 140320710854352
# label_L
label_686:
# line_I
    nop
# badmatch_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 5200
    xor ecx, ecx
    call 140320710854352
# label_L
label_687:
# line_I
    nop
# case_end_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 7248
    xor ecx, ecx
    call 140320710854352
# i_lambda_trampoline_FfWW
L740:
    movups xmm0, xmmword ptr [rcx+38]
    movups xmmword ptr [rbx+8], xmm0
    movups xmm0, xmmword ptr [rcx+54]
    movups xmmword ptr [rbx+24], xmm0
    jmp '-add_ip_bynms/5-fun-0-'/5
# func_line_I
# aligned_label_Lt
    align 8
label_688:
# i_func_info_IaaI
# inet_db:'-do_del_host/3-lc$^0/1-0-'/1
    call L743
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xF7, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
'-do_del_host/3-lc$^0/1-0-'/1:
# i_breakpoint_trampoline
    short jmp L1814
.db 0x00
    call L746
    align 8
L1814:
# i_test_yield
    lea rdx, qword ptr ['-do_del_host/3-lc$^0/1-0-'/1+24]
    dec r14
    jle L744
# is_nonempty_list_fS
    test byte ptr [rbx], 2
    jne label_690
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1815
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1815:
    sub rsp, 8
# get_list_Sdd
    mov rdi, qword ptr [rbx]
    mov rsi, qword ptr [rdi-1]
    mov rdx, qword ptr [rdi+7]
    mov qword ptr [rbx], rsi
    mov qword ptr [rsp], rdx
# i_call_f
.db 0x90
    call tolower/1
# swap_dd
    mov rdi, qword ptr [rsp]
    mov rsi, qword ptr [rbx]
    mov qword ptr [rbx], rdi
    mov qword ptr [rsp], rsi
# i_call_f
.db 0x90
    call '-do_del_host/3-lc$^0/1-0-'/1
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1816
    mov ecx, 1
    call 140320710850576
L1816:
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
    jl L745
    ret
# label_L
label_690:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_691
# return
    dec r14
    jl L745
    ret
# label_L
label_691:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1817
    mov ecx, 1
.db 0x90
    call 140320710850576
L1817:
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
    short jbe L1818
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L1818:
# call_light_bif_be
    align 4
L1819:
L1820:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089728
    lea rdx, qword ptr [L1819]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L745
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_692:
# i_func_info_IaaI
# inet_db:'-do_add_host/5-lc$^2/1-2-'/1
    call L743
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xF7, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
'-do_add_host/5-lc$^2/1-2-'/1:
# i_breakpoint_trampoline
    short jmp L1821
.db 0x00
    call L746
    align 8
L1821:
# i_test_yield
    lea rdx, qword ptr ['-do_add_host/5-lc$^2/1-2-'/1+24]
    dec r14
    jle L744
# is_nonempty_list_fS
    test byte ptr [rbx], 2
    jne label_694
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1822
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1822:
    sub rsp, 8
# get_list_Sdd
    mov rdi, qword ptr [rbx]
    mov rsi, qword ptr [rdi-1]
    mov rdx, qword ptr [rdi+7]
    mov qword ptr [rbx], rsi
    mov qword ptr [rsp], rdx
# i_call_f
.db 0x90
    call tolower/1
# swap_dd
    mov rdi, qword ptr [rsp]
    mov rsi, qword ptr [rbx]
    mov qword ptr [rbx], rdi
    mov qword ptr [rsp], rsi
# i_call_f
.db 0x90
    call '-do_add_host/5-lc$^2/1-2-'/1
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1823
    mov ecx, 1
    call 140320710850576
L1823:
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
    jl L745
    ret
# label_L
label_694:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_695
# return
    dec r14
    jl L745
    ret
# label_L
label_695:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1824
    mov ecx, 1
.db 0x90
    call 140320710850576
L1824:
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
    short jbe L1825
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L1825:
# call_light_bif_be
    align 4
L1826:
L1827:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089728
    lea rdx, qword ptr [L1826]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L745
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_696:
# i_func_info_IaaI
# inet_db:'-do_add_host/5-lc$^3/1-1-'/2
    call L743
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xF8, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
'-do_add_host/5-lc$^3/1-1-'/2:
# i_breakpoint_trampoline
    short jmp L1828
.db 0x00
    call L746
    align 8
L1828:
# i_test_yield
    lea rdx, qword ptr ['-do_add_host/5-lc$^3/1-1-'/2+24]
    dec r14
    jle L744
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_699
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+16], rsi
    mov qword ptr [rbx], rdx
# i_get_map_element_fSSS
    mov rdi, qword ptr [rbx+8]
    mov rsi, qword ptr [rbx+16]
    call 140320710851984
    jne label_698
# i_call_only_f
    short jmp '-do_add_host/5-lc$^3/1-1-'/2
# label_L
label_698:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1829
    mov ecx, 3
    call 140320710850576
L1829:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp], rdi
# i_call_f
.db 0x0F, 0x1F, 0x00
    call '-do_add_host/5-lc$^3/1-1-'/2
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1830
    mov ecx, 1
    call 140320710850576
L1830:
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
    jl L745
    ret
# label_L
label_699:
# return
    dec r14
    jl L745
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_700:
# i_func_info_IaaI
# inet_db:'-do_add_host/5-fun-1-'/2
    call L743
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xF8, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
'-do_add_host/5-fun-1-'/2:
# i_breakpoint_trampoline
    short jmp L1831
.db 0x00
    call L746
    align 8
L1831:
# i_test_yield
    lea rdx, qword ptr ['-do_add_host/5-fun-1-'/2+24]
    dec r14
    jle L744
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx+8], 59
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1832
    mov ecx, 3
    call 140320710850576
L1832:
# call_light_bif_be
    align 4
L1833:
L1834:
    long mov rcx, 9223372036854775807
    mov rax, 94919180028704
    lea rdx, qword ptr [L1833]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L745
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_702:
# i_func_info_IaaI
# inet_db:'-do_add_host/5-lc$^0/1-0-'/1
    call L743
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xF8, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
'-do_add_host/5-lc$^0/1-0-'/1:
# i_breakpoint_trampoline
    short jmp L1835
.db 0x00
    call L746
    align 8
L1835:
# i_test_yield
    lea rdx, qword ptr ['-do_add_host/5-lc$^0/1-0-'/1+24]
    dec r14
    jle L744
# is_nonempty_list_fS
    test byte ptr [rbx], 2
    jne label_704
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1836
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1836:
    sub rsp, 8
# get_list_Sdd
    mov rdi, qword ptr [rbx]
    mov rsi, qword ptr [rdi-1]
    mov rdx, qword ptr [rdi+7]
    mov qword ptr [rbx], rsi
    mov qword ptr [rsp], rdx
# i_call_f
.db 0x90
    call tolower/1
# swap_dd
    mov rdi, qword ptr [rsp]
    mov rsi, qword ptr [rbx]
    mov qword ptr [rbx], rdi
    mov qword ptr [rsp], rsi
# i_call_f
.db 0x90
    call '-do_add_host/5-lc$^0/1-0-'/1
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1837
    mov ecx, 1
    call 140320710850576
L1837:
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
    jl L745
    ret
# label_L
label_704:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_705
# return
    dec r14
    jl L745
    ret
# label_L
label_705:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1838
    mov ecx, 1
.db 0x90
    call 140320710850576
L1838:
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
    short jbe L1839
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L1839:
# call_light_bif_be
    align 4
L1840:
L1841:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089728
    lea rdx, qword ptr [L1840]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L745
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_706:
# i_func_info_IaaI
# inet_db:'-handle_call/3-fun-0-'/2
    call L743
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x9C, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
'-handle_call/3-fun-0-'/2:
# i_breakpoint_trampoline
    short jmp L1842
.db 0x00
    call L746
    align 8
L1842:
# i_test_yield
    lea rdx, qword ptr ['-handle_call/3-fun-0-'/2+24]
    dec r14
    jle L744
# allocate_heap_tIt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1843
    mov ecx, 2
    call 140320710850576
L1843:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 456907
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx+8], rdi
# line_I
# i_call_ext_e
L1844:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_708
    cmp dword ptr [rsi-2], 128
    jne label_708
    cmp qword ptr [rsi+6], 30603
    jne label_708
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L1845
    mov ecx, 1
    call 140320710850576
L1845:
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
    mov qword ptr [r15+8], 452939
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
# deallocate_t
# return
    dec r14
    jl L745
    ret
# label_L
label_708:
# i_move_sd
    mov qword ptr [rbx], 779
# deallocate_t
# return
    dec r14
    jl L745
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_709:
# i_func_info_IaaI
# inet_db:'-handle_call/3-fun-3-'/2
    call L743
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x26, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
'-handle_call/3-fun-3-'/2:
# i_breakpoint_trampoline
    short jmp L1846
.db 0x00
    call L746
    align 8
L1846:
# i_test_yield
    lea rdx, qword ptr ['-handle_call/3-fun-3-'/2+24]
    dec r14
    jle L744
# allocate_heap_tIt
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1847
    mov ecx, 2
    call 140320710850576
L1847:
    sub rsp, 8
# init_yregs_I
    mov qword ptr [rsp], 59
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 456907
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx+8], rdi
# line_I
# i_call_ext_e
L1848:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_711
    cmp dword ptr [rsi-2], 128
    jne label_711
    cmp qword ptr [rsi+6], 30603
    jne label_711
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L1849
    mov ecx, 1
    call 140320710850576
L1849:
# i_make_fun3_FStt
L1850:
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
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov qword ptr [rbx+8], 59
# line_I
# i_call_ext_e
L1851:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# swap_dd
    mov rdi, qword ptr [rsp]
    mov rsi, qword ptr [rbx]
    mov qword ptr [rbx], rdi
    mov qword ptr [rsp], rsi
# line_I
# i_call_f
.db 0x90
    call '-handle_call/3-lc$^2/1-0-'/1
# test_heap_It
    lea rdx, qword ptr [r15+112]
    cmp rdx, rsp
    short jbe L1852
    mov ecx, 1
    call 140320710850576
L1852:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 454091
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
L1853:
    long mov rdi, 9223372036854775807
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
    mov qword ptr [r15+8], 454155
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
    jl L745
    ret
# label_L
label_711:
# i_move_sd
    mov qword ptr [rbx], 779
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L745
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_712:
# i_func_info_IaaI
# inet_db:'-handle_call/3-lc$^2/1-0-'/1
    call L743
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xF9, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
'-handle_call/3-lc$^2/1-0-'/1:
# i_breakpoint_trampoline
    short jmp L1854
.db 0x00
    call L746
    align 8
L1854:
# i_test_yield
    lea rdx, qword ptr ['-handle_call/3-lc$^2/1-0-'/1+24]
    dec r14
    jle L744
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_715
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx], xmm0
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx+8]
    rex test sil, 1
    jne label_714
    cmp dword ptr [rsi-2], 128
    jne label_714
    cmp qword ptr [rsi+6], 449291
    jne label_714
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1855
    mov ecx, 2
.db 0x90
    call 140320710850576
L1855:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp], rdi
# i_call_f
.db 0x0F, 0x1F, 0x00
    call '-handle_call/3-lc$^2/1-0-'/1
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L1856
    mov ecx, 1
    call 140320710850576
L1856:
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+8], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+8], rdi
    mov qword ptr [r15+16], 863
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
    jl L745
    ret
# label_L
label_714:
# i_call_only_f
    jmp '-handle_call/3-lc$^2/1-0-'/1
# label_L
label_715:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_716
# return
    dec r14
    jl L745
    ret
# label_L
label_716:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1857
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1857:
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
    short jbe L1858
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L1858:
# call_light_bif_be
    align 4
L1859:
L1860:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089728
    lea rdx, qword ptr [L1859]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L745
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_717:
# i_func_info_IaaI
# inet_db:'-handle_call/3-fun-1-'/2
    call L743
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x9C, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
'-handle_call/3-fun-1-'/2:
# i_breakpoint_trampoline
    short jmp L1861
.db 0x00
    call L746
    align 8
L1861:
# i_test_yield
    lea rdx, qword ptr ['-handle_call/3-fun-1-'/2+24]
    dec r14
    jle L744
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_721
    cmp dword ptr [rsi-2], 128
    jne label_721
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+16], rdi
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+16]
    cmp rsi, 129995
    je label_720
    cmp rsi, 215627
    je label_719
    jmp label_721
# label_L
label_719:
# return
    dec r14
    jl L745
    ret
# label_L
label_720:
# is_ne_exact_fss
    cmp qword ptr [rbx], 59
    je label_721
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1862
    mov ecx, 1
    call 140320710850576
L1862:
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
    jl L745
    ret
# label_L
label_721:
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L745
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_722:
# i_func_info_IaaI
# inet_db:'-res_lookup_fun/1-fun-1-'/3
    call L743
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xF9, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
'-res_lookup_fun/1-fun-1-'/3:
# i_breakpoint_trampoline
    short jmp L1863
.db 0x00
    call L746
    align 8
L1863:
# i_test_yield
    lea rdx, qword ptr ['-res_lookup_fun/1-fun-1-'/3+24]
    dec r14
    jle L744
# swap_dd
    mov rdi, qword ptr [rbx]
    mov rsi, qword ptr [rbx+16]
    mov qword ptr [rbx+16], rdi
    mov qword ptr [rbx], rsi
# i_call_only_f
    jmp '-res_lookup_fun/1-lc$^0/1-0-'/3
# i_lambda_trampoline_FfWW
L739:
    mov rax, qword ptr [rcx+38]
    mov qword ptr [rbx+16], rax
    short jmp '-res_lookup_fun/1-fun-1-'/3
# func_line_I
# aligned_label_Lt
    align 8
label_724:
# i_func_info_IaaI
# inet_db:'-res_lookup_fun/1-lc$^0/1-0-'/3
    call L743
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xF9, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
'-res_lookup_fun/1-lc$^0/1-0-'/3:
# i_breakpoint_trampoline
    short jmp L1864
.db 0x00
    call L746
    align 8
L1864:
# i_test_yield
    lea rdx, qword ptr ['-res_lookup_fun/1-lc$^0/1-0-'/3+24]
    dec r14
    jle L744
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_727
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+24], rsi
    mov qword ptr [rbx], rdx
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+24]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+54]
    mov qword ptr [rbx+32], rdi
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+70]
    mov qword ptr [rbx+40], rdi
# is_eq_exact_fss
    mov rsi, qword ptr [rbx+16]
    mov rdi, qword ptr [rbx+40]
    cmp rdi, rsi
    short je L1865
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_726
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_726
L1865:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+24]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx+24], rdi
# is_eq_exact_fss
    mov rsi, qword ptr [rbx+8]
    mov rdi, qword ptr [rbx+24]
    cmp rdi, rsi
    short je L1866
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_726
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_726
L1866:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1867
    mov ecx, 5
    call 140320710850576
L1867:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rsp], rdi
# i_call_f
.db 0x0F, 0x1F, 0x00
    call '-res_lookup_fun/1-lc$^0/1-0-'/3
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1868
    mov ecx, 1
    call 140320710850576
L1868:
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
    jl L745
    ret
# label_L
label_726:
# i_call_only_f
    jmp '-res_lookup_fun/1-lc$^0/1-0-'/3
# label_L
label_727:
# return
    dec r14
    jl L745
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_728:
# i_func_info_IaaI
# inet_db:'-res_filter_rrs/2-lc$^0/1-0-'/2
    call L743
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xF9, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
'-res_filter_rrs/2-lc$^0/1-0-'/2:
# i_breakpoint_trampoline
    short jmp L1869
.db 0x00
    call L746
    align 8
L1869:
# i_test_yield
    lea rdx, qword ptr ['-res_filter_rrs/2-lc$^0/1-0-'/2+24]
    dec r14
    jle L744
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_732
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+16], rsi
    mov qword ptr [rbx], rdx
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx+16]
    rex test sil, 1
    jne label_731
    cmp dword ptr [rsi-2], 640
    jne label_731
    cmp qword ptr [rsi+6], 450635
    jne label_731
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+30]
    mov qword ptr [rbx+24], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx+24], 20619
    jne label_731
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+16]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx+24], rdi
# is_ne_exact_fss
    mov rsi, qword ptr [rbx+8]
    mov rdi, qword ptr [rbx+24]
    cmp rdi, rsi
    je label_730
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    short je L1870
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    jnz label_730
L1870:
# is_eq_exact_fss
    cmp qword ptr [rbx+24], 451723
    jne label_731
# label_L
label_730:
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1871
    mov ecx, 3
.db 0x66, 0x90
    call 140320710850576
L1871:
    sub rsp, 24
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp], rdi
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx]
    movups xmmword ptr [rsp+8], xmm0
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+16]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
    call tolower/1
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+16], rdi
# i_trim_t
    add rsp, 8
# i_move_sd
    mov qword ptr [rbx], 159
# call_light_bif_be
    align 4
L1872:
L1873:
    long mov rcx, 9223372036854775807
    mov rax, 94919179098736
    lea rdx, qword ptr [L1872]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
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
# line_I
# i_call_f
    call '-res_filter_rrs/2-lc$^0/1-0-'/2
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1874
    mov ecx, 1
    call 140320710850576
L1874:
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
    jl L745
    ret
# label_L
label_731:
# i_call_only_f
    jmp '-res_filter_rrs/2-lc$^0/1-0-'/2
# label_L
label_732:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_733
# return
    dec r14
    jl L745
    ret
# label_L
label_733:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1875
    mov ecx, 1
    call 140320710850576
L1875:
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
    short jbe L1876
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L1876:
# call_light_bif_be
    align 4
L1877:
L1878:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089728
    lea rdx, qword ptr [L1877]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L745
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_734:
# i_func_info_IaaI
# inet_db:'-res_cache_answer/1-lc$^0/1-0-'/2
    call L743
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xFA, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
'-res_cache_answer/1-lc$^0/1-0-'/2:
# i_breakpoint_trampoline
    short jmp L1879
.db 0x00
    call L746
    align 8
L1879:
# i_test_yield
    lea rdx, qword ptr ['-res_cache_answer/1-lc$^0/1-0-'/2+24]
    dec r14
    jle L744
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_737
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+16], rsi
    mov qword ptr [rbx], rdx
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx+16]
    rex test sil, 1
    jne label_736
    cmp dword ptr [rsi-2], 640
    jne label_736
    cmp qword ptr [rsi+6], 450635
    jne label_736
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+46]
    mov qword ptr [rbx+24], rdi
# is_lt_fss
    mov rsi, qword ptr [rbx+24]
    mov edi, 15
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L1880
    cmp rdi, rsi
    short jmp L1881
L1880:
    call 140320710848608
L1881:
    jge label_736
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1882
    mov ecx, 3
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1882:
    sub rsp, 24
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+8]
    movups xmmword ptr [rsp], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+16], rdi
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+16]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
    call tolower/1
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+16], rdi
# init_yregs_I
    mov qword ptr [rsp+8], 59
# i_move_sd
    mov qword ptr [rbx], 159
# call_light_bif_be
    align 4
L1883:
L1884:
    long mov rcx, 9223372036854775807
    mov rax, 94919179098736
    lea rdx, qword ptr [L1883]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# set_tuple_element_sSP
    mov rdi, qword ptr [rbx]
    mov rsi, qword ptr [rsp]
    mov qword ptr [rdi+62], rsi
# set_tuple_element_sSP
    mov rdi, qword ptr [rbx]
    mov rsi, qword ptr [rsp]
    mov qword ptr [rdi+38], rsi
# swap_dd
    mov rdi, qword ptr [rsp+16]
    mov rsi, qword ptr [rbx]
    mov qword ptr [rbx], rdi
    mov qword ptr [rsp+16], rsi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_trim_t
    add rsp, 16
# line_I
# i_call_f
.db 0x90
    call '-res_cache_answer/1-lc$^0/1-0-'/2
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1885
    mov ecx, 1
    call 140320710850576
L1885:
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
    jl L745
    ret
# label_L
label_736:
# i_call_only_f
    jmp '-res_cache_answer/1-lc$^0/1-0-'/2
# label_L
label_737:
# return
    dec r14
    jl L745
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_738:
# i_func_info_IaaI
# inet_db:'-add_hosts/1-fun-0-'/1
    call L743
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x8B, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xFA, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
'-add_hosts/1-fun-0-'/1:
# i_breakpoint_trampoline
    short jmp L1886
.db 0x00
    call L746
    align 8
L1886:
# i_test_yield
    lea rdx, qword ptr ['-add_hosts/1-fun-0-'/1+24]
    dec r14
    jle L744
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    short jne label_738
    cmp dword ptr [rsi-2], 192
    short jne label_738
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1887
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L1887:
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
# i_call_only_f
    jmp add_host/2
# int_code_end
L1888:
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, 94919180896308
    call 94919178184336
.section .rodata {#1}
line:
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
.section .rodata {#1}
attr:
.db 0x83, 0x6C, 0x00, 0x00, 0x00, 0x01, 0x68, 0x02, 0x64, 0x00, 0x03, 0x76, 0x73, 0x6E, 0x6C, 0x00, 0x00, 0x00, 0x01, 0x6E, 0x10, 0x00, 0x6C, 0xE2, 0x21, 0x23, 0x85, 0x08, 0x03, 0x77, 0xB2, 0x6F, 0xF5, 0x09, 0xF9, 0xDF, 0x2E, 0x16, 0x6A, 0x6A
.section .text {#0}
.section .rodata {#1}
compile:
.db 0x83, 0x6C, 0x00, 0x00, 0x00, 0x03, 0x68, 0x02, 0x64, 0x00, 0x07, 0x76, 0x65, 0x72, 0x73, 0x69, 0x6F, 0x6E, 0x6B, 0x00, 0x03, 0x38, 0x2E, 0x32, 0x68, 0x02, 0x64, 0x00, 0x07, 0x6F, 0x70, 0x74, 0x69, 0x6F, 0x6E, 0x73, 0x6C, 0x00, 0x00, 0x00, 0x02, 0x64, 0x00, 0x0A, 0x64, 0x65, 0x62, 0x75, 0x67, 0x5F, 0x69, 0x6E, 0x66, 0x6F, 0x68, 0x02, 0x64, 0x00, 0x01, 0x69, 0x6B, 0x00, 0x45, 0x2F, 0x62, 0x75, 0x69, 0x6C, 0x64, 0x2F, 0x72, 0x65, 0x70, 0x72, 0x6F, 0x64, 0x75, 0x63, 0x69, 0x62, 0x6C, 0x65, 0x2D, 0x70, 0x61, 0x74, 0x68, 0x2F, 0x65, 0x72, 0x6C, 0x61, 0x6E, 0x67, 0x2D, 0x32, 0x35, 0x2E, 0x32, 0x2E, 0x33, 0x2B, 0x64, 0x66, 0x73, 0x67, 0x2F, 0x6C, 0x69, 0x62, 0x2F, 0x6B, 0x65, 0x72, 0x6E, 0x65, 0x6C, 0x2F, 0x73, 0x72, 0x63, 0x2F, 0x2E, 0x2E, 0x2F, 0x69, 0x6E, 0x63, 0x6C, 0x75, 0x64, 0x65, 0x6A, 0x68, 0x02, 0x64, 0x00, 0x06, 0x73, 0x6F, 0x75, 0x72, 0x63, 0x65, 0x6B, 0x00, 0x46, 0x2F, 0x62, 0x75, 0x69, 0x6C, 0x64, 0x2F, 0x72, 0x65, 0x70, 0x72, 0x6F, 0x64, 0x75, 0x63, 0x69, 0x62, 0x6C, 0x65, 0x2D, 0x70, 0x61, 0x74, 0x68, 0x2F, 0x65, 0x72, 0x6C, 0x61, 0x6E, 0x67, 0x2D, 0x32, 0x35, 0x2E, 0x32, 0x2E, 0x33, 0x2B, 0x64, 0x66, 0x73, 0x67, 0x2F, 0x6C, 0x69, 0x62, 0x2F, 0x6B, 0x65, 0x72, 0x6E, 0x65, 0x6C, 0x2F, 0x73, 0x72, 0x63, 0x2F, 0x69, 0x6E, 0x65, 0x74, 0x5F, 0x64, 0x62, 0x2E, 0x65, 0x72, 0x6C, 0x6A
.section .text {#0}
.section .rodata {#1}
md5:
.db 0x16, 0x2E, 0xDF, 0xF9, 0x09, 0xF5, 0x6F, 0xB2, 0x77, 0x03, 0x08, 0x85, 0x23, 0x21, 0xE2, 0x6C
.section .text {#0}
