    align 8
L1163:
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
L1164:
    jmp 140320710851944
    align 8
L1165:
    jmp 140320710853048
    align 8
L1166:
    jmp 140320710850344
    align 16
L1167:
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
# prim_inet:open/3
    call L1164
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x7F, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x78, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
open/3:
# i_breakpoint_trampoline
    short jmp L1168
.db 0x00
    call L1167
    align 8
L1168:
# i_test_yield
    lea rdx, qword ptr [open/3+24]
    dec r14
    jle L1165
# i_move_sd
    mov qword ptr [rbx+32], 31
# i_move_sd
    mov qword ptr [rbx+40], 59
# i_move_sd
    mov qword ptr [rbx+24], 59
# i_call_only_f
    jmp label_10
# func_line_I
# aligned_label_Lt
    align 8
label_3:
# i_func_info_IaaI
# prim_inet:open/4
    call L1164
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x7F, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x78, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
open/4:
# i_breakpoint_trampoline
    short jmp L1169
.db 0x00
    call L1167
    align 8
L1169:
# i_test_yield
    lea rdx, qword ptr [open/4+24]
    dec r14
    jle L1165
# i_move_sd
    mov qword ptr [rbx+40], 59
# i_move_sd
    mov qword ptr [rbx+32], 31
# i_call_only_f
    jmp label_10
# func_line_I
# aligned_label_Lt
    align 8
label_5:
# i_func_info_IaaI
# prim_inet:fdopen/4
    call L1164
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x7F, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x7F, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
fdopen/4:
# i_breakpoint_trampoline
    short jmp L1170
.db 0x00
    call L1167
    align 8
L1170:
# i_test_yield
    lea rdx, qword ptr [fdopen/4+24]
    dec r14
    jle L1165
# is_integer_fs
    mov rdi, qword ptr [rbx+24]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L1171
    test al, 1
    short jne label_5
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    short jne label_5
L1171:
# i_move_sd
    mov qword ptr [rbx+32], 75
# i_call_only_f
    jmp fdopen/5
# func_line_I
# aligned_label_Lt
    align 8
label_7:
# i_func_info_IaaI
# prim_inet:fdopen/5
    call L1164
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x7F, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x7F, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
fdopen/5:
# i_breakpoint_trampoline
    short jmp L1172
.db 0x00
    call L1167
    align 8
L1172:
# i_test_yield
    lea rdx, qword ptr [fdopen/5+24]
    dec r14
    jle L1165
# is_integer_fs
    mov rdi, qword ptr [rbx+24]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L1173
    test al, 1
    short jne label_7
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    short jne label_7
L1173:
# is_boolean_fs
    mov rdi, qword ptr [rbx+32]
    and rdi, -65
    cmp rdi, 11
    short jne label_7
# line_I
# i_bsr_ssjd
    mov rsi, qword ptr [rbx+24]
# simplified test for small operand since it is a number
    test esi, 1
    short je L1174
    mov rax, rsi
    sar rax, 24
    or rax, 15
    short jmp L1175
L1174:
    mov eax, 399
    call 140320710851768
L1175:
    mov qword ptr [rbx+40], rax
# i_band_ssjd
    mov rsi, qword ptr [rbx+40]
    mov eax, 4095
# simplified test for small operand since it is a number
    test esi, 1
    short je L1176
    and rax, rsi
    short jmp L1177
L1176:
    call 140320710851200
L1177:
    mov qword ptr [rbx+40], rax
# i_bsr_ssjd
    mov rsi, qword ptr [rbx+24]
# simplified test for small operand since it is a number
    test esi, 1
    short je L1178
    mov rax, rsi
    sar rax, 16
    or rax, 15
    short jmp L1179
L1178:
    mov eax, 271
    call 140320710851768
L1179:
    mov qword ptr [rbx+48], rax
# i_band_ssjd
    mov rsi, qword ptr [rbx+48]
    mov eax, 4095
# simplified test for small operand since it is a number
    test esi, 1
    short je L1180
    and rax, rsi
    short jmp L1181
L1180:
    call 140320710851200
L1181:
    mov qword ptr [rbx+48], rax
# i_bsr_ssjd
    mov rsi, qword ptr [rbx+24]
# simplified test for small operand since it is a number
    test esi, 1
    short je L1182
    mov rax, rsi
    sar rax, 8
    or rax, 15
    short jmp L1183
L1182:
    mov eax, 143
    call 140320710851768
L1183:
    mov qword ptr [rbx+56], rax
# allocate_tt
    lea rdx, qword ptr [r15+88]
    cmp rdx, rsp
    short jbe L1184
    mov ecx, 8
.db 0x90
    call 140320710850576
L1184:
    sub rsp, 56
# init_yregs_I
    mov eax, 59
    mov rdi, rsp
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+40]
    movups xmmword ptr [rsp+16], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rsp+32], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+48], rdi
# i_band_ssjd
    mov rsi, qword ptr [rbx+56]
    mov eax, 4095
# simplified test for small operand since it is a number
    test esi, 1
    short je L1185
    and rax, rsi
    short jmp L1186
L1185:
    call 140320710851200
L1186:
    mov qword ptr [rsp+8], rax
# i_band_ssjd
    mov rsi, qword ptr [rbx+24]
    mov eax, 4095
# simplified test for small operand since it is a number
    test esi, 1
    short je L1187
    and rax, rsi
    short jmp L1188
L1187:
    call 140320710851200
L1188:
    mov qword ptr [rsp], rax
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx], 98251
# i_call_f
.db 0x90
    call label_727
# test_heap_It
    lea rdx, qword ptr [r15+128]
    cmp rdx, rsp
    short jbe L1189
    mov ecx, 1
.db 0x90
    call 140320710850576
L1189:
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
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [r15+32], rdi
    mov qword ptr [r15+40], rsi
    lea rsi, qword ptr [r15+33]
# store_cons_Id
    add r15, 48
    mov qword ptr [rbx+8], rsi
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# put_cons_ss
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# put_cons_ss
# (putting and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [r15], xmm0
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+40], rsi
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx+24], 59
# i_move_sd
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx+32], 223
# i_move_sd
    mov rdi, qword ptr [rsp+48]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 56
    jmp label_10
# func_line_I
# aligned_label_Lt
    align 8
label_9:
# i_func_info_IaaI
# prim_inet:open/6
    call L1164
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x7F, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x78, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_10:
# i_breakpoint_trampoline
    short jmp L1190
.db 0x00
    call L1167
    align 8
L1190:
# i_test_yield
    lea rdx, qword ptr [label_10+24]
    dec r14
    jle L1165
# allocate_tt
    lea rdx, qword ptr [r15+88]
    cmp rdx, rsp
    short jbe L1191
    mov ecx, 6
    call 140320710850576
L1191:
    sub rsp, 56
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
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp+48], rdi
# line_I
# i_call_f
    call label_29
# swap_dd
    mov rdi, qword ptr [rsp+48]
    mov rsi, qword ptr [rbx]
    mov qword ptr [rbx], rdi
    mov qword ptr [rsp+48], rsi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call label_19
# swap_dd
    mov rdi, qword ptr [rsp+40]
    mov rsi, qword ptr [rbx]
    mov qword ptr [rbx], rdi
    mov qword ptr [rsp+40], rsi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call label_24
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1192
    mov ecx, 1
    call 140320710850576
L1192:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 40203
    mov rdi, qword ptr [rsp+48]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# catch_yf
    inc qword ptr [r13+264]
L1193:
    mov eax, 2147483647
    mov qword ptr [rsp+48], rax
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# i_move_sd
L1194:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+8], rdi
# line_I
# i_call_ext_e
L1195:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# try_end_y
    dec qword ptr [r13+264]
    mov qword ptr [rsp+48], 59
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx+8], rdi
# init_yregs_I
    mov eax, 59
    mov qword ptr [rsp+32], rax
    mov qword ptr [rsp+48], rax
# line_I
# i_call_f
    call setopts/2
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+48], rdi
# i_is_tuple_fs
    mov rsi, qword ptr [rbx]
# simplified tuple test since the source is always a tuple when boxed
    rex test sil, 1
    jne label_11
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_trim_t
    add rsp, 48
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call close/1
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L1166
    ret
# label_L
label_11:
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L1196
    xor ecx, ecx
.db 0x66, 0x90
    call 140320710850576
L1196:
# put_cons_ss
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# store_cons_Id
    add r15, 32
    mov qword ptr [rbx], rsi
# append_cons_Is
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], rsi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+16], rsi
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx+8], rdi
# init_yregs_I
    mov eax, 59
    lea rdi, qword ptr [rsp+8]
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
    add rdi, 8
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call label_1136
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+48], rdi
# i_is_tuple_fs
    mov rsi, qword ptr [rbx]
# simplified tuple test since the source is always a tuple when boxed
    rex test sil, 1
    jne label_17
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx], 30603
    jne label_12
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1197
    xor ecx, ecx
.db 0x66, 0x90
    call 140320710850576
L1197:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 30603
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 56
# return
    dec r14
    jl L1166
    ret
# label_L
label_12:
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_trim_t
    add rsp, 48
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call close/1
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L1166
    ret
# label_L
label_13:
# try_case_y
    dec qword ptr [r13+264]
    mov rax, qword ptr [rbx+24]
    mov qword ptr [rbx], rax
# is_eq_exact_fss
    cmp qword ptr [rbx], 779
    jne label_16
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+8]
    cmp rsi, 4747
    je label_15
    cmp rsi, 41675
    je label_14
    jmp label_16
# label_L
label_14:
# i_move_sd
L1198:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 56
# return
    dec r14
    jl L1166
    ret
# label_L
label_15:
# i_move_sd
L1199:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 56
# return
    dec r14
    jl L1166
    ret
# label_L
label_16:
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
label_17:
# line_I
    nop
# case_end_s
    mov qword ptr [r13+120], 69643
    mov qword ptr [r13+112], 7248
    xor ecx, ecx
    call 140320710854352
# func_line_I
    nop
# aligned_label_Lt
    align 8
label_18:
# i_func_info_IaaI
# prim_inet:enc_family/1
    call L1164
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x7F, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x80, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_19:
# i_breakpoint_trampoline
    short jmp L1200
.db 0x00
    call L1167
    align 8
L1200:
# i_test_yield
    lea rdx, qword ptr [label_19+24]
    dec r14
    jle L1165
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 23627
    je label_20
    cmp rsi, 69323
    je label_22
    cmp rsi, 98379
    je label_21
    short jmp label_18
# label_L
label_20:
# i_move_sd
    mov qword ptr [rbx], 95
# return
    dec r14
    jl L1166
    ret
# label_L
label_21:
# i_move_sd
    mov qword ptr [rbx], 47
# return
    dec r14
    jl L1166
    ret
# label_L
label_22:
# i_move_sd
    mov qword ptr [rbx], 31
# return
    dec r14
    jl L1166
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_23:
# i_func_info_IaaI
# prim_inet:enc_type/1
    call L1164
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x7F, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x80, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_24:
# i_breakpoint_trampoline
    short jmp L1201
.db 0x00
    call L1167
    align 8
L1201:
# i_test_yield
    lea rdx, qword ptr [label_24+24]
    dec r14
    jle L1165
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 41035
    je label_25
    cmp rsi, 98507
    je label_27
    cmp rsi, 98571
    je label_26
    short jmp label_23
# label_L
label_25:
# i_move_sd
    mov qword ptr [rbx], 31
# return
    dec r14
    jl L1166
    ret
# label_L
label_26:
# i_move_sd
    mov qword ptr [rbx], 63
# return
    dec r14
    jl L1166
    ret
# label_L
label_27:
# i_move_sd
    mov qword ptr [rbx], 47
# return
    dec r14
    jl L1166
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_28:
# i_func_info_IaaI
# prim_inet:protocol2drv/1
    call L1164
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x7F, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x81, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_29:
# i_breakpoint_trampoline
    short jmp L1202
.db 0x00
    call L1167
    align 8
L1202:
# i_test_yield
    lea rdx, qword ptr [label_29+24]
    dec r14
    jle L1165
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 69451
    je label_31
    cmp rsi, 69515
    je label_30
    cmp rsi, 70475
    je label_32
    short jmp label_28
# label_L
label_30:
# i_move_sd
L1203:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L1166
    ret
# label_L
label_31:
# i_move_sd
L1204:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L1166
    ret
# label_L
label_32:
# i_move_sd
L1205:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L1166
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_33:
# i_func_info_IaaI
# prim_inet:drv2protocol/1
    call L1164
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x7F, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x81, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_34:
# i_breakpoint_trampoline
    short jmp L1206
.db 0x00
    call L1167
    align 8
L1206:
# i_test_yield
    lea rdx, qword ptr [label_34+24]
    dec r14
    jle L1165
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_38
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx], xmm0
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+8]
    cmp rsi, 1855
    je label_37
    cmp rsi, 1871
    je label_36
    cmp rsi, 1887
    je label_35
    jmp label_38
# label_L
label_35:
# i_is_eq_exact_literal_fscI
L1207:
    long mov rsi, 9223372036854775807
    mov rdi, qword ptr [rbx]
    rex test dil, 2
    jne label_38
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    jz label_38
# i_move_sd
    mov qword ptr [rbx], 69515
# return
    dec r14
    jl L1166
    ret
# label_L
label_36:
# i_is_eq_exact_literal_fscI
L1208:
    long mov rsi, 9223372036854775807
    mov rdi, qword ptr [rbx]
    rex test dil, 2
    jne label_38
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    jz label_38
# i_move_sd
    mov qword ptr [rbx], 69451
# return
    dec r14
    jl L1166
    ret
# label_L
label_37:
# i_is_eq_exact_literal_fscI
L1209:
    long mov rsi, 9223372036854775807
    mov rdi, qword ptr [rbx]
    rex test dil, 2
    jne label_38
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    jz label_38
# i_move_sd
    mov qword ptr [rbx], 70475
# return
    dec r14
    jl L1166
    ret
# label_L
label_38:
# i_move_sd
    mov qword ptr [rbx], 907
# return
    dec r14
    jl L1166
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_39:
# i_func_info_IaaI
# prim_inet:shutdown/2
    call L1164
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x7F, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x98, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
shutdown/2:
# i_breakpoint_trampoline
    short jmp L1210
.db 0x00
    call L1167
    align 8
L1210:
# i_test_yield
    lea rdx, qword ptr [shutdown/2+24]
    dec r14
    jle L1165
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+8]
    cmp rsi, 97355
    je label_43
    cmp rsi, 97483
    je label_41
    cmp rsi, 98763
    je label_42
    short jmp label_39
# label_L
label_41:
# is_port_fs
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 7
    short je L1211
    test al, 1
    short jne label_39
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 52
    jne label_39
L1211:
# i_move_sd
    mov qword ptr [rbx+8], 31
# i_call_only_f
    jmp label_45
# label_L
label_42:
# is_port_fs
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 7
    short je L1212
    test al, 1
    jne label_39
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 52
    jne label_39
L1212:
# i_move_sd
    mov qword ptr [rbx+8], 47
# i_call_only_f
    jmp label_45
# label_L
label_43:
# is_port_fs
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 7
    short je L1213
    test al, 1
    jne label_39
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 52
    jne label_39
L1213:
# i_move_sd
    mov qword ptr [rbx+8], 15
# i_call_only_f
    jmp label_45
# func_line_I
# aligned_label_Lt
    align 8
label_44:
# i_func_info_IaaI
# prim_inet:shutdown_1/2
    call L1164
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x7F, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x82, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_45:
# i_breakpoint_trampoline
    short jmp L1214
.db 0x00
    call L1167
    align 8
L1214:
# i_test_yield
    lea rdx, qword ptr [label_45+24]
    dec r14
    jle L1165
# allocate_heap_tIt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1215
    mov ecx, 2
    call 140320710850576
L1215:
# put_cons_ss
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+16], rsi
# i_move_sd
    mov qword ptr [rbx+8], 719
# line_I
# i_call_f
    call label_1136
# i_is_tuple_fs
    mov rsi, qword ptr [rbx]
# simplified tuple test since the source is always a tuple when boxed
    rex test sil, 1
    jne label_47
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 30603
    jne label_46
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+8], rdi
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_47
# i_move_sd
    mov qword ptr [rbx], 30603
# deallocate_t
# return
    dec r14
    jl L1166
    ret
# label_L
label_46:
# deallocate_t
# return
    dec r14
    jl L1166
    ret
# label_L
label_47:
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
label_48:
# i_func_info_IaaI
# prim_inet:close/1
    call L1164
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x7F, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x22, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
close/1:
# i_breakpoint_trampoline
    short jmp L1216
.db 0x00
    call L1167
    align 8
L1216:
# i_test_yield
    lea rdx, qword ptr [close/1+24]
    dec r14
    jle L1165
# is_port_fs
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 7
    short je L1217
    test al, 1
    short jne label_48
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 52
    short jne label_48
L1217:
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1218
    mov ecx, 1
    call 140320710850576
L1218:
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
    mov qword ptr [rbx+8], 70923
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call getopt/2
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_52
    cmp dword ptr [rsi-2], 128
    jne label_52
    cmp qword ptr [rsi+6], 30603
    jne label_52
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_52
    cmp dword ptr [rsi-2], 128
    jne label_52
    cmp qword ptr [rsi+6], 75
    jne label_52
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rsp+8], rdi
# is_ne_exact_fss
    cmp qword ptr [rsp+8], 15
    je label_53
# i_move_sd
L1219:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
    call label_395
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
# skipped box test since argument is always boxed
    cmp dword ptr [rsi-2], 128
    jne label_51
    cmp qword ptr [rsi+6], 30603
    jne label_51
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_51
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx], xmm0
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rsp], rdi
# is_eq_exact_fss
    cmp qword ptr [rsp], 15
    jne label_50
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_51
# jump_f
    jmp label_53
# label_L
label_50:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_51
# is_lt_fss
    mov rsi, qword ptr [rsp]
    mov edi, 15
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L1220
    cmp rdi, rsi
    short jmp L1221
L1220:
    call 140320710848608
L1221:
    jge label_51
# line_I
# i_times_jssd
    mov rsi, qword ptr [rsp+8]
    mov edx, 16015
# is the operand small?
    mov edi, esi
    and edi, 15
    cmp edi, 15
    short jne L1223
# mul with overflow check, imm RHS
    mov rax, rsi
    mov rcx, 1000
    and rax, -16
    imul rax, rcx
    short jo L1223
    or rax, 15
    short jmp L1222
L1223:
    call 140320710854432
L1222:
    mov qword ptr [rbx], rax
# self_d
    mov rdi, qword ptr [r13]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx+16], 98891
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rsp+8], rdi
# i_trim_t
    add rsp, 8
# call_light_bif_be
    align 4
L1224:
L1225:
    long mov rcx, 9223372036854775807
    mov rax, 94919179831456
    lea rdx, qword ptr [L1224]
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
    jmp label_55
# label_L
label_51:
# line_I
# i_times_jssd
    mov rsi, qword ptr [rsp+8]
    mov edx, 16015
# is the operand small?
    mov edi, esi
    and edi, 15
    cmp edi, 15
    short jne L1227
# mul with overflow check, imm RHS
    mov rax, rsi
    mov rcx, 1000
    and rax, -16
    imul rax, rcx
    short jo L1227
    or rax, 15
    short jmp L1226
L1227:
    call 140320710854432
L1226:
    mov qword ptr [rbx], rax
# self_d
    mov rdi, qword ptr [r13]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx+16], 98891
# i_trim_t
    add rsp, 16
# call_light_bif_be
    align 4
L1228:
L1229:
    long mov rcx, 9223372036854775807
    mov rax, 94919179831456
    lea rdx, qword ptr [L1228]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx+16], 907
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 8
    jmp label_55
# label_L
label_52:
# i_move_sd
L1230:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x66, 0x90
    call label_395
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
# skipped box test since argument is always boxed
    cmp dword ptr [rsi-2], 128
    jne label_53
    cmp qword ptr [rsi+6], 30603
    jne label_53
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_53
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx], xmm0
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_53
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rsp+8], rdi
# is_lt_fss
    mov rsi, qword ptr [rsp+8]
    mov edi, 15
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L1231
    cmp rdi, rsi
    short jmp L1232
L1231:
    call 140320710848608
L1232:
    jge label_53
# self_d
    mov rdi, qword ptr [r13]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx+16], 98891
# i_move_sd
    mov qword ptr [rbx], 2880015
# line_I
# call_light_bif_be
    align 4
L1233:
L1234:
    long mov rcx, 9223372036854775807
    mov rax, 94919179831456
    lea rdx, qword ptr [L1233]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 24
    jmp label_55
# label_L
label_53:
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 24
    jmp label_70
# func_line_I
# aligned_label_Lt
    align 8
label_54:
# i_func_info_IaaI
# prim_inet:close_pend_loop/3
    call L1164
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x7F, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x82, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_55:
# i_breakpoint_trampoline
    short jmp L1235
.db 0x00
    call L1167
    align 8
L1235:
# i_test_yield
    lea rdx, qword ptr [label_55+24]
    dec r14
    jle L1165
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1236
    mov ecx, 3
    call 140320710850576
L1236:
    sub rsp, 24
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rsp], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+16], rdi
# aligned_label_Lt
    align 4
label_56:
# i_loop_rec_f
    align 4
L1237:
    lea rdi, qword ptr [L1237]
    lea rsi, qword ptr [label_60]
    call 140320710852712
# i_select_tuple_arity_SfI
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_59
    mov esi, dword ptr [rsi-2]
    rex test sil, 63
    jne label_59
    cmp esi, 128
    je label_58
    cmp esi, 192
    je label_57
    jne label_59
# label_L
label_57:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# get_two_tuple_elements_sPSS
    vpermilpd xmm0, xmmword ptr [rsi+6], 1
    vmovups xmmword ptr [rbx], xmm0
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 459
    jne label_59
# is_eq_exact_fss
    mov rsi, qword ptr [rsp+8]
    mov rdi, qword ptr [rbx]
    cmp rdi, rsi
    short je L1238
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_59
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_59
L1238:
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
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 24
    jmp label_70
# label_L
label_58:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# get_two_tuple_elements_sPSS
    vpermilpd xmm0, xmmword ptr [rsi+6], 1
    vmovups xmmword ptr [rbx], xmm0
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 70027
    jne label_59
# is_eq_exact_fss
    mov rsi, qword ptr [rsp+16]
    mov rdi, qword ptr [rbx]
    cmp rdi, rsi
    short je L1239
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_59
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_59
L1239:
# is_ne_exact_fss
    cmp qword ptr [rsp], 907
    je label_59
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
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+8], 1
    vmovups xmmword ptr [rbx], xmm0
# i_call_last_ft
    add rsp, 24
    jmp label_64
# label_L
label_59:
# loop_rec_end_f
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919178491472
    mov rsp, rbp
    dec r14
    jmp label_56
# aligned_label_Lt
    align 4
label_60:
# wait_timeout_locked_sf
    mov esi, 80015
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    lea rdx, qword ptr [L1241]
    call 94919178213728
    mov rsp, rbp
    cmp rax, 1
    short je L1240
    short jl L1241
    lea rsi, qword ptr [label_60]
    xor ecx, ecx
    push rsi
    jmp 140320710854368
L1240:
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    lea rsi, qword ptr [label_56]
    call 94919178213328
    mov rsp, rbp
    jmp 140320710854321
    align 4
L1241:
# timeout
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919178214144
    mov rsp, rbp
# i_move_sd
L1242:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x66, 0x90
    call getstat/2
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
# skipped box test since argument is always boxed
    cmp dword ptr [rsi-2], 128
    jne label_62
    cmp qword ptr [rsi+6], 30603
    jne label_62
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_62
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx], xmm0
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx+8]
# skipped box test since argument is always boxed
    cmp dword ptr [rsi-2], 128
    jne label_62
    cmp qword ptr [rsi+6], 99019
    jne label_62
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_62
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# is_ne_exact_fss
    cmp qword ptr [rbx], 15
    je label_62
# is_eq_exact_fss
    cmp qword ptr [rsp], 907
    jne label_61
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx+16], 907
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 24
    jmp label_55
# label_L
label_61:
# is_ne_exact_fss
    mov rsi, qword ptr [rsp]
    mov rdi, qword ptr [rbx]
    cmp rdi, rsi
    je label_62
# skipped tag test since they are always equal
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    jnz label_62
L1243:
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp], 1
    vmovups xmmword ptr [rbx+8], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 24
    jmp label_55
# label_L
label_62:
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+8], 1
    vmovups xmmword ptr [rbx], xmm0
# i_call_last_ft
    add rsp, 24
    jmp label_64
# func_line_I
# aligned_label_Lt
    align 8
label_63:
# i_func_info_IaaI
# prim_inet:close_port/2
    call L1164
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x7F, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x82, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_64:
# i_breakpoint_trampoline
    short jmp L1244
.db 0x00
    call L1167
    align 8
L1244:
# i_test_yield
    lea rdx, qword ptr [label_64+24]
    dec r14
    jle L1165
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1245
    mov ecx, 2
    call 140320710850576
L1245:
    sub rsp, 16
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L1246:
L1247:
    long mov rcx, 9223372036854775807
    mov rax, 94919179832256
    lea rdx, qword ptr [L1246]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# is_eq_exact_fss
    cmp qword ptr [rbx], 11
    jne label_68
# aligned_label_Lt
    align 4
label_65:
# i_loop_rec_f
    align 4
L1248:
    lea rdi, qword ptr [L1248]
    lea rsi, qword ptr [label_67]
    call 140320710852712
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_66
    cmp dword ptr [rsi-2], 192
    jne label_66
    cmp qword ptr [rsi+6], 459
    jne label_66
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# is_eq_exact_fss
    mov rsi, qword ptr [rsp]
    mov rdi, qword ptr [rbx]
    cmp rdi, rsi
    short je L1249
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_66
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_66
L1249:
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
    jmp label_68
# label_L
label_66:
# loop_rec_end_f
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919178491472
    mov rsp, rbp
    dec r14
    jmp label_65
# aligned_label_Lt
    align 4
label_67:
# wait_locked_f
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    lea rsi, qword ptr [label_65]
    call 94919178213328
    mov rsp, rbp
    jmp 140320710854321
# label_L
label_68:
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 16
    jmp label_70
# func_line_I
# aligned_label_Lt
    align 8
label_69:
# i_func_info_IaaI
# prim_inet:close_port/1
    call L1164
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x7F, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x82, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_70:
# i_breakpoint_trampoline
    short jmp L1250
.db 0x00
    call L1167
    align 8
L1250:
# i_test_yield
    lea rdx, qword ptr [label_70+24]
    dec r14
    jle L1165
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1251
    mov ecx, 1
    call 140320710850576
L1251:
    sub rsp, 16
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# catch_yf
    inc qword ptr [r13+264]
L1252:
    mov eax, 2147483647
    mov qword ptr [rsp+8], rax
# line_I
# i_call_ext_e
L1253:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# try_end_y
    dec qword ptr [r13+264]
    mov qword ptr [rsp+8], 59
# jump_f
    jmp label_72
# label_L
label_71:
# try_case_y
    dec qword ptr [r13+264]
    mov rax, qword ptr [rbx+24]
    mov qword ptr [rbx], rax
# aligned_label_Lt
    align 4
label_72:
# i_loop_rec_f
    align 4
L1254:
    lea rdi, qword ptr [L1254]
    lea rsi, qword ptr [label_74]
    call 140320710852712
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_73
    cmp dword ptr [rsi-2], 192
    jne label_73
    cmp qword ptr [rsi+6], 1355
    jne label_73
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# is_eq_exact_fss
    mov rsi, qword ptr [rsp]
    mov rdi, qword ptr [rbx]
    cmp rdi, rsi
    short je L1255
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_73
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_73
L1255:
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
    jmp label_75
# label_L
label_73:
# loop_rec_end_f
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919178491472
    mov rsp, rbp
    dec r14
    jmp label_72
# aligned_label_Lt
    align 4
label_74:
# timeout_locked
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919178214400
    mov rsp, rbp
# label_L
label_75:
# i_move_sd
    mov qword ptr [rbx], 30603
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L1166
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_76:
# i_func_info_IaaI
# prim_inet:bind/3
    call L1164
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x7F, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x83, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
bind/3:
# i_breakpoint_trampoline
    short jmp L1256
.db 0x00
    call L1167
    align 8
L1256:
# i_test_yield
    lea rdx, qword ptr [bind/3+24]
    dec r14
    jle L1165
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+8]
    cmp rsi, 65355
    je label_78
    cmp rsi, 67403
    je label_79
    jmp label_80
# label_L
label_78:
# is_port_fs
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 7
    short je L1257
    test al, 1
    jne label_82
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 52
    jne label_82
L1257:
# is_list_fs
    mov rax, qword ptr [rbx+16]
    cmp rax, 59
    short je L1258
    test al, 2
    jne label_80
L1258:
# i_move_sd
    mov qword ptr [rbx+8], 15
# i_call_only_f
    jmp label_89
# label_L
label_79:
# is_port_fs
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 7
    short je L1259
    test al, 1
    jne label_82
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 52
    jne label_82
L1259:
# is_list_fs
    mov rax, qword ptr [rbx+16]
    cmp rax, 59
    short je L1260
    test al, 2
    jne label_80
L1260:
# i_move_sd
    mov qword ptr [rbx+8], 31
# i_call_only_f
    jmp label_89
# label_L
label_80:
# is_port_fs
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 7
    short je L1261
    test al, 1
    jne label_82
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 52
    jne label_82
L1261:
# is_map_fs
    mov rax, qword ptr [rbx+8]
    test al, 1
    jne label_81
    mov eax, dword ptr [rax-2]
    and al, 63
    cmp al, 60
    jne label_81
# i_call_only_f
    jmp label_84
# label_L
label_81:
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx+8]
    rex test sil, 1
    jne label_82
    cmp dword ptr [rsi-2], 128
    jne label_82
# i_call_only_f
    jmp label_84
# label_L
label_82:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1262
    mov ecx, 3
.db 0x90
    call 140320710850576
L1262:
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
    mov qword ptr [rbx+16], 15
# i_call_only_f
    jmp bind/3
# func_line_I
# aligned_label_Lt
    align 8
label_83:
# i_func_info_IaaI
# prim_inet:do_bind/2
    call L1164
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x7F, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x83, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_84:
# i_breakpoint_trampoline
    short jmp L1263
.db 0x00
    call L1167
    align 8
L1263:
# i_test_yield
    lea rdx, qword ptr [label_84+24]
    dec r14
    jle L1165
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1264
    mov ecx, 2
    call 140320710850576
L1264:
    sub rsp, 16
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx+8], 99211
# i_move_sd
    mov qword ptr [rbx], 38475
# line_I
# i_call_f
.db 0x90
    call label_624
# is_eq_exact_fss
    cmp qword ptr [rbx], 75
    jne label_86
# i_move_sd
    mov qword ptr [rbx+8], 99211
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+16], rdi
# init_yregs_I
    mov qword ptr [rsp], 59
# i_move_sd
    mov qword ptr [rbx], 38475
# line_I
# i_call_f
.db 0x66, 0x90
    call label_710
# i_move_sd
    mov qword ptr [rbx+8], 111
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov qword ptr [rsp+8], 59
# i_call_f
.db 0x0F, 0x1F, 0x00
    call label_1136
# i_is_tuple_fs
    mov rsi, qword ptr [rbx]
# simplified tuple test since the source is always a tuple when boxed
    rex test sil, 1
    jne label_87
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 30603
    jne label_85
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+8], rdi
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_87
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx+8], xmm0
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_87
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+24], rsi
    mov qword ptr [rbx+8], rdx
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_87
# line_I
# i_bsl_ssjd
    mov rsi, qword ptr [rbx+16]
    mov eax, 143
    mov rdi, rsi
    mov rdx, rsi
    xor rdx, -16
    cmovns rdi, rdx
    lzcnt rdx, rdi
    and edi, 15
    cmp edi, 15
    short jne L1265
    cmp rdx, 8
    short jbe L1265
    and rsi, -16
    sal rsi, 8
    lea rax, qword ptr [rsi+15]
    short jmp L1266
L1265:
    call 140320710851664
L1266:
    mov qword ptr [rbx], rax
# i_bor_jssd
    mov rsi, qword ptr [rbx]
    mov rax, qword ptr [rbx+24]
# are both operands small?
    mov edi, esi
    and edi, eax
    and edi, 15
    cmp edi, 15
    short jne L1267
    or rax, rsi
    short jmp L1268
L1267:
    call 140320710851432
L1268:
    mov qword ptr [rbx], rax
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1269
    mov ecx, 1
.db 0x90
    call 140320710850576
L1269:
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
    jl L1166
    ret
# label_L
label_85:
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L1166
    ret
# label_L
label_86:
# i_move_sd
L1270:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L1166
    ret
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
# prim_inet:bindx/3
    call L1164
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x7F, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x83, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_89:
# i_breakpoint_trampoline
    short jmp L1271
.db 0x00
    call L1167
    align 8
L1271:
# i_test_yield
    lea rdx, qword ptr [label_89+24]
    dec r14
    jle L1165
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1272
    mov ecx, 3
    call 140320710850576
L1272:
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
    call label_427
# is_eq_exact_fss
    cmp qword ptr [rbx], 70475
    jne label_91
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call label_94
# is_eq_exact_fss
    cmp qword ptr [rbx], 75
    jne label_91
# line_I
# i_band_ssjd
    mov rsi, qword ptr [rsp+8]
    mov eax, 4095
# skipped test for small operands since they are always small
    and rax, rsi
    mov qword ptr [rsp+8], rax
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov qword ptr [rsp], 59
# line_I
# i_call_f
    call label_1161
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1273
    mov ecx, 1
    call 140320710850576
L1273:
# put_cons_ss
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# put_cons_ss
# (putting and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [r15], xmm0
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+16], rsi
# i_move_sd
    mov qword ptr [rbx+8], 1007
# init_yregs_I
    mov qword ptr [rsp+8], 59
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call label_1136
# i_is_tuple_fs
    mov rsi, qword ptr [rbx]
# simplified tuple test since the source is always a tuple when boxed
    rex test sil, 1
    jne label_92
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 30603
    jne label_90
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1274
    xor ecx, ecx
    call 140320710850576
L1274:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 30603
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L1166
    ret
# label_L
label_90:
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L1166
    ret
# label_L
label_91:
# i_move_sd
L1275:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L1166
    ret
# label_L
label_92:
# case_end_s
    mov qword ptr [r13+120], 69643
    mov qword ptr [r13+112], 7248
    xor ecx, ecx
    call 140320710854352
# func_line_I
    nop
# aligned_label_Lt
    align 8
label_93:
# i_func_info_IaaI
# prim_inet:bindx_check_addrs/1
    call L1164
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x7F, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x84, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_94:
# i_breakpoint_trampoline
    short jmp L1276
.db 0x00
    call L1167
    align 8
L1276:
# i_test_yield
    lea rdx, qword ptr [label_94+24]
    dec r14
    jle L1165
# is_nonempty_list_fS
    test byte ptr [rbx], 2
    jne label_96
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1277
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1277:
    sub rsp, 8
# get_list_Sdd
    mov rdi, qword ptr [rbx]
    mov rsi, qword ptr [rdi-1]
    mov rdx, qword ptr [rdi+7]
    mov qword ptr [rbx+16], rsi
    mov qword ptr [rsp], rdx
# i_move_sd
    mov qword ptr [rbx+8], 99211
# i_move_sd
    mov qword ptr [rbx], 38475
# line_I
# i_call_f
.db 0x90
    call label_624
# is_eq_exact_fss
    cmp qword ptr [rbx], 75
    jne label_95
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 8
    short jmp label_94
# label_L
label_95:
# i_move_sd
    mov qword ptr [rbx], 11
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L1166
    ret
# label_L
label_96:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_93
# i_move_sd
    mov qword ptr [rbx], 75
# return
    dec r14
    jl L1166
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_97:
# i_func_info_IaaI
# prim_inet:connect/3
    call L1164
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x7F, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x25, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
connect/3:
# i_breakpoint_trampoline
    short jmp L1278
.db 0x00
    call L1167
    align 8
L1278:
# i_test_yield
    lea rdx, qword ptr [connect/3+24]
    dec r14
    jle L1165
# is_map_fs
    mov rax, qword ptr [rbx+8]
    test al, 1
    jne label_101
    mov eax, dword ptr [rax-2]
    and al, 63
    cmp al, 60
    jne label_101
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1279
    mov ecx, 3
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1279:
    sub rsp, 24
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rsp], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx+8], 99211
# i_move_sd
    mov qword ptr [rbx], 38475
# line_I
# i_call_f
    call label_624
# is_eq_exact_fss
    cmp qword ptr [rbx], 75
    jne label_100
# is_eq_exact_fss
    cmp qword ptr [rsp], 395
    jne label_99
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx+16], -1
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 24
    jmp label_110
# label_L
label_99:
# is_integer_fs
    mov rdi, qword ptr [rsp]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L1280
    test al, 1
    jne label_102
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_102
L1280:
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp], 1
    vmovups xmmword ptr [rbx+8], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 24
    jmp label_110
# label_L
label_100:
# i_move_sd
L1281:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L1166
    ret
# label_L
label_101:
# i_move_sd
    mov qword ptr [rbx+24], 395
# i_call_only_f
    jmp connect/4
# label_L
label_102:
# case_end_s
    mov qword ptr [r13+120], 75
    mov qword ptr [r13+112], 7248
    xor ecx, ecx
    call 140320710854352
# func_line_I
    nop
# aligned_label_Lt
    align 8
label_103:
# i_func_info_IaaI
# prim_inet:connect/4
    call L1164
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x7F, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x25, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
connect/4:
# i_breakpoint_trampoline
    short jmp L1282
.db 0x00
    call L1167
    align 8
L1282:
# i_test_yield
    lea rdx, qword ptr [connect/4+24]
    dec r14
    jle L1165
# is_port_fs
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 7
    short je L1283
    test al, 1
    jne label_107
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 52
    jne label_107
L1283:
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx+8]
    rex test sil, 1
    jne label_107
    cmp dword ptr [rsi-2], 128
    jne label_107
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1284
    mov ecx, 4
.db 0x90
    call 140320710850576
L1284:
    sub rsp, 24
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rsp], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp+8], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx+8], 99211
# i_move_sd
    mov qword ptr [rbx], 38475
# line_I
# i_call_f
    call label_624
# is_eq_exact_fss
    cmp qword ptr [rbx], 75
    jne label_106
# is_eq_exact_fss
    cmp qword ptr [rsp], 395
    jne label_105
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx+16], -1
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 24
    jmp label_110
# label_L
label_105:
# is_integer_fs
    mov rdi, qword ptr [rsp]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L1285
    test al, 1
    jne label_108
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_108
L1285:
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp], 1
    vmovups xmmword ptr [rbx+8], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 24
    jmp label_110
# label_L
label_106:
# i_move_sd
L1286:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L1166
    ret
# label_L
label_107:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1287
    mov ecx, 4
.db 0x90
    call 140320710850576
L1287:
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
    mov qword ptr [rbx+16], 15
# i_call_only_f
    jmp connect/4
# label_L
label_108:
# case_end_s
    mov qword ptr [r13+120], 75
    mov qword ptr [r13+112], 7248
    xor ecx, ecx
    call 140320710854352
# func_line_I
    nop
# aligned_label_Lt
    align 8
label_109:
# i_func_info_IaaI
# prim_inet:connect0/3
    call L1164
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x7F, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x84, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_110:
# i_breakpoint_trampoline
    short jmp L1288
.db 0x00
    call L1167
    align 8
L1288:
# i_test_yield
    lea rdx, qword ptr [label_110+24]
    dec r14
    jle L1165
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1289
    mov ecx, 3
    call 140320710850576
L1289:
    sub rsp, 16
# init_yregs_I
    mov qword ptr [rsp], 59
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call label_122
# i_test_arity_fsA
    mov rsi, qword ptr [rbx]
    cmp dword ptr [rsi-2], 192
    jne label_114
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+8], rdi
# is_eq_exact_fss
    mov rsi, qword ptr [rsp+8]
    mov rdi, qword ptr [rbx+8]
    cmp rdi, rsi
    short je L1290
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_114
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_114
L1290:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rsp], rdi
# aligned_label_Lt
    align 4
label_111:
# i_loop_rec_f
    align 4
L1291:
    lea rdi, qword ptr [L1291]
    lea rsi, qword ptr [label_113]
    call 140320710852712
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_112
    cmp dword ptr [rsi-2], 256
    jne label_112
    cmp qword ptr [rsi+6], 69579
    jne label_112
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+14]
    movups xmmword ptr [rbx+8], xmm0
# is_eq_exact_fss
    mov rsi, qword ptr [rsp+8]
    mov rdi, qword ptr [rbx+8]
    cmp rdi, rsi
    short je L1292
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_112
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_112
L1292:
# is_eq_exact_fss
    mov rsi, qword ptr [rsp]
    mov rdi, qword ptr [rbx+16]
    cmp rdi, rsi
    short je L1293
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_112
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_112
L1293:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+30]
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
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L1166
    ret
# label_L
label_112:
# loop_rec_end_f
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919178491472
    mov rsp, rbp
    dec r14
    jmp label_111
# aligned_label_Lt
    align 4
label_113:
# wait_locked_f
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    lea rsi, qword ptr [label_111]
    call 94919178213328
    mov rsp, rbp
    jmp 140320710854321
# label_L
label_114:
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L1166
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_115:
# i_func_info_IaaI
# prim_inet:async_connect/4
    call L1164
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x7F, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x84, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
async_connect/4:
# i_breakpoint_trampoline
    short jmp L1294
.db 0x00
    call L1167
    align 8
L1294:
# i_test_yield
    lea rdx, qword ptr [async_connect/4+24]
    dec r14
    jle L1165
# is_port_fs
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 7
    short je L1295
    test al, 1
    jne label_119
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 52
    jne label_119
L1295:
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx+8]
    rex test sil, 1
    jne label_119
    cmp dword ptr [rsi-2], 128
    jne label_119
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1296
    mov ecx, 4
.db 0x90
    call 140320710850576
L1296:
    sub rsp, 24
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rsp], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp+8], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx+8], 99211
# i_move_sd
    mov qword ptr [rbx], 38475
# line_I
# i_call_f
    call label_624
# is_eq_exact_fss
    cmp qword ptr [rbx], 75
    jne label_118
# is_eq_exact_fss
    cmp qword ptr [rsp], 395
    jne label_117
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx+16], -1
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 24
    jmp label_122
# label_L
label_117:
# is_integer_fs
    mov rdi, qword ptr [rsp]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L1297
    test al, 1
    jne label_120
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_120
L1297:
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp], 1
    vmovups xmmword ptr [rbx+8], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 24
    jmp label_122
# label_L
label_118:
# i_move_sd
L1298:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L1166
    ret
# label_L
label_119:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1299
    mov ecx, 4
.db 0x90
    call 140320710850576
L1299:
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
    mov qword ptr [rbx+16], 15
# i_call_only_f
    jmp async_connect/4
# label_L
label_120:
# case_end_s
    mov qword ptr [r13+120], 75
    mov qword ptr [r13+112], 7248
    xor ecx, ecx
    call 140320710854352
# func_line_I
    nop
# aligned_label_Lt
    align 8
label_121:
# i_func_info_IaaI
# prim_inet:async_connect0/3
    call L1164
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x7F, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x84, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_122:
# i_breakpoint_trampoline
    short jmp L1300
.db 0x00
    call L1167
    align 8
L1300:
# i_test_yield
    lea rdx, qword ptr [label_122+24]
    dec r14
    jle L1165
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1301
    mov ecx, 3
    call 140320710850576
L1301:
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
    call label_1017
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov qword ptr [rbx+8], 99211
# i_move_sd
    mov qword ptr [rbx], 38475
# i_call_f
.db 0x90
    call label_710
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1302
    mov ecx, 1
    call 140320710850576
L1302:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
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
    mov qword ptr [rbx+8], 63
# init_yregs_I
    mov qword ptr [rsp], 59
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call label_1136
# i_is_tuple_fs
    mov rsi, qword ptr [rbx]
# simplified tuple test since the source is always a tuple when boxed
    rex test sil, 1
    jne label_124
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 30603
    jne label_123
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+8], rdi
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_124
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx+8], xmm0
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_124
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+24], rsi
    mov qword ptr [rbx+8], rdx
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_124
# line_I
# i_bsl_ssjd
    mov rsi, qword ptr [rbx+16]
    mov eax, 143
    mov rdi, rsi
    mov rdx, rsi
    xor rdx, -16
    cmovns rdi, rdx
    lzcnt rdx, rdi
    and edi, 15
    cmp edi, 15
    short jne L1303
    cmp rdx, 8
    short jbe L1303
    and rsi, -16
    sal rsi, 8
    lea rax, qword ptr [rsi+15]
    short jmp L1304
L1303:
    call 140320710851664
L1304:
    mov qword ptr [rbx], rax
# i_bor_jssd
    mov rsi, qword ptr [rbx]
    mov rax, qword ptr [rbx+24]
# are both operands small?
    mov edi, esi
    and edi, eax
    and edi, 15
    cmp edi, 15
    short jne L1305
    or rax, rsi
    short jmp L1306
L1305:
    call 140320710851432
L1306:
    mov qword ptr [rbx], rax
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1307
    mov ecx, 1
.db 0x90
    call 140320710850576
L1307:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 30603
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15+16], rdi
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
    jl L1166
    ret
# label_L
label_123:
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L1166
    ret
# label_L
label_124:
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
label_125:
# i_func_info_IaaI
# prim_inet:connectx/3
    call L1164
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x7F, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x85, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
connectx/3:
# i_breakpoint_trampoline
    short jmp L1308
.db 0x00
    call L1167
    align 8
L1308:
# i_test_yield
    lea rdx, qword ptr [connectx/3+24]
    dec r14
    jle L1165
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1309
    mov ecx, 3
    call 140320710850576
L1309:
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
# i_call_only_f
    jmp connectx/2
# func_line_I
# aligned_label_Lt
    align 8
label_127:
# i_func_info_IaaI
# prim_inet:connectx/2
    call L1164
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x7F, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x85, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
connectx/2:
# i_breakpoint_trampoline
    short jmp L1310
.db 0x00
    call L1167
    align 8
L1310:
# i_test_yield
    lea rdx, qword ptr [connectx/2+24]
    dec r14
    jle L1165
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1311
    mov ecx, 2
    call 140320710850576
L1311:
    sub rsp, 16
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx+8], 99659
# i_move_sd
    mov qword ptr [rbx], 38475
# line_I
# i_call_f
.db 0x90
    call label_624
# is_eq_exact_fss
    cmp qword ptr [rbx], 75
    jne label_129
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp], 1
    vmovups xmmword ptr [rbx], xmm0
# i_call_last_ft
    add rsp, 16
    jmp label_131
# label_L
label_129:
# i_move_sd
L1312:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L1166
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_130:
# i_func_info_IaaI
# prim_inet:connectx0/2
    call L1164
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x7F, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x85, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_131:
# i_breakpoint_trampoline
    short jmp L1313
.db 0x00
    call L1167
    align 8
L1313:
# i_test_yield
    lea rdx, qword ptr [label_131+24]
    dec r14
    jle L1165
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1314
    mov ecx, 2
    call 140320710850576
L1314:
    sub rsp, 16
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp], xmm0
# i_move_sd
    mov qword ptr [rbx], -1
# line_I
# i_call_f
.db 0x90
    call label_1017
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov qword ptr [rbx+8], 99659
# i_move_sd
    mov qword ptr [rbx], 38475
# i_call_f
.db 0x90
    call label_710
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1315
    mov ecx, 1
    call 140320710850576
L1315:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
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
    mov qword ptr [rbx+8], 63
# init_yregs_I
    mov qword ptr [rsp], 59
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call label_1136
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_135
    cmp dword ptr [rsi-2], 128
    jne label_135
    cmp qword ptr [rsi+6], 30603
    jne label_135
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+8], rdi
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_135
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx+8], xmm0
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_135
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+24], rsi
    mov qword ptr [rbx+8], rdx
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_135
# line_I
# i_bsl_ssjd
    mov rsi, qword ptr [rbx+16]
    mov eax, 143
    mov rdi, rsi
    mov rdx, rsi
    xor rdx, -16
    cmovns rdi, rdx
    lzcnt rdx, rdi
    and edi, 15
    cmp edi, 15
    short jne L1316
    cmp rdx, 8
    short jbe L1316
    and rsi, -16
    sal rsi, 8
    lea rax, qword ptr [rsi+15]
    short jmp L1317
L1316:
    call 140320710851664
L1317:
    mov qword ptr [rbx], rax
# i_bor_jssd
    mov rsi, qword ptr [rbx]
    mov rax, qword ptr [rbx+24]
# are both operands small?
    mov edi, esi
    and edi, eax
    and edi, 15
    cmp edi, 15
    short jne L1318
    or rax, rsi
    short jmp L1319
L1318:
    call 140320710851432
L1319:
    mov qword ptr [rsp], rax
# aligned_label_Lt
    align 4
label_132:
# i_loop_rec_f
    align 4
L1320:
    lea rdi, qword ptr [L1320]
    lea rsi, qword ptr [label_134]
    call 140320710852712
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_133
    cmp dword ptr [rsi-2], 256
    jne label_133
    cmp qword ptr [rsi+6], 69579
    jne label_133
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+14]
    movups xmmword ptr [rbx+8], xmm0
# is_eq_exact_fss
    mov rsi, qword ptr [rsp+8]
    mov rdi, qword ptr [rbx+8]
    cmp rdi, rsi
    short je L1321
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_133
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_133
L1321:
# is_eq_exact_fss
    mov rsi, qword ptr [rsp]
    mov rdi, qword ptr [rbx+16]
    cmp rdi, rsi
    short je L1322
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_133
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_133
L1322:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+30]
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
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L1166
    ret
# label_L
label_133:
# loop_rec_end_f
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919178491472
    mov rsp, rbp
    dec r14
    jmp label_132
# aligned_label_Lt
    align 4
label_134:
# wait_locked_f
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    lea rsi, qword ptr [label_132]
    call 94919178213328
    mov rsp, rbp
    jmp 140320710854321
# label_L
label_135:
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L1166
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_136:
# i_func_info_IaaI
# prim_inet:accept/1
    call L1164
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x7F, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x85, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
accept/1:
# i_breakpoint_trampoline
    short jmp L1323
.db 0x00
    call L1167
    align 8
L1323:
# i_test_yield
    lea rdx, qword ptr [accept/1+24]
    dec r14
    jle L1165
# i_move_sd
    mov qword ptr [rbx+16], 59
# i_move_sd
    mov qword ptr [rbx+8], -1
# i_call_only_f
    jmp label_146
# func_line_I
# aligned_label_Lt
    align 8
label_138:
# i_func_info_IaaI
# prim_inet:accept/2
    call L1164
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x7F, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x85, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
accept/2:
# i_breakpoint_trampoline
    short jmp L1324
.db 0x00
    call L1167
    align 8
L1324:
# i_test_yield
    lea rdx, qword ptr [accept/2+24]
    dec r14
    jle L1165
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 395
    jne label_140
# i_move_sd
    mov qword ptr [rbx+16], 59
# i_move_sd
    mov qword ptr [rbx+8], -1
# i_call_only_f
    jmp label_146
# label_L
label_140:
# is_list_fs
    mov rax, qword ptr [rbx+8]
    cmp rax, 59
    short je L1325
    test al, 2
    jne label_141
L1325:
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx+8], -1
# i_call_only_f
    jmp label_146
# label_L
label_141:
# i_move_sd
    mov qword ptr [rbx+16], 59
# i_call_only_f
    jmp label_146
# func_line_I
# aligned_label_Lt
    align 8
label_142:
# i_func_info_IaaI
# prim_inet:accept/3
    call L1164
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x7F, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x85, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
accept/3:
# i_breakpoint_trampoline
    short jmp L1326
.db 0x00
    call L1167
    align 8
L1326:
# i_test_yield
    lea rdx, qword ptr [accept/3+24]
    dec r14
    jle L1165
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 395
    jne label_144
# i_move_sd
    mov qword ptr [rbx+8], -1
# i_call_only_f
    jmp label_146
# label_L
label_144:
# i_call_only_f
    jmp label_146
# func_line_I
# aligned_label_Lt
    align 8
label_145:
# i_func_info_IaaI
# prim_inet:accept0/3
    call L1164
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x7F, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x86, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_146:
# i_breakpoint_trampoline
    short jmp L1327
.db 0x00
    call L1167
    align 8
L1327:
# i_test_yield
    lea rdx, qword ptr [label_146+24]
    dec r14
    jle L1165
# is_port_fs
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 7
    short je L1328
    test al, 1
    short jne label_145
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 52
    short jne label_145
L1328:
# is_integer_fs
    mov rdi, qword ptr [rbx+8]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L1329
    test al, 1
    short jne label_145
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    short jne label_145
L1329:
# is_list_fs
    mov rax, qword ptr [rbx+16]
    cmp rax, 59
    short je L1330
    test al, 2
    short jne label_145
L1330:
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1331
    mov ecx, 3
.db 0x90
    call 140320710850576
L1331:
    sub rsp, 24
# init_yregs_I
    mov qword ptr [rsp], 59
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+16], rdi
# line_I
# i_call_f
.db 0x66, 0x90
    call async_accept/2
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
# skipped box test since argument is always boxed
    cmp dword ptr [rsi-2], 128
    jne label_151
    cmp qword ptr [rsi+6], 30603
    jne label_151
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rsp], rdi
# aligned_label_Lt
    align 4
label_147:
# i_loop_rec_f
    align 4
L1332:
    lea rdi, qword ptr [L1332]
    lea rsi, qword ptr [label_150]
    call 140320710852712
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_149
    cmp dword ptr [rsi-2], 256
    jne label_149
    cmp qword ptr [rsi+6], 69579
    jne label_149
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+14]
    movups xmmword ptr [rbx+8], xmm0
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+30]
    mov qword ptr [rbx], rdi
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_148
    cmp dword ptr [rsi-2], 128
    jne label_148
    cmp qword ptr [rsi+6], 30603
    jne label_148
# is_eq_exact_fss
    mov rsi, qword ptr [rsp+16]
    mov rdi, qword ptr [rbx+8]
    cmp rdi, rsi
    short je L1333
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_149
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_149
L1333:
# is_eq_exact_fss
    mov rsi, qword ptr [rsp]
    mov rdi, qword ptr [rbx+16]
    cmp rdi, rsi
    short je L1334
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_149
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_149
L1334:
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
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 24
    jmp label_153
# label_L
label_148:
# is_eq_exact_fss
    mov rsi, qword ptr [rsp+16]
    mov rdi, qword ptr [rbx+8]
    cmp rdi, rsi
    short je L1335
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_149
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_149
L1335:
# is_eq_exact_fss
    mov rsi, qword ptr [rsp]
    mov rdi, qword ptr [rbx+16]
    cmp rdi, rsi
    short je L1336
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_149
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_149
L1336:
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
    add rsp, 24
# return
    dec r14
    jl L1166
    ret
# label_L
label_149:
# loop_rec_end_f
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919178491472
    mov rsp, rbp
    dec r14
    jmp label_147
# aligned_label_Lt
    align 4
label_150:
# wait_locked_f
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    lea rsi, qword ptr [label_147]
    call 94919178213328
    mov rsp, rbp
    jmp 140320710854321
# label_L
label_151:
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L1166
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_152:
# i_func_info_IaaI
# prim_inet:accept_opts/3
    call L1164
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x7F, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x86, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_153:
# i_breakpoint_trampoline
    short jmp L1337
.db 0x00
    call L1167
    align 8
L1337:
# i_test_yield
    lea rdx, qword ptr [label_153+24]
    dec r14
    jle L1165
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1338
    mov ecx, 3
    call 140320710850576
L1338:
    sub rsp, 16
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx+8], rdi
# i_move_sd
L1339:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
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
    call getopts/2
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_155
    cmp dword ptr [rsi-2], 128
    jne label_155
    cmp qword ptr [rsi+6], 30603
    jne label_155
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+8], rdi
# init_yregs_I
    mov qword ptr [rsp+8], 59
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call setopts/2
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx], 30603
    jne label_154
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1342
    xor ecx, ecx
.db 0x66, 0x90
    call 140320710850576
L1342:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 30603
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
    jl L1166
    ret
# label_L
label_154:
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_trim_t
    add rsp, 8
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call close/1
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L1166
    ret
# label_L
label_155:
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_trim_t
    add rsp, 8
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call close/1
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L1166
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_156:
# i_func_info_IaaI
# prim_inet:async_accept/2
    call L1164
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x7F, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x86, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
async_accept/2:
# i_breakpoint_trampoline
    short jmp L1343
.db 0x00
    call L1167
    align 8
L1343:
# i_test_yield
    lea rdx, qword ptr [async_accept/2+24]
    dec r14
    jle L1165
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1344
    mov ecx, 2
    call 140320710850576
L1344:
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
    call label_1017
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1345
    mov ecx, 1
    call 140320710850576
L1345:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+16], rsi
# i_move_sd
    mov qword ptr [rbx+8], 431
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov qword ptr [rsp], 59
# i_call_f
.db 0x66, 0x90
    call label_1136
# i_is_tuple_fs
    mov rsi, qword ptr [rbx]
# simplified tuple test since the source is always a tuple when boxed
    rex test sil, 1
    jne label_159
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 30603
    jne label_158
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+8], rdi
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_159
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx+8], xmm0
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_159
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+24], rsi
    mov qword ptr [rbx+8], rdx
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_159
# line_I
# i_bsl_ssjd
    mov rsi, qword ptr [rbx+16]
    mov eax, 143
    mov rdi, rsi
    mov rdx, rsi
    xor rdx, -16
    cmovns rdi, rdx
    lzcnt rdx, rdi
    and edi, 15
    cmp edi, 15
    short jne L1346
    cmp rdx, 8
    short jbe L1346
    and rsi, -16
    sal rsi, 8
    lea rax, qword ptr [rsi+15]
    short jmp L1347
L1346:
    call 140320710851664
L1347:
    mov qword ptr [rbx], rax
# i_bor_jssd
    mov rsi, qword ptr [rbx]
    mov rax, qword ptr [rbx+24]
# are both operands small?
    mov edi, esi
    and edi, eax
    and edi, 15
    cmp edi, 15
    short jne L1348
    or rax, rsi
    short jmp L1349
L1348:
    call 140320710851432
L1349:
    mov qword ptr [rbx], rax
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1350
    mov ecx, 1
.db 0x90
    call 140320710850576
L1350:
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
    jl L1166
    ret
# label_L
label_158:
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L1166
    ret
# label_L
label_159:
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
label_160:
# i_func_info_IaaI
# prim_inet:listen/1
    call L1164
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x7F, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x86, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
listen/1:
# i_breakpoint_trampoline
    short jmp L1351
.db 0x00
    call L1167
    align 8
L1351:
# i_test_yield
    lea rdx, qword ptr [listen/1+24]
    dec r14
    jle L1165
# i_move_sd
    mov qword ptr [rbx+8], 95
# i_call_only_f
    jmp listen/2
# func_line_I
# aligned_label_Lt
    align 8
label_162:
# i_func_info_IaaI
# prim_inet:listen/2
    call L1164
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x7F, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x86, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
listen/2:
# i_breakpoint_trampoline
    short jmp L1352
.db 0x00
    call L1167
    align 8
L1352:
# i_test_yield
    lea rdx, qword ptr [listen/2+24]
    dec r14
    jle L1165
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+8]
    cmp rsi, 11
    je label_165
    cmp rsi, 75
    je label_164
    jmp label_166
# label_L
label_164:
# i_move_sd
    mov qword ptr [rbx+8], 95
# i_call_only_f
    short jmp listen/2
# label_L
label_165:
# i_move_sd
    mov qword ptr [rbx+8], 15
# i_call_only_f
    short jmp listen/2
# label_L
label_166:
# is_port_fs
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 7
    short je L1353
    test al, 1
    short jne label_162
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 52
    jne label_162
L1353:
# is_integer_fs
    mov rdi, qword ptr [rbx+8]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L1354
    test al, 1
    jne label_162
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_162
L1354:
# line_I
# i_bsr_ssjd
    mov rsi, qword ptr [rbx+8]
# simplified test for small operand since it is a number
    test esi, 1
    short je L1355
    mov rax, rsi
    sar rax, 8
    or rax, 15
    short jmp L1356
L1355:
    mov eax, 143
    call 140320710851768
L1356:
    mov qword ptr [rbx+16], rax
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1357
    mov ecx, 3
.db 0x66, 0x90
    call 140320710850576
L1357:
# i_band_ssjd
    mov rsi, qword ptr [rbx+16]
    mov eax, 4095
# simplified test for small operand since it is a number
    test esi, 1
    short je L1358
    and rax, rsi
    short jmp L1359
L1358:
    call 140320710851200
L1359:
    mov qword ptr [rbx+16], rax
# i_band_ssjd
    mov rsi, qword ptr [rbx+8]
    mov eax, 4095
# simplified test for small operand since it is a number
    test esi, 1
    short je L1360
    and rax, rsi
    short jmp L1361
L1360:
    call 140320710851200
L1361:
    mov qword ptr [rbx+8], rax
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L1362
    mov ecx, 3
    call 140320710850576
L1362:
# put_cons_ss
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# store_cons_Id
    add r15, 32
    mov qword ptr [rbx+8], rsi
# put_cons_ss
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+16], rsi
# i_move_sd
    mov qword ptr [rbx+8], 447
# i_call_f
.db 0x90
    call label_1136
# i_is_tuple_fs
    mov rsi, qword ptr [rbx]
# simplified tuple test since the source is always a tuple when boxed
    rex test sil, 1
    jne label_168
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 30603
    jne label_167
# i_move_sd
    mov qword ptr [rbx], 30603
# deallocate_t
# return
    dec r14
    jl L1166
    ret
# label_L
label_167:
# deallocate_t
# return
    dec r14
    jl L1166
    ret
# label_L
label_168:
# case_end_s
    mov qword ptr [r13+120], 69643
    mov qword ptr [r13+112], 7248
    xor ecx, ecx
    call 140320710854352
# func_line_I
    nop
# aligned_label_Lt
    align 8
label_169:
# i_func_info_IaaI
# prim_inet:peeloff/2
    call L1164
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x7F, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x87, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
peeloff/2:
# i_breakpoint_trampoline
    short jmp L1363
.db 0x00
    call L1167
    align 8
L1363:
# line_I
# i_test_yield
    lea rdx, qword ptr [peeloff/2+24]
    dec r14
    jle L1165
# i_bsr_ssjd
    mov rsi, qword ptr [rbx+8]
# is the operand small?
    mov edi, esi
    and edi, 15
    cmp edi, 15
    short jne L1364
    mov rax, rsi
    sar rax, 24
    or rax, 15
    short jmp L1365
L1364:
    mov eax, 399
    call 140320710851768
L1365:
    mov qword ptr [rbx+16], rax
# i_band_ssjd
    mov rsi, qword ptr [rbx+16]
    mov eax, 4095
# simplified test for small operand since it is a number
    test esi, 1
    short je L1366
    and rax, rsi
    short jmp L1367
L1366:
    call 140320710851200
L1367:
    mov qword ptr [rbx+16], rax
# i_bsr_ssjd
    mov rsi, qword ptr [rbx+8]
# simplified test for small operand since it is a number
    test esi, 1
    short je L1368
    mov rax, rsi
    sar rax, 16
    or rax, 15
    short jmp L1369
L1368:
    mov eax, 271
    call 140320710851768
L1369:
    mov qword ptr [rbx+24], rax
# i_band_ssjd
    mov rsi, qword ptr [rbx+24]
    mov eax, 4095
# simplified test for small operand since it is a number
    test esi, 1
    short je L1370
    and rax, rsi
    short jmp L1371
L1370:
    call 140320710851200
L1371:
    mov qword ptr [rbx+24], rax
# i_bsr_ssjd
    mov rsi, qword ptr [rbx+8]
# simplified test for small operand since it is a number
    test esi, 1
    short je L1372
    mov rax, rsi
    sar rax, 8
    or rax, 15
    short jmp L1373
L1372:
    mov eax, 143
    call 140320710851768
L1373:
    mov qword ptr [rbx+32], rax
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1374
    mov ecx, 5
.db 0x66, 0x90
    call 140320710850576
L1374:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# i_band_ssjd
    mov rsi, qword ptr [rbx+32]
    mov eax, 4095
# simplified test for small operand since it is a number
    test esi, 1
    short je L1375
    and rax, rsi
    short jmp L1376
L1375:
    call 140320710851200
L1376:
    mov qword ptr [rbx], rax
# i_band_ssjd
    mov rsi, qword ptr [rbx+8]
    mov eax, 4095
# simplified test for small operand since it is a number
    test esi, 1
    short je L1377
    and rax, rsi
    short jmp L1378
L1377:
    call 140320710851200
L1378:
    mov qword ptr [rbx+8], rax
# test_heap_It
    lea rdx, qword ptr [r15+112]
    cmp rdx, rsp
    short jbe L1379
    mov ecx, 4
.db 0x66, 0x90
    call 140320710850576
L1379:
# put_cons_ss
    mov rdi, qword ptr [rbx+8]
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
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# append_cons_Is
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15+32], rdi
    mov qword ptr [r15+40], rsi
    lea rsi, qword ptr [r15+33]
# store_cons_Id
    add r15, 48
    mov qword ptr [rbx], rsi
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+16], rsi
# i_move_sd
    mov qword ptr [rbx+8], 1023
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_f
.db 0x66, 0x90
    call label_1136
# i_is_tagged_tuple_ff_ffsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_171
    mov rdi, qword ptr [rsi-2]
    rex test dil, 63
    jne label_171
    cmp edi, 128
    jne label_174
    cmp qword ptr [rsi+6], 779
    jne label_174
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L1166
    ret
# aligned_label_Lt
    align 4
label_171:
# i_loop_rec_f
    align 4
L1380:
    lea rdi, qword ptr [L1380]
    lea rsi, qword ptr [label_173]
    call 140320710852712
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_172
    cmp dword ptr [rsi-2], 192
    jne label_172
    cmp qword ptr [rsi+6], 69643
    jne label_172
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+8], rdi
# is_eq_exact_fss
    mov rsi, qword ptr [rsp]
    mov rdi, qword ptr [rbx+8]
    cmp rdi, rsi
    short je L1381
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_172
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_172
L1381:
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
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L1166
    ret
# label_L
label_172:
# loop_rec_end_f
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919178491472
    mov rsp, rbp
    dec r14
    jmp label_171
# aligned_label_Lt
    align 4
label_173:
# wait_locked_f
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    lea rsi, qword ptr [label_171]
    call 94919178213328
    mov rsp, rbp
    jmp 140320710854321
# label_L
label_174:
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
label_175:
# i_func_info_IaaI
# prim_inet:send/3
    call L1164
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x7F, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x94, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
send/3:
# i_breakpoint_trampoline
    short jmp L1382
.db 0x00
    call L1167
    align 8
L1382:
# i_test_yield
    lea rdx, qword ptr [send/3+24]
    dec r14
    jle L1165
# is_port_fs
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 7
    short je L1383
    test al, 1
    short jne label_175
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 52
    short jne label_175
L1383:
# is_list_fs
    mov rax, qword ptr [rbx+16]
    cmp rax, 59
    short je L1384
    test al, 2
    short jne label_175
L1384:
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1385
    mov ecx, 3
.db 0x66, 0x90
    call 140320710850576
L1385:
    sub rsp, 16
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# catch_yf
    inc qword ptr [r13+264]
L1386:
    mov eax, 2147483647
    mov qword ptr [rsp+8], rax
# line_I
# i_call_ext_e
L1387:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# try_end_y
    dec qword ptr [r13+264]
    mov qword ptr [rsp+8], 59
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 11
    je label_178
    cmp rsi, 75
    je label_177
    jmp label_181
# label_L
label_177:
# i_move_sd
    mov qword ptr [rbx+8], 907
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 16
    jmp label_183
# label_L
label_178:
# i_move_sd
L1388:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L1166
    ret
# label_L
label_179:
# try_case_y
    dec qword ptr [r13+264]
    mov rax, qword ptr [rbx+24]
    mov qword ptr [rbx], rax
# is_eq_exact_fss
    cmp qword ptr [rbx], 779
    jne label_180
# i_move_sd
L1389:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L1166
    ret
# label_L
label_180:
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
label_181:
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
label_182:
# i_func_info_IaaI
# prim_inet:send_recv_reply/2
    call L1164
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x7F, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x87, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_183:
# i_breakpoint_trampoline
    short jmp L1390
.db 0x00
    call L1167
    align 8
L1390:
# i_test_yield
    lea rdx, qword ptr [label_183+24]
    dec r14
    jle L1165
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1391
    mov ecx, 2
    call 140320710850576
L1391:
    sub rsp, 24
# init_yregs_I
    mov qword ptr [rsp], 59
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp+8], xmm0
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 907
    jne label_184
# i_move_sd
    mov qword ptr [rsp], 80015
# jump_f
    jmp label_185
# label_L
label_184:
# i_move_sd
    mov qword ptr [rsp], 395
# aligned_label_Lt
    align 4
label_185:
# i_loop_rec_f
    align 4
L1392:
    lea rdi, qword ptr [L1392]
    lea rsi, qword ptr [label_190]
    call 140320710852712
# i_select_tuple_arity_SfI
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_189
    mov esi, dword ptr [rsi-2]
    rex test sil, 63
    jne label_189
    cmp esi, 192
    je label_187
    cmp esi, 320
    je label_186
    jne label_189
# label_L
label_186:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# get_two_tuple_elements_sPSS
    vpermilpd xmm0, xmmword ptr [rsi+6], 1
    vmovups xmmword ptr [rbx], xmm0
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 1227
    jne label_189
# is_eq_exact_fss
    mov rsi, qword ptr [rsp+8]
    mov rdi, qword ptr [rbx]
    cmp rdi, rsi
    short je L1393
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_189
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_189
L1393:
# is_ne_exact_fss
    cmp qword ptr [rsp+8], 907
    je label_189
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
L1394:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L1166
    ret
# label_L
label_187:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+6]
    movups xmmword ptr [rbx+8], xmm0
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 69643
    jne label_189
# is_eq_exact_fss
    mov rsi, qword ptr [rsp+16]
    mov rdi, qword ptr [rbx+16]
    cmp rdi, rsi
    short je L1395
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_189
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_189
L1395:
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
# is_ne_exact_fss
    cmp qword ptr [rsp+8], 907
    je label_188
# i_move_sd
L1396:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+8], rdi
# init_yregs_I
    mov qword ptr [rsp], 59
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L1397:
L1398:
    long mov rcx, 9223372036854775807
    mov rax, 94919179085664
    lea rdx, qword ptr [L1397]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# recv_marker_clear_S
    mov rsi, qword ptr [rsp+8]
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919178491968
    mov rsp, rbp
# label_L
label_188:
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+16]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L1166
    ret
# label_L
label_189:
# loop_rec_end_f
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919178491472
    mov rsp, rbp
    dec r14
    jmp label_185
# aligned_label_Lt
    align 4
label_190:
# wait_timeout_locked_sf
    mov rsi, qword ptr [rsp]
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    lea rdx, qword ptr [L1400]
    call 94919178213728
    mov rsp, rbp
    cmp rax, 1
    short je L1399
    short jl L1400
    lea rsi, qword ptr [label_190]
    xor ecx, ecx
    push rsi
    jmp 140320710854368
L1399:
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    lea rsi, qword ptr [label_185]
    call 94919178213328
    mov rsp, rbp
    jmp 140320710854321
    align 4
L1400:
# timeout
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919178214144
    mov rsp, rbp
# recv_marker_clear_S
    mov rsi, qword ptr [rsp+8]
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919178491968
    mov rsp, rbp
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
    mov qword ptr [rsp+8], rax
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+8], rdi
# init_yregs_I
    mov qword ptr [rsp], 59
# i_move_sd
    mov qword ptr [rbx], 32843
# line_I
# call_light_bif_be
    align 4
L1401:
L1402:
    long mov rcx, 9223372036854775807
    mov rax, 94919179086448
    lea rdx, qword ptr [L1401]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# recv_marker_bind_SS
    mov rsi, qword ptr [rsp+8]
    mov rdx, qword ptr [rbx]
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919178492288
    mov rsp, rbp
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 24
    jmp label_183
# func_line_I
# aligned_label_Lt
    align 8
label_191:
# i_func_info_IaaI
# prim_inet:send/2
    call L1164
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x7F, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x94, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
send/2:
# i_breakpoint_trampoline
    short jmp L1403
.db 0x00
    call L1167
    align 8
L1403:
# i_test_yield
    lea rdx, qword ptr [send/2+24]
    dec r14
    jle L1165
# i_move_sd
    mov qword ptr [rbx+16], 59
# i_call_only_f
    jmp send/3
# func_line_I
# aligned_label_Lt
    align 8
label_193:
# i_func_info_IaaI
# prim_inet:sendto/4
    call L1164
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x7F, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x87, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
sendto/4:
# i_breakpoint_trampoline
    short jmp L1404
.db 0x00
    call L1167
    align 8
L1404:
# i_test_yield
    lea rdx, qword ptr [sendto/4+24]
    dec r14
    jle L1165
# is_port_fs
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 7
    short je L1405
    test al, 1
    short jne label_193
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 52
    short jne label_193
L1405:
# is_map_fs
    mov rax, qword ptr [rbx+8]
    test al, 1
    jne label_195
    mov eax, dword ptr [rax-2]
    and al, 63
    cmp al, 60
    jne label_195
# is_list_fs
    mov rax, qword ptr [rbx+16]
    cmp rax, 59
    short je L1406
    test al, 2
    jne label_196
L1406:
# i_call_only_f
    jmp label_198
# label_L
label_195:
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx+8]
    rex test sil, 1
    jne label_196
    cmp dword ptr [rsi-2], 128
    jne label_196
# is_list_fs
    mov rax, qword ptr [rbx+16]
    cmp rax, 59
    short je L1407
    test al, 2
    jne label_196
L1407:
# i_call_only_f
    jmp label_198
# label_L
label_196:
# is_integer_fs
    mov rdi, qword ptr [rbx+16]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L1408
    test al, 1
    jne label_193
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_193
L1408:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1409
    mov ecx, 4
.db 0x90
    call 140320710850576
L1409:
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
    mov qword ptr [rbx+16], 59
# i_call_only_f
    jmp sendto/4
# func_line_I
# aligned_label_Lt
    align 8
label_197:
# i_func_info_IaaI
# prim_inet:do_sendto/4
    call L1164
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x7F, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x87, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_198:
# i_breakpoint_trampoline
    short jmp L1410
.db 0x00
    call L1167
    align 8
L1410:
# i_test_yield
    lea rdx, qword ptr [label_198+24]
    dec r14
    jle L1165
# allocate_tt
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L1411
    mov ecx, 4
    call 140320710850576
L1411:
    sub rsp, 40
# init_yregs_I
    mov eax, 59
    mov rdi, rsp
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rsp+16], rdi
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx]
    movups xmmword ptr [rsp+24], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call label_848
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 30603
    jne label_203
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rsp+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L1412:
L1413:
    long mov rcx, 9223372036854775807
    mov rax, 94919179095824
    lea rdx, qword ptr [L1412]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx+8], 99211
# i_move_sd
    mov qword ptr [rbx], 38475
# line_I
# i_call_f
    call label_624
# is_eq_exact_fss
    cmp qword ptr [rbx], 75
    jne label_203
# i_move_sd
    mov qword ptr [rbx+8], 100363
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx], 38475
# line_I
# i_call_f
.db 0x66, 0x90
    call label_624
# is_eq_exact_fss
    cmp qword ptr [rbx], 75
    jne label_203
# i_move_sd
    mov qword ptr [rbx+8], 99211
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx+16], rdi
# init_yregs_I
    mov qword ptr [rsp+32], 59
# i_move_sd
    mov qword ptr [rbx], 38475
# line_I
# i_call_f
    call label_710
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+32], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx+8], 100363
# init_yregs_I
    mov qword ptr [rsp], 59
# i_move_sd
    mov qword ptr [rbx], 38475
# line_I
# i_call_f
    call label_710
# test_heap_It
    lea rdx, qword ptr [r15+96]
    cmp rdx, rsp
    short jbe L1414
    mov ecx, 1
    call 140320710850576
L1414:
# put_cons_ss
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov rdi, qword ptr [rsp+8]
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
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# append_cons_Is
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], rsi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# catch_yf
    inc qword ptr [r13+264]
L1415:
    mov eax, 2147483647
    mov qword ptr [rsp+32], rax
# init_yregs_I
    mov eax, 59
    lea rdi, qword ptr [rsp+8]
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L1416:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x90
    call qword ptr [rax+r12*8]
# try_end_y
    dec qword ptr [r13+264]
    mov qword ptr [rsp+32], 59
# is_eq_exact_fss
    cmp qword ptr [rbx], 75
    jne label_204
# aligned_label_Lt
    align 4
label_199:
# i_loop_rec_f
    align 4
L1417:
    lea rdi, qword ptr [L1417]
    lea rsi, qword ptr [label_201]
    call 140320710852712
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_200
    cmp dword ptr [rsi-2], 192
    jne label_200
    cmp qword ptr [rsi+6], 69643
    jne label_200
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+8], rdi
# is_eq_exact_fss
    mov rsi, qword ptr [rsp+24]
    mov rdi, qword ptr [rbx+8]
    cmp rdi, rsi
    short je L1418
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_200
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_200
L1418:
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
# deallocate_t
    add rsp, 40
# return
    dec r14
    jl L1166
    ret
# label_L
label_200:
# loop_rec_end_f
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919178491472
    mov rsp, rbp
    dec r14
    jmp label_199
# aligned_label_Lt
    align 4
label_201:
# wait_locked_f
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    lea rsi, qword ptr [label_199]
    call 94919178213328
    mov rsp, rbp
    jmp 140320710854321
# label_L
label_202:
# try_case_y
    dec qword ptr [r13+264]
    mov rax, qword ptr [rbx+24]
    mov qword ptr [rbx], rax
# i_move_sd
L1419:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 40
# return
    dec r14
    jl L1166
    ret
# label_L
label_203:
# i_move_sd
L1420:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 40
# return
    dec r14
    jl L1166
    ret
# label_L
label_204:
# line_I
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
label_205:
# i_func_info_IaaI
# prim_inet:sendmsg/3
    call L1164
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x7F, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x88, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
sendmsg/3:
# i_breakpoint_trampoline
    short jmp L1421
.db 0x00
    call L1167
    align 8
L1421:
# i_test_yield
    lea rdx, qword ptr [sendmsg/3+24]
    dec r14
    jle L1165
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx+8]
    rex test sil, 1
    short jne label_205
    cmp dword ptr [rsi-2], 640
    short jne label_205
    cmp qword ptr [rsi+6], 72715
    short jne label_205
# is_port_fs
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 7
    short je L1422
    test al, 1
    short jne label_205
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 52
    short jne label_205
L1422:
# allocate_tt
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L1423
    mov ecx, 3
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1423:
    sub rsp, 40
# init_yregs_I
    mov eax, 59
    mov qword ptr [rsp], rax
    mov qword ptr [rsp+32], rax
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rsp+8], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+24], rdi
# i_move_sd
    mov qword ptr [rbx+8], 72395
# i_move_sd
    mov qword ptr [rbx], 38475
# line_I
# i_call_f
.db 0x90
    call label_584
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# catch_yf
    inc qword ptr [r13+264]
L1424:
    mov eax, 2147483647
    mov qword ptr [rsp+32], rax
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx], 38475
# line_I
# i_call_f
    call label_624
# try_end_y
    dec qword ptr [r13+264]
    mov qword ptr [rsp+32], 59
# is_eq_exact_fss
    cmp qword ptr [rbx], 75
    jne label_207
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rsp+32], rdi
# i_trim_t
    add rsp, 24
# i_move_sd
    mov qword ptr [rbx], 38475
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call label_710
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1425
    mov ecx, 1
    call 140320710850576
L1425:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 16
    jmp send/2
# label_L
label_207:
# i_move_sd
L1426:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 40
# return
    dec r14
    jl L1166
    ret
# label_L
label_208:
# try_case_y
    dec qword ptr [r13+264]
    mov rax, qword ptr [rbx+24]
    mov qword ptr [rbx], rax
# is_eq_exact_fss
    cmp qword ptr [rbx], 715
    jne label_209
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1427
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1427:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 779
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 40
# return
    dec r14
    jl L1166
    ret
# label_L
label_209:
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
label_210:
# i_func_info_IaaI
# prim_inet:sendfile/4
    call L1164
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x7F, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x12, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
sendfile/4:
# i_breakpoint_trampoline
    short jmp L1428
.db 0x00
    call L1167
    align 8
L1428:
# i_test_yield
    lea rdx, qword ptr [sendfile/4+24]
    dec r14
    jle L1165
# is_port_fs
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 7
    short je L1429
    test al, 1
    jne label_214
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 52
    jne label_214
L1429:
# is_binary_fs
    mov rdi, qword ptr [rbx+8]
    rex test dil, 1
    jne label_214
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 40
    short je L1431
    and al, -5
    cmp al, 32
    jne label_214
    short jmp L1430
L1431:
    cmp byte ptr [rdi+22], 0
    jne label_214
L1430:
# is_integer_fs
    mov rdi, qword ptr [rbx+16]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L1432
    test al, 1
    jne label_214
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_214
L1432:
# is_integer_fs
    mov rdi, qword ptr [rbx+24]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L1433
    test al, 1
    jne label_214
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_214
L1433:
# allocate_tt
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1434
    mov ecx, 4
.db 0x90
    call 140320710850576
L1434:
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
    mov qword ptr [rbx+8], 9739
# line_I
# i_call_ext_e
L1435:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_213
    cmp dword ptr [rsi-2], 128
    jne label_213
    cmp qword ptr [rsi+6], 9739
    jne label_213
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# self_d
    mov rdi, qword ptr [r13]
    mov qword ptr [rbx+8], rdi
# is_eq_exact_fss
    mov rsi, qword ptr [rbx+8]
    mov rdi, qword ptr [rbx]
    cmp rdi, rsi
    short je L1436
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_212
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_212
L1436:
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x66, 0x90
    call label_216
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+8], 1
    vmovups xmmword ptr [rbx+8], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx+32], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+24], rdi
# i_trim_t
    add rsp, 16
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x66, 0x90
    call label_222
# swap_dd
    mov rdi, qword ptr [rsp+8]
    mov rsi, qword ptr [rbx]
    mov qword ptr [rbx], rdi
    mov qword ptr [rsp+8], rsi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_trim_t
    add rsp, 8
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call label_219
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L1166
    ret
# label_L
label_212:
# i_move_sd
L1437:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 32
# return
    dec r14
    jl L1166
    ret
# label_L
label_213:
# i_move_sd
L1438:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 32
# return
    dec r14
    jl L1166
    ret
# label_L
label_214:
# i_move_sd
L1439:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L1166
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_215:
# i_func_info_IaaI
# prim_inet:sendfile_maybe_cork/1
    call L1164
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x7F, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x88, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_216:
# i_breakpoint_trampoline
    short jmp L1440
.db 0x00
    call L1167
    align 8
L1440:
# i_test_yield
    lea rdx, qword ptr [label_216+24]
    dec r14
    jle L1165
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1441
    mov ecx, 1
    call 140320710850576
L1441:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# line_I
# i_call_f
    call label_427
# is_eq_exact_fss
    cmp qword ptr [rbx], 69451
    jne label_217
# i_move_sd
L1442:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x90
    call getopts/2
# i_is_eq_exact_literal_fscI
L1443:
    long mov rsi, 9223372036854775807
    mov rdi, qword ptr [rbx]
    rex test dil, 1
    jne label_217
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    jz label_217
# i_move_sd
L1444:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_trim_t
    add rsp, 8
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call setopts/2
# i_move_sd
    mov qword ptr [rbx], 75
# deallocate_t
# return
    dec r14
    jl L1166
    ret
# label_L
label_217:
# i_move_sd
    mov qword ptr [rbx], 11
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L1166
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_218:
# i_func_info_IaaI
# prim_inet:sendfile_maybe_uncork/2
    call L1164
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x7F, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x88, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_219:
# i_breakpoint_trampoline
    short jmp L1445
.db 0x00
    call L1167
    align 8
L1445:
# i_test_yield
    lea rdx, qword ptr [label_219+24]
    dec r14
    jle L1165
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 75
    jne label_220
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1446
    mov ecx, 1
.db 0x90
    call 140320710850576
L1446:
# i_move_sd
L1447:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+8], rdi
# line_I
# i_call_f
.db 0x90
    call setopts/2
# i_move_sd
    mov qword ptr [rbx], 30603
# deallocate_t
# return
    dec r14
    jl L1166
    ret
# label_L
label_220:
# i_move_sd
    mov qword ptr [rbx], 30603
# return
    dec r14
    jl L1166
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_221:
# i_func_info_IaaI
# prim_inet:sendfile_1/4
    call L1164
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x7F, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x89, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_222:
# i_breakpoint_trampoline
    short jmp L1448
.db 0x00
    call L1167
    align 8
L1448:
# i_test_yield
    lea rdx, qword ptr [label_222+24]
    dec r14
    jle L1165
# is_eq_exact_fss
    cmp qword ptr [rbx+24], 15
    jne label_223
# i_move_sd
L1449:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+24], rdi
# i_call_only_f
    short jmp label_222
# label_L
label_223:
# is_ge_fss
    mov esi, 15
    mov rdi, qword ptr [rbx+16]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L1450
    cmp rdi, rsi
    short jmp L1451
L1450:
    call 140320710848608
L1451:
    jl label_224
# is_ge_fss
    mov rsi, qword ptr [rbx+16]
L1454:
    long mov rdi, 9223372036854775807
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L1452
    cmp rdi, rsi
    short jmp L1453
L1452:
    call 140320710848608
L1453:
    jl label_224
# is_ge_fss
    mov esi, 15
    mov rdi, qword ptr [rbx+24]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L1455
    cmp rdi, rsi
    short jmp L1456
L1455:
    call 140320710848608
L1456:
    jl label_224
# is_lt_fss
    mov rsi, qword ptr [rbx+24]
L1459:
    long mov rdi, 9223372036854775807
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L1457
    cmp rdi, rsi
    short jmp L1458
L1457:
    call 140320710848608
L1458:
    jge label_225
# label_L
label_224:
# i_move_sd
L1460:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L1166
    ret
# label_L
label_225:
# line_I
# i_bsr_ssjd
    mov rsi, qword ptr [rbx+16]
# simplified test for small operand since it is a number
    test esi, 1
    short je L1461
    mov rax, rsi
    sar rax, 56
    or rax, 15
    short jmp L1462
L1461:
    mov eax, 911
    call 140320710851768
L1462:
    mov qword ptr [rbx+32], rax
# i_band_ssjd
    mov rsi, qword ptr [rbx+32]
    mov eax, 4095
# simplified test for small operand since it is a number
    test esi, 1
    short je L1463
    and rax, rsi
    short jmp L1464
L1463:
    call 140320710851200
L1464:
    mov qword ptr [rbx+32], rax
# i_bsr_ssjd
    mov rsi, qword ptr [rbx+16]
# simplified test for small operand since it is a number
    test esi, 1
    short je L1465
    mov rax, rsi
    sar rax, 48
    or rax, 15
    short jmp L1466
L1465:
    mov eax, 783
    call 140320710851768
L1466:
    mov qword ptr [rbx+40], rax
# i_band_ssjd
    mov rsi, qword ptr [rbx+40]
    mov eax, 4095
# simplified test for small operand since it is a number
    test esi, 1
    short je L1467
    and rax, rsi
    short jmp L1468
L1467:
    call 140320710851200
L1468:
    mov qword ptr [rbx+40], rax
# i_bsr_ssjd
    mov rsi, qword ptr [rbx+16]
# simplified test for small operand since it is a number
    test esi, 1
    short je L1469
    mov rax, rsi
    sar rax, 40
    or rax, 15
    short jmp L1470
L1469:
    mov eax, 655
    call 140320710851768
L1470:
    mov qword ptr [rbx+48], rax
# i_band_ssjd
    mov rsi, qword ptr [rbx+48]
    mov eax, 4095
# simplified test for small operand since it is a number
    test esi, 1
    short je L1471
    and rax, rsi
    short jmp L1472
L1471:
    call 140320710851200
L1472:
    mov qword ptr [rbx+48], rax
# i_bsr_ssjd
    mov rsi, qword ptr [rbx+16]
# simplified test for small operand since it is a number
    test esi, 1
    short je L1473
    mov rax, rsi
    sar rax, 32
    or rax, 15
    short jmp L1474
L1473:
    mov eax, 527
    call 140320710851768
L1474:
    mov qword ptr [rbx+56], rax
# i_band_ssjd
    mov rsi, qword ptr [rbx+56]
    mov eax, 4095
# simplified test for small operand since it is a number
    test esi, 1
    short je L1475
    and rax, rsi
    short jmp L1476
L1475:
    call 140320710851200
L1476:
    mov qword ptr [rbx+56], rax
# i_bsr_ssjd
    mov rsi, qword ptr [rbx+16]
# simplified test for small operand since it is a number
    test esi, 1
    short je L1477
    mov rax, rsi
    sar rax, 24
    or rax, 15
    short jmp L1478
L1477:
    mov eax, 399
    call 140320710851768
L1478:
    mov qword ptr [rbx+64], rax
# i_band_ssjd
    mov rsi, qword ptr [rbx+64]
    mov eax, 4095
# simplified test for small operand since it is a number
    test esi, 1
    short je L1479
    and rax, rsi
    short jmp L1480
L1479:
    call 140320710851200
L1480:
    mov qword ptr [rbx+64], rax
# i_bsr_ssjd
    mov rsi, qword ptr [rbx+16]
# simplified test for small operand since it is a number
    test esi, 1
    short je L1481
    mov rax, rsi
    sar rax, 16
    or rax, 15
    short jmp L1482
L1481:
    mov eax, 271
    call 140320710851768
L1482:
    mov qword ptr [rbx+72], rax
# i_band_ssjd
    mov rsi, qword ptr [rbx+72]
    mov eax, 4095
# simplified test for small operand since it is a number
    test esi, 1
    short je L1483
    and rax, rsi
    short jmp L1484
L1483:
    call 140320710851200
L1484:
    mov qword ptr [rbx+72], rax
# i_bsr_ssjd
    mov rsi, qword ptr [rbx+16]
# simplified test for small operand since it is a number
    test esi, 1
    short je L1485
    mov rax, rsi
    sar rax, 8
    or rax, 15
    short jmp L1486
L1485:
    mov eax, 143
    call 140320710851768
L1486:
    mov qword ptr [rbx+80], rax
# i_band_ssjd
    mov rsi, qword ptr [rbx+80]
    mov eax, 4095
# simplified test for small operand since it is a number
    test esi, 1
    short je L1487
    and rax, rsi
    short jmp L1488
L1487:
    call 140320710851200
L1488:
    mov qword ptr [rbx+80], rax
# i_band_ssjd
    mov rsi, qword ptr [rbx+16]
    mov eax, 4095
# simplified test for small operand since it is a number
    test esi, 1
    short je L1489
    and rax, rsi
    short jmp L1490
L1489:
    call 140320710851200
L1490:
    mov qword ptr [rbx+16], rax
# line_I
# i_bsr_ssjd
    mov rsi, qword ptr [rbx+24]
# simplified test for small operand since it is a number
    test esi, 1
    short je L1491
    mov rax, rsi
    sar rax, 56
    or rax, 15
    short jmp L1492
L1491:
    mov eax, 911
    call 140320710851768
L1492:
    mov qword ptr [rbx+88], rax
# i_band_ssjd
    mov rsi, qword ptr [rbx+88]
    mov eax, 4095
# simplified test for small operand since it is a number
    test esi, 1
    short je L1493
    and rax, rsi
    short jmp L1494
L1493:
    call 140320710851200
L1494:
    mov qword ptr [rbx+88], rax
# i_bsr_ssjd
    mov rsi, qword ptr [rbx+24]
# simplified test for small operand since it is a number
    test esi, 1
    short je L1495
    mov rax, rsi
    sar rax, 48
    or rax, 15
    short jmp L1496
L1495:
    mov eax, 783
    call 140320710851768
L1496:
    mov qword ptr [rbx+96], rax
# i_band_ssjd
    mov rsi, qword ptr [rbx+96]
    mov eax, 4095
# simplified test for small operand since it is a number
    test esi, 1
    short je L1497
    and rax, rsi
    short jmp L1498
L1497:
    call 140320710851200
L1498:
    mov qword ptr [rbx+96], rax
# i_bsr_ssjd
    mov rsi, qword ptr [rbx+24]
# simplified test for small operand since it is a number
    test esi, 1
    short je L1499
    mov rax, rsi
    sar rax, 40
    or rax, 15
    short jmp L1500
L1499:
    mov eax, 655
    call 140320710851768
L1500:
    mov qword ptr [rbx+104], rax
# i_band_ssjd
    mov rsi, qword ptr [rbx+104]
    mov eax, 4095
# simplified test for small operand since it is a number
    test esi, 1
    short je L1501
    and rax, rsi
    short jmp L1502
L1501:
    call 140320710851200
L1502:
    mov qword ptr [rbx+104], rax
# i_bsr_ssjd
    mov rsi, qword ptr [rbx+24]
# simplified test for small operand since it is a number
    test esi, 1
    short je L1503
    mov rax, rsi
    sar rax, 32
    or rax, 15
    short jmp L1504
L1503:
    mov eax, 527
    call 140320710851768
L1504:
    mov qword ptr [rbx+112], rax
# i_band_ssjd
    mov rsi, qword ptr [rbx+112]
    mov eax, 4095
# simplified test for small operand since it is a number
    test esi, 1
    short je L1505
    and rax, rsi
    short jmp L1506
L1505:
    call 140320710851200
L1506:
    mov qword ptr [rbx+112], rax
# i_bsr_ssjd
    mov rsi, qword ptr [rbx+24]
# simplified test for small operand since it is a number
    test esi, 1
    short je L1507
    mov rax, rsi
    sar rax, 24
    or rax, 15
    short jmp L1508
L1507:
    mov eax, 399
    call 140320710851768
L1508:
    mov qword ptr [rbx+120], rax
# i_band_ssjd
    mov rsi, qword ptr [rbx+120]
    mov eax, 4095
# simplified test for small operand since it is a number
    test esi, 1
    short je L1509
    and rax, rsi
    short jmp L1510
L1509:
    call 140320710851200
L1510:
    mov qword ptr [rbx+120], rax
# i_bsr_ssjd
    mov rsi, qword ptr [rbx+24]
# simplified test for small operand since it is a number
    test esi, 1
    short je L1511
    mov rax, rsi
    sar rax, 16
    or rax, 15
    short jmp L1512
L1511:
    mov eax, 271
    call 140320710851768
L1512:
    mov qword ptr [rbx+128], rax
# i_band_ssjd
    mov rsi, qword ptr [rbx+128]
    mov eax, 4095
# simplified test for small operand since it is a number
    test esi, 1
    short je L1513
    and rax, rsi
    short jmp L1514
L1513:
    call 140320710851200
L1514:
    mov qword ptr [rbx+128], rax
# i_bsr_ssjd
    mov rsi, qword ptr [rbx+24]
# simplified test for small operand since it is a number
    test esi, 1
    short je L1515
    mov rax, rsi
    sar rax, 8
    or rax, 15
    short jmp L1516
L1515:
    mov eax, 143
    call 140320710851768
L1516:
    mov qword ptr [rbx+136], rax
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1517
    mov ecx, 18
    call 140320710850576
L1517:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# i_band_ssjd
    mov rsi, qword ptr [rbx+136]
    mov eax, 4095
# simplified test for small operand since it is a number
    test esi, 1
    short je L1518
    and rax, rsi
    short jmp L1519
L1518:
    call 140320710851200
L1519:
    mov qword ptr [rbx], rax
# i_band_ssjd
    mov rsi, qword ptr [rbx+24]
    mov eax, 4095
# simplified test for small operand since it is a number
    test esi, 1
    short je L1520
    and rax, rsi
    short jmp L1521
L1520:
    call 140320710851200
L1521:
    mov qword ptr [rbx+24], rax
# test_heap_It
    lea rdx, qword ptr [r15+336]
    cmp rdx, rsp
    short jbe L1522
    mov ecx, 17
    call 140320710850576
L1522:
# put_cons_ss
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov rdi, qword ptr [rbx+80]
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# append_cons_Is
    mov rdi, qword ptr [rbx+72]
    mov qword ptr [r15+32], rdi
    mov qword ptr [r15+40], rsi
    lea rsi, qword ptr [r15+33]
# append_cons_Is
    mov rdi, qword ptr [rbx+64]
    mov qword ptr [r15+48], rdi
    mov qword ptr [r15+56], rsi
    lea rsi, qword ptr [r15+49]
# append_cons_Is
    mov rdi, qword ptr [rbx+56]
    mov qword ptr [r15+64], rdi
    mov qword ptr [r15+72], rsi
    lea rsi, qword ptr [r15+65]
# append_cons_Is
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [r15+80], rdi
    mov qword ptr [r15+88], rsi
    lea rsi, qword ptr [r15+81]
# append_cons_Is
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [r15+96], rdi
    mov qword ptr [r15+104], rsi
    lea rsi, qword ptr [r15+97]
# store_cons_Id
    add r15, 112
    mov qword ptr [rbx+16], rsi
# put_cons_ss
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+24], rsi
# append_cons_Is
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], rsi
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov rdi, qword ptr [rbx+128]
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# append_cons_Is
    mov rdi, qword ptr [rbx+120]
    mov qword ptr [r15+32], rdi
    mov qword ptr [r15+40], rsi
    lea rsi, qword ptr [r15+33]
# append_cons_Is
    mov rdi, qword ptr [rbx+112]
    mov qword ptr [r15+48], rdi
    mov qword ptr [r15+56], rsi
    lea rsi, qword ptr [r15+49]
# append_cons_Is
    mov rdi, qword ptr [rbx+104]
    mov qword ptr [r15+64], rdi
    mov qword ptr [r15+72], rsi
    lea rsi, qword ptr [r15+65]
# append_cons_Is
    mov rdi, qword ptr [rbx+96]
    mov qword ptr [r15+80], rdi
    mov qword ptr [r15+88], rsi
    lea rsi, qword ptr [r15+81]
# append_cons_Is
    mov rdi, qword ptr [rbx+88]
    mov qword ptr [r15+96], rdi
    mov qword ptr [r15+104], rsi
    lea rsi, qword ptr [r15+97]
# store_cons_Id
    add r15, 112
    mov qword ptr [rbx], rsi
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# put_cons_ss
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+16], rsi
# put_cons_ss
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# append_cons_Is
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], rsi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+16], rsi
# i_move_sd
    mov qword ptr [rbx+8], 735
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x66, 0x90
    call label_1136
# i_is_tuple_fs
    mov rsi, qword ptr [rbx]
# simplified tuple test since the source is always a tuple when boxed
    rex test sil, 1
    jne label_234
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 30603
    jne label_233
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+8], rdi
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_234
# aligned_label_Lt
    align 4
label_226:
# i_loop_rec_f
    align 4
L1523:
    lea rdi, qword ptr [L1523]
    lea rsi, qword ptr [label_232]
    call 140320710852712
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_231
    cmp dword ptr [rsi-2], 192
    jne label_231
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+6]
    movups xmmword ptr [rbx+8], xmm0
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx], rdi
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+8]
    cmp rsi, 1355
    je label_230
    cmp rsi, 70283
    je label_227
    jmp label_231
# label_L
label_227:
# i_select_tuple_arity_SfI
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_231
    mov esi, dword ptr [rsi-2]
    rex test sil, 63
    jne label_231
    cmp esi, 128
    je label_229
    cmp esi, 192
    je label_228
    jne label_231
# label_L
label_228:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 30603
    jne label_231
# is_eq_exact_fss
    mov rsi, qword ptr [rsp]
    mov rdi, qword ptr [rbx+16]
    cmp rdi, rsi
    short je L1524
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_231
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_231
L1524:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx+8], rdi
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
# i_bsl_ssjd
    mov rsi, qword ptr [rbx+8]
    mov eax, 527
    mov rdi, rsi
    mov rdx, rsi
    xor rdx, -16
    cmovns rdi, rdx
    lzcnt rdx, rdi
    and edi, 15
    cmp edi, 15
    short jne L1525
    cmp rdx, 32
    short jbe L1525
    and rsi, -16
    sal rsi, 32
    lea rax, qword ptr [rsi+15]
    short jmp L1526
L1525:
    call 140320710851664
L1526:
    mov qword ptr [rbx+8], rax
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# i_bor_jssd
    mov rsi, qword ptr [rbx]
    mov rax, qword ptr [rbx+8]
# are both operands small?
    mov edi, esi
    and edi, eax
    and edi, 15
    cmp edi, 15
    short jne L1527
    or rax, rsi
    short jmp L1528
L1527:
    call 140320710851432
L1528:
    mov qword ptr [rbx], rax
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1529
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L1529:
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
    jl L1166
    ret
# label_L
label_229:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 779
    jne label_231
# is_eq_exact_fss
    mov rsi, qword ptr [rsp]
    mov rdi, qword ptr [rbx+16]
    cmp rdi, rsi
    short je L1530
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_231
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_231
L1530:
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
    add rsp, 8
# return
    dec r14
    jl L1166
    ret
# label_L
label_230:
# is_eq_exact_fss
    mov rsi, qword ptr [rsp]
    mov rdi, qword ptr [rbx+16]
    cmp rdi, rsi
    short je L1531
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_231
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_231
L1531:
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
L1532:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L1166
    ret
# label_L
label_231:
# loop_rec_end_f
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919178491472
    mov rsp, rbp
    dec r14
    jmp label_226
# aligned_label_Lt
    align 4
label_232:
# wait_locked_f
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    lea rsi, qword ptr [label_226]
    call 94919178213328
    mov rsp, rbp
    jmp 140320710854321
# label_L
label_233:
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L1166
    ret
# label_L
label_234:
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
label_235:
# i_func_info_IaaI
# prim_inet:recv/2
    call L1164
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x7F, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x89, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
recv/2:
# i_breakpoint_trampoline
    short jmp L1533
.db 0x00
    call L1167
    align 8
L1533:
# i_test_yield
    lea rdx, qword ptr [recv/2+24]
    dec r14
    jle L1165
# i_move_sd
    mov qword ptr [rbx+16], -1
# i_call_only_f
    jmp label_241
# func_line_I
# aligned_label_Lt
    align 8
label_237:
# i_func_info_IaaI
# prim_inet:recv/3
    call L1164
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x7F, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x89, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
recv/3:
# i_breakpoint_trampoline
    short jmp L1534
.db 0x00
    call L1167
    align 8
L1534:
# i_test_yield
    lea rdx, qword ptr [recv/3+24]
    dec r14
    jle L1165
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 395
    jne label_239
# i_move_sd
    mov qword ptr [rbx+16], -1
# i_call_only_f
    jmp label_241
# label_L
label_239:
# is_integer_fs
    mov rdi, qword ptr [rbx+16]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L1535
    test al, 1
    short jne label_237
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    short jne label_237
L1535:
# i_call_only_f
    jmp label_241
# func_line_I
# aligned_label_Lt
    align 8
label_240:
# i_func_info_IaaI
# prim_inet:recv0/3
    call L1164
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x7F, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x89, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_241:
# i_breakpoint_trampoline
    short jmp L1536
.db 0x00
    call L1167
    align 8
L1536:
# i_test_yield
    lea rdx, qword ptr [label_241+24]
    dec r14
    jle L1165
# is_port_fs
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 7
    short je L1537
    test al, 1
    short jne label_240
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 52
    short jne label_240
L1537:
# is_integer_fs
    mov rdi, qword ptr [rbx+8]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L1538
    test al, 1
    short jne label_240
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    short jne label_240
L1538:
# is_ge_fss
    mov esi, 15
    mov rdi, qword ptr [rbx+8]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L1539
    cmp rdi, rsi
    short jmp L1540
L1539:
    call 140320710848608
L1540:
    jl label_240
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1541
    mov ecx, 3
.db 0x90
    call 140320710850576
L1541:
    sub rsp, 16
# init_yregs_I
    mov qword ptr [rsp], 59
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call async_recv/3
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
# skipped box test since argument is always boxed
    cmp dword ptr [rsi-2], 128
    jne label_247
    cmp qword ptr [rsi+6], 30603
    jne label_247
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rsp], rdi
# aligned_label_Lt
    align 4
label_242:
# i_loop_rec_f
    align 4
L1542:
    lea rdi, qword ptr [L1542]
    lea rsi, qword ptr [label_246]
    call 140320710852712
# i_select_tuple_arity_SfI
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_245
    mov esi, dword ptr [rsi-2]
    rex test sil, 63
    jne label_245
    cmp esi, 192
    je label_244
    cmp esi, 256
    je label_243
    jne label_245
# label_L
label_243:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+6]
    movups xmmword ptr [rbx+8], xmm0
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx+24], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 69579
    jne label_245
# is_eq_exact_fss
    mov rsi, qword ptr [rsp+8]
    mov rdi, qword ptr [rbx+16]
    cmp rdi, rsi
    short je L1543
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_245
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_245
L1543:
# is_eq_exact_fss
    mov rsi, qword ptr [rsp]
    mov rdi, qword ptr [rbx+24]
    cmp rdi, rsi
    short je L1544
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_245
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_245
L1544:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+30]
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
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L1166
    ret
# label_L
label_244:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# get_two_tuple_elements_sPSS
    vpermilpd xmm0, xmmword ptr [rsi+6], 1
    vmovups xmmword ptr [rbx], xmm0
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 1355
    jne label_245
# is_eq_exact_fss
    mov rsi, qword ptr [rsp+8]
    mov rdi, qword ptr [rbx]
    cmp rdi, rsi
    short je L1545
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_245
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_245
L1545:
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
L1546:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L1166
    ret
# label_L
label_245:
# loop_rec_end_f
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919178491472
    mov rsp, rbp
    dec r14
    jmp label_242
# aligned_label_Lt
    align 4
label_246:
# wait_locked_f
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    lea rsi, qword ptr [label_242]
    call 94919178213328
    mov rsp, rbp
    jmp 140320710854321
# label_L
label_247:
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L1166
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_248:
# i_func_info_IaaI
# prim_inet:async_recv/3
    call L1164
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x7F, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x89, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
async_recv/3:
# i_breakpoint_trampoline
    short jmp L1547
.db 0x00
    call L1167
    align 8
L1547:
# i_test_yield
    lea rdx, qword ptr [async_recv/3+24]
    dec r14
    jle L1165
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1548
    mov ecx, 3
    call 140320710850576
L1548:
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
    call label_1017
# i_bsr_ssjd
    mov rsi, qword ptr [rsp]
# is the operand small?
    mov edi, esi
    and edi, 15
    cmp edi, 15
    short jne L1549
    mov rax, rsi
    sar rax, 24
    or rax, 15
    short jmp L1550
L1549:
    mov eax, 399
    call 140320710851768
L1550:
    mov qword ptr [rbx+8], rax
# i_band_ssjd
    mov rsi, qword ptr [rbx+8]
    mov eax, 4095
# simplified test for small operand since it is a number
    test esi, 1
    short je L1551
    and rax, rsi
    short jmp L1552
L1551:
    call 140320710851200
L1552:
    mov qword ptr [rbx+8], rax
# i_bsr_ssjd
    mov rsi, qword ptr [rsp]
# simplified test for small operand since it is a number
    test esi, 1
    short je L1553
    mov rax, rsi
    sar rax, 16
    or rax, 15
    short jmp L1554
L1553:
    mov eax, 271
    call 140320710851768
L1554:
    mov qword ptr [rbx+16], rax
# i_band_ssjd
    mov rsi, qword ptr [rbx+16]
    mov eax, 4095
# simplified test for small operand since it is a number
    test esi, 1
    short je L1555
    and rax, rsi
    short jmp L1556
L1555:
    call 140320710851200
L1556:
    mov qword ptr [rbx+16], rax
# i_bsr_ssjd
    mov rsi, qword ptr [rsp]
# simplified test for small operand since it is a number
    test esi, 1
    short je L1557
    mov rax, rsi
    sar rax, 8
    or rax, 15
    short jmp L1558
L1557:
    mov eax, 143
    call 140320710851768
L1558:
    mov qword ptr [rbx+24], rax
# i_band_ssjd
    mov rsi, qword ptr [rbx+24]
    mov eax, 4095
# simplified test for small operand since it is a number
    test esi, 1
    short je L1559
    and rax, rsi
    short jmp L1560
L1559:
    call 140320710851200
L1560:
    mov qword ptr [rbx+24], rax
# i_band_ssjd
    mov rsi, qword ptr [rsp]
    mov eax, 4095
# simplified test for small operand since it is a number
    test esi, 1
    short je L1561
    and rax, rsi
    short jmp L1562
L1561:
    call 140320710851200
L1562:
    mov qword ptr [rbx+32], rax
# test_heap_It
    lea rdx, qword ptr [r15+128]
    cmp rdx, rsp
    short jbe L1563
    mov ecx, 5
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1563:
# put_cons_ss
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+32], rsi
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
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# put_cons_ss
    mov rdi, qword ptr [rbx+8]
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
    mov qword ptr [rbx+16], rsi
# i_move_sd
    mov qword ptr [rbx+8], 687
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov eax, 59
    mov rdi, rsp
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# i_call_f
.db 0x66, 0x90
    call label_1136
# i_is_tuple_fs
    mov rsi, qword ptr [rbx]
# simplified tuple test since the source is always a tuple when boxed
    rex test sil, 1
    jne label_251
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 30603
    jne label_250
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+8], rdi
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_251
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx+8], xmm0
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_251
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+24], rsi
    mov qword ptr [rbx+8], rdx
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_251
# line_I
# i_bsl_ssjd
    mov rsi, qword ptr [rbx+16]
    mov eax, 143
    mov rdi, rsi
    mov rdx, rsi
    xor rdx, -16
    cmovns rdi, rdx
    lzcnt rdx, rdi
    and edi, 15
    cmp edi, 15
    short jne L1564
    cmp rdx, 8
    short jbe L1564
    and rsi, -16
    sal rsi, 8
    lea rax, qword ptr [rsi+15]
    short jmp L1565
L1564:
    call 140320710851664
L1565:
    mov qword ptr [rbx], rax
# i_bor_jssd
    mov rsi, qword ptr [rbx]
    mov rax, qword ptr [rbx+24]
# are both operands small?
    mov edi, esi
    and edi, eax
    and edi, 15
    cmp edi, 15
    short jne L1566
    or rax, rsi
    short jmp L1567
L1566:
    call 140320710851432
L1567:
    mov qword ptr [rbx], rax
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1568
    mov ecx, 1
.db 0x90
    call 140320710850576
L1568:
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
    jl L1166
    ret
# label_L
label_250:
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L1166
    ret
# label_L
label_251:
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
label_252:
# i_func_info_IaaI
# prim_inet:recvfrom/2
    call L1164
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x7F, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x8A, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
recvfrom/2:
# i_breakpoint_trampoline
    short jmp L1569
.db 0x00
    call L1167
    align 8
L1569:
# i_test_yield
    lea rdx, qword ptr [recvfrom/2+24]
    dec r14
    jle L1165
# i_move_sd
    mov qword ptr [rbx+16], 395
# i_call_only_f
    jmp recvfrom/3
# func_line_I
# aligned_label_Lt
    align 8
label_254:
# i_func_info_IaaI
# prim_inet:recvfrom/3
    call L1164
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x7F, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x8A, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
recvfrom/3:
# i_breakpoint_trampoline
    short jmp L1570
.db 0x00
    call L1167
    align 8
L1570:
# i_test_yield
    lea rdx, qword ptr [recvfrom/3+24]
    dec r14
    jle L1165
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 395
    jne label_256
# is_port_fs
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 7
    short je L1571
    test al, 1
    short jne label_254
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 52
    short jne label_254
L1571:
# i_move_sd
    mov qword ptr [rbx+16], -1
# i_call_only_f
    jmp label_259
# label_L
label_256:
# is_port_fs
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 7
    short je L1572
    test al, 1
    jne label_254
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 52
    jne label_254
L1572:
# is_integer_fs
    mov rdi, qword ptr [rbx+16]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L1573
    test al, 1
    jne label_257
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_257
L1573:
# is_ge_fss
    mov esi, 15
    mov rdi, qword ptr [rbx+16]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L1574
    cmp rdi, rsi
    short jmp L1575
L1574:
    call 140320710848608
L1575:
    jl label_257
# is_lt_fss
    mov rsi, 68719476735
    mov rdi, qword ptr [rbx+16]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L1576
    cmp rdi, rsi
    short jmp L1577
L1576:
    call 140320710848608
L1577:
    jge label_257
# i_call_only_f
    jmp label_259
# label_L
label_257:
# i_move_sd
L1578:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L1166
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_258:
# i_func_info_IaaI
# prim_inet:recvfrom0/3
    call L1164
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x7F, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x8A, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_259:
# i_breakpoint_trampoline
    short jmp L1579
.db 0x00
    call L1167
    align 8
L1579:
# i_test_yield
    lea rdx, qword ptr [label_259+24]
    dec r14
    jle L1165
# is_integer_fs
    mov rdi, qword ptr [rbx+8]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L1580
    test al, 1
    jne label_271
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_271
L1580:
# is_ge_fss
    mov esi, 15
    mov rdi, qword ptr [rbx+8]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L1581
    cmp rdi, rsi
    short jmp L1582
L1581:
    call 140320710848608
L1582:
    jl label_271
# is_ge_fss
    mov rsi, qword ptr [rbx+8]
    mov rdi, 68719476735
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L1583
    cmp rdi, rsi
    short jmp L1584
L1583:
    call 140320710848608
L1584:
    jl label_271
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1585
    mov ecx, 3
.db 0x66, 0x90
    call 140320710850576
L1585:
    sub rsp, 24
# init_yregs_I
    mov qword ptr [rsp], 59
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp+8], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
    call label_1017
# i_bsr_ssjd
    mov rsi, qword ptr [rsp+8]
# simplified test for small operand since it is a number
    test esi, 1
    short je L1586
    mov rax, rsi
    sar rax, 24
    or rax, 15
    short jmp L1587
L1586:
    mov eax, 399
    call 140320710851768
L1587:
    mov qword ptr [rbx+8], rax
# i_band_ssjd
    mov rsi, qword ptr [rbx+8]
    mov eax, 4095
# simplified test for small operand since it is a number
    test esi, 1
    short je L1588
    and rax, rsi
    short jmp L1589
L1588:
    call 140320710851200
L1589:
    mov qword ptr [rbx+8], rax
# i_bsr_ssjd
    mov rsi, qword ptr [rsp+8]
# simplified test for small operand since it is a number
    test esi, 1
    short je L1590
    mov rax, rsi
    sar rax, 16
    or rax, 15
    short jmp L1591
L1590:
    mov eax, 271
    call 140320710851768
L1591:
    mov qword ptr [rbx+16], rax
# i_band_ssjd
    mov rsi, qword ptr [rbx+16]
    mov eax, 4095
# simplified test for small operand since it is a number
    test esi, 1
    short je L1592
    and rax, rsi
    short jmp L1593
L1592:
    call 140320710851200
L1593:
    mov qword ptr [rbx+16], rax
# i_bsr_ssjd
    mov rsi, qword ptr [rsp+8]
# simplified test for small operand since it is a number
    test esi, 1
    short je L1594
    mov rax, rsi
    sar rax, 8
    or rax, 15
    short jmp L1595
L1594:
    mov eax, 143
    call 140320710851768
L1595:
    mov qword ptr [rbx+24], rax
# i_band_ssjd
    mov rsi, qword ptr [rbx+24]
    mov eax, 4095
# simplified test for small operand since it is a number
    test esi, 1
    short je L1596
    and rax, rsi
    short jmp L1597
L1596:
    call 140320710851200
L1597:
    mov qword ptr [rbx+24], rax
# i_band_ssjd
    mov rsi, qword ptr [rsp+8]
    mov eax, 4095
# simplified test for small operand since it is a number
    test esi, 1
    short je L1598
    and rax, rsi
    short jmp L1599
L1598:
    call 140320710851200
L1599:
    mov qword ptr [rbx+32], rax
# test_heap_It
    lea rdx, qword ptr [r15+128]
    cmp rdx, rsp
    short jbe L1600
    mov ecx, 5
.db 0x90
    call 140320710850576
L1600:
# put_cons_ss
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+32], rsi
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
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# put_cons_ss
    mov rdi, qword ptr [rbx+8]
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
    mov qword ptr [rbx+16], rsi
# i_move_sd
    mov qword ptr [rbx+8], 975
# init_yregs_I
    mov qword ptr [rsp+8], 59
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# i_call_f
.db 0x90
    call label_1136
# i_is_tuple_fs
    mov rsi, qword ptr [rbx]
# simplified tuple test since the source is always a tuple when boxed
    rex test sil, 1
    jne label_272
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 30603
    jne label_270
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+8], rdi
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_272
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx+8], xmm0
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_272
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+24], rsi
    mov qword ptr [rbx+8], rdx
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_272
# line_I
# i_bsl_ssjd
    mov rsi, qword ptr [rbx+16]
    mov eax, 143
    mov rdi, rsi
    mov rdx, rsi
    xor rdx, -16
    cmovns rdi, rdx
    lzcnt rdx, rdi
    and edi, 15
    cmp edi, 15
    short jne L1601
    cmp rdx, 8
    short jbe L1601
    and rsi, -16
    sal rsi, 8
    lea rax, qword ptr [rsi+15]
    short jmp L1602
L1601:
    call 140320710851664
L1602:
    mov qword ptr [rbx], rax
# i_bor_jssd
    mov rsi, qword ptr [rbx]
    mov rax, qword ptr [rbx+24]
# are both operands small?
    mov edi, esi
    and edi, eax
    and edi, 15
    cmp edi, 15
    short jne L1603
    or rax, rsi
    short jmp L1604
L1603:
    call 140320710851432
L1604:
    mov qword ptr [rsp+8], rax
# aligned_label_Lt
    align 4
label_260:
# i_loop_rec_f
    align 4
L1605:
    lea rdi, qword ptr [L1605]
    lea rsi, qword ptr [label_269]
    call 140320710852712
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_268
    cmp dword ptr [rsi-2], 256
    jne label_268
    cmp qword ptr [rsi+6], 69579
    jne label_268
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+14]
    movups xmmword ptr [rbx+8], xmm0
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+30]
    mov qword ptr [rbx], rdi
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_268
    cmp dword ptr [rsi-2], 128
    jne label_268
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+6]
    movups xmmword ptr [rbx+24], xmm0
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+24]
    cmp rsi, 779
    je label_267
    cmp rsi, 30603
    je label_261
    jmp label_268
# label_L
label_261:
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+32]
    test al, 2
    jne label_263
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx], rsi
    mov qword ptr [rbx+24], rdx
# is_eq_exact_fss
    mov rsi, qword ptr [rsp+16]
    mov rdi, qword ptr [rbx+8]
    cmp rdi, rsi
    short je L1606
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_268
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_268
L1606:
# is_eq_exact_fss
    mov rsi, qword ptr [rsp+8]
    mov rdi, qword ptr [rbx+16]
    cmp rdi, rsi
    short je L1607
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_268
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_268
L1607:
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx+8], rdi
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
# init_yregs_I
    mov eax, 59
    lea rdi, qword ptr [rsp+8]
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# line_I
# i_call_f
    call label_1122
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# get_two_tuple_elements_sPSS
    vpermilpd xmm0, xmmword ptr [rsi+6], 1
    vmovups xmmword ptr [rbx], xmm0
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+16], rdi
# is_atom_fs
    mov rax, qword ptr [rbx+16]
# simplified atom test since all other types are boxed
    test al, 1
    je label_262
# test_heap_It
    lea rdx, qword ptr [r15+88]
    cmp rdx, rsp
    short jbe L1608
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L1608:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+8], rdi
    mov qword ptr [r15+16], 15
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
    mov qword ptr [r15+8], 30603
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
    jl L1166
    ret
# label_L
label_262:
# test_heap_It
    lea rdx, qword ptr [r15+88]
    cmp rdx, rsp
    short jbe L1609
    mov ecx, 3
.db 0x66, 0x90
    call 140320710850576
L1609:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+8], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
# (moving and swapping two elements at once)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [r15+8], xmm0
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
    mov qword ptr [r15+8], 30603
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
    jl L1166
    ret
# label_L
label_263:
# i_select_tuple_arity_SfI
    mov rsi, qword ptr [rbx+32]
    rex test sil, 1
    jne label_268
    mov esi, dword ptr [rsi-2]
    rex test sil, 63
    jne label_268
    cmp esi, 128
    je label_265
    cmp esi, 192
    je label_264
    jne label_268
# label_L
label_264:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+32]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx], rdi
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_268
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+24], rsi
    mov qword ptr [rbx], rdx
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_268
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+40], rsi
    mov qword ptr [rbx], rdx
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_268
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+48], rsi
    mov qword ptr [rbx], rdx
# is_eq_exact_fss
    mov rsi, qword ptr [rsp+16]
    mov rdi, qword ptr [rbx+8]
    cmp rdi, rsi
    short je L1610
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_268
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_268
L1610:
# is_eq_exact_fss
    mov rsi, qword ptr [rsp+8]
    mov rdi, qword ptr [rbx+16]
    cmp rdi, rsi
    short je L1611
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_268
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_268
L1611:
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rsp+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+32]
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
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rbx], xmm0
# line_I
# i_call_f
    call label_1128
# line_I
# i_bsl_ssjd
    mov rsi, qword ptr [rsp+8]
    mov eax, 143
    mov rdi, rsi
    mov rdx, rsi
    xor rdx, -16
    cmovns rdi, rdx
    lzcnt rdx, rdi
    and edi, 15
    cmp edi, 15
    short jne L1612
    cmp rdx, 8
    short jbe L1612
    and rsi, -16
    sal rsi, 8
    lea rax, qword ptr [rsi+15]
    short jmp L1613
L1612:
    call 140320710851664
L1613:
    mov qword ptr [rbx+8], rax
# i_bor_jssd
    mov rsi, qword ptr [rbx+8]
    mov rax, qword ptr [rsp]
# are both operands small?
    mov edi, esi
    and edi, eax
    and edi, 15
    cmp edi, 15
    short jne L1614
    or rax, rsi
    short jmp L1615
L1614:
    call 140320710851432
L1615:
    mov qword ptr [rbx+8], rax
# test_heap_It
    lea rdx, qword ptr [r15+96]
    cmp rdx, rsp
    short jbe L1616
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L1616:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx], rdi
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+16]
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+14]
    movups xmmword ptr [rbx+16], xmm0
# put_tuple2_SA
# Move arity word
    mov edi, 256
    mov qword ptr [r15], rdi
# Move tuple data
# (moving two elements at once)
    movups xmm0, xmmword ptr [rbx]
    movups xmmword ptr [r15+8], xmm0
# (moving two elements at once)
    movups xmm0, xmmword ptr [rbx+16]
    movups xmmword ptr [r15+24], xmm0
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 40
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
    add rsp, 24
# return
    dec r14
    jl L1166
    ret
# label_L
label_265:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+32]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx], rdi
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_268
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+24], rsi
    mov qword ptr [rbx], rdx
# is_eq_exact_fss
    mov rsi, qword ptr [rsp+16]
    mov rdi, qword ptr [rbx+8]
    cmp rdi, rsi
    short je L1617
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_268
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_268
L1617:
# is_eq_exact_fss
    mov rsi, qword ptr [rsp+8]
    mov rdi, qword ptr [rbx+16]
    cmp rdi, rsi
    short je L1618
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_268
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_268
L1618:
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+32]
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
# init_yregs_I
    mov qword ptr [rsp+8], 59
# line_I
# i_call_f
.db 0x90
    call label_1122
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# get_two_tuple_elements_sPSS
    vpermilpd xmm0, xmmword ptr [rsi+6], 1
    vmovups xmmword ptr [rbx], xmm0
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+16]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+16], rdi
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+24], rdi
# is_atom_fs
    mov rax, qword ptr [rbx+24]
# simplified atom test since all other types are boxed
    test al, 1
    je label_266
# test_heap_It
    lea rdx, qword ptr [r15+96]
    cmp rdx, rsp
    short jbe L1619
    mov ecx, 3
.db 0x90
    call 140320710850576
L1619:
# put_tuple2_SA
# Move arity word
    mov edi, 256
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+8], rdi
    mov qword ptr [r15+16], 15
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15+24], rdi
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+32], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 40
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
    add rsp, 24
# return
    dec r14
    jl L1166
    ret
# label_L
label_266:
# test_heap_It
    lea rdx, qword ptr [r15+96]
    cmp rdx, rsp
    short jbe L1620
    mov ecx, 4
.db 0x66, 0x90
    call 140320710850576
L1620:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+8], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 256
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [r15+8], rdi
# (moving two elements at once)
    movups xmm0, xmmword ptr [rbx+8]
    movups xmmword ptr [r15+16], xmm0
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+32], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 40
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
    add rsp, 24
# return
    dec r14
    jl L1166
    ret
# label_L
label_267:
# is_eq_exact_fss
    mov rsi, qword ptr [rsp+16]
    mov rdi, qword ptr [rbx+8]
    cmp rdi, rsi
    short je L1621
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_268
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_268
L1621:
# is_eq_exact_fss
    mov rsi, qword ptr [rsp+8]
    mov rdi, qword ptr [rbx+16]
    cmp rdi, rsi
    short je L1622
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_268
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_268
L1622:
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
    add rsp, 24
# return
    dec r14
    jl L1166
    ret
# label_L
label_268:
# loop_rec_end_f
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919178491472
    mov rsp, rbp
    dec r14
    jmp label_260
# aligned_label_Lt
    align 4
label_269:
# wait_locked_f
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    lea rsi, qword ptr [label_260]
    call 94919178213328
    mov rsp, rbp
    jmp 140320710854321
# label_L
label_270:
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L1166
    ret
# label_L
label_271:
# i_move_sd
L1623:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L1166
    ret
# label_L
label_272:
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
label_273:
# i_func_info_IaaI
# prim_inet:peername/1
    call L1164
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x7F, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x8A, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
peername/1:
# i_breakpoint_trampoline
    short jmp L1624
.db 0x00
    call L1167
    align 8
L1624:
# i_test_yield
    lea rdx, qword ptr [peername/1+24]
    dec r14
    jle L1165
# is_port_fs
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 7
    short je L1625
    test al, 1
    short jne label_273
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 52
    short jne label_273
L1625:
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1626
    mov ecx, 1
    call 140320710850576
L1626:
# i_move_sd
    mov qword ptr [rbx+16], 59
# i_move_sd
    mov qword ptr [rbx+8], 79
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call label_1136
# i_is_tuple_fs
    mov rsi, qword ptr [rbx]
# simplified tuple test since the source is always a tuple when boxed
    rex test sil, 1
    jne label_276
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 30603
    jne label_275
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+8], rdi
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_276
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx], xmm0
# line_I
# i_call_f
.db 0x66, 0x90
    call label_1122
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1627
    mov ecx, 1
    call 140320710850576
L1627:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
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
    jl L1166
    ret
# label_L
label_275:
# deallocate_t
# return
    dec r14
    jl L1166
    ret
# label_L
label_276:
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
label_277:
# i_func_info_IaaI
# prim_inet:setpeername/2
    call L1164
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x7F, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x8A, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
setpeername/2:
# i_breakpoint_trampoline
    short jmp L1628
.db 0x00
    call L1167
    align 8
L1628:
# i_test_yield
    lea rdx, qword ptr [setpeername/2+24]
    dec r14
    jle L1165
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 907
    jne label_280
# is_port_fs
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 7
    short je L1629
    test al, 1
    short jne label_277
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 52
    short jne label_277
L1629:
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1630
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L1630:
# i_move_sd
    mov qword ptr [rbx+16], 59
# i_move_sd
    mov qword ptr [rbx+8], 335
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call label_1136
# i_is_tuple_fs
    mov rsi, qword ptr [rbx]
# simplified tuple test since the source is always a tuple when boxed
    rex test sil, 1
    jne label_283
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 30603
    jne label_279
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+8], rdi
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_283
# i_move_sd
    mov qword ptr [rbx], 30603
# deallocate_t
# return
    dec r14
    jl L1166
    ret
# label_L
label_279:
# deallocate_t
# return
    dec r14
    jl L1166
    ret
# label_L
label_280:
# is_port_fs
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 7
    short je L1631
    test al, 1
    jne label_277
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 52
    jne label_277
L1631:
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1632
    mov ecx, 2
    call 140320710850576
L1632:
    sub rsp, 16
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx+8], 99211
# i_move_sd
    mov qword ptr [rbx], 38475
# line_I
# i_call_f
.db 0x90
    call label_624
# is_eq_exact_fss
    cmp qword ptr [rbx], 75
    jne label_282
# i_move_sd
    mov qword ptr [rbx+8], 99211
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+16], rdi
# init_yregs_I
    mov qword ptr [rsp], 59
# i_move_sd
    mov qword ptr [rbx], 38475
# line_I
# i_call_f
.db 0x66, 0x90
    call label_710
# i_move_sd
    mov qword ptr [rbx+8], 335
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov qword ptr [rsp+8], 59
# i_call_f
.db 0x0F, 0x1F, 0x00
    call label_1136
# i_is_tuple_fs
    mov rsi, qword ptr [rbx]
# simplified tuple test since the source is always a tuple when boxed
    rex test sil, 1
    jne label_284
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 30603
    jne label_281
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+8], rdi
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_284
# i_move_sd
    mov qword ptr [rbx], 30603
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L1166
    ret
# label_L
label_281:
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L1166
    ret
# label_L
label_282:
# i_move_sd
L1633:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L1166
    ret
# label_L
label_283:
# line_I
# case_end_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 7248
    xor ecx, ecx
    call 140320710854352
# label_L
label_284:
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
label_285:
# i_func_info_IaaI
# prim_inet:peernames/1
    call L1164
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x7F, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x8B, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
peernames/1:
# i_breakpoint_trampoline
    short jmp L1634
.db 0x00
    call L1167
    align 8
L1634:
# i_test_yield
    lea rdx, qword ptr [peernames/1+24]
    dec r14
    jle L1165
# is_port_fs
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 7
    short je L1635
    test al, 1
    short jne label_285
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 52
    short jne label_285
L1635:
# i_move_sd
    mov qword ptr [rbx+8], 907
# i_call_only_f
    jmp peernames/2
# func_line_I
# aligned_label_Lt
    align 8
label_287:
# i_func_info_IaaI
# prim_inet:peernames/2
    call L1164
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x7F, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x8B, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
peernames/2:
# i_breakpoint_trampoline
    short jmp L1636
.db 0x00
    call L1167
    align 8
L1636:
# i_test_yield
    lea rdx, qword ptr [peernames/2+24]
    dec r14
    jle L1165
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx+8]
    rex test sil, 1
    jne label_289
    cmp dword ptr [rsi-2], 384
    jne label_289
    cmp qword ptr [rsi+6], 72779
    jne label_289
# is_port_fs
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 7
    short je L1637
    test al, 1
    short jne label_287
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 52
    jne label_287
L1637:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+46]
    mov qword ptr [rbx+8], rdi
# i_call_only_f
    short jmp peernames/2
# label_L
label_289:
# is_port_fs
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 7
    short je L1638
    test al, 1
    jne label_287
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 52
    jne label_287
L1638:
# is_integer_fs
    mov rdi, qword ptr [rbx+8]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L1639
    test al, 1
    jne label_290
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_290
L1639:
# jump_f
    jmp label_291
# label_L
label_290:
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 907
    jne label_287
# label_L
label_291:
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1640
    mov ecx, 2
.db 0x90
    call 140320710850576
L1640:
    sub rsp, 16
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx+16], rdi
# i_move_sd
L1641:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx], 47435
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call label_624
# is_eq_exact_fss
    cmp qword ptr [rbx], 75
    jne label_293
# i_move_sd
L1642:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+16], rdi
# init_yregs_I
    mov qword ptr [rsp], 59
# i_move_sd
    mov qword ptr [rbx], 47435
# line_I
# i_call_f
    call label_710
# i_move_sd
    mov qword ptr [rbx+8], 495
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov qword ptr [rsp+8], 59
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call label_1136
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_292
    cmp dword ptr [rsi-2], 128
    jne label_292
    cmp qword ptr [rsi+6], 30603
    jne label_292
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
    call label_1119
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1643
    mov ecx, 1
    call 140320710850576
L1643:
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
    jl L1166
    ret
# label_L
label_292:
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L1166
    ret
# label_L
label_293:
# i_move_sd
L1644:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L1166
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_294:
# i_func_info_IaaI
# prim_inet:sockname/1
    call L1164
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x7F, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x8B, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
sockname/1:
# i_breakpoint_trampoline
    short jmp L1645
.db 0x00
    call L1167
    align 8
L1645:
# i_test_yield
    lea rdx, qword ptr [sockname/1+24]
    dec r14
    jle L1165
# is_port_fs
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 7
    short je L1646
    test al, 1
    short jne label_294
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 52
    short jne label_294
L1646:
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1647
    mov ecx, 1
    call 140320710850576
L1647:
# i_move_sd
    mov qword ptr [rbx+16], 59
# i_move_sd
    mov qword ptr [rbx+8], 95
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call label_1136
# i_is_tuple_fs
    mov rsi, qword ptr [rbx]
# simplified tuple test since the source is always a tuple when boxed
    rex test sil, 1
    jne label_297
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 30603
    jne label_296
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+8], rdi
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_297
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx], xmm0
# line_I
# i_call_f
.db 0x66, 0x90
    call label_1122
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1648
    mov ecx, 1
    call 140320710850576
L1648:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
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
    jl L1166
    ret
# label_L
label_296:
# deallocate_t
# return
    dec r14
    jl L1166
    ret
# label_L
label_297:
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
label_298:
# i_func_info_IaaI
# prim_inet:setsockname/2
    call L1164
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x7F, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x8B, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
setsockname/2:
# i_breakpoint_trampoline
    short jmp L1649
.db 0x00
    call L1167
    align 8
L1649:
# i_test_yield
    lea rdx, qword ptr [setsockname/2+24]
    dec r14
    jle L1165
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 907
    jne label_301
# is_port_fs
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 7
    short je L1650
    test al, 1
    short jne label_298
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 52
    short jne label_298
L1650:
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1651
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L1651:
# i_move_sd
    mov qword ptr [rbx+16], 59
# i_move_sd
    mov qword ptr [rbx+8], 319
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call label_1136
# i_is_tuple_fs
    mov rsi, qword ptr [rbx]
# simplified tuple test since the source is always a tuple when boxed
    rex test sil, 1
    jne label_304
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 30603
    jne label_300
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+8], rdi
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_304
# i_move_sd
    mov qword ptr [rbx], 30603
# deallocate_t
# return
    dec r14
    jl L1166
    ret
# label_L
label_300:
# deallocate_t
# return
    dec r14
    jl L1166
    ret
# label_L
label_301:
# is_port_fs
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 7
    short je L1652
    test al, 1
    jne label_298
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 52
    jne label_298
L1652:
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1653
    mov ecx, 2
    call 140320710850576
L1653:
    sub rsp, 16
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx+8], 99211
# i_move_sd
    mov qword ptr [rbx], 38475
# line_I
# i_call_f
.db 0x90
    call label_624
# is_eq_exact_fss
    cmp qword ptr [rbx], 75
    jne label_303
# i_move_sd
    mov qword ptr [rbx+8], 99211
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+16], rdi
# init_yregs_I
    mov qword ptr [rsp], 59
# i_move_sd
    mov qword ptr [rbx], 38475
# line_I
# i_call_f
.db 0x66, 0x90
    call label_710
# i_move_sd
    mov qword ptr [rbx+8], 319
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov qword ptr [rsp+8], 59
# i_call_f
.db 0x0F, 0x1F, 0x00
    call label_1136
# i_is_tuple_fs
    mov rsi, qword ptr [rbx]
# simplified tuple test since the source is always a tuple when boxed
    rex test sil, 1
    jne label_305
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 30603
    jne label_302
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+8], rdi
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_305
# i_move_sd
    mov qword ptr [rbx], 30603
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L1166
    ret
# label_L
label_302:
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L1166
    ret
# label_L
label_303:
# i_move_sd
L1654:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L1166
    ret
# label_L
label_304:
# line_I
# case_end_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 7248
    xor ecx, ecx
    call 140320710854352
# label_L
label_305:
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
label_306:
# i_func_info_IaaI
# prim_inet:socknames/1
    call L1164
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x7F, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x8B, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
socknames/1:
# i_breakpoint_trampoline
    short jmp L1655
.db 0x00
    call L1167
    align 8
L1655:
# i_test_yield
    lea rdx, qword ptr [socknames/1+24]
    dec r14
    jle L1165
# is_port_fs
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 7
    short je L1656
    test al, 1
    short jne label_306
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 52
    short jne label_306
L1656:
# i_move_sd
    mov qword ptr [rbx+8], 907
# i_call_only_f
    jmp socknames/2
# func_line_I
# aligned_label_Lt
    align 8
label_308:
# i_func_info_IaaI
# prim_inet:socknames/2
    call L1164
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x7F, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x8B, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
socknames/2:
# i_breakpoint_trampoline
    short jmp L1657
.db 0x00
    call L1167
    align 8
L1657:
# i_test_yield
    lea rdx, qword ptr [socknames/2+24]
    dec r14
    jle L1165
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx+8]
    rex test sil, 1
    jne label_310
    cmp dword ptr [rsi-2], 384
    jne label_310
    cmp qword ptr [rsi+6], 72779
    jne label_310
# is_port_fs
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 7
    short je L1658
    test al, 1
    short jne label_308
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 52
    jne label_308
L1658:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+46]
    mov qword ptr [rbx+8], rdi
# i_call_only_f
    short jmp socknames/2
# label_L
label_310:
# is_port_fs
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 7
    short je L1659
    test al, 1
    jne label_308
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 52
    jne label_308
L1659:
# is_integer_fs
    mov rdi, qword ptr [rbx+8]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L1660
    test al, 1
    jne label_311
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_311
L1660:
# jump_f
    jmp label_312
# label_L
label_311:
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 907
    jne label_308
# label_L
label_312:
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1661
    mov ecx, 2
.db 0x90
    call 140320710850576
L1661:
    sub rsp, 16
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx+16], rdi
# i_move_sd
L1662:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx], 47435
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call label_624
# is_eq_exact_fss
    cmp qword ptr [rbx], 75
    jne label_314
# i_move_sd
L1663:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+16], rdi
# init_yregs_I
    mov qword ptr [rsp], 59
# i_move_sd
    mov qword ptr [rbx], 47435
# line_I
# i_call_f
    call label_710
# i_move_sd
    mov qword ptr [rbx+8], 479
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov qword ptr [rsp+8], 59
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call label_1136
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_313
    cmp dword ptr [rsi-2], 128
    jne label_313
    cmp qword ptr [rsi+6], 30603
    jne label_313
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
    call label_1119
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1664
    mov ecx, 1
    call 140320710850576
L1664:
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
    jl L1166
    ret
# label_L
label_313:
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L1166
    ret
# label_L
label_314:
# i_move_sd
L1665:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L1166
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_315:
# i_func_info_IaaI
# prim_inet:setopt/3
    call L1164
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x7F, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x8C, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
setopt/3:
# i_breakpoint_trampoline
    short jmp L1666
.db 0x00
    call L1167
    align 8
L1666:
# i_test_yield
    lea rdx, qword ptr [setopt/3+24]
    dec r14
    jle L1165
# is_port_fs
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 7
    short je L1667
    test al, 1
    short jne label_315
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 52
    short jne label_315
L1667:
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L1668
    mov ecx, 3
    call 140320710850576
L1668:
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
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_call_only_f
    jmp setopts/2
# func_line_I
# aligned_label_Lt
    align 8
label_317:
# i_func_info_IaaI
# prim_inet:setopts/2
    call L1164
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x7F, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xF2, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
setopts/2:
# i_breakpoint_trampoline
    short jmp L1669
.db 0x00
    call L1167
    align 8
L1669:
# i_test_yield
    lea rdx, qword ptr [setopts/2+24]
    dec r14
    jle L1165
# is_port_fs
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 7
    short je L1670
    test al, 1
    short jne label_317
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 52
    short jne label_317
L1670:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1671
    mov ecx, 2
    call 140320710850576
L1671:
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
    call label_848
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
# skipped box test since argument is always boxed
    cmp dword ptr [rsi-2], 128
    jne label_319
    cmp qword ptr [rsi+6], 30603
    jne label_319
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx+8], 127
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov qword ptr [rsp], 59
# line_I
# i_call_f
.db 0x66, 0x90
    call label_1136
# i_is_tuple_fs
    mov rsi, qword ptr [rbx]
# simplified tuple test since the source is always a tuple when boxed
    rex test sil, 1
    jne label_320
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 30603
    jne label_319
# i_move_sd
    mov qword ptr [rbx], 30603
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L1166
    ret
# label_L
label_319:
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L1166
    ret
# label_L
label_320:
# case_end_s
    mov qword ptr [r13+120], 69643
    mov qword ptr [r13+112], 7248
    xor ecx, ecx
    call 140320710854352
# func_line_I
    nop
# aligned_label_Lt
    align 8
label_321:
# i_func_info_IaaI
# prim_inet:getopt/2
    call L1164
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x7F, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x8C, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
getopt/2:
# i_breakpoint_trampoline
    short jmp L1672
.db 0x00
    call L1167
    align 8
L1672:
# i_test_yield
    lea rdx, qword ptr [getopt/2+24]
    dec r14
    jle L1165
# is_port_fs
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 7
    short je L1673
    test al, 1
    short jne label_321
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 52
    short jne label_321
L1673:
# is_atom_fs
    mov rax, qword ptr [rbx+8]
    and al, 63
    cmp al, 11
    short jne label_321
# allocate_heap_tIt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1674
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L1674:
# put_cons_ss
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# line_I
# i_call_f
    call getopts/2
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_323
    cmp dword ptr [rsi-2], 128
    jne label_323
    cmp qword ptr [rsi+6], 30603
    jne label_323
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+8], rdi
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_323
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx+8], xmm0
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx+16]
    rex test sil, 1
    jne label_323
    cmp dword ptr [rsi-2], 128
    jne label_323
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_323
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1675
    mov ecx, 3
.db 0x66, 0x90
    call 140320710850576
L1675:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+16]
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
    jl L1166
    ret
# label_L
label_323:
# deallocate_t
# return
    dec r14
    jl L1166
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_324:
# i_func_info_IaaI
# prim_inet:getopts/2
    call L1164
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x7F, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x8C, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
getopts/2:
# i_breakpoint_trampoline
    short jmp L1676
.db 0x00
    call L1167
    align 8
L1676:
# i_test_yield
    lea rdx, qword ptr [getopts/2+24]
    dec r14
    jle L1165
# is_port_fs
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 7
    short je L1677
    test al, 1
    short jne label_324
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 52
    short jne label_324
L1677:
# is_list_fs
    mov rax, qword ptr [rbx+8]
    cmp rax, 59
    short je L1678
    test al, 2
    short jne label_324
L1678:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1679
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L1679:
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
    call label_867
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
# skipped box test since argument is always boxed
    cmp dword ptr [rsi-2], 128
    jne label_329
    cmp qword ptr [rsi+6], 30603
    jne label_329
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx+8], 143
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x66, 0x90
    call label_1136
# i_is_tuple_fs
    mov rsi, qword ptr [rbx]
# simplified tuple test since the source is always a tuple when boxed
    rex test sil, 1
    jne label_326
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 30603
    jne label_329
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 8
    jmp label_885
# aligned_label_Lt
    align 4
label_326:
# i_loop_rec_f
    align 4
L1680:
    lea rdi, qword ptr [L1680]
    lea rsi, qword ptr [label_328]
    call 140320710852712
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_327
    cmp dword ptr [rsi-2], 192
    jne label_327
    cmp qword ptr [rsi+6], 69643
    jne label_327
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+8], rdi
# is_eq_exact_fss
    mov rsi, qword ptr [rsp]
    mov rdi, qword ptr [rbx+8]
    cmp rdi, rsi
    short je L1681
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_327
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_327
L1681:
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
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L1166
    ret
# label_L
label_327:
# loop_rec_end_f
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919178491472
    mov rsp, rbp
    dec r14
    jmp label_326
# aligned_label_Lt
    align 4
label_328:
# wait_locked_f
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    lea rsi, qword ptr [label_326]
    call 94919178213328
    mov rsp, rbp
    jmp 140320710854321
# label_L
label_329:
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L1166
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_330:
# i_func_info_IaaI
# prim_inet:chgopt/3
    call L1164
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x7F, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x8C, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
chgopt/3:
# i_breakpoint_trampoline
    short jmp L1682
.db 0x00
    call L1167
    align 8
L1682:
# i_test_yield
    lea rdx, qword ptr [chgopt/3+24]
    dec r14
    jle L1165
# is_port_fs
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 7
    short je L1683
    test al, 1
    short jne label_330
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 52
    short jne label_330
L1683:
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L1684
    mov ecx, 3
    call 140320710850576
L1684:
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
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_call_only_f
    jmp chgopts/2
# func_line_I
# aligned_label_Lt
    align 8
label_332:
# i_func_info_IaaI
# prim_inet:chgopts/2
    call L1164
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x7F, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x8D, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
chgopts/2:
# i_breakpoint_trampoline
    short jmp L1685
.db 0x00
    call L1167
    align 8
L1685:
# i_test_yield
    lea rdx, qword ptr [chgopts/2+24]
    dec r14
    jle L1165
# is_port_fs
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 7
    short je L1686
    test al, 1
    short jne label_332
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 52
    short jne label_332
L1686:
# is_list_fs
    mov rax, qword ptr [rbx+8]
    cmp rax, 59
    short je L1687
    test al, 2
    short jne label_332
L1687:
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1688
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L1688:
    sub rsp, 24
# init_yregs_I
    mov qword ptr [rsp+16], 59
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
    call label_901
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# i_call_f
    call getopts/2
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_336
    cmp dword ptr [rsi-2], 128
    jne label_336
    cmp qword ptr [rsi+6], 30603
    jne label_336
# catch_yf
    inc qword ptr [r13+264]
L1689:
    mov eax, 2147483647
    mov qword ptr [rsp+16], rax
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov qword ptr [rsp], 59
# line_I
# i_call_f
    call label_911
# try_end_y
    dec qword ptr [r13+264]
    mov qword ptr [rsp+16], 59
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 24
    jmp setopts/2
# label_L
label_334:
# try_case_y
    dec qword ptr [r13+264]
    mov rax, qword ptr [rbx+24]
    mov qword ptr [rbx], rax
# is_eq_exact_fss
    cmp qword ptr [rbx], 715
    jne label_335
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1690
    mov ecx, 2
.db 0x90
    call 140320710850576
L1690:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 779
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L1166
    ret
# label_L
label_335:
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
label_336:
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L1166
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_337:
# i_func_info_IaaI
# prim_inet:getifaddrs/1
    call L1164
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x7F, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x8D, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
getifaddrs/1:
# i_breakpoint_trampoline
    short jmp L1691
.db 0x00
    call L1167
    align 8
L1691:
# i_test_yield
    lea rdx, qword ptr [getifaddrs/1+24]
    dec r14
    jle L1165
# is_port_fs
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 7
    short je L1692
    test al, 1
    short jne label_337
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 52
    short jne label_337
L1692:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1693
    mov ecx, 1
    call 140320710850576
L1693:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov qword ptr [rbx+16], 59
# i_move_sd
    mov qword ptr [rbx+8], 415
# line_I
# i_call_f
    call label_1136
# i_is_tuple_fs
    mov rsi, qword ptr [rbx]
# simplified tuple test since the source is always a tuple when boxed
    rex test sil, 1
    jne label_340
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+6]
    movups xmmword ptr [rbx+8], xmm0
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 30603
    jne label_339
# i_trim_t
    add rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x90
    call label_1024
# i_call_f
.db 0x0F, 0x1F, 0x00
    call label_342
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1694
    mov ecx, 1
    call 140320710850576
L1694:
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
    jl L1166
    ret
# label_L
label_339:
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 101771
    jne label_340
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x66, 0x90
    call getiflist/1
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
# skipped box test since argument is always boxed
    cmp dword ptr [rsi-2], 128
    jne label_340
    cmp qword ptr [rsi+6], 30603
    jne label_340
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_trim_t
    add rsp, 8
# line_I
# i_call_f
.db 0x66, 0x90
    call label_372
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1695
    mov ecx, 1
    call 140320710850576
L1695:
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
    jl L1166
    ret
# label_L
label_340:
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L1166
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_341:
# i_func_info_IaaI
# prim_inet:comp_ifaddrs/1
    call L1164
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x7F, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x8D, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_342:
# i_breakpoint_trampoline
    short jmp L1696
.db 0x00
    call L1167
    align 8
L1696:
# i_test_yield
    lea rdx, qword ptr [label_342+24]
    dec r14
    jle L1165
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1697
    mov ecx, 1
    call 140320710850576
L1697:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# line_I
# i_call_f
    call label_1063
# i_move_sd
L1698:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 8
    jmp label_344
# func_line_I
# aligned_label_Lt
    align 8
label_343:
# i_func_info_IaaI
# prim_inet:comp_ifaddrs/2
    call L1164
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x7F, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x8D, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_344:
# i_breakpoint_trampoline
    short jmp L1699
.db 0x00
    call L1167
    align 8
L1699:
# i_test_yield
    lea rdx, qword ptr [label_344+24]
    dec r14
    jle L1165
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_347
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+16], xmm0
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+16]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+32], rdi
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+32]
    test al, 2
    short jne label_343
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx+32], xmm0
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx+40]
    rex test sil, 1
    short jne label_343
    cmp dword ptr [rsi-2], 128
    jne label_343
    cmp qword ptr [rsi+6], 16651
    jne label_343
# allocate_tt
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L1700
    mov ecx, 6
    call 140320710850576
L1700:
    sub rsp, 40
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+32], 1
    vmovups xmmword ptr [rsp+8], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rsp+24], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp+32], rdi
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+16]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x90
    call label_1065
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rsp+8], rdi
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 11
    je label_346
    cmp rsi, 75
    je label_345
    jmp label_348
# label_L
label_345:
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x90
    call label_1067
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rsp+16], rdi
# i_trim_t
    add rsp, 16
# i_call_f
.db 0x66, 0x90
    call label_350
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+16], rdi
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
    call label_1071
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 8
    jmp label_344
# label_L
label_346:
# line_I
# i_call_f
    call label_1063
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+8], rdi
# i_move_sd
L1701:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rsp+16], rdi
# i_trim_t
    add rsp, 16
# i_call_f
.db 0x0F, 0x1F, 0x00
    call label_350
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+16], rdi
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
    call label_1069
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 8
    jmp label_344
# label_L
label_347:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1702
    mov ecx, 2
.db 0x90
    call 140320710850576
L1702:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
    call label_1073
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_call_last_ft
    add rsp, 8
    jmp label_355
# label_L
label_348:
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
label_349:
# i_func_info_IaaI
# prim_inet:comp_ifaddrs_flags/3
    call L1164
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x7F, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x8E, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_350:
# i_breakpoint_trampoline
    short jmp L1703
.db 0x00
    call L1167
    align 8
L1703:
# i_test_yield
    lea rdx, qword ptr [label_350+24]
    dec r14
    jle L1165
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1704
    mov ecx, 3
    call 140320710850576
L1704:
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
# i_call_f
.db 0x0F, 0x1F, 0x00
    call label_1065
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 11
    je label_352
    cmp rsi, 75
    je label_351
    jmp label_353
# label_L
label_351:
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call label_1067
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rsp+8], rdi
# i_trim_t
    add rsp, 8
# i_call_f
.db 0x0F, 0x1F, 0x00
    call label_1045
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
    jmp label_1071
# label_L
label_352:
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
.db 0x66, 0x90
    call label_1043
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
    jmp label_1069
# label_L
label_353:
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
label_354:
# i_func_info_IaaI
# prim_inet:comp_ifaddrs_2/2
    call L1164
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x7F, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x8E, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_355:
# i_breakpoint_trampoline
    short jmp L1705
.db 0x00
    call L1167
    align 8
L1705:
# i_test_yield
    lea rdx, qword ptr [label_355+24]
    dec r14
    jle L1165
# is_nonempty_list_fS
    test byte ptr [rbx], 2
    jne label_356
# allocate_tt
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1706
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1706:
    sub rsp, 32
# init_yregs_I
    mov qword ptr [rsp], 59
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp+24], rdi
# get_list_Sdd
    mov rdi, qword ptr [rbx]
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rdi-1], 1
    vmovups xmmword ptr [rsp+8], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x66, 0x90
    call label_1067
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# line_I
# i_call_f
    call label_1073
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_trim_t
    add rsp, 8
# i_call_f
.db 0x0F, 0x1F, 0x00
    call label_358
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+16], rdi
# i_trim_t
    add rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call label_355
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L1707
    mov ecx, 1
    call 140320710850576
L1707:
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
    jl L1166
    ret
# label_L
label_356:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_354
# return
    dec r14
    jl L1166
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_357:
# i_func_info_IaaI
# prim_inet:comp_ifaddrs_3/2
    call L1164
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x7F, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x8E, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_358:
# i_breakpoint_trampoline
    short jmp L1708
.db 0x00
    call L1167
    align 8
L1708:
# i_test_yield
    lea rdx, qword ptr [label_358+24]
    dec r14
    jle L1165
# is_nonempty_list_fS
    test byte ptr [rbx], 2
    jne label_359
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1709
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1709:
    sub rsp, 24
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp+16], rdi
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
    call label_1067
# i_call_f
.db 0x0F, 0x1F, 0x00
    call label_1043
# i_call_f
.db 0x0F, 0x1F, 0x00
    call label_361
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+16], rdi
# i_trim_t
    add rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call label_358
# i_call_f
.db 0x0F, 0x1F, 0x00
    call label_361
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov qword ptr [rsp+8], 59
# call_light_bif_be
    align 4
L1710:
L1711:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927824
    lea rdx, qword ptr [L1710]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L1712
    mov ecx, 1
    call 140320710850576
L1712:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 16651
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
    add rsp, 16
# return
    dec r14
    jl L1166
    ret
# label_L
label_359:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_357
# return
    dec r14
    jl L1166
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_360:
# i_func_info_IaaI
# prim_inet:hwaddr_last/1
    call L1164
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x7F, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x8E, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_361:
# i_breakpoint_trampoline
    short jmp L1713
.db 0x00
    call L1167
    align 8
L1713:
# i_test_yield
    lea rdx, qword ptr [label_361+24]
    dec r14
    jle L1165
# i_move_sd
    mov qword ptr [rbx+16], 59
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_call_only_f
    jmp label_363
# func_line_I
# aligned_label_Lt
    align 8
label_362:
# i_func_info_IaaI
# prim_inet:hwaddr_last/3
    call L1164
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x7F, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x8E, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_363:
# i_breakpoint_trampoline
    short jmp L1714
.db 0x00
    call L1167
    align 8
L1714:
# i_test_yield
    lea rdx, qword ptr [label_363+24]
    dec r14
    jle L1165
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_365
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+24], rsi
    mov qword ptr [rbx], rdx
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx+24]
    rex test sil, 1
    jne label_364
    cmp dword ptr [rsi-2], 128
    jne label_364
    cmp qword ptr [rsi+6], 102155
    jne label_364
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1715
    mov ecx, 4
.db 0x90
    call 140320710850576
L1715:
# put_cons_ss
# (putting and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rbx+16], 1
    vmovups xmmword ptr [r15], xmm0
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+16], rsi
# i_call_only_f
    jmp label_363
# label_L
label_364:
# i_call_only_f
    jmp label_363
# label_L
label_365:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_362
# is_nil_fS
    cmp qword ptr [rbx+16], 59
    jne label_366
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L1166
    ret
# label_L
label_366:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1716
    mov ecx, 3
    call 140320710850576
L1716:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov qword ptr [rbx+8], 59
# line_I
# i_call_f
    call label_368
# swap_dd
    mov rdi, qword ptr [rsp]
    mov rsi, qword ptr [rbx]
    mov qword ptr [rbx], rdi
    mov qword ptr [rsp], rsi
# i_call_f
.db 0x90
    call label_1043
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 8
    jmp label_1045
# func_line_I
# aligned_label_Lt
    align 8
label_367:
# i_func_info_IaaI
# prim_inet:hwaddr_last/2
    call L1164
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x7F, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x8E, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_368:
# i_breakpoint_trampoline
    short jmp L1717
.db 0x00
    call L1167
    align 8
L1717:
# i_test_yield
    lea rdx, qword ptr [label_368+24]
    dec r14
    jle L1165
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_370
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+16], rsi
    mov qword ptr [rbx], rdx
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx+16]
    rex test sil, 1
    jne label_369
    cmp dword ptr [rsi-2], 128
    jne label_369
    cmp qword ptr [rsi+6], 102155
    jne label_369
# i_call_only_f
    short jmp label_368
# label_L
label_369:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1718
    mov ecx, 3
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1718:
# put_cons_ss
# (putting and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [r15], xmm0
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_call_only_f
    jmp label_368
# label_L
label_370:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_367
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L1166
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_371:
# i_func_info_IaaI
# prim_inet:getifaddrs_ifget/2
    call L1164
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x7F, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x8F, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_372:
# i_breakpoint_trampoline
    short jmp L1719
.db 0x00
    call L1167
    align 8
L1719:
# i_test_yield
    lea rdx, qword ptr [label_372+24]
    dec r14
    jle L1165
# is_nonempty_list_fS
    test byte ptr [rbx+8], 2
    jne label_377
# allocate_tt
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L1720
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L1720:
    sub rsp, 40
# init_yregs_I
    mov eax, 59
    mov rdi, rsp
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+32], rdi
# get_list_Sdd
    mov rdi, qword ptr [rbx+8]
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rdi-1], 1
    vmovups xmmword ptr [rsp+16], xmm0
# i_move_sd
L1721:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx+8], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call ifget/3
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
# skipped box test since argument is always boxed
    cmp dword ptr [rsi-2], 128
    jne label_376
    cmp qword ptr [rsi+6], 30603
    jne label_376
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rsp+8], rdi
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rsp+8]
    test al, 2
    jne label_376
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx], xmm0
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
# skipped box test since argument is always boxed
    cmp dword ptr [rsi-2], 128
    jne label_376
    cmp qword ptr [rsi+6], 16651
    jne label_376
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_376
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx], 102283
# line_I
# i_call_f
.db 0x90
    call label_1059
# is_eq_exact_fss
    cmp qword ptr [rbx], 75
    jne label_373
# i_move_sd
L1722:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# jump_f
    jmp label_375
# label_L
label_373:
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# init_yregs_I
    mov qword ptr [rsp], 59
# i_move_sd
    mov qword ptr [rbx], 102347
# line_I
# i_call_f
    call label_1059
# is_eq_exact_fss
    cmp qword ptr [rbx], 75
    jne label_374
# i_move_sd
L1723:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# jump_f
    jmp label_375
# label_L
label_374:
# i_move_sd
L1724:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# label_L
label_375:
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1725
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1725:
# put_cons_ss
    mov qword ptr [r15], 102411
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# append_cons_Is
    mov qword ptr [r15], 99211
    mov qword ptr [r15+8], rsi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+32], rsi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+24], rdi
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rsp+16]
    movups xmmword ptr [rbx+8], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 40
    jmp label_379
# label_L
label_376:
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx+24], 59
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+8], rdi
# i_move_sd
L1726:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+32], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 40
    jmp label_379
# label_L
label_377:
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_371
# i_move_sd
    mov qword ptr [rbx], 59
# return
    dec r14
    jl L1166
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_378:
# i_func_info_IaaI
# prim_inet:getifaddrs_ifget/5
    call L1164
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x7F, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x8F, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_379:
# i_breakpoint_trampoline
    short jmp L1727
.db 0x00
    call L1167
    align 8
L1727:
# i_test_yield
    lea rdx, qword ptr [label_379+24]
    dec r14
    jle L1165
# allocate_tt
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1728
    mov ecx, 5
    call 140320710850576
L1728:
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
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx+16], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call ifget/3
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
# skipped box test since argument is always boxed
    cmp dword ptr [rsi-2], 128
    jne label_380
    cmp qword ptr [rsi+6], 30603
    jne label_380
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+8], rdi
# jump_f
    jmp label_381
# label_L
label_380:
# i_move_sd
    mov qword ptr [rbx+8], 59
# label_L
label_381:
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_trim_t
    add rsp, 8
# line_I
# call_light_bif_be
    align 4
L1729:
L1730:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927824
    lea rdx, qword ptr [L1729]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# swap_dd
    mov rdi, qword ptr [rsp+16]
    mov rsi, qword ptr [rbx]
    mov qword ptr [rbx], rdi
    mov qword ptr [rsp+16], rsi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rsp+8], rdi
# i_trim_t
    add rsp, 8
# i_call_f
.db 0x90
    call label_372
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L1731
    mov ecx, 1
    call 140320710850576
L1731:
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
    jl L1166
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_382:
# i_func_info_IaaI
# prim_inet:getiflist/1
    call L1164
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x7F, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x90, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
getiflist/1:
# i_breakpoint_trampoline
    short jmp L1732
.db 0x00
    call L1167
    align 8
L1732:
# i_test_yield
    lea rdx, qword ptr [getiflist/1+24]
    dec r14
    jle L1165
# is_port_fs
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 7
    short je L1733
    test al, 1
    short jne label_382
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 52
    short jne label_382
L1733:
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1734
    mov ecx, 1
    call 140320710850576
L1734:
# i_move_sd
    mov qword ptr [rbx+16], 59
# i_move_sd
    mov qword ptr [rbx+8], 351
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call label_1136
# i_is_tuple_fs
    mov rsi, qword ptr [rbx]
# simplified tuple test since the source is always a tuple when boxed
    rex test sil, 1
    jne label_385
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 30603
    jne label_384
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x66, 0x90
    call label_1034
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1735
    mov ecx, 1
    call 140320710850576
L1735:
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
    jl L1166
    ret
# label_L
label_384:
# deallocate_t
# return
    dec r14
    jl L1166
    ret
# label_L
label_385:
# line_I
# case_end_s
    mov qword ptr [r13+120], 69643
    mov qword ptr [r13+112], 7248
    xor ecx, ecx
    call 140320710854352
# func_line_I
    nop
# aligned_label_Lt
    align 8
label_386:
# i_func_info_IaaI
# prim_inet:ifget/3
    call L1164
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x7F, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x90, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
ifget/3:
# i_breakpoint_trampoline
    short jmp L1736
.db 0x00
    call L1167
    align 8
L1736:
# i_test_yield
    lea rdx, qword ptr [ifget/3+24]
    dec r14
    jle L1165
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1737
    mov ecx, 3
    call 140320710850576
L1737:
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
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call label_1020
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
# skipped box test since argument is always boxed
    cmp dword ptr [rsi-2], 128
    jne label_388
    cmp qword ptr [rsi+6], 30603
    jne label_388
# i_move_sd
    mov qword ptr [rbx+8], 59
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov qword ptr [rsp+8], 59
# line_I
# i_call_f
.db 0x90
    call label_953
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
# skipped box test since argument is always boxed
    cmp dword ptr [rsi-2], 128
    jne label_388
    cmp qword ptr [rsi+6], 30603
    jne label_388
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1738
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L1738:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+8], rdi
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# append_cons_Is
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], rsi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+16], rsi
# i_move_sd
    mov qword ptr [rbx+8], 367
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov eax, 59
    mov qword ptr [rsp], rax
    mov qword ptr [rsp+16], rax
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call label_1136
# i_is_tuple_fs
    mov rsi, qword ptr [rbx]
# simplified tuple test since the source is always a tuple when boxed
    rex test sil, 1
    jne label_389
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 30603
    jne label_388
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov qword ptr [rbx+8], 59
# i_call_last_ft
    add rsp, 24
    jmp label_949
# label_L
label_388:
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L1166
    ret
# label_L
label_389:
# case_end_s
    mov qword ptr [r13+120], 69643
    mov qword ptr [r13+112], 7248
    xor ecx, ecx
    call 140320710854352
# func_line_I
    nop
# aligned_label_Lt
    align 8
label_390:
# i_func_info_IaaI
# prim_inet:ifset/3
    call L1164
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x7F, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x90, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
ifset/3:
# i_breakpoint_trampoline
    short jmp L1739
.db 0x00
    call L1167
    align 8
L1739:
# i_test_yield
    lea rdx, qword ptr [ifset/3+24]
    dec r14
    jle L1165
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1740
    mov ecx, 3
    call 140320710850576
L1740:
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
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call label_1020
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
# skipped box test since argument is always boxed
    cmp dword ptr [rsi-2], 128
    jne label_392
    cmp qword ptr [rsi+6], 30603
    jne label_392
# i_move_sd
    mov qword ptr [rbx+8], 59
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov qword ptr [rsp+8], 59
# line_I
# i_call_f
.db 0x90
    call label_957
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
# skipped box test since argument is always boxed
    cmp dword ptr [rsi-2], 128
    jne label_392
    cmp qword ptr [rsi+6], 30603
    jne label_392
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1741
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L1741:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+8], rdi
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# append_cons_Is
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], rsi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+16], rsi
# i_move_sd
    mov qword ptr [rbx+8], 383
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov eax, 59
    mov qword ptr [rsp], rax
    mov qword ptr [rsp+16], rax
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call label_1136
# i_is_tuple_fs
    mov rsi, qword ptr [rbx]
# simplified tuple test since the source is always a tuple when boxed
    rex test sil, 1
    jne label_393
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 30603
    jne label_392
# i_move_sd
    mov qword ptr [rbx], 30603
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L1166
    ret
# label_L
label_392:
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L1166
    ret
# label_L
label_393:
# case_end_s
    mov qword ptr [r13+120], 69643
    mov qword ptr [r13+112], 7248
    xor ecx, ecx
    call 140320710854352
# func_line_I
    nop
# aligned_label_Lt
    align 8
label_394:
# i_func_info_IaaI
# prim_inet:subscribe/2
    call L1164
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x7F, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x91, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_395:
# i_breakpoint_trampoline
    short jmp L1742
.db 0x00
    call L1167
    align 8
L1742:
# i_test_yield
    lea rdx, qword ptr [label_395+24]
    dec r14
    jle L1165
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1743
    mov ecx, 2
    call 140320710850576
L1743:
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
    call label_963
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
# skipped box test since argument is always boxed
    cmp dword ptr [rsi-2], 128
    jne label_396
    cmp qword ptr [rsi+6], 30603
    jne label_396
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx+8], 399
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov qword ptr [rsp], 59
# line_I
# i_call_f
.db 0x66, 0x90
    call label_1136
# i_is_tuple_fs
    mov rsi, qword ptr [rbx]
# simplified tuple test since the source is always a tuple when boxed
    rex test sil, 1
    jne label_397
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 30603
    jne label_396
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 8
    jmp label_970
# label_L
label_396:
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L1166
    ret
# label_L
label_397:
# case_end_s
    mov qword ptr [r13+120], 69643
    mov qword ptr [r13+112], 7248
    xor ecx, ecx
    call 140320710854352
# func_line_I
    nop
# aligned_label_Lt
    align 8
label_398:
# i_func_info_IaaI
# prim_inet:getstat/2
    call L1164
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x7F, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x91, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
getstat/2:
# i_breakpoint_trampoline
    short jmp L1744
.db 0x00
    call L1167
    align 8
L1744:
# i_test_yield
    lea rdx, qword ptr [getstat/2+24]
    dec r14
    jle L1165
# is_port_fs
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 7
    short je L1745
    test al, 1
    short jne label_398
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 52
    short jne label_398
L1745:
# is_list_fs
    mov rax, qword ptr [rbx+8]
    cmp rax, 59
    short je L1746
    test al, 2
    short jne label_398
L1746:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1747
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L1747:
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
    call label_978
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
# skipped box test since argument is always boxed
    cmp dword ptr [rsi-2], 128
    jne label_400
    cmp qword ptr [rsi+6], 30603
    jne label_400
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx+8], 191
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov qword ptr [rsp], 59
# line_I
# i_call_f
.db 0x66, 0x90
    call label_1136
# i_is_tuple_fs
    mov rsi, qword ptr [rbx]
# simplified tuple test since the source is always a tuple when boxed
    rex test sil, 1
    jne label_401
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 30603
    jne label_400
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 8
    jmp label_996
# label_L
label_400:
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L1166
    ret
# label_L
label_401:
# case_end_s
    mov qword ptr [r13+120], 69643
    mov qword ptr [r13+112], 7248
    xor ecx, ecx
    call 140320710854352
# func_line_I
    nop
# aligned_label_Lt
    align 8
label_402:
# i_func_info_IaaI
# prim_inet:getfd/1
    call L1164
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x7F, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x91, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
getfd/1:
# i_breakpoint_trampoline
    short jmp L1748
.db 0x00
    call L1167
    align 8
L1748:
# i_test_yield
    lea rdx, qword ptr [getfd/1+24]
    dec r14
    jle L1165
# is_port_fs
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 7
    short je L1749
    test al, 1
    short jne label_402
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 52
    short jne label_402
L1749:
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1750
    mov ecx, 1
    call 140320710850576
L1750:
# i_move_sd
    mov qword ptr [rbx+16], 59
# i_move_sd
    mov qword ptr [rbx+8], 239
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call label_1136
# i_is_tuple_fs
    mov rsi, qword ptr [rbx]
# simplified tuple test since the source is always a tuple when boxed
    rex test sil, 1
    jne label_405
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 30603
    jne label_404
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+8], rdi
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_405
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx+8], xmm0
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_405
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+24], rsi
    mov qword ptr [rbx+8], rdx
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_405
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+32], rsi
    mov qword ptr [rbx+8], rdx
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_405
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+40], rsi
    mov qword ptr [rbx+8], rdx
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_405
# line_I
# i_bsl_ssjd
    mov rsi, qword ptr [rbx+16]
    mov eax, 399
    mov rdi, rsi
    mov rdx, rsi
    xor rdx, -16
    cmovns rdi, rdx
    lzcnt rdx, rdi
    and edi, 15
    cmp edi, 15
    short jne L1751
    cmp rdx, 24
    short jbe L1751
    and rsi, -16
    sal rsi, 24
    lea rax, qword ptr [rsi+15]
    short jmp L1752
L1751:
    call 140320710851664
L1752:
    mov qword ptr [rbx], rax
# i_bsl_ssjd
    mov rsi, qword ptr [rbx+24]
    mov eax, 271
    mov rdi, rsi
    mov rdx, rsi
    xor rdx, -16
    cmovns rdi, rdx
    lzcnt rdx, rdi
    and edi, 15
    cmp edi, 15
    short jne L1753
    cmp rdx, 16
    short jbe L1753
    and rsi, -16
    sal rsi, 16
    lea rax, qword ptr [rsi+15]
    short jmp L1754
L1753:
    call 140320710851664
L1754:
    mov qword ptr [rbx+8], rax
# i_bor_jssd
    mov rsi, qword ptr [rbx]
    mov rax, qword ptr [rbx+8]
# simplified test for small operands since both are numbers
    mov edi, esi
    and edi, eax
    test edi, 1
    short je L1755
    or rax, rsi
    short jmp L1756
L1755:
    call 140320710851432
L1756:
    mov qword ptr [rbx], rax
# i_bsl_ssjd
    mov rsi, qword ptr [rbx+32]
    mov eax, 143
    mov rdi, rsi
    mov rdx, rsi
    xor rdx, -16
    cmovns rdi, rdx
    lzcnt rdx, rdi
    and edi, 15
    cmp edi, 15
    short jne L1757
    cmp rdx, 8
    short jbe L1757
    and rsi, -16
    sal rsi, 8
    lea rax, qword ptr [rsi+15]
    short jmp L1758
L1757:
    call 140320710851664
L1758:
    mov qword ptr [rbx+8], rax
# i_bor_jssd
    mov rsi, qword ptr [rbx]
    mov rax, qword ptr [rbx+8]
# simplified test for small operands since both are numbers
    mov edi, esi
    and edi, eax
    test edi, 1
    short je L1759
    or rax, rsi
    short jmp L1760
L1759:
    call 140320710851432
L1760:
    mov qword ptr [rbx], rax
# i_bor_jssd
    mov rsi, qword ptr [rbx]
    mov rax, qword ptr [rbx+40]
# are both operands small?
    mov edi, esi
    and edi, eax
    and edi, 15
    cmp edi, 15
    short jne L1761
    or rax, rsi
    short jmp L1762
L1761:
    call 140320710851432
L1762:
    mov qword ptr [rbx], rax
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1763
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1763:
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
    jl L1166
    ret
# label_L
label_404:
# deallocate_t
# return
    dec r14
    jl L1166
    ret
# label_L
label_405:
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
label_406:
# i_func_info_IaaI
# prim_inet:ignorefd/2
    call L1164
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x7F, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x91, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
ignorefd/2:
# i_breakpoint_trampoline
    short jmp L1764
.db 0x00
    call L1167
    align 8
L1764:
# i_test_yield
    lea rdx, qword ptr [ignorefd/2+24]
    dec r14
    jle L1165
# is_port_fs
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 7
    short je L1765
    test al, 1
    short jne label_406
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 52
    short jne label_406
L1765:
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1766
    mov ecx, 2
    call 140320710850576
L1766:
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 75
    jne label_408
# i_move_sd
    mov qword ptr [rbx+8], 31
# jump_f
    jmp label_409
# label_L
label_408:
# i_move_sd
    mov qword ptr [rbx+8], 15
# label_L
label_409:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1767
    mov ecx, 2
    call 140320710850576
L1767:
# put_cons_ss
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+16], rsi
# i_move_sd
    mov qword ptr [rbx+8], 463
# line_I
# i_call_f
    call label_1136
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_410
    cmp dword ptr [rsi-2], 128
    jne label_410
    cmp qword ptr [rsi+6], 30603
    jne label_410
# i_move_sd
    mov qword ptr [rbx], 30603
# deallocate_t
# return
    dec r14
    jl L1166
    ret
# label_L
label_410:
# deallocate_t
# return
    dec r14
    jl L1166
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_411:
# i_func_info_IaaI
# prim_inet:getindex/1
    call L1164
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x7F, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x92, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
getindex/1:
# i_breakpoint_trampoline
    short jmp L1768
.db 0x00
    call L1167
    align 8
L1768:
# i_test_yield
    lea rdx, qword ptr [getindex/1+24]
    dec r14
    jle L1165
# is_port_fs
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 7
    short je L1769
    test al, 1
    short jne label_411
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 52
    short jne label_411
L1769:
# i_move_sd
L1770:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L1166
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_413:
# i_func_info_IaaI
# prim_inet:gettype/1
    call L1164
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x7F, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x92, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
gettype/1:
# i_breakpoint_trampoline
    short jmp L1771
.db 0x00
    call L1167
    align 8
L1771:
# i_test_yield
    lea rdx, qword ptr [gettype/1+24]
    dec r14
    jle L1165
# is_port_fs
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 7
    short je L1772
    test al, 1
    short jne label_413
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 52
    short jne label_413
L1772:
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1773
    mov ecx, 1
    call 140320710850576
L1773:
# i_move_sd
    mov qword ptr [rbx+16], 59
# i_move_sd
    mov qword ptr [rbx+8], 255
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call label_1136
# i_is_tuple_fs
    mov rsi, qword ptr [rbx]
# simplified tuple test since the source is always a tuple when boxed
    rex test sil, 1
    jne label_425
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 30603
    jne label_424
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+8], rdi
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_425
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx+8], xmm0
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_425
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+24], rsi
    mov qword ptr [rbx+8], rdx
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_425
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+32], rsi
    mov qword ptr [rbx+8], rdx
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_425
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+40], rsi
    mov qword ptr [rbx+8], rdx
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_425
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+48], rsi
    mov qword ptr [rbx+8], rdx
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_425
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+56], rsi
    mov qword ptr [rbx+8], rdx
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_425
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+64], rsi
    mov qword ptr [rbx+8], rdx
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_425
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+72], rsi
    mov qword ptr [rbx+8], rdx
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_425
# line_I
# i_bsl_ssjd
    mov rsi, qword ptr [rbx+16]
    mov eax, 399
    mov rdi, rsi
    mov rdx, rsi
    xor rdx, -16
    cmovns rdi, rdx
    lzcnt rdx, rdi
    and edi, 15
    cmp edi, 15
    short jne L1774
    cmp rdx, 24
    short jbe L1774
    and rsi, -16
    sal rsi, 24
    lea rax, qword ptr [rsi+15]
    short jmp L1775
L1774:
    call 140320710851664
L1775:
    mov qword ptr [rbx], rax
# i_bsl_ssjd
    mov rsi, qword ptr [rbx+24]
    mov eax, 271
    mov rdi, rsi
    mov rdx, rsi
    xor rdx, -16
    cmovns rdi, rdx
    lzcnt rdx, rdi
    and edi, 15
    cmp edi, 15
    short jne L1776
    cmp rdx, 16
    short jbe L1776
    and rsi, -16
    sal rsi, 16
    lea rax, qword ptr [rsi+15]
    short jmp L1777
L1776:
    call 140320710851664
L1777:
    mov qword ptr [rbx+8], rax
# i_bor_jssd
    mov rsi, qword ptr [rbx]
    mov rax, qword ptr [rbx+8]
# simplified test for small operands since both are numbers
    mov edi, esi
    and edi, eax
    test edi, 1
    short je L1778
    or rax, rsi
    short jmp L1779
L1778:
    call 140320710851432
L1779:
    mov qword ptr [rbx], rax
# i_bsl_ssjd
    mov rsi, qword ptr [rbx+32]
    mov eax, 143
    mov rdi, rsi
    mov rdx, rsi
    xor rdx, -16
    cmovns rdi, rdx
    lzcnt rdx, rdi
    and edi, 15
    cmp edi, 15
    short jne L1780
    cmp rdx, 8
    short jbe L1780
    and rsi, -16
    sal rsi, 8
    lea rax, qword ptr [rsi+15]
    short jmp L1781
L1780:
    call 140320710851664
L1781:
    mov qword ptr [rbx+8], rax
# i_bor_jssd
    mov rsi, qword ptr [rbx]
    mov rax, qword ptr [rbx+8]
# simplified test for small operands since both are numbers
    mov edi, esi
    and edi, eax
    test edi, 1
    short je L1782
    or rax, rsi
    short jmp L1783
L1782:
    call 140320710851432
L1783:
    mov qword ptr [rbx], rax
# i_bor_jssd
    mov rsi, qword ptr [rbx]
    mov rax, qword ptr [rbx+40]
# are both operands small?
    mov edi, esi
    and edi, eax
    and edi, 15
    cmp edi, 15
    short jne L1784
    or rax, rsi
    short jmp L1785
L1784:
    call 140320710851432
L1785:
    mov qword ptr [rbx], rax
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 31
    je label_416
    cmp rsi, 47
    je label_415
    jmp label_417
# label_L
label_415:
# i_move_sd
    mov qword ptr [rbx], 98379
# jump_f
    jmp label_418
# label_L
label_416:
# i_move_sd
    mov qword ptr [rbx], 69323
# jump_f
    jmp label_418
# label_L
label_417:
# i_move_sd
    mov qword ptr [rbx], 907
# label_L
label_418:
# line_I
# i_bsl_ssjd
    mov rsi, qword ptr [rbx+48]
    mov eax, 399
    mov rdi, rsi
    mov rdx, rsi
    xor rdx, -16
    cmovns rdi, rdx
    lzcnt rdx, rdi
    and edi, 15
    cmp edi, 15
    short jne L1786
    cmp rdx, 24
    short jbe L1786
    and rsi, -16
    sal rsi, 24
    lea rax, qword ptr [rsi+15]
    short jmp L1787
L1786:
    call 140320710851664
L1787:
    mov qword ptr [rbx+8], rax
# i_bsl_ssjd
    mov rsi, qword ptr [rbx+56]
    mov eax, 271
    mov rdi, rsi
    mov rdx, rsi
    xor rdx, -16
    cmovns rdi, rdx
    lzcnt rdx, rdi
    and edi, 15
    cmp edi, 15
    short jne L1788
    cmp rdx, 16
    short jbe L1788
    and rsi, -16
    sal rsi, 16
    lea rax, qword ptr [rsi+15]
    short jmp L1789
L1788:
    call 140320710851664
L1789:
    mov qword ptr [rbx+16], rax
# i_bor_jssd
    mov rsi, qword ptr [rbx+8]
    mov rax, qword ptr [rbx+16]
# simplified test for small operands since both are numbers
    mov edi, esi
    and edi, eax
    test edi, 1
    short je L1790
    or rax, rsi
    short jmp L1791
L1790:
    call 140320710851432
L1791:
    mov qword ptr [rbx+8], rax
# i_bsl_ssjd
    mov rsi, qword ptr [rbx+64]
    mov eax, 143
    mov rdi, rsi
    mov rdx, rsi
    xor rdx, -16
    cmovns rdi, rdx
    lzcnt rdx, rdi
    and edi, 15
    cmp edi, 15
    short jne L1792
    cmp rdx, 8
    short jbe L1792
    and rsi, -16
    sal rsi, 8
    lea rax, qword ptr [rsi+15]
    short jmp L1793
L1792:
    call 140320710851664
L1793:
    mov qword ptr [rbx+16], rax
# i_bor_jssd
    mov rsi, qword ptr [rbx+8]
    mov rax, qword ptr [rbx+16]
# simplified test for small operands since both are numbers
    mov edi, esi
    and edi, eax
    test edi, 1
    short je L1794
    or rax, rsi
    short jmp L1795
L1794:
    call 140320710851432
L1795:
    mov qword ptr [rbx+8], rax
# i_bor_jssd
    mov rsi, qword ptr [rbx+8]
    mov rax, qword ptr [rbx+72]
# are both operands small?
    mov edi, esi
    and edi, eax
    and edi, 15
    cmp edi, 15
    short jne L1796
    or rax, rsi
    short jmp L1797
L1796:
    call 140320710851432
L1797:
    mov qword ptr [rbx+8], rax
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+8]
    cmp rsi, 31
    je label_421
    cmp rsi, 47
    je label_420
    cmp rsi, 63
    je label_419
    jmp label_422
# label_L
label_419:
# i_move_sd
    mov qword ptr [rbx+8], 98571
# jump_f
    jmp label_423
# label_L
label_420:
# i_move_sd
    mov qword ptr [rbx+8], 98507
# jump_f
    jmp label_423
# label_L
label_421:
# i_move_sd
    mov qword ptr [rbx+8], 41035
# jump_f
    jmp label_423
# label_L
label_422:
# i_move_sd
    mov qword ptr [rbx+8], 907
# label_L
label_423:
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L1798
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1798:
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
    jl L1166
    ret
# label_L
label_424:
# deallocate_t
# return
    dec r14
    jl L1166
    ret
# label_L
label_425:
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
label_426:
# i_func_info_IaaI
# prim_inet:getprotocol/1
    call L1164
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x7F, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x92, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_427:
# i_breakpoint_trampoline
    short jmp L1799
.db 0x00
    call L1167
    align 8
L1799:
# i_test_yield
    lea rdx, qword ptr [label_427+24]
    dec r14
    jle L1165
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1800
    mov ecx, 1
    call 140320710850576
L1800:
# i_move_sd
    mov qword ptr [rbx+8], 27083
# line_I
# i_call_ext_e
L1801:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_428
    cmp dword ptr [rsi-2], 128
    jne label_428
    cmp qword ptr [rsi+6], 27083
    jne label_428
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    jmp label_34
# label_L
label_428:
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
label_429:
# i_func_info_IaaI
# prim_inet:getstatus/1
    call L1164
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x7F, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x92, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
getstatus/1:
# i_breakpoint_trampoline
    short jmp L1802
.db 0x00
    call L1167
    align 8
L1802:
# i_test_yield
    lea rdx, qword ptr [getstatus/1+24]
    dec r14
    jle L1165
# is_port_fs
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 7
    short je L1803
    test al, 1
    short jne label_429
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 52
    short jne label_429
L1803:
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1804
    mov ecx, 1
    call 140320710850576
L1804:
# i_move_sd
    mov qword ptr [rbx+16], 59
# i_move_sd
    mov qword ptr [rbx+8], 271
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call label_1136
# i_is_tuple_fs
    mov rsi, qword ptr [rbx]
# simplified tuple test since the source is always a tuple when boxed
    rex test sil, 1
    jne label_432
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 30603
    jne label_431
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+8], rdi
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_432
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx+8], xmm0
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_432
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+24], rsi
    mov qword ptr [rbx+8], rdx
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_432
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+32], rsi
    mov qword ptr [rbx+8], rdx
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_432
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+40], rsi
    mov qword ptr [rbx+8], rdx
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_432
# line_I
# i_bsl_ssjd
    mov rsi, qword ptr [rbx+16]
    mov eax, 399
    mov rdi, rsi
    mov rdx, rsi
    xor rdx, -16
    cmovns rdi, rdx
    lzcnt rdx, rdi
    and edi, 15
    cmp edi, 15
    short jne L1805
    cmp rdx, 24
    short jbe L1805
    and rsi, -16
    sal rsi, 24
    lea rax, qword ptr [rsi+15]
    short jmp L1806
L1805:
    call 140320710851664
L1806:
    mov qword ptr [rbx], rax
# i_bsl_ssjd
    mov rsi, qword ptr [rbx+24]
    mov eax, 271
    mov rdi, rsi
    mov rdx, rsi
    xor rdx, -16
    cmovns rdi, rdx
    lzcnt rdx, rdi
    and edi, 15
    cmp edi, 15
    short jne L1807
    cmp rdx, 16
    short jbe L1807
    and rsi, -16
    sal rsi, 16
    lea rax, qword ptr [rsi+15]
    short jmp L1808
L1807:
    call 140320710851664
L1808:
    mov qword ptr [rbx+8], rax
# i_bor_jssd
    mov rsi, qword ptr [rbx]
    mov rax, qword ptr [rbx+8]
# simplified test for small operands since both are numbers
    mov edi, esi
    and edi, eax
    test edi, 1
    short je L1809
    or rax, rsi
    short jmp L1810
L1809:
    call 140320710851432
L1810:
    mov qword ptr [rbx], rax
# i_bsl_ssjd
    mov rsi, qword ptr [rbx+32]
    mov eax, 143
    mov rdi, rsi
    mov rdx, rsi
    xor rdx, -16
    cmovns rdi, rdx
    lzcnt rdx, rdi
    and edi, 15
    cmp edi, 15
    short jne L1811
    cmp rdx, 8
    short jbe L1811
    and rsi, -16
    sal rsi, 8
    lea rax, qword ptr [rsi+15]
    short jmp L1812
L1811:
    call 140320710851664
L1812:
    mov qword ptr [rbx+8], rax
# i_bor_jssd
    mov rsi, qword ptr [rbx]
    mov rax, qword ptr [rbx+8]
# simplified test for small operands since both are numbers
    mov edi, esi
    and edi, eax
    test edi, 1
    short je L1813
    or rax, rsi
    short jmp L1814
L1813:
    call 140320710851432
L1814:
    mov qword ptr [rbx], rax
# i_bor_jssd
    mov rsi, qword ptr [rbx]
    mov rax, qword ptr [rbx+40]
# are both operands small?
    mov edi, esi
    and edi, eax
    and edi, 15
    cmp edi, 15
    short jne L1815
    or rax, rsi
    short jmp L1816
L1815:
    call 140320710851432
L1816:
    mov qword ptr [rbx], rax
# i_call_f
.db 0x66, 0x90
    call label_1015
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1817
    mov ecx, 1
    call 140320710850576
L1817:
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
    jl L1166
    ret
# label_L
label_431:
# deallocate_t
# return
    dec r14
    jl L1166
    ret
# label_L
label_432:
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
label_433:
# i_func_info_IaaI
# prim_inet:gethostname/1
    call L1164
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x7F, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x93, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
gethostname/1:
# i_breakpoint_trampoline
    short jmp L1818
.db 0x00
    call L1167
    align 8
L1818:
# i_test_yield
    lea rdx, qword ptr [gethostname/1+24]
    dec r14
    jle L1165
# is_port_fs
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 7
    short je L1819
    test al, 1
    short jne label_433
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 52
    short jne label_433
L1819:
# i_move_sd
    mov qword ptr [rbx+16], 59
# i_move_sd
    mov qword ptr [rbx+8], 207
# i_call_only_f
    jmp label_1136
# func_line_I
# aligned_label_Lt
    align 8
label_435:
# i_func_info_IaaI
# prim_inet:getservbyname/3
    call L1164
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x7F, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x93, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
getservbyname/3:
# i_breakpoint_trampoline
    short jmp L1820
.db 0x00
    call L1167
    align 8
L1820:
# i_test_yield
    lea rdx, qword ptr [getservbyname/3+24]
    dec r14
    jle L1165
# is_port_fs
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 7
    short je L1821
    test al, 1
    jne label_440
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 52
    jne label_440
L1821:
# is_atom_fs
    mov rax, qword ptr [rbx+8]
    and al, 63
    cmp al, 11
    jne label_438
# is_atom_fs
    mov rax, qword ptr [rbx+16]
    and al, 63
    cmp al, 11
    jne label_437
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1822
    mov ecx, 3
    call 140320710850576
L1822:
    sub rsp, 16
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L1823:
L1824:
    long mov rcx, 9223372036854775807
    mov rax, 94919179100592
    lea rdx, qword ptr [L1823]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# swap_dd
    mov rdi, qword ptr [rsp]
    mov rsi, qword ptr [rbx]
    mov qword ptr [rbx], rdi
    mov qword ptr [rsp], rsi
# call_light_bif_be
    align 4
L1825:
L1826:
    long mov rcx, 9223372036854775807
    mov rax, 94919179100592
    lea rdx, qword ptr [L1825]
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
    jmp label_442
# label_L
label_437:
# is_list_fs
    mov rax, qword ptr [rbx+16]
    cmp rax, 59
    short je L1827
    test al, 2
    jne label_438
L1827:
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1828
    mov ecx, 3
.db 0x66, 0x90
    call 140320710850576
L1828:
    sub rsp, 16
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L1829:
L1830:
    long mov rcx, 9223372036854775807
    mov rax, 94919179100592
    lea rdx, qword ptr [L1829]
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
    jmp label_442
# label_L
label_438:
# is_list_fs
    mov rax, qword ptr [rbx+8]
    cmp rax, 59
    short je L1831
    test al, 2
    jne label_440
L1831:
# is_atom_fs
    mov rax, qword ptr [rbx+16]
    and al, 63
    cmp al, 11
    jne label_439
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1832
    mov ecx, 3
    call 140320710850576
L1832:
    sub rsp, 16
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L1833:
L1834:
    long mov rcx, 9223372036854775807
    mov rax, 94919179100592
    lea rdx, qword ptr [L1833]
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
    jmp label_442
# label_L
label_439:
# is_list_fs
    mov rax, qword ptr [rbx+16]
    cmp rax, 59
    short je L1835
    test al, 2
    jne label_440
L1835:
# i_call_only_f
    jmp label_442
# label_L
label_440:
# i_move_sd
L1836:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L1166
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_441:
# i_func_info_IaaI
# prim_inet:getservbyname1/3
    call L1164
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x7F, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x93, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_442:
# i_breakpoint_trampoline
    short jmp L1837
.db 0x00
    call L1167
    align 8
L1837:
# line_I
# i_test_yield
    lea rdx, qword ptr [label_442+24]
    dec r14
    jle L1165
# i_length_setup_jts
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx+24], rdi
    mov qword ptr [rbx+32], 15
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx+40], rdi
# i_length_jtd
    align 4
L1838:
    mov esi, 3
    lea rdx, qword ptr [L1838]
    call 140320710852592
    mov qword ptr [rbx+24], rax
# line_I
# i_length_setup_jts
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx+32], rdi
    mov qword ptr [rbx+40], 15
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx+48], rdi
# i_length_jtd
    align 4
L1839:
    mov esi, 4
    lea rdx, qword ptr [L1839]
    call 140320710852592
    mov qword ptr [rbx+32], rax
# is_ge_fss
    mov rsi, qword ptr [rbx+24]
    mov edi, 4095
# skipped test for small operands since they are always small
    cmp rdi, rsi
L1840:
L1841:
    jl label_443
# is_lt_fss
    mov rsi, qword ptr [rbx+32]
    mov edi, 4095
# skipped test for small operands since they are always small
    cmp rdi, rsi
L1842:
L1843:
    jge label_444
# label_L
label_443:
# i_move_sd
L1844:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L1166
    ret
# label_L
label_444:
# allocate_heap_tIt
    lea rdx, qword ptr [r15+96]
    cmp rdx, rsp
    short jbe L1845
    mov ecx, 5
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1845:
# put_cons_ss
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# store_cons_Id
    add r15, 32
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
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], rsi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+16], rsi
# i_move_sd
    mov qword ptr [rbx+8], 287
# line_I
# i_call_f
.db 0x66, 0x90
    call label_1136
# i_is_tuple_fs
    mov rsi, qword ptr [rbx]
# simplified tuple test since the source is always a tuple when boxed
    rex test sil, 1
    jne label_446
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 30603
    jne label_445
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+8], rdi
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_446
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx+8], xmm0
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_446
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+24], rsi
    mov qword ptr [rbx+8], rdx
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_446
# line_I
# i_bsl_ssjd
    mov rsi, qword ptr [rbx+16]
    mov eax, 143
    mov rdi, rsi
    mov rdx, rsi
    xor rdx, -16
    cmovns rdi, rdx
    lzcnt rdx, rdi
    and edi, 15
    cmp edi, 15
    short jne L1846
    cmp rdx, 8
    short jbe L1846
    and rsi, -16
    sal rsi, 8
    lea rax, qword ptr [rsi+15]
    short jmp L1847
L1846:
    call 140320710851664
L1847:
    mov qword ptr [rbx], rax
# i_bor_jssd
    mov rsi, qword ptr [rbx]
    mov rax, qword ptr [rbx+24]
# are both operands small?
    mov edi, esi
    and edi, eax
    and edi, 15
    cmp edi, 15
    short jne L1848
    or rax, rsi
    short jmp L1849
L1848:
    call 140320710851432
L1849:
    mov qword ptr [rbx], rax
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1850
    mov ecx, 1
.db 0x90
    call 140320710850576
L1850:
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
    jl L1166
    ret
# label_L
label_445:
# deallocate_t
# return
    dec r14
    jl L1166
    ret
# label_L
label_446:
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
label_447:
# i_func_info_IaaI
# prim_inet:getservbyport/3
    call L1164
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x7F, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x93, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
getservbyport/3:
# i_breakpoint_trampoline
    short jmp L1851
.db 0x00
    call L1167
    align 8
L1851:
# i_test_yield
    lea rdx, qword ptr [getservbyport/3+24]
    dec r14
    jle L1165
# is_port_fs
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 7
    short je L1852
    test al, 1
    jne label_450
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 52
    jne label_450
L1852:
# is_atom_fs
    mov rax, qword ptr [rbx+16]
    and al, 63
    cmp al, 11
    jne label_449
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1853
    mov ecx, 3
.db 0x66, 0x90
    call 140320710850576
L1853:
    sub rsp, 16
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L1854:
L1855:
    long mov rcx, 9223372036854775807
    mov rax, 94919179100592
    lea rdx, qword ptr [L1854]
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
    jmp label_452
# label_L
label_449:
# is_list_fs
    mov rax, qword ptr [rbx+16]
    cmp rax, 59
    short je L1856
    test al, 2
    jne label_450
L1856:
# i_call_only_f
    jmp label_452
# label_L
label_450:
# i_move_sd
L1857:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L1166
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_451:
# i_func_info_IaaI
# prim_inet:getservbyport1/3
    call L1164
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x7F, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x94, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_452:
# i_breakpoint_trampoline
    short jmp L1858
.db 0x00
    call L1167
    align 8
L1858:
# line_I
# i_test_yield
    lea rdx, qword ptr [label_452+24]
    dec r14
    jle L1165
# i_length_setup_jts
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx+24], rdi
    mov qword ptr [rbx+32], 15
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx+40], rdi
# i_length_jtd
    align 4
L1859:
    mov esi, 3
    lea rdx, qword ptr [L1859]
    call 140320710852592
    mov qword ptr [rbx+24], rax
# is_ge_fss
    mov esi, 15
    mov rdi, qword ptr [rbx+8]
    mov eax, edi
    and al, 15
    cmp al, 15
    short jne L1860
    cmp rdi, rsi
    short jmp L1861
L1860:
    call 140320710848608
L1861:
    jl label_453
# is_ge_fss
    mov rsi, qword ptr [rbx+8]
    mov edi, 1048575
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L1862
    cmp rdi, rsi
    short jmp L1863
L1862:
    call 140320710848608
L1863:
    jl label_453
# is_lt_fss
    mov rsi, qword ptr [rbx+24]
    mov edi, 4095
# skipped test for small operands since they are always small
    cmp rdi, rsi
L1864:
L1865:
    jge label_454
# label_L
label_453:
# i_move_sd
L1866:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L1166
    ret
# label_L
label_454:
# line_I
# i_bsr_ssjd
    mov rsi, qword ptr [rbx+8]
# is the operand small?
    mov edi, esi
    and edi, 15
    cmp edi, 15
    short jne L1867
    mov rax, rsi
    sar rax, 8
    or rax, 15
    short jmp L1868
L1867:
    mov eax, 143
    call 140320710851768
L1868:
    mov qword ptr [rbx+32], rax
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1869
    mov ecx, 5
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1869:
# i_band_ssjd
    mov rsi, qword ptr [rbx+32]
    mov eax, 4095
# simplified test for small operand since it is a number
    test esi, 1
    short je L1870
    and rax, rsi
    short jmp L1871
L1870:
    call 140320710851200
L1871:
    mov qword ptr [rbx+32], rax
# i_band_ssjd
    mov rsi, qword ptr [rbx+8]
    mov eax, 4095
# simplified test for small operand since it is a number
    test esi, 1
    short je L1872
    and rax, rsi
    short jmp L1873
L1872:
    call 140320710851200
L1873:
    mov qword ptr [rbx+8], rax
# test_heap_It
    lea rdx, qword ptr [r15+112]
    cmp rdx, rsp
    short jbe L1874
    mov ecx, 5
    call 140320710850576
L1874:
# put_cons_ss
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# put_cons_ss
    mov rdi, qword ptr [rbx+16]
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
    mov qword ptr [rbx+16], rsi
# put_cons_ss
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# put_cons_ss
# (put head and tail together)
    movups xmm0, xmmword ptr [rbx+8]
    movups xmmword ptr [r15], xmm0
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+16], rsi
# i_move_sd
    mov qword ptr [rbx+8], 303
# i_call_f
.db 0x66, 0x90
    call label_1136
# i_is_tuple_fs
    mov rsi, qword ptr [rbx]
# simplified tuple test since the source is always a tuple when boxed
    rex test sil, 1
    jne label_455
# deallocate_t
# return
    dec r14
    jl L1166
    ret
# label_L
label_455:
# case_end_s
    mov qword ptr [r13+120], 69643
    mov qword ptr [r13+112], 7248
    xor ecx, ecx
    call 140320710854352
# func_line_I
    nop
# aligned_label_Lt
    align 8
label_456:
# i_func_info_IaaI
# prim_inet:unrecv/2
    call L1164
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x7F, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x94, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
unrecv/2:
# i_breakpoint_trampoline
    short jmp L1875
.db 0x00
    call L1167
    align 8
L1875:
# i_test_yield
    lea rdx, qword ptr [unrecv/2+24]
    dec r14
    jle L1165
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1876
    mov ecx, 2
    call 140320710850576
L1876:
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx+8], 703
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call label_1136
# i_is_tuple_fs
    mov rsi, qword ptr [rbx]
# simplified tuple test since the source is always a tuple when boxed
    rex test sil, 1
    jne label_459
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 30603
    jne label_458
# i_move_sd
    mov qword ptr [rbx], 30603
# deallocate_t
# return
    dec r14
    jl L1166
    ret
# label_L
label_458:
# deallocate_t
# return
    dec r14
    jl L1166
    ret
# label_L
label_459:
# case_end_s
    mov qword ptr [r13+120], 69643
    mov qword ptr [r13+112], 7248
    xor ecx, ecx
    call 140320710854352
# func_line_I
    nop
# aligned_label_Lt
    align 8
label_460:
# i_func_info_IaaI
# prim_inet:detach/1
    call L1164
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x7F, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x94, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
detach/1:
# i_breakpoint_trampoline
    short jmp L1877
.db 0x00
    call L1167
    align 8
L1877:
# i_test_yield
    lea rdx, qword ptr [detach/1+24]
    dec r14
    jle L1165
# is_port_fs
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 7
    short je L1878
    test al, 1
    short jne label_460
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 52
    short jne label_460
L1878:
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1879
    mov ecx, 1
    call 140320710850576
L1879:
# line_I
# call_light_bif_be
    align 4
L1880:
L1881:
    long mov rcx, 9223372036854775807
    mov rax, 94919179088544
    lea rdx, qword ptr [L1880]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov qword ptr [rbx], 30603
# deallocate_t
# return
    dec r14
    jl L1166
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_462:
# i_func_info_IaaI
# prim_inet:attach/1
    call L1164
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x7F, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x94, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
attach/1:
# i_breakpoint_trampoline
    short jmp L1882
.db 0x00
    call L1167
    align 8
L1882:
# i_test_yield
    lea rdx, qword ptr [attach/1+24]
    dec r14
    jle L1165
# is_port_fs
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 7
    short je L1883
    test al, 1
    short jne label_462
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 52
    short jne label_462
L1883:
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1884
    mov ecx, 1
    call 140320710850576
L1884:
    sub rsp, 16
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# self_d
    mov rdi, qword ptr [r13]
    mov qword ptr [rbx+8], rdi
# catch_yf
    inc qword ptr [r13+264]
L1885:
    mov eax, 2147483647
    mov qword ptr [rsp+8], rax
# line_I
# i_call_ext_e
L1886:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# try_end_y
    dec qword ptr [r13+264]
    mov qword ptr [rsp+8], 59
# is_eq_exact_fss
    cmp qword ptr [rbx], 75
    jne label_466
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_trim_t
    add rsp, 16
# line_I
# call_light_bif_be
    align 4
L1887:
L1888:
    long mov rcx, 9223372036854775807
    mov rax, 94919179083056
    lea rdx, qword ptr [L1887]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov qword ptr [rbx], 30603
# deallocate_t
# return
    dec r14
    jl L1166
    ret
# label_L
label_464:
# try_case_y
    dec qword ptr [r13+264]
    mov rax, qword ptr [rbx+24]
    mov qword ptr [rbx], rax
# is_eq_exact_fss
    cmp qword ptr [rbx], 779
    jne label_465
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1889
    mov ecx, 2
    call 140320710850576
L1889:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 779
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L1166
    ret
# label_L
label_465:
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
label_466:
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
label_467:
# i_func_info_IaaI
# prim_inet:is_sockopt_val/2
    call L1164
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x7F, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x95, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
is_sockopt_val/2:
# i_breakpoint_trampoline
    short jmp L1890
.db 0x00
    call L1167
    align 8
L1890:
# i_test_yield
    lea rdx, qword ptr [is_sockopt_val/2+24]
    dec r14
    jle L1165
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1891
    mov ecx, 2
    call 140320710850576
L1891:
    sub rsp, 16
# init_yregs_I
    mov qword ptr [rsp+8], 59
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx], 38475
# line_I
# i_call_f
    call label_584
# catch_yf
    inc qword ptr [r13+264]
L1892:
    mov eax, 2147483647
    mov qword ptr [rsp+8], rax
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+16], rdi
# init_yregs_I
    mov qword ptr [rsp], 59
# i_move_sd
    mov qword ptr [rbx], 38475
# line_I
# i_call_f
    call label_624
# try_end_y
    dec qword ptr [r13+264]
    mov qword ptr [rsp+8], 59
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L1166
    ret
# label_L
label_469:
# try_case_y
    dec qword ptr [r13+264]
    mov rax, qword ptr [rbx+24]
    mov qword ptr [rbx], rax
# is_eq_exact_fss
    cmp qword ptr [rbx], 715
    jne label_470
# i_move_sd
    mov qword ptr [rbx], 11
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L1166
    ret
# label_L
label_470:
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
label_471:
# i_func_info_IaaI
# prim_inet:enc_opt/1
    call L1164
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x7F, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x95, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_472:
# i_breakpoint_trampoline
    short jmp L1893
.db 0x00
    call L1167
    align 8
L1893:
# i_test_yield
    lea rdx, qword ptr [label_472+24]
    dec r14
    jle L1165
# i_select_val_bins_sfI
    mov rsi, qword ptr [rbx]
# Binary search in table of 62 elements
# Subtree [0..61], pivot 30
    cmp rsi, 72139
    je label_481
    ja L1894
# Subtree [0..29], pivot 14
    cmp rsi, 71115
    je label_497
    ja L1895
# Subtree [0..13], pivot 6
    cmp rsi, 70091
    je label_474
    ja L1896
# Linear search in [0..5], 6 elements
    cmp rsi, 1803
    je label_534
    cmp rsi, 22987
    je label_518
    cmp rsi, 31947
    je label_507
    cmp rsi, 32011
    je label_506
    cmp rsi, 33483
    je label_504
    cmp rsi, 34635
    je label_503
    jmp label_471
L1896:
# Linear search in [7..13], 7 elements
    cmp rsi, 70155
    je label_475
    cmp rsi, 70219
    je label_473
    cmp rsi, 70667
    je label_530
    cmp rsi, 70731
    je label_514
    cmp rsi, 70923
    je label_517
    cmp rsi, 70987
    je label_501
    cmp rsi, 71051
    je label_476
    jmp label_471
L1895:
# Subtree [15..29], pivot 22
    cmp rsi, 71627
    je label_482
    ja L1897
# Linear search in [15..21], 7 elements
    cmp rsi, 71179
    je label_526
    cmp rsi, 71243
    je label_499
    cmp rsi, 71307
    je label_500
    cmp rsi, 71371
    je label_498
    cmp rsi, 71435
    je label_520
    cmp rsi, 71499
    je label_510
    cmp rsi, 71563
    je label_532
    jmp label_471
L1897:
# Linear search in [23..29], 7 elements
    cmp rsi, 71691
    je label_495
    cmp rsi, 71755
    je label_487
    cmp rsi, 71819
    je label_494
    cmp rsi, 71883
    je label_485
    cmp rsi, 71947
    je label_491
    cmp rsi, 72011
    je label_488
    cmp rsi, 72075
    je label_486
    jmp label_471
L1894:
# Subtree [31..61], pivot 46
    cmp rsi, 104139
    je label_523
    ja L1898
# Subtree [31..45], pivot 38
    cmp rsi, 72651
    je label_489
    ja L1899
# Linear search in [31..37], 7 elements
    cmp rsi, 72203
    je label_483
    cmp rsi, 72267
    je label_496
    cmp rsi, 72331
    je label_484
    cmp rsi, 72395
    je label_493
    cmp rsi, 72459
    je label_490
    cmp rsi, 72523
    je label_492
    cmp rsi, 72587
    je label_480
    jmp label_471
L1899:
# Linear search in [39..45], 7 elements
    cmp rsi, 83147
    je label_529
    cmp rsi, 102347
    je label_531
    cmp rsi, 103819
    je label_533
    cmp rsi, 103883
    je label_528
    cmp rsi, 103947
    je label_527
    cmp rsi, 104011
    je label_525
    cmp rsi, 104075
    je label_524
    jmp label_471
L1898:
# Subtree [47..61], pivot 54
    cmp rsi, 104651
    je label_511
    ja L1900
# Linear search in [47..53], 7 elements
    cmp rsi, 104203
    je label_522
    cmp rsi, 104267
    je label_521
    cmp rsi, 104331
    je label_519
    cmp rsi, 104395
    je label_516
    cmp rsi, 104459
    je label_515
    cmp rsi, 104523
    je label_513
    cmp rsi, 104587
    je label_512
    jmp label_471
L1900:
# Linear search in [55..61], 7 elements
    cmp rsi, 104715
    je label_509
    cmp rsi, 104779
    je label_508
    cmp rsi, 104843
    je label_505
    cmp rsi, 104907
    je label_502
    cmp rsi, 104971
    je label_479
    cmp rsi, 105035
    je label_478
    cmp rsi, 105099
    je label_477
    jmp label_471
# label_L
label_473:
# i_move_sd
    mov qword ptr [rbx], 751
# return
    dec r14
    jl L1166
    ret
# label_L
label_474:
# i_move_sd
    mov qword ptr [rbx], 159
# return
    dec r14
    jl L1166
    ret
# label_L
label_475:
# i_move_sd
    mov qword ptr [rbx], 671
# return
    dec r14
    jl L1166
    ret
# label_L
label_476:
# i_move_sd
    mov qword ptr [rbx], 111
# return
    dec r14
    jl L1166
    ret
# label_L
label_477:
# i_move_sd
    mov qword ptr [rbx], 639
# return
    dec r14
    jl L1166
    ret
# label_L
label_478:
# i_move_sd
    mov qword ptr [rbx], 575
# return
    dec r14
    jl L1166
    ret
# label_L
label_479:
# i_move_sd
    mov qword ptr [rbx], 495
# return
    dec r14
    jl L1166
    ret
# label_L
label_480:
# i_move_sd
    mov qword ptr [rbx], 1855
# return
    dec r14
    jl L1166
    ret
# label_L
label_481:
# i_move_sd
    mov qword ptr [rbx], 1743
# return
    dec r14
    jl L1166
    ret
# label_L
label_482:
# i_move_sd
    mov qword ptr [rbx], 1615
# return
    dec r14
    jl L1166
    ret
# label_L
label_483:
# i_move_sd
    mov qword ptr [rbx], 1759
# return
    dec r14
    jl L1166
    ret
# label_L
label_484:
# i_move_sd
    mov qword ptr [rbx], 1791
# return
    dec r14
    jl L1166
    ret
# label_L
label_485:
# i_move_sd
    mov qword ptr [rbx], 1679
# return
    dec r14
    jl L1166
    ret
# label_L
label_486:
# i_move_sd
    mov qword ptr [rbx], 1727
# return
    dec r14
    jl L1166
    ret
# label_L
label_487:
# i_move_sd
    mov qword ptr [rbx], 1647
# return
    dec r14
    jl L1166
    ret
# label_L
label_488:
# i_move_sd
    mov qword ptr [rbx], 1711
# return
    dec r14
    jl L1166
    ret
# label_L
label_489:
# i_move_sd
    mov qword ptr [rbx], 1871
# return
    dec r14
    jl L1166
    ret
# label_L
label_490:
# i_move_sd
    mov qword ptr [rbx], 1823
# return
    dec r14
    jl L1166
    ret
# label_L
label_491:
# i_move_sd
    mov qword ptr [rbx], 1695
# return
    dec r14
    jl L1166
    ret
# label_L
label_492:
# i_move_sd
    mov qword ptr [rbx], 1839
# return
    dec r14
    jl L1166
    ret
# label_L
label_493:
# i_move_sd
    mov qword ptr [rbx], 1807
# return
    dec r14
    jl L1166
    ret
# label_L
label_494:
# i_move_sd
    mov qword ptr [rbx], 1663
# return
    dec r14
    jl L1166
    ret
# label_L
label_495:
# i_move_sd
    mov qword ptr [rbx], 1631
# return
    dec r14
    jl L1166
    ret
# label_L
label_496:
# i_move_sd
    mov qword ptr [rbx], 1775
# return
    dec r14
    jl L1166
    ret
# label_L
label_497:
# i_move_sd
    mov qword ptr [rbx], 15
# return
    dec r14
    jl L1166
    ret
# label_L
label_498:
# i_move_sd
    mov qword ptr [rbx], 767
# return
    dec r14
    jl L1166
    ret
# label_L
label_499:
# i_move_sd
    mov qword ptr [rbx], 703
# return
    dec r14
    jl L1166
    ret
# label_L
label_500:
# i_move_sd
    mov qword ptr [rbx], 719
# return
    dec r14
    jl L1166
    ret
# label_L
label_501:
# i_move_sd
    mov qword ptr [rbx], 127
# return
    dec r14
    jl L1166
    ret
# label_L
label_502:
# i_move_sd
    mov qword ptr [rbx], 543
# return
    dec r14
    jl L1166
    ret
# label_L
label_503:
# i_move_sd
    mov qword ptr [rbx], 559
# return
    dec r14
    jl L1166
    ret
# label_L
label_504:
# i_move_sd
    mov qword ptr [rbx], 143
# return
    dec r14
    jl L1166
    ret
# label_L
label_505:
# i_move_sd
    mov qword ptr [rbx], 735
# return
    dec r14
    jl L1166
    ret
# label_L
label_506:
# i_move_sd
    mov qword ptr [rbx], 527
# return
    dec r14
    jl L1166
    ret
# label_L
label_507:
# i_move_sd
    mov qword ptr [rbx], 383
# return
    dec r14
    jl L1166
    ret
# label_L
label_508:
# i_move_sd
    mov qword ptr [rbx], 783
# return
    dec r14
    jl L1166
    ret
# label_L
label_509:
# i_move_sd
    mov qword ptr [rbx], 175
# return
    dec r14
    jl L1166
    ret
# label_L
label_510:
# i_move_sd
    mov qword ptr [rbx], 623
# return
    dec r14
    jl L1166
    ret
# label_L
label_511:
# i_move_sd
    mov qword ptr [rbx], 207
# return
    dec r14
    jl L1166
    ret
# label_L
label_512:
# i_move_sd
    mov qword ptr [rbx], 223
# return
    dec r14
    jl L1166
    ret
# label_L
label_513:
# i_move_sd
    mov qword ptr [rbx], 191
# return
    dec r14
    jl L1166
    ret
# label_L
label_514:
# i_move_sd
    mov qword ptr [rbx], 399
# return
    dec r14
    jl L1166
    ret
# label_L
label_515:
# i_move_sd
    mov qword ptr [rbx], 463
# return
    dec r14
    jl L1166
    ret
# label_L
label_516:
# i_move_sd
    mov qword ptr [rbx], 607
# return
    dec r14
    jl L1166
    ret
# label_L
label_517:
# i_move_sd
    mov qword ptr [rbx], 63
# return
    dec r14
    jl L1166
    ret
# label_L
label_518:
# i_move_sd
    mov qword ptr [rbx], 655
# return
    dec r14
    jl L1166
    ret
# label_L
label_519:
# i_move_sd
    mov qword ptr [rbx], 31
# return
    dec r14
    jl L1166
    ret
# label_L
label_520:
# i_move_sd
    mov qword ptr [rbx], 271
# return
    dec r14
    jl L1166
    ret
# label_L
label_521:
# i_move_sd
    mov qword ptr [rbx], 447
# return
    dec r14
    jl L1166
    ret
# label_L
label_522:
# i_move_sd
    mov qword ptr [rbx], 591
# return
    dec r14
    jl L1166
    ret
# label_L
label_523:
# i_move_sd
    mov qword ptr [rbx], 351
# return
    dec r14
    jl L1166
    ret
# label_L
label_524:
# i_move_sd
    mov qword ptr [rbx], 431
# return
    dec r14
    jl L1166
    ret
# label_L
label_525:
# i_move_sd
    mov qword ptr [rbx], 255
# return
    dec r14
    jl L1166
    ret
# label_L
label_526:
# i_move_sd
    mov qword ptr [rbx], 47
# return
    dec r14
    jl L1166
    ret
# label_L
label_527:
# i_move_sd
    mov qword ptr [rbx], 415
# return
    dec r14
    jl L1166
    ret
# label_L
label_528:
# i_move_sd
    mov qword ptr [rbx], 511
# return
    dec r14
    jl L1166
    ret
# label_L
label_529:
# i_move_sd
    mov qword ptr [rbx], 1599
# return
    dec r14
    jl L1166
    ret
# label_L
label_530:
# i_move_sd
    mov qword ptr [rbx], 335
# return
    dec r14
    jl L1166
    ret
# label_L
label_531:
# i_move_sd
    mov qword ptr [rbx], 79
# return
    dec r14
    jl L1166
    ret
# label_L
label_532:
# i_move_sd
    mov qword ptr [rbx], 687
# return
    dec r14
    jl L1166
    ret
# label_L
label_533:
# i_move_sd
    mov qword ptr [rbx], 239
# return
    dec r14
    jl L1166
    ret
# label_L
label_534:
# i_move_sd
    mov qword ptr [rbx], 367
# return
    dec r14
    jl L1166
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_535:
# i_func_info_IaaI
# prim_inet:dec_opt/1
    call L1164
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x7F, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x9A, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_536:
# i_breakpoint_trampoline
    short jmp L1901
.db 0x00
    call L1167
    align 8
L1901:
# i_test_yield
    lea rdx, qword ptr [label_536+24]
    dec r14
    jle L1165
# i_select_val_bins_sfI
    mov rsi, qword ptr [rbx]
# Binary search in table of 45 elements
# Subtree [0..44], pivot 22
    cmp rsi, 431
    je label_559
    ja L1902
# Subtree [0..21], pivot 10
    cmp rsi, 191
    je label_571
    ja L1903
# Linear search in [0..9], 10 elements
    cmp rsi, 15
    je label_581
    cmp rsi, 31
    je label_580
    cmp rsi, 47
    je label_579
    cmp rsi, 63
    je label_578
    cmp rsi, 79
    je label_577
    cmp rsi, 111
    je label_576
    cmp rsi, 127
    je label_575
    cmp rsi, 143
    je label_574
    cmp rsi, 159
    je label_573
    cmp rsi, 175
    je label_572
    jmp label_582
L1903:
# Subtree [11..21], pivot 16
    cmp rsi, 335
    je label_565
    ja L1904
# Linear search in [11..15], 5 elements
    cmp rsi, 207
    je label_570
    cmp rsi, 223
    je label_569
    cmp rsi, 239
    je label_568
    cmp rsi, 255
    je label_567
    cmp rsi, 271
    je label_566
    jmp label_582
L1904:
# Linear search in [17..21], 5 elements
    cmp rsi, 351
    je label_564
    cmp rsi, 367
    je label_563
    cmp rsi, 383
    je label_562
    cmp rsi, 399
    je label_561
    cmp rsi, 415
    je label_560
    jmp label_582
L1902:
# Subtree [23..44], pivot 33
    cmp rsi, 623
    je label_548
    ja L1905
# Linear search in [23..32], 10 elements
    cmp rsi, 447
    je label_558
    cmp rsi, 463
    je label_557
    cmp rsi, 495
    je label_556
    cmp rsi, 511
    je label_555
    cmp rsi, 527
    je label_554
    cmp rsi, 543
    je label_553
    cmp rsi, 559
    je label_552
    cmp rsi, 575
    je label_551
    cmp rsi, 591
    je label_550
    cmp rsi, 607
    je label_549
    jmp label_582
L1905:
# Subtree [34..44], pivot 39
    cmp rsi, 719
    je label_542
    ja L1906
# Linear search in [34..38], 5 elements
    cmp rsi, 639
    je label_547
    cmp rsi, 655
    je label_546
    cmp rsi, 671
    je label_545
    cmp rsi, 687
    je label_544
    cmp rsi, 703
    je label_543
    jmp label_582
L1906:
# Linear search in [40..44], 5 elements
    cmp rsi, 735
    je label_541
    cmp rsi, 751
    je label_540
    cmp rsi, 767
    je label_539
    cmp rsi, 783
    je label_538
    cmp rsi, 1599
    je label_537
    jmp label_582
# label_L
label_537:
# i_move_sd
    mov qword ptr [rbx], 83147
# return
    dec r14
    jl L1166
    ret
# label_L
label_538:
# i_move_sd
    mov qword ptr [rbx], 104779
# return
    dec r14
    jl L1166
    ret
# label_L
label_539:
# i_move_sd
    mov qword ptr [rbx], 71371
# return
    dec r14
    jl L1166
    ret
# label_L
label_540:
# i_move_sd
    mov qword ptr [rbx], 70219
# return
    dec r14
    jl L1166
    ret
# label_L
label_541:
# i_move_sd
    mov qword ptr [rbx], 104843
# return
    dec r14
    jl L1166
    ret
# label_L
label_542:
# i_move_sd
    mov qword ptr [rbx], 71307
# return
    dec r14
    jl L1166
    ret
# label_L
label_543:
# i_move_sd
    mov qword ptr [rbx], 71243
# return
    dec r14
    jl L1166
    ret
# label_L
label_544:
# i_move_sd
    mov qword ptr [rbx], 71563
# return
    dec r14
    jl L1166
    ret
# label_L
label_545:
# i_move_sd
    mov qword ptr [rbx], 70155
# return
    dec r14
    jl L1166
    ret
# label_L
label_546:
# i_move_sd
    mov qword ptr [rbx], 22987
# return
    dec r14
    jl L1166
    ret
# label_L
label_547:
# i_move_sd
    mov qword ptr [rbx], 105099
# return
    dec r14
    jl L1166
    ret
# label_L
label_548:
# i_move_sd
    mov qword ptr [rbx], 71499
# return
    dec r14
    jl L1166
    ret
# label_L
label_549:
# i_move_sd
    mov qword ptr [rbx], 104395
# return
    dec r14
    jl L1166
    ret
# label_L
label_550:
# i_move_sd
    mov qword ptr [rbx], 104203
# return
    dec r14
    jl L1166
    ret
# label_L
label_551:
# i_move_sd
    mov qword ptr [rbx], 105035
# return
    dec r14
    jl L1166
    ret
# label_L
label_552:
# i_move_sd
    mov qword ptr [rbx], 34635
# return
    dec r14
    jl L1166
    ret
# label_L
label_553:
# i_move_sd
    mov qword ptr [rbx], 104907
# return
    dec r14
    jl L1166
    ret
# label_L
label_554:
# i_move_sd
    mov qword ptr [rbx], 32011
# return
    dec r14
    jl L1166
    ret
# label_L
label_555:
# i_move_sd
    mov qword ptr [rbx], 103883
# return
    dec r14
    jl L1166
    ret
# label_L
label_556:
# i_move_sd
    mov qword ptr [rbx], 104971
# return
    dec r14
    jl L1166
    ret
# label_L
label_557:
# i_move_sd
    mov qword ptr [rbx], 104459
# return
    dec r14
    jl L1166
    ret
# label_L
label_558:
# i_move_sd
    mov qword ptr [rbx], 104267
# return
    dec r14
    jl L1166
    ret
# label_L
label_559:
# i_move_sd
    mov qword ptr [rbx], 104075
# return
    dec r14
    jl L1166
    ret
# label_L
label_560:
# i_move_sd
    mov qword ptr [rbx], 103947
# return
    dec r14
    jl L1166
    ret
# label_L
label_561:
# i_move_sd
    mov qword ptr [rbx], 70731
# return
    dec r14
    jl L1166
    ret
# label_L
label_562:
# i_move_sd
    mov qword ptr [rbx], 31947
# return
    dec r14
    jl L1166
    ret
# label_L
label_563:
# i_move_sd
    mov qword ptr [rbx], 1803
# return
    dec r14
    jl L1166
    ret
# label_L
label_564:
# i_move_sd
    mov qword ptr [rbx], 104139
# return
    dec r14
    jl L1166
    ret
# label_L
label_565:
# i_move_sd
    mov qword ptr [rbx], 70667
# return
    dec r14
    jl L1166
    ret
# label_L
label_566:
# i_move_sd
    mov qword ptr [rbx], 71435
# return
    dec r14
    jl L1166
    ret
# label_L
label_567:
# i_move_sd
    mov qword ptr [rbx], 104011
# return
    dec r14
    jl L1166
    ret
# label_L
label_568:
# i_move_sd
    mov qword ptr [rbx], 103819
# return
    dec r14
    jl L1166
    ret
# label_L
label_569:
# i_move_sd
    mov qword ptr [rbx], 104587
# return
    dec r14
    jl L1166
    ret
# label_L
label_570:
# i_move_sd
    mov qword ptr [rbx], 104651
# return
    dec r14
    jl L1166
    ret
# label_L
label_571:
# i_move_sd
    mov qword ptr [rbx], 104523
# return
    dec r14
    jl L1166
    ret
# label_L
label_572:
# i_move_sd
    mov qword ptr [rbx], 104715
# return
    dec r14
    jl L1166
    ret
# label_L
label_573:
# i_move_sd
    mov qword ptr [rbx], 70091
# return
    dec r14
    jl L1166
    ret
# label_L
label_574:
# i_move_sd
    mov qword ptr [rbx], 33483
# return
    dec r14
    jl L1166
    ret
# label_L
label_575:
# i_move_sd
    mov qword ptr [rbx], 70987
# return
    dec r14
    jl L1166
    ret
# label_L
label_576:
# i_move_sd
    mov qword ptr [rbx], 71051
# return
    dec r14
    jl L1166
    ret
# label_L
label_577:
# i_move_sd
    mov qword ptr [rbx], 102347
# return
    dec r14
    jl L1166
    ret
# label_L
label_578:
# i_move_sd
    mov qword ptr [rbx], 70923
# return
    dec r14
    jl L1166
    ret
# label_L
label_579:
# i_move_sd
    mov qword ptr [rbx], 71179
# return
    dec r14
    jl L1166
    ret
# label_L
label_580:
# i_move_sd
    mov qword ptr [rbx], 104331
# return
    dec r14
    jl L1166
    ret
# label_L
label_581:
# i_move_sd
    mov qword ptr [rbx], 71115
# return
    dec r14
    jl L1166
    ret
# label_L
label_582:
# is_integer_fs
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L1907
    test al, 1
    jne label_535
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_535
L1907:
# i_move_sd
    mov qword ptr [rbx], 907
# return
    dec r14
    jl L1166
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_583:
# i_func_info_IaaI
# prim_inet:type_opt/2
    call L1164
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x7F, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x9B, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_584:
# i_breakpoint_trampoline
    short jmp L1908
.db 0x00
    call L1167
    align 8
L1908:
# i_test_yield
    lea rdx, qword ptr [label_584+24]
    dec r14
    jle L1165
# is_eq_exact_fss
    cmp qword ptr [rbx], 47435
    jne label_585
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 34635
    jne label_586
# i_move_sd
L1909:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L1166
    ret
# label_L
label_585:
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 34635
    jne label_586
# i_move_sd
L1910:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L1166
    ret
# label_L
label_586:
# is_eq_exact_fss
    cmp qword ptr [rbx], 47435
    jne label_589
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+8]
    cmp rsi, 72587
    je label_587
    cmp rsi, 72651
    je label_588
    jmp label_589
# label_L
label_587:
# i_move_sd
L1911:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L1166
    ret
# label_L
label_588:
# i_move_sd
L1912:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L1166
    ret
# label_L
label_589:
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp label_591
# func_line_I
# aligned_label_Lt
    align 8
label_590:
# i_func_info_IaaI
# prim_inet:type_opt_1/1
    call L1164
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x7F, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x9B, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_591:
# i_breakpoint_trampoline
    short jmp L1913
.db 0x00
    call L1167
    align 8
L1913:
# i_test_yield
    lea rdx, qword ptr [label_591+24]
    dec r14
    jle L1165
# i_select_val_bins_sfI
    mov rsi, qword ptr [rbx]
# Binary search in table of 60 elements
# Subtree [0..59], pivot 29
    cmp rsi, 72075
    je label_609
    ja L1914
# Subtree [0..28], pivot 14
    cmp rsi, 71115
    je label_612
    ja L1915
# Subtree [0..13], pivot 6
    cmp rsi, 70091
    je label_611
    ja L1916
# Linear search in [0..5], 6 elements
    cmp rsi, 907
    je label_592
    cmp rsi, 1803
    je label_615
    cmp rsi, 22987
    je label_611
    cmp rsi, 31947
    je label_605
    cmp rsi, 32011
    je label_609
    cmp rsi, 33483
    je label_611
    jmp label_616
L1916:
# Linear search in [7..13], 7 elements
    cmp rsi, 70155
    je label_611
    cmp rsi, 70219
    je label_611
    cmp rsi, 70667
    je label_611
    cmp rsi, 70731
    je label_607
    cmp rsi, 70923
    je label_608
    cmp rsi, 70987
    je label_611
    cmp rsi, 71051
    je label_611
    jmp label_616
L1915:
# Subtree [15..28], pivot 21
    cmp rsi, 71563
    je label_613
    ja L1917
# Linear search in [15..20], 6 elements
    cmp rsi, 71179
    je label_612
    cmp rsi, 71243
    je label_612
    cmp rsi, 71307
    je label_612
    cmp rsi, 71371
    je label_612
    cmp rsi, 71435
    je label_612
    cmp rsi, 71499
    je label_613
    jmp label_616
L1917:
# Linear search in [22..28], 7 elements
    cmp rsi, 71627
    je label_595
    cmp rsi, 71691
    je label_602
    cmp rsi, 71755
    je label_598
    cmp rsi, 71819
    je label_609
    cmp rsi, 71883
    je label_612
    cmp rsi, 71947
    je label_612
    cmp rsi, 72011
    je label_612
    jmp label_616
L1914:
# Subtree [30..59], pivot 44
    cmp rsi, 104139
    je label_609
    ja L1918
# Subtree [30..43], pivot 36
    cmp rsi, 72523
    je label_600
    ja L1919
# Linear search in [30..35], 6 elements
    cmp rsi, 72139
    je label_594
    cmp rsi, 72203
    je label_596
    cmp rsi, 72267
    je label_603
    cmp rsi, 72331
    je label_597
    cmp rsi, 72395
    je label_601
    cmp rsi, 72459
    je label_599
    jmp label_616
L1919:
# Linear search in [37..43], 7 elements
    cmp rsi, 83147
    je label_612
    cmp rsi, 102347
    je label_612
    cmp rsi, 103819
    je label_614
    cmp rsi, 103883
    je label_612
    cmp rsi, 103947
    je label_610
    cmp rsi, 104011
    je label_614
    cmp rsi, 104075
    je label_612
    jmp label_616
L1918:
# Subtree [45..59], pivot 52
    cmp rsi, 104651
    je label_611
    ja L1920
# Linear search in [45..51], 7 elements
    cmp rsi, 104203
    je label_611
    cmp rsi, 104267
    je label_611
    cmp rsi, 104331
    je label_612
    cmp rsi, 104395
    je label_611
    cmp rsi, 104459
    je label_611
    cmp rsi, 104523
    je label_606
    cmp rsi, 104587
    je label_612
    jmp label_616
L1920:
# Linear search in [53..59], 7 elements
    cmp rsi, 104715
    je label_612
    cmp rsi, 104779
    je label_612
    cmp rsi, 104843
    je label_604
    cmp rsi, 104907
    je label_609
    cmp rsi, 104971
    je label_593
    cmp rsi, 105035
    je label_612
    cmp rsi, 105099
    je label_612
    jmp label_616
# label_L
label_592:
# return
    dec r14
    jl L1166
    ret
# label_L
label_593:
# i_move_sd
    mov qword ptr [rbx], 50443
# return
    dec r14
    jl L1166
    ret
# label_L
label_594:
# i_move_sd
L1921:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L1166
    ret
# label_L
label_595:
# i_move_sd
L1922:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L1166
    ret
# label_L
label_596:
# i_move_sd
L1923:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L1166
    ret
# label_L
label_597:
# i_move_sd
L1924:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L1166
    ret
# label_L
label_598:
# i_move_sd
L1925:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L1166
    ret
# label_L
label_599:
# i_move_sd
L1926:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L1166
    ret
# label_L
label_600:
# i_move_sd
L1927:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L1166
    ret
# label_L
label_601:
# i_move_sd
L1928:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L1166
    ret
# label_L
label_602:
# i_move_sd
L1929:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L1166
    ret
# label_L
label_603:
# i_move_sd
L1930:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L1166
    ret
# label_L
label_604:
# i_move_sd
    mov qword ptr [rbx], 105355
# return
    dec r14
    jl L1166
    ret
# label_L
label_605:
# i_move_sd
L1931:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L1166
    ret
# label_L
label_606:
# i_move_sd
    mov qword ptr [rbx], 105419
# return
    dec r14
    jl L1166
    ret
# label_L
label_607:
# i_move_sd
L1932:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L1166
    ret
# label_L
label_608:
# i_move_sd
L1933:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L1166
    ret
# label_L
label_609:
# i_move_sd
    mov qword ptr [rbx], 105483
# return
    dec r14
    jl L1166
    ret
# label_L
label_610:
# i_move_sd
L1934:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L1166
    ret
# label_L
label_611:
# i_move_sd
    mov qword ptr [rbx], 105547
# return
    dec r14
    jl L1166
    ret
# label_L
label_612:
# i_move_sd
    mov qword ptr [rbx], 98251
# return
    dec r14
    jl L1166
    ret
# label_L
label_613:
# i_move_sd
    mov qword ptr [rbx], 5899
# return
    dec r14
    jl L1166
    ret
# label_L
label_614:
# i_move_sd
    mov qword ptr [rbx], 105611
# return
    dec r14
    jl L1166
    ret
# label_L
label_615:
# i_move_sd
L1935:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L1166
    ret
# label_L
label_616:
# is_atom_fs
    mov rax, qword ptr [rbx]
    and al, 63
    cmp al, 11
    jne label_590
# i_move_sd
    mov qword ptr [rbx], 907
# return
    dec r14
    jl L1166
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_617:
# i_func_info_IaaI
# prim_inet:type_value/2
    call L1164
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x7F, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x9C, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_618:
# i_breakpoint_trampoline
    short jmp L1936
.db 0x00
    call L1167
    align 8
L1936:
# i_test_yield
    lea rdx, qword ptr [label_618+24]
    dec r14
    jle L1165
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_620
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx], xmm0
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
# skipped box test since argument is always boxed
    cmp dword ptr [rsi-2], 128
    jne label_619
    cmp qword ptr [rsi+6], 105739
    jne label_619
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_622
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# line_I
# i_bif1_sjbd
    lea rsi, qword ptr [rbx]
    mov rcx, 94919179098688
    call 140320710851304
    mov qword ptr [rbx+8], rax
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1937
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1937:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov qword ptr [rbx+8], 907
# call_light_bif_be
    align 4
L1938:
L1939:
    long mov rcx, 9223372036854775807
    mov rax, 94919179098992
    lea rdx, qword ptr [L1938]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx+24], 47
# i_move_sd
    mov qword ptr [rbx], 47435
# i_call_last_ft
    add rsp, 8
    jmp label_643
# label_L
label_619:
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_622
# jump_f
    jmp label_621
# label_L
label_620:
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 907
    jne label_622
# label_L
label_621:
# i_move_sd
    mov qword ptr [rbx], 11
# return
    dec r14
    jl L1166
    ret
# label_L
label_622:
# i_move_sd
    mov qword ptr [rbx], 75
# return
    dec r14
    jl L1166
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_623:
# i_func_info_IaaI
# prim_inet:type_value/3
    call L1164
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x7F, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x9C, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_624:
# i_breakpoint_trampoline
    short jmp L1940
.db 0x00
    call L1167
    align 8
L1940:
# i_test_yield
    lea rdx, qword ptr [label_624+24]
    dec r14
    jle L1165
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_625
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+24], xmm0
# is_nil_fS
    cmp qword ptr [rbx+32], 59
    jne label_627
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx+8], rdi
# i_call_only_f
    jmp label_630
# label_L
label_625:
# is_atom_fs
    mov rax, qword ptr [rbx+8]
    and al, 63
    cmp al, 11
    jne label_626
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 907
    jne label_627
# i_move_sd
    mov qword ptr [rbx], 11
# return
    dec r14
    jl L1166
    ret
# label_L
label_626:
# is_ne_exact_fss
    cmp qword ptr [rbx+8], 59
    je label_628
# label_L
label_627:
# is_eq_exact_fss
    cmp qword ptr [rbx], 38475
    jne label_628
# i_call_only_f
    jmp label_630
# label_L
label_628:
# bif_is_eq_exact_Ssd
    mov eax, 75
    cmp qword ptr [rbx+16], 907
    mov edi, 11
    cmovne rax, rdi
    mov qword ptr [rbx], rax
# return
    dec r14
    jl L1166
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_629:
# i_func_info_IaaI
# prim_inet:type_value_default/3
    call L1164
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x7F, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x9D, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_630:
# i_breakpoint_trampoline
    short jmp L1941
.db 0x00
    call L1167
    align 8
L1941:
# i_test_yield
    lea rdx, qword ptr [label_630+24]
    dec r14
    jle L1165
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_632
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+24], xmm0
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+32]
    test al, 2
    jne label_632
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx+32], xmm0
# is_nil_fS
    cmp qword ptr [rbx+32], 59
    jne label_632
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 907
    jne label_631
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx+8], rdi
# i_call_only_f
    jmp label_634
# label_L
label_631:
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx+8], rdi
# i_call_only_f
    jmp label_634
# label_L
label_632:
# i_call_only_f
    jmp label_634
# func_line_I
# aligned_label_Lt
    align 8
label_633:
# i_func_info_IaaI
# prim_inet:type_value_1/3
    call L1164
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x7F, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x9D, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_634:
# i_breakpoint_trampoline
    short jmp L1942
.db 0x00
    call L1167
    align 8
L1942:
# i_test_yield
    lea rdx, qword ptr [label_634+24]
    dec r14
    jle L1165
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx+8]
    rex test sil, 1
    jne label_636
    cmp dword ptr [rsi-2], 128
    jne label_636
    cmp qword ptr [rsi+6], 105739
    jne label_636
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+24], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 907
    jne label_635
# line_I
# i_bif1_sjbd
    lea rsi, qword ptr [rbx+24]
    mov rcx, 94919179098688
    call 140320710851304
    mov qword ptr [rbx+8], rax
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1943
    mov ecx, 4
.db 0x90
    call 140320710850576
L1943:
    sub rsp, 16
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov qword ptr [rbx+8], 907
# call_light_bif_be
    align 4
L1944:
L1945:
    long mov rcx, 9223372036854775807
    mov rax, 94919179098992
    lea rdx, qword ptr [L1944]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx+24], 47
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 16
    jmp label_643
# label_L
label_635:
# i_bif1_sjbd
    lea rsi, qword ptr [rbx+24]
    mov rcx, 94919179098688
    call 140320710851400
    je label_636
    mov qword ptr [rbx+32], rax
# i_bif1_sjbd
    lea rsi, qword ptr [rbx+16]
    mov rcx, 94919179098688
    call 140320710851400
    je label_636
    mov qword ptr [rbx+40], rax
# is_eq_exact_fss
# simplified check since one argument is an immediate
    mov rdi, qword ptr [rbx+40]
    cmp qword ptr [rbx+32], rdi
    jne label_636
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx+24], 47
# i_call_only_f
    jmp label_643
# label_L
label_636:
# i_bif1_sjbd
    lea rsi, qword ptr [rbx+8]
    mov rcx, 94919179098688
    call 140320710851400
    je label_637
    mov qword ptr [rbx+24], rax
# i_bif1_sjbd
    lea rsi, qword ptr [rbx+16]
    mov rcx, 94919179098688
    call 140320710851400
    je label_637
    mov qword ptr [rbx+32], rax
# is_eq_exact_fss
# simplified check since one argument is an immediate
    mov rdi, qword ptr [rbx+32]
    cmp qword ptr [rbx+24], rdi
    jne label_637
# i_move_sd
    mov qword ptr [rbx+24], 31
# i_call_only_f
    jmp label_639
# label_L
label_637:
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+8]
    movups xmmword ptr [rbx], xmm0
# i_call_only_f
    jmp label_647
# func_line_I
# aligned_label_Lt
    align 8
label_638:
# i_func_info_IaaI
# prim_inet:type_value_tuple/4
    call L1164
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x7F, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x9D, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_639:
# i_breakpoint_trampoline
    short jmp L1946
.db 0x00
    call L1167
    align 8
L1946:
# i_test_yield
    lea rdx, qword ptr [label_639+24]
    dec r14
    jle L1165
# i_bif1_sjbd
    lea rsi, qword ptr [rbx+8]
    mov rcx, 94919179098688
    call 140320710851304
    mov qword ptr [rbx+32], rax
# is_ge_fss
    mov rsi, qword ptr [rbx+24]
    mov rdi, qword ptr [rbx+32]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L1947
    cmp rdi, rsi
    short jmp L1948
L1947:
    call 140320710848608
L1948:
    jl label_641
# line_I
# bif_element_jssd
    mov rsi, qword ptr [rbx+8]
    mov rdi, qword ptr [rbx+24]
    xor edx, edx
    call 140320710848960
    mov qword ptr [rbx+32], rax
# bif_element_jssd
    mov rsi, qword ptr [rbx+16]
    mov rdi, qword ptr [rbx+24]
    xor edx, edx
    call 140320710848960
    mov qword ptr [rbx+40], rax
# allocate_tt
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1949
    mov ecx, 6
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1949:
    sub rsp, 32
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+16], 1
    vmovups xmmword ptr [rsp], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp+16], xmm0
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+32]
    movups xmmword ptr [rbx+8], xmm0
# i_call_f
.db 0x0F, 0x1F, 0x00
    call label_624
# is_eq_exact_fss
    cmp qword ptr [rbx], 75
    jne label_640
# line_I
# i_increment_SWd
# skipped operand and overflow checks
    mov rax, qword ptr [rsp]
    add rax, 16
    mov qword ptr [rbx+24], rax
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+8], 1
    vmovups xmmword ptr [rbx+8], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 32
    jmp label_639
# label_L
label_640:
# i_move_sd
    mov qword ptr [rbx], 11
# deallocate_t
    add rsp, 32
# return
    dec r14
    jl L1166
    ret
# label_L
label_641:
# i_move_sd
    mov qword ptr [rbx], 75
# return
    dec r14
    jl L1166
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_642:
# i_func_info_IaaI
# prim_inet:type_value_record/4
    call L1164
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x7F, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x9E, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_643:
# i_breakpoint_trampoline
    short jmp L1950
.db 0x00
    call L1167
    align 8
L1950:
# i_test_yield
    lea rdx, qword ptr [label_643+24]
    dec r14
    jle L1165
# i_bif1_sjbd
    lea rsi, qword ptr [rbx+8]
    mov rcx, 94919179098688
    call 140320710851304
    mov qword ptr [rbx+32], rax
# is_ge_fss
    mov rsi, qword ptr [rbx+24]
    mov rdi, qword ptr [rbx+32]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L1951
    cmp rdi, rsi
    short jmp L1952
L1951:
    call 140320710848608
L1952:
    jl label_645
# line_I
# bif_element_jssd
    mov rsi, qword ptr [rbx+8]
    mov rdi, qword ptr [rbx+24]
    xor edx, edx
    call 140320710848960
    mov qword ptr [rbx+32], rax
# bif_element_jssd
    mov rsi, qword ptr [rbx+16]
    mov rdi, qword ptr [rbx+24]
    xor edx, edx
    call 140320710848960
    mov qword ptr [rbx+40], rax
# allocate_tt
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1953
    mov ecx, 6
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1953:
    sub rsp, 32
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+16], 1
    vmovups xmmword ptr [rsp], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp+16], xmm0
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+32]
    movups xmmword ptr [rbx+8], xmm0
# i_call_f
.db 0x0F, 0x1F, 0x00
    call label_624
# is_eq_exact_fss
    cmp qword ptr [rbx], 75
    jne label_644
# line_I
# i_increment_SWd
# skipped operand and overflow checks
    mov rax, qword ptr [rsp]
    add rax, 16
    mov qword ptr [rbx+24], rax
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+8], 1
    vmovups xmmword ptr [rbx+8], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 32
    jmp label_643
# label_L
label_644:
# test_heap_It
    lea rdx, qword ptr [r15+104]
    cmp rdx, rsp
    short jbe L1954
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1954:
# put_tuple2_SA
# Move arity word
    mov edi, 320
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 105739
# (moving and swapping two elements at once)
    vpermilpd xmm0, xmmword ptr [rsp+16], 1
    vmovups xmmword ptr [r15+16], xmm0
# (moving and swapping two elements at once)
    vpermilpd xmm0, xmmword ptr [rsp], 1
    vmovups xmmword ptr [r15+32], xmm0
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 48
    mov qword ptr [rbx], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 43595
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L1955:
L1956:
    long mov rcx, 9223372036854775807
    mov rax, 94919179106976
    lea rdx, qword ptr [L1955]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 32
# return
    dec r14
    jl L1166
    ret
# label_L
label_645:
# i_move_sd
    mov qword ptr [rbx], 75
# return
    dec r14
    jl L1166
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_646:
# i_func_info_IaaI
# prim_inet:type_value_2/2
    call L1164
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x7F, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x9E, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_647:
# i_breakpoint_trampoline
    short jmp L1957
.db 0x00
    call L1167
    align 8
L1957:
# i_test_yield
    lea rdx, qword ptr [label_647+24]
    dec r14
    jle L1165
# i_is_tuple_fs
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_652
    test byte ptr [rsi-2], 63
    jne label_652
# i_select_tuple_arity_SfI
    mov rsi, qword ptr [rbx]
# skipped box test since argument is always boxed
    mov esi, dword ptr [rsi-2]
# simplified tuple test since the source is always a tuple when boxed
    cmp esi, 128
    je label_649
    cmp esi, 192
    je label_648
    jne label_705
# label_L
label_648:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+16], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 106123
    jne label_705
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1958
    mov ecx, 2
    call 140320710850576
L1958:
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
# i_call_f
.db 0x0F, 0x1F, 0x00
    call label_832
# nofail_bif1_sbd
    lea rsi, qword ptr [rbx]
    mov rcx, 94919178916256
    call 140320710851400
    mov qword ptr [rbx], rax
# deallocate_t
# return
    dec r14
    jl L1166
    ret
# label_L
label_649:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+16], rdi
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+16]
    cmp rsi, 106123
    je label_651
    cmp rsi, 106187
    je label_650
    jmp label_705
# label_L
label_650:
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1959
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1959:
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rbx], xmm0
# line_I
# i_call_f
.db 0x90
    call label_840
# nofail_bif1_sbd
    lea rsi, qword ptr [rbx]
    mov rcx, 94919178916560
    call 140320710851400
    mov qword ptr [rbx], rax
# deallocate_t
# return
    dec r14
    jl L1166
    ret
# label_L
label_651:
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1960
    mov ecx, 2
    call 140320710850576
L1960:
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rbx], xmm0
# line_I
# i_call_f
.db 0x90
    call label_832
# nofail_bif1_sbd
    lea rsi, qword ptr [rbx]
    mov rcx, 94919178916256
    call 140320710851400
    mov qword ptr [rbx], rax
# deallocate_t
# return
    dec r14
    jl L1166
    ret
# label_L
label_652:
# i_select_val_bins_sfI
    mov rsi, qword ptr [rbx]
# Binary search in table of 19 elements
# Subtree [0..18], pivot 9
    cmp rsi, 105611
    je label_663
    ja L1961
# Linear search in [0..8], 9 elements
    cmp rsi, 5899
    je label_678
    cmp rsi, 50443
    je label_656
    cmp rsi, 98251
    je label_674
    cmp rsi, 99211
    je label_682
    cmp rsi, 99659
    je label_679
    cmp rsi, 100363
    je label_661
    cmp rsi, 105419
    je label_662
    cmp rsi, 105483
    je label_677
    cmp rsi, 105547
    je label_672
    jmp label_705
L1961:
# Linear search in [10..18], 9 elements
    cmp rsi, 106251
    je label_675
    cmp rsi, 106315
    je label_674
    cmp rsi, 106379
    je label_673
    cmp rsi, 106443
    je label_670
    cmp rsi, 106507
    je label_661
    cmp rsi, 106571
    je label_657
    cmp rsi, 106635
    je label_655
    cmp rsi, 106699
    je label_654
    cmp rsi, 106763
    je label_653
    jmp label_705
# label_L
label_653:
# i_band_ssjd
    mov rsi, qword ptr [rbx+8]
    mov eax, 4095
# is the operand small?
    mov edi, esi
    and edi, 15
    cmp edi, 15
    short jne L1962
    and rax, rsi
    short jmp L1963
L1962:
    call 140320710851272
    je label_705
L1963:
    mov qword ptr [rbx], rax
# bif_is_eq_exact_Ssd
    mov eax, 75
    mov rdi, qword ptr [rbx+8]
    cmp qword ptr [rbx], rdi
# simplified check since one argument is an immediate
    mov edi, 11
    cmovne rax, rdi
    mov qword ptr [rbx], rax
# return
    dec r14
    jl L1166
    ret
# label_L
label_654:
# i_band_ssjd
    mov rsi, qword ptr [rbx+8]
    mov eax, 268435455
# is the operand small?
    mov edi, esi
    and edi, 15
    cmp edi, 15
    short jne L1964
    and rax, rsi
    short jmp L1965
L1964:
    call 140320710851272
    je label_705
L1965:
    mov qword ptr [rbx], rax
# bif_is_eq_exact_Ssd
    mov eax, 75
    mov rdi, qword ptr [rbx+8]
    cmp qword ptr [rbx], rdi
# simplified check since one argument is an immediate
    mov edi, 11
    cmovne rax, rdi
    mov qword ptr [rbx], rax
# return
    dec r14
    jl L1166
    ret
# label_L
label_655:
# i_band_ssjd
    mov rsi, qword ptr [rbx+8]
    mov eax, 1048575
# is the operand small?
    mov edi, esi
    and edi, 15
    cmp edi, 15
    short jne L1966
    and rax, rsi
    short jmp L1967
L1966:
    call 140320710851272
    je label_705
L1967:
    mov qword ptr [rbx], rax
# bif_is_eq_exact_Ssd
    mov eax, 75
    mov rdi, qword ptr [rbx+8]
    cmp qword ptr [rbx], rdi
# simplified check since one argument is an immediate
    mov edi, 11
    cmovne rax, rdi
    mov qword ptr [rbx], rax
# return
    dec r14
    jl L1166
    ret
# label_L
label_656:
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 395
    jne label_677
# jump_f
    jmp label_676
# label_L
label_657:
# i_is_tuple_fs
    mov rsi, qword ptr [rbx+8]
    rex test sil, 1
    jne label_660
    test byte ptr [rsi-2], 63
    jne label_660
# i_select_tuple_arity_SfI
    mov rsi, qword ptr [rbx+8]
# skipped box test since argument is always boxed
    mov esi, dword ptr [rsi-2]
# simplified tuple test since the source is always a tuple when boxed
    cmp esi, 256
    je label_659
    cmp esi, 512
    je label_658
    jne label_705
# label_L
label_658:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx], rdi
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+16], rdi
# i_bor_jssd
    mov rsi, qword ptr [rbx]
    mov rax, qword ptr [rbx+16]
# are both operands small?
    mov edi, esi
    and edi, eax
    and edi, 15
    cmp edi, 15
    short jne L1968
    or rax, rsi
    short jmp L1969
L1968:
    call 140320710851504
    je label_705
L1969:
    mov qword ptr [rbx], rax
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx+16], rdi
# i_bor_jssd
    mov rsi, qword ptr [rbx]
    mov rax, qword ptr [rbx+16]
# are both operands small?
    mov edi, esi
    and edi, eax
    and edi, 15
    cmp edi, 15
    short jne L1970
    or rax, rsi
    short jmp L1971
L1970:
    call 140320710851504
    je label_705
L1971:
    mov qword ptr [rbx], rax
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+30]
    mov qword ptr [rbx+16], rdi
# i_bor_jssd
    mov rsi, qword ptr [rbx]
    mov rax, qword ptr [rbx+16]
# are both operands small?
    mov edi, esi
    and edi, eax
    and edi, 15
    cmp edi, 15
    short jne L1972
    or rax, rsi
    short jmp L1973
L1972:
    call 140320710851504
    je label_705
L1973:
    mov qword ptr [rbx], rax
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+38]
    mov qword ptr [rbx+16], rdi
# i_bor_jssd
    mov rsi, qword ptr [rbx]
    mov rax, qword ptr [rbx+16]
# are both operands small?
    mov edi, esi
    and edi, eax
    and edi, 15
    cmp edi, 15
    short jne L1974
    or rax, rsi
    short jmp L1975
L1974:
    call 140320710851504
    je label_705
L1975:
    mov qword ptr [rbx], rax
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+46]
    mov qword ptr [rbx+16], rdi
# i_bor_jssd
    mov rsi, qword ptr [rbx]
    mov rax, qword ptr [rbx+16]
# are both operands small?
    mov edi, esi
    and edi, eax
    and edi, 15
    cmp edi, 15
    short jne L1976
    or rax, rsi
    short jmp L1977
L1976:
    call 140320710851504
    je label_705
L1977:
    mov qword ptr [rbx], rax
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+54]
    mov qword ptr [rbx+16], rdi
# i_bor_jssd
    mov rsi, qword ptr [rbx]
    mov rax, qword ptr [rbx+16]
# are both operands small?
    mov edi, esi
    and edi, eax
    and edi, 15
    cmp edi, 15
    short jne L1978
    or rax, rsi
    short jmp L1979
L1978:
    call 140320710851504
    je label_705
L1979:
    mov qword ptr [rbx], rax
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+62]
    mov qword ptr [rbx+8], rdi
# i_bor_jssd
    mov rsi, qword ptr [rbx]
    mov rax, qword ptr [rbx+8]
# are both operands small?
    mov edi, esi
    and edi, eax
    and edi, 15
    cmp edi, 15
    short jne L1980
    or rax, rsi
    short jmp L1981
L1980:
    call 140320710851504
    je label_705
L1981:
    mov qword ptr [rbx], rax
# line_I
# i_band_ssjd
    mov rsi, qword ptr [rbx]
    mov rax, -1048561
# simplified test for small operand since it is a number
    test esi, 1
    short je L1982
    and rax, rsi
    short jmp L1983
L1982:
    call 140320710851200
L1983:
    mov qword ptr [rbx], rax
# bif_is_eq_exact_Ssd
    mov eax, 75
    cmp qword ptr [rbx], 15
    mov edi, 11
    cmovne rax, rdi
    mov qword ptr [rbx], rax
# return
    dec r14
    jl L1166
    ret
# label_L
label_659:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx], rdi
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+16], rdi
# i_bor_jssd
    mov rsi, qword ptr [rbx]
    mov rax, qword ptr [rbx+16]
# are both operands small?
    mov edi, esi
    and edi, eax
    and edi, 15
    cmp edi, 15
    short jne L1984
    or rax, rsi
    short jmp L1985
L1984:
    call 140320710851504
    je label_705
L1985:
    mov qword ptr [rbx], rax
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx+16], rdi
# i_bor_jssd
    mov rsi, qword ptr [rbx]
    mov rax, qword ptr [rbx+16]
# are both operands small?
    mov edi, esi
    and edi, eax
    and edi, 15
    cmp edi, 15
    short jne L1986
    or rax, rsi
    short jmp L1987
L1986:
    call 140320710851504
    je label_705
L1987:
    mov qword ptr [rbx], rax
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+30]
    mov qword ptr [rbx+8], rdi
# i_bor_jssd
    mov rsi, qword ptr [rbx]
    mov rax, qword ptr [rbx+8]
# are both operands small?
    mov edi, esi
    and edi, eax
    and edi, 15
    cmp edi, 15
    short jne L1988
    or rax, rsi
    short jmp L1989
L1988:
    call 140320710851504
    je label_705
L1989:
    mov qword ptr [rbx], rax
# line_I
# i_band_ssjd
    mov rsi, qword ptr [rbx]
    mov rax, -4081
# simplified test for small operand since it is a number
    test esi, 1
    short je L1990
    and rax, rsi
    short jmp L1991
L1990:
    call 140320710851200
L1991:
    mov qword ptr [rbx], rax
# bif_is_eq_exact_Ssd
    mov eax, 75
    cmp qword ptr [rbx], 15
    mov edi, 11
    cmovne rax, rdi
    mov qword ptr [rbx], rax
# return
    dec r14
    jl L1166
    ret
# label_L
label_660:
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+8]
    cmp rsi, 3275
    je label_676
    cmp rsi, 106827
    je label_676
    jmp label_705
# label_L
label_661:
# i_band_ssjd
    mov rsi, qword ptr [rbx+8]
    mov rax, 68719476735
# is the operand small?
    mov edi, esi
    and edi, 15
    cmp edi, 15
    short jne L1992
    and rax, rsi
    short jmp L1993
L1992:
    call 140320710851272
    je label_705
L1993:
    mov qword ptr [rbx], rax
# bif_is_eq_exact_Ssd
    mov eax, 75
    mov rdi, qword ptr [rbx+8]
    cmp qword ptr [rbx], rdi
# simplified check since one argument is an immediate
    mov edi, 11
    cmovne rax, rdi
    mov qword ptr [rbx], rax
# return
    dec r14
    jl L1166
    ret
# label_L
label_662:
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx+8]
    rex test sil, 1
    jne label_672
    cmp dword ptr [rsi-2], 256
    jne label_672
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx], rdi
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+16], rdi
# i_bor_jssd
    mov rsi, qword ptr [rbx]
    mov rax, qword ptr [rbx+16]
# are both operands small?
    mov edi, esi
    and edi, eax
    and edi, 15
    cmp edi, 15
    short jne L1994
    or rax, rsi
    short jmp L1995
L1994:
    call 140320710851504
    je label_672
L1995:
    mov qword ptr [rbx], rax
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx+16], rdi
# i_bor_jssd
    mov rsi, qword ptr [rbx]
    mov rax, qword ptr [rbx+16]
# are both operands small?
    mov edi, esi
    and edi, eax
    and edi, 15
    cmp edi, 15
    short jne L1996
    or rax, rsi
    short jmp L1997
L1996:
    call 140320710851504
    je label_672
L1997:
    mov qword ptr [rbx], rax
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+30]
    mov qword ptr [rbx+16], rdi
# i_bor_jssd
    mov rsi, qword ptr [rbx]
    mov rax, qword ptr [rbx+16]
# are both operands small?
    mov edi, esi
    and edi, eax
    and edi, 15
    cmp edi, 15
    short jne L1998
    or rax, rsi
    short jmp L1999
L1998:
    call 140320710851504
    je label_672
L1999:
    mov qword ptr [rbx], rax
# line_I
# i_band_ssjd
    mov rsi, qword ptr [rbx]
    mov rax, -4081
# simplified test for small operand since it is a number
    test esi, 1
    short je L2000
    and rax, rsi
    short jmp L2001
L2000:
    call 140320710851200
L2001:
    mov qword ptr [rbx], rax
# is_eq_exact_fss
    cmp qword ptr [rbx], 15
    jne label_672
# jump_f
    jmp label_676
# label_L
label_663:
# i_select_tuple_arity_SfI
    mov rsi, qword ptr [rbx+8]
    rex test sil, 1
    jne label_705
    mov esi, dword ptr [rsi-2]
    rex test sil, 63
    jne label_705
    cmp esi, 128
    je label_666
    cmp esi, 192
    je label_664
    jne label_705
# label_L
label_664:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx], rdi
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_705
    cmp dword ptr [rsi-2], 256
    jne label_705
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# get_two_tuple_elements_sPSS
    vpermilpd xmm0, xmmword ptr [rsi+14], 1
    vmovups xmmword ptr [rbx+8], xmm0
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+6]
    movups xmmword ptr [rbx+24], xmm0
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx+40], rdi
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+30]
    mov qword ptr [rbx], rdi
# i_is_tuple_fs
    mov rsi, qword ptr [rbx+16]
    rex test sil, 1
    jne label_665
    test byte ptr [rsi-2], 63
    jne label_665
# i_test_arity_fsA
    mov rsi, qword ptr [rbx+16]
    cmp dword ptr [rsi-2], 256
    jne label_705
# i_bor_jssd
    mov rsi, qword ptr [rbx+24]
    mov rax, qword ptr [rbx+32]
# are both operands small?
    mov edi, esi
    and edi, eax
    and edi, 15
    cmp edi, 15
    short jne L2002
    or rax, rsi
    short jmp L2003
L2002:
    call 140320710851504
    je label_705
L2003:
    mov qword ptr [rbx+24], rax
# i_bor_jssd
    mov rsi, qword ptr [rbx+24]
    mov rax, qword ptr [rbx+40]
# are both operands small?
    mov edi, esi
    and edi, eax
    and edi, 15
    cmp edi, 15
    short jne L2004
    or rax, rsi
    short jmp L2005
L2004:
    call 140320710851504
    je label_705
L2005:
    mov qword ptr [rbx+24], rax
# i_bor_jssd
    mov rsi, qword ptr [rbx+24]
    mov rax, qword ptr [rbx]
# are both operands small?
    mov edi, esi
    and edi, eax
    and edi, 15
    cmp edi, 15
    short jne L2006
    or rax, rsi
    short jmp L2007
L2006:
    call 140320710851504
    je label_705
L2007:
    mov qword ptr [rbx], rax
# line_I
# i_band_ssjd
    mov rsi, qword ptr [rbx]
    mov rax, -4081
# simplified test for small operand since it is a number
    test esi, 1
    short je L2008
    and rax, rsi
    short jmp L2009
L2008:
    call 140320710851200
L2009:
    mov qword ptr [rbx], rax
# is_eq_exact_fss
    cmp qword ptr [rbx], 15
    jne label_705
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+16]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx], rdi
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+24], rdi
# i_bor_jssd
    mov rsi, qword ptr [rbx]
    mov rax, qword ptr [rbx+24]
# are both operands small?
    mov edi, esi
    and edi, eax
    and edi, 15
    cmp edi, 15
    short jne L2010
    or rax, rsi
    short jmp L2011
L2010:
    call 140320710851504
    je label_705
L2011:
    mov qword ptr [rbx], rax
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+16]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx+24], rdi
# i_bor_jssd
    mov rsi, qword ptr [rbx]
    mov rax, qword ptr [rbx+24]
# are both operands small?
    mov edi, esi
    and edi, eax
    and edi, 15
    cmp edi, 15
    short jne L2012
    or rax, rsi
    short jmp L2013
L2012:
    call 140320710851504
    je label_705
L2013:
    mov qword ptr [rbx], rax
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+16]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+30]
    mov qword ptr [rbx+16], rdi
# i_bor_jssd
    mov rsi, qword ptr [rbx]
    mov rax, qword ptr [rbx+16]
# are both operands small?
    mov edi, esi
    and edi, eax
    and edi, 15
    cmp edi, 15
    short jne L2014
    or rax, rsi
    short jmp L2015
L2014:
    call 140320710851504
    je label_705
L2015:
    mov qword ptr [rbx], rax
# line_I
# i_band_ssjd
    mov rsi, qword ptr [rbx]
    mov rax, -4081
# simplified test for small operand since it is a number
    test esi, 1
    short je L2016
    and rax, rsi
    short jmp L2017
L2016:
    call 140320710851200
L2017:
    mov qword ptr [rbx], rax
# is_eq_exact_fss
    cmp qword ptr [rbx], 15
    jne label_705
# jump_f
    jmp label_672
# label_L
label_665:
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 3275
    jne label_705
# i_bor_jssd
    mov rsi, qword ptr [rbx+24]
    mov rax, qword ptr [rbx+32]
# are both operands small?
    mov edi, esi
    and edi, eax
    and edi, 15
    cmp edi, 15
    short jne L2018
    or rax, rsi
    short jmp L2019
L2018:
    call 140320710851504
    je label_705
L2019:
    mov qword ptr [rbx+16], rax
# i_bor_jssd
    mov rsi, qword ptr [rbx+16]
    mov rax, qword ptr [rbx+40]
# are both operands small?
    mov edi, esi
    and edi, eax
    and edi, 15
    cmp edi, 15
    short jne L2020
    or rax, rsi
    short jmp L2021
L2020:
    call 140320710851504
    je label_705
L2021:
    mov qword ptr [rbx+16], rax
# i_bor_jssd
    mov rsi, qword ptr [rbx+16]
    mov rax, qword ptr [rbx]
# are both operands small?
    mov edi, esi
    and edi, eax
    and edi, 15
    cmp edi, 15
    short jne L2022
    or rax, rsi
    short jmp L2023
L2022:
    call 140320710851504
    je label_705
L2023:
    mov qword ptr [rbx], rax
# line_I
# i_band_ssjd
    mov rsi, qword ptr [rbx]
    mov rax, -4081
# simplified test for small operand since it is a number
    test esi, 1
    short je L2024
    and rax, rsi
    short jmp L2025
L2024:
    call 140320710851200
L2025:
    mov qword ptr [rbx], rax
# is_eq_exact_fss
    cmp qword ptr [rbx], 15
    jne label_705
# jump_f
    jmp label_672
# label_L
label_666:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx], rdi
# i_is_tuple_fs
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_705
    test byte ptr [rsi-2], 63
    jne label_705
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+8], rdi
# i_select_tuple_arity_SfI
    mov rsi, qword ptr [rbx]
# skipped box test since argument is always boxed
    mov esi, dword ptr [rsi-2]
# simplified tuple test since the source is always a tuple when boxed
    cmp esi, 256
    je label_668
    cmp esi, 512
    je label_667
    jne label_705
# label_L
label_667:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
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
    short jne L2026
    or rax, rsi
    short jmp L2027
L2026:
    call 140320710851504
    je label_705
L2027:
    mov qword ptr [rbx+16], rax
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
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
    short jne L2028
    or rax, rsi
    short jmp L2029
L2028:
    call 140320710851504
    je label_705
L2029:
    mov qword ptr [rbx+16], rax
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
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
    short jne L2030
    or rax, rsi
    short jmp L2031
L2030:
    call 140320710851504
    je label_705
L2031:
    mov qword ptr [rbx+16], rax
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
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
    short jne L2032
    or rax, rsi
    short jmp L2033
L2032:
    call 140320710851504
    je label_705
L2033:
    mov qword ptr [rbx+16], rax
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
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
    short jne L2034
    or rax, rsi
    short jmp L2035
L2034:
    call 140320710851504
    je label_705
L2035:
    mov qword ptr [rbx+16], rax
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
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
    short jne L2036
    or rax, rsi
    short jmp L2037
L2036:
    call 140320710851504
    je label_705
L2037:
    mov qword ptr [rbx+16], rax
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+62]
    mov qword ptr [rbx], rdi
# i_bor_jssd
    mov rsi, qword ptr [rbx+16]
    mov rax, qword ptr [rbx]
# are both operands small?
    mov edi, esi
    and edi, eax
    and edi, 15
    cmp edi, 15
    short jne L2038
    or rax, rsi
    short jmp L2039
L2038:
    call 140320710851504
    je label_705
L2039:
    mov qword ptr [rbx], rax
# line_I
# i_band_ssjd
    mov rsi, qword ptr [rbx]
    mov rax, -1048561
# simplified test for small operand since it is a number
    test esi, 1
    short je L2040
    and rax, rsi
    short jmp L2041
L2040:
    call 140320710851200
L2041:
    mov qword ptr [rbx], rax
# is_eq_exact_fss
    cmp qword ptr [rbx], 15
    jne label_705
# jump_f
    jmp label_672
# label_L
label_668:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+6]
    movups xmmword ptr [rbx+16], xmm0
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx+32], rdi
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+30]
    mov qword ptr [rbx], rdi
# i_is_tuple_fs
    mov rsi, qword ptr [rbx+8]
    rex test sil, 1
    jne label_669
    test byte ptr [rsi-2], 63
    jne label_669
# i_test_arity_fsA
    mov rsi, qword ptr [rbx+8]
    cmp dword ptr [rsi-2], 256
    jne label_705
# i_bor_jssd
    mov rsi, qword ptr [rbx+16]
    mov rax, qword ptr [rbx+24]
# are both operands small?
    mov edi, esi
    and edi, eax
    and edi, 15
    cmp edi, 15
    short jne L2042
    or rax, rsi
    short jmp L2043
L2042:
    call 140320710851504
    je label_705
L2043:
    mov qword ptr [rbx+16], rax
# i_bor_jssd
    mov rsi, qword ptr [rbx+16]
    mov rax, qword ptr [rbx+32]
# are both operands small?
    mov edi, esi
    and edi, eax
    and edi, 15
    cmp edi, 15
    short jne L2044
    or rax, rsi
    short jmp L2045
L2044:
    call 140320710851504
    je label_705
L2045:
    mov qword ptr [rbx+16], rax
# i_bor_jssd
    mov rsi, qword ptr [rbx+16]
    mov rax, qword ptr [rbx]
# are both operands small?
    mov edi, esi
    and edi, eax
    and edi, 15
    cmp edi, 15
    short jne L2046
    or rax, rsi
    short jmp L2047
L2046:
    call 140320710851504
    je label_705
L2047:
    mov qword ptr [rbx], rax
# line_I
# i_band_ssjd
    mov rsi, qword ptr [rbx]
    mov rax, -4081
# simplified test for small operand since it is a number
    test esi, 1
    short je L2048
    and rax, rsi
    short jmp L2049
L2048:
    call 140320710851200
L2049:
    mov qword ptr [rbx], rax
# is_eq_exact_fss
    cmp qword ptr [rbx], 15
    jne label_705
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx], rdi
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+16], rdi
# i_bor_jssd
    mov rsi, qword ptr [rbx]
    mov rax, qword ptr [rbx+16]
# are both operands small?
    mov edi, esi
    and edi, eax
    and edi, 15
    cmp edi, 15
    short jne L2050
    or rax, rsi
    short jmp L2051
L2050:
    call 140320710851504
    je label_705
L2051:
    mov qword ptr [rbx], rax
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx+16], rdi
# i_bor_jssd
    mov rsi, qword ptr [rbx]
    mov rax, qword ptr [rbx+16]
# are both operands small?
    mov edi, esi
    and edi, eax
    and edi, 15
    cmp edi, 15
    short jne L2052
    or rax, rsi
    short jmp L2053
L2052:
    call 140320710851504
    je label_705
L2053:
    mov qword ptr [rbx], rax
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+30]
    mov qword ptr [rbx+8], rdi
# i_bor_jssd
    mov rsi, qword ptr [rbx]
    mov rax, qword ptr [rbx+8]
# are both operands small?
    mov edi, esi
    and edi, eax
    and edi, 15
    cmp edi, 15
    short jne L2054
    or rax, rsi
    short jmp L2055
L2054:
    call 140320710851504
    je label_705
L2055:
    mov qword ptr [rbx], rax
# i_band_ssjd
    mov rsi, qword ptr [rbx]
    mov rax, -4081
# simplified test for small operand since it is a number
    test esi, 1
    short je L2056
    and rax, rsi
    short jmp L2057
L2056:
    call 140320710851200
L2057:
    mov qword ptr [rbx], rax
# bif_is_eq_exact_Ssd
    mov eax, 75
    cmp qword ptr [rbx], 15
    mov edi, 11
    cmovne rax, rdi
    mov qword ptr [rbx], rax
# return
    dec r14
    jl L1166
    ret
# label_L
label_669:
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 3275
    jne label_705
# i_bor_jssd
    mov rsi, qword ptr [rbx+16]
    mov rax, qword ptr [rbx+24]
# are both operands small?
    mov edi, esi
    and edi, eax
    and edi, 15
    cmp edi, 15
    short jne L2058
    or rax, rsi
    short jmp L2059
L2058:
    call 140320710851504
    je label_705
L2059:
    mov qword ptr [rbx+8], rax
# i_bor_jssd
    mov rsi, qword ptr [rbx+8]
    mov rax, qword ptr [rbx+32]
# are both operands small?
    mov edi, esi
    and edi, eax
    and edi, 15
    cmp edi, 15
    short jne L2060
    or rax, rsi
    short jmp L2061
L2060:
    call 140320710851504
    je label_705
L2061:
    mov qword ptr [rbx+8], rax
# i_bor_jssd
    mov rsi, qword ptr [rbx+8]
    mov rax, qword ptr [rbx]
# are both operands small?
    mov edi, esi
    and edi, eax
    and edi, 15
    cmp edi, 15
    short jne L2062
    or rax, rsi
    short jmp L2063
L2062:
    call 140320710851504
    je label_705
L2063:
    mov qword ptr [rbx], rax
# line_I
# i_band_ssjd
    mov rsi, qword ptr [rbx]
    mov rax, -4081
# simplified test for small operand since it is a number
    test esi, 1
    short je L2064
    and rax, rsi
    short jmp L2065
L2064:
    call 140320710851200
L2065:
    mov qword ptr [rbx], rax
# bif_is_eq_exact_Ssd
    mov eax, 75
    cmp qword ptr [rbx], 15
    mov edi, 11
    cmovne rax, rdi
    mov qword ptr [rbx], rax
# return
    dec r14
    jl L1166
    ret
# label_L
label_670:
# is_list_fs
    mov rax, qword ptr [rbx+8]
    cmp rax, 59
    short je L2066
    test al, 2
    jne label_705
L2066:
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L2067
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L2067:
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov qword ptr [rbx+8], 524303
# line_I
# i_call_f
    call label_1053
# is_eq_exact_fss
    cmp qword ptr [rbx], 907
    jne label_671
# i_move_sd
    mov qword ptr [rbx], 11
# deallocate_t
# return
    dec r14
    jl L1166
    ret
# label_L
label_671:
# i_move_sd
    mov qword ptr [rbx], 75
# deallocate_t
# return
    dec r14
    jl L1166
    ret
# label_L
label_672:
# nofail_bif1_sbd
    lea rsi, qword ptr [rbx+8]
    mov rcx, 94919178916192
    call 140320710851400
    mov qword ptr [rbx], rax
# return
    dec r14
    jl L1166
    ret
# label_L
label_673:
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_705
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx], xmm0
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_705
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx+8], xmm0
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_705
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+24], rsi
    mov qword ptr [rbx+8], rdx
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_705
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+32], rsi
    mov qword ptr [rbx+8], rdx
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_705
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+40], rsi
    mov qword ptr [rbx+8], rdx
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_705
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+48], rsi
    mov qword ptr [rbx+8], rdx
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_705
# i_bor_jssd
    mov rsi, qword ptr [rbx]
    mov rax, qword ptr [rbx+16]
# are both operands small?
    mov edi, esi
    and edi, eax
    and edi, 15
    cmp edi, 15
    short jne L2068
    or rax, rsi
    short jmp L2069
L2068:
    call 140320710851504
    je label_705
L2069:
    mov qword ptr [rbx], rax
# i_bor_jssd
    mov rsi, qword ptr [rbx]
    mov rax, qword ptr [rbx+24]
# are both operands small?
    mov edi, esi
    and edi, eax
    and edi, 15
    cmp edi, 15
    short jne L2070
    or rax, rsi
    short jmp L2071
L2070:
    call 140320710851504
    je label_705
L2071:
    mov qword ptr [rbx], rax
# i_bor_jssd
    mov rsi, qword ptr [rbx]
    mov rax, qword ptr [rbx+32]
# are both operands small?
    mov edi, esi
    and edi, eax
    and edi, 15
    cmp edi, 15
    short jne L2072
    or rax, rsi
    short jmp L2073
L2072:
    call 140320710851504
    je label_705
L2073:
    mov qword ptr [rbx], rax
# i_bor_jssd
    mov rsi, qword ptr [rbx]
    mov rax, qword ptr [rbx+40]
# are both operands small?
    mov edi, esi
    and edi, eax
    and edi, 15
    cmp edi, 15
    short jne L2074
    or rax, rsi
    short jmp L2075
L2074:
    call 140320710851504
    je label_705
L2075:
    mov qword ptr [rbx], rax
# i_bor_jssd
    mov rsi, qword ptr [rbx]
    mov rax, qword ptr [rbx+48]
# are both operands small?
    mov edi, esi
    and edi, eax
    and edi, 15
    cmp edi, 15
    short jne L2076
    or rax, rsi
    short jmp L2077
L2076:
    call 140320710851504
    je label_705
L2077:
    mov qword ptr [rbx], rax
# line_I
# i_band_ssjd
    mov rsi, qword ptr [rbx]
    mov rax, -4081
# simplified test for small operand since it is a number
    test esi, 1
    short je L2078
    and rax, rsi
    short jmp L2079
L2078:
    call 140320710851200
L2079:
    mov qword ptr [rbx], rax
# bif_is_eq_exact_Ssd
    mov eax, 75
    cmp qword ptr [rbx], 15
    mov edi, 11
    cmovne rax, rdi
    mov qword ptr [rbx], rax
# return
    dec r14
    jl L1166
    ret
# label_L
label_674:
# nofail_bif1_sbd
    lea rsi, qword ptr [rbx+8]
    mov rcx, 94919178917024
    call 140320710851400
    mov qword ptr [rbx], rax
# return
    dec r14
    jl L1166
    ret
# label_L
label_675:
# is_binary_fs
    mov rdi, qword ptr [rbx+8]
    rex test dil, 1
    jne label_677
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 40
    short je L2081
    and al, -5
    cmp al, 32
    jne label_677
    short jmp L2080
L2081:
    cmp byte ptr [rdi+22], 0
    jne label_677
L2080:
# line_I
# i_bif1_sjbd
    lea rsi, qword ptr [rbx+8]
    mov rcx, 94919178859104
    call 140320710851304
    mov qword ptr [rbx], rax
# is_lt_fss
    mov rsi, 68719476751
    mov rdi, qword ptr [rbx]
# skipped test for small operands since they are always small
    cmp rdi, rsi
L2082:
L2083:
    jge label_677
# label_L
label_676:
# i_move_sd
    mov qword ptr [rbx], 75
# return
    dec r14
    jl L1166
    ret
# label_L
label_677:
# is_integer_fs
    mov rdi, qword ptr [rbx+8]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L2084
    test al, 1
    jne label_705
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_705
L2084:
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
    jl L1166
    ret
# label_L
label_678:
# is_binary_fs
    mov rdi, qword ptr [rbx+8]
    rex test dil, 1
    jne label_705
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 40
    short je L2086
    and al, -5
    cmp al, 32
    jne label_705
    short jmp L2085
L2086:
    cmp byte ptr [rdi+22], 0
    jne label_705
L2085:
# line_I
# i_bif1_sjbd
    lea rsi, qword ptr [rbx+8]
    mov rcx, 94919178859104
    call 140320710851304
    mov qword ptr [rbx], rax
# i_bif2_ssjbd
    lea rsi, qword ptr [rbx-104]
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsi], rdi
    mov rdi, 68719476751
    mov qword ptr [rsi+8], rdi
    mov rcx, 94919178915776
    call 140320710851304
    mov qword ptr [rbx], rax
# return
    dec r14
    jl L1166
    ret
# label_L
label_679:
# is_nonempty_list_fS
    test byte ptr [rbx+8], 2
    jne label_680
# i_length_setup_jts
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx+16], rdi
    mov qword ptr [rbx+24], 15
# i_length_jtd
    align 4
L2087:
    mov esi, 2
    lea rdx, qword ptr [L2087]
    call 140320710852488
    je label_705
    mov qword ptr [rbx], rax
# is_ge_fss
    mov rsi, qword ptr [rbx]
    mov edi, 4095
# skipped test for small operands since they are always small
    cmp rdi, rsi
L2088:
L2089:
    jl label_705
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L2090
    mov ecx, 2
    call 140320710850576
L2090:
# i_make_fun3_FStt
L2091:
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
# i_call_ext_only_e
L2092:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# label_L
label_680:
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx+8]
    rex test sil, 1
    jne label_705
    cmp dword ptr [rsi-2], 128
    jne label_705
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+6]
    movups xmmword ptr [rbx], xmm0
# is_nonempty_list_fS
    test byte ptr [rbx], 2
    jne label_705
# i_length_setup_jts
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+16], rdi
    mov qword ptr [rbx+24], 15
# i_length_jtd
    align 4
L2093:
    mov esi, 2
    lea rdx, qword ptr [L2093]
    call 140320710852488
    je label_705
    mov qword ptr [rbx+16], rax
# is_ge_fss
    mov rsi, qword ptr [rbx+16]
    mov edi, 4095
# skipped test for small operands since they are always small
    cmp rdi, rsi
L2094:
L2095:
    jl label_705
# allocate_heap_tIt
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L2096
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L2096:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp], rdi
# i_make_fun3_FStt
L2097:
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
L2098:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# is_eq_exact_fss
    cmp qword ptr [rbx], 75
    jne label_681
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx], 106635
# i_call_last_ft
    add rsp, 8
    jmp label_647
# label_L
label_681:
# i_move_sd
    mov qword ptr [rbx], 11
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L1166
    ret
# label_L
label_682:
# i_is_tuple_fs
    mov rsi, qword ptr [rbx+8]
    rex test sil, 1
    jne label_699
    test byte ptr [rsi-2], 63
    jne label_699
# i_test_arity_fsA
    mov rsi, qword ptr [rbx+8]
    cmp dword ptr [rsi-2], 128
    jne label_705
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx], rdi
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+16], rdi
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 3275
    je label_683
    cmp rsi, 106827
    je label_683
    jmp label_684
# label_L
label_683:
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx], 106635
# i_call_only_f
    jmp label_647
# label_L
label_684:
# i_is_tuple_fs
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_686
    test byte ptr [rsi-2], 63
    jne label_686
# i_test_arity_fsA
    mov rsi, qword ptr [rbx]
    cmp dword ptr [rsi-2], 256
    jne label_685
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L2099
    mov ecx, 2
    call 140320710850576
L2099:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 69323
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx], 99211
# i_call_only_f
    jmp label_647
# label_L
label_685:
# i_test_arity_fsA
    mov rsi, qword ptr [rbx]
    cmp dword ptr [rsi-2], 512
    jne label_686
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L2100
    mov ecx, 2
    call 140320710850576
L2100:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 98379
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx], 99211
# i_call_only_f
    jmp label_647
# label_L
label_686:
# is_list_fs
    mov rax, qword ptr [rbx]
    cmp rax, 59
    short je L2101
    test al, 2
    jne label_687
L2101:
# jump_f
    jmp label_688
# label_L
label_687:
# is_binary_fs
    mov rdi, qword ptr [rbx]
    rex test dil, 1
    jne label_689
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 40
    short je L2103
    and al, -5
    cmp al, 32
    jne label_689
    short jmp L2102
L2103:
    cmp byte ptr [rdi+22], 0
    jne label_689
L2102:
# label_L
label_688:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L2104
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L2104:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 23627
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx], 99211
# i_call_only_f
    jmp label_647
# label_L
label_689:
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx+16]
    rex test sil, 1
    jne label_691
    cmp dword ptr [rsi-2], 128
    jne label_691
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 69323
    je label_690
    cmp rsi, 98379
    je label_690
    jmp label_691
# label_L
label_690:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+16]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+8]
    cmp rsi, 3275
    je label_698
    cmp rsi, 106827
    je label_698
    jmp label_691
# label_L
label_691:
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 23627
    je label_692
    cmp rsi, 69323
    je label_697
    cmp rsi, 98379
    je label_696
    jmp label_705
# label_L
label_692:
# is_binary_fs
    mov rdi, qword ptr [rbx+16]
    rex test dil, 1
    jne label_693
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 40
    short je L2106
    and al, -5
    cmp al, 32
    jne label_693
    short jmp L2105
L2106:
    cmp byte ptr [rdi+22], 0
    jne label_693
L2105:
# line_I
# i_bif1_sjbd
    lea rsi, qword ptr [rbx+16]
    mov rcx, 94919178859104
    call 140320710851304
    mov qword ptr [rbx], rax
# nofail_bif2_ssbd
    lea rsi, qword ptr [rbx-104]
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsi], rdi
    mov qword ptr [rsi+8], 4095
    mov rcx, 94919178915840
    call 140320710851400
    mov qword ptr [rbx], rax
# return
    dec r14
    jl L1166
    ret
# label_L
label_693:
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2107
    mov ecx, 3
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2107:
    sub rsp, 16
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp], rdi
# catch_yf
    inc qword ptr [r13+264]
L2108:
    mov eax, 2147483647
    mov qword ptr [rsp+8], rax
# line_I
# call_light_bif_be
    align 4
L2109:
L2110:
    long mov rcx, 9223372036854775807
    mov rax, 94919179900464
    lea rdx, qword ptr [L2109]
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
# line_I
# call_light_bif_be
    align 4
L2111:
L2112:
    long mov rcx, 9223372036854775807
    mov rax, 94919179886704
    lea rdx, qword ptr [L2111]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# line_I
# i_bif1_sjbd
    lea rsi, qword ptr [rbx]
    mov rcx, 94919178859104
    call 140320710851304
    mov qword ptr [rbx], rax
# try_end_y
    dec qword ptr [r13+264]
    mov qword ptr [rsp+8], 59
# nofail_bif2_ssbd
    lea rsi, qword ptr [rbx-104]
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsi], rdi
    mov qword ptr [rsi+8], 4095
    mov rcx, 94919178915840
    call 140320710851400
    mov qword ptr [rbx], rax
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L1166
    ret
# label_L
label_694:
# try_case_y
    dec qword ptr [r13+264]
    mov rax, qword ptr [rbx+24]
    mov qword ptr [rbx], rax
# is_eq_exact_fss
    cmp qword ptr [rbx], 779
    jne label_695
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 4747
    jne label_695
# i_move_sd
    mov qword ptr [rbx], 11
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L1166
    ret
# label_L
label_695:
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
label_696:
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx+16]
    rex test sil, 1
    jne label_705
    cmp dword ptr [rsi-2], 128
    jne label_705
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx], rdi
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_705
    cmp dword ptr [rsi-2], 512
    jne label_705
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
    short jne L2113
    or rax, rsi
    short jmp L2114
L2113:
    call 140320710851504
    je label_705
L2114:
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
    short jne L2115
    or rax, rsi
    short jmp L2116
L2115:
    call 140320710851504
    je label_705
L2116:
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
    short jne L2117
    or rax, rsi
    short jmp L2118
L2117:
    call 140320710851504
    je label_705
L2118:
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
    short jne L2119
    or rax, rsi
    short jmp L2120
L2119:
    call 140320710851504
    je label_705
L2120:
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
    short jne L2121
    or rax, rsi
    short jmp L2122
L2121:
    call 140320710851504
    je label_705
L2122:
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
    short jne L2123
    or rax, rsi
    short jmp L2124
L2123:
    call 140320710851504
    je label_705
L2124:
    mov qword ptr [rbx+8], rax
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+62]
    mov qword ptr [rbx], rdi
# i_bor_jssd
    mov rsi, qword ptr [rbx+8]
    mov rax, qword ptr [rbx]
# are both operands small?
    mov edi, esi
    and edi, eax
    and edi, 15
    cmp edi, 15
    short jne L2125
    or rax, rsi
    short jmp L2126
L2125:
    call 140320710851504
    je label_705
L2126:
    mov qword ptr [rbx], rax
# line_I
# i_band_ssjd
    mov rsi, qword ptr [rbx]
    mov rax, -1048561
# simplified test for small operand since it is a number
    test esi, 1
    short je L2127
    and rax, rsi
    short jmp L2128
L2127:
    call 140320710851200
L2128:
    mov qword ptr [rbx], rax
# is_eq_exact_fss
    cmp qword ptr [rbx], 15
    jne label_705
# jump_f
    jmp label_698
# label_L
label_697:
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx+16]
    rex test sil, 1
    jne label_705
    cmp dword ptr [rsi-2], 128
    jne label_705
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx], rdi
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_705
    cmp dword ptr [rsi-2], 256
    jne label_705
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
    short jne L2129
    or rax, rsi
    short jmp L2130
L2129:
    call 140320710851504
    je label_705
L2130:
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
    short jne L2131
    or rax, rsi
    short jmp L2132
L2131:
    call 140320710851504
    je label_705
L2132:
    mov qword ptr [rbx+8], rax
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+30]
    mov qword ptr [rbx], rdi
# i_bor_jssd
    mov rsi, qword ptr [rbx+8]
    mov rax, qword ptr [rbx]
# are both operands small?
    mov edi, esi
    and edi, eax
    and edi, 15
    cmp edi, 15
    short jne L2133
    or rax, rsi
    short jmp L2134
L2133:
    call 140320710851504
    je label_705
L2134:
    mov qword ptr [rbx], rax
# line_I
# i_band_ssjd
    mov rsi, qword ptr [rbx]
    mov rax, -4081
# simplified test for small operand since it is a number
    test esi, 1
    short je L2135
    and rax, rsi
    short jmp L2136
L2135:
    call 140320710851200
L2136:
    mov qword ptr [rbx], rax
# is_eq_exact_fss
    cmp qword ptr [rbx], 15
    jne label_705
# label_L
label_698:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+16]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx], 106635
# i_call_only_f
    jmp label_647
# label_L
label_699:
# is_map_fs
    mov rax, qword ptr [rbx+8]
    test al, 1
    jne label_705
    mov eax, dword ptr [rax-2]
    and al, 63
    cmp al, 60
    jne label_705
# i_get_map_elements_fsI
.section .rodata {#1}
L2139:
    align 8
.db 0x8B, 0x83, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0xF5, 0x1B, 0xD7, 0x37, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x8B, 0xA1, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x23, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0xB0, 0x6A, 0xDA, 0xC8, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x4B, 0x80, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x13, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x67, 0xBF, 0x12, 0xA9, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
    mov rdi, qword ptr [rbx+8]
# simplified multi-element lookup
    mov eax, dword ptr [rdi-2]
    and al, 252
    cmp al, 60
    jne L2137
    mov eax, dword ptr [rdi+6]
    mov rsi, qword ptr [rdi+14]
L2140:
    dec eax
    jl label_705
    cmp qword ptr [rsi+rax*8+6], 32843
    short jne L2140
    mov rdx, qword ptr [rdi+rax*8+22]
    mov qword ptr [rbx+8], rdx
L2141:
    dec eax
    jl label_705
    cmp qword ptr [rsi+rax*8+6], 106891
    short jne L2141
    mov rdx, qword ptr [rdi+rax*8+22]
    mov qword ptr [rbx+16], rdx
L2142:
    dec eax
    jl label_705
    cmp qword ptr [rsi+rax*8+6], 99211
    short jne L2142
    mov rdx, qword ptr [rdi+rax*8+22]
    mov qword ptr [rbx], rdx
    short jmp L2138
L2137:
    mov ecx, 3
    lea r8, qword ptr [L2139]
    mov rdx, rsp
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rsi, rbx
    call 94919178210240
    mov rsp, rbp
    test rax, rax
    je label_705
L2138:
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+16]
    cmp rsi, 69323
    je label_702
    cmp rsi, 98379
    je label_700
    jmp label_705
# label_L
label_700:
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 3275
    je label_704
    cmp rsi, 106827
    je label_704
    jmp label_701
# label_L
label_701:
# line_I
# i_bif1_sjbd
    lea rsi, qword ptr [rbx]
    mov rcx, 94919179098688
    call 140320710851304
    mov qword ptr [rbx+16], rax
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 143
    jne label_705
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
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
    short jne L2143
    or rax, rsi
    short jmp L2144
L2143:
    call 140320710851432
L2144:
    mov qword ptr [rbx+16], rax
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
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
    short jne L2145
    or rax, rsi
    short jmp L2146
L2145:
    call 140320710851432
L2146:
    mov qword ptr [rbx+16], rax
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
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
    short jne L2147
    or rax, rsi
    short jmp L2148
L2147:
    call 140320710851432
L2148:
    mov qword ptr [rbx+16], rax
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
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
    short jne L2149
    or rax, rsi
    short jmp L2150
L2149:
    call 140320710851432
L2150:
    mov qword ptr [rbx+16], rax
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
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
    short jne L2151
    or rax, rsi
    short jmp L2152
L2151:
    call 140320710851432
L2152:
    mov qword ptr [rbx+16], rax
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
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
    short jne L2153
    or rax, rsi
    short jmp L2154
L2153:
    call 140320710851432
L2154:
    mov qword ptr [rbx+16], rax
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+62]
    mov qword ptr [rbx], rdi
# i_bor_jssd
    mov rsi, qword ptr [rbx+16]
    mov rax, qword ptr [rbx]
# are both operands small?
    mov edi, esi
    and edi, eax
    and edi, 15
    cmp edi, 15
    short jne L2155
    or rax, rsi
    short jmp L2156
L2155:
    call 140320710851432
L2156:
    mov qword ptr [rbx], rax
# i_band_ssjd
    mov rsi, qword ptr [rbx]
    mov rax, -1048561
# simplified test for small operand since it is a number
    test esi, 1
    short je L2157
    and rax, rsi
    short jmp L2158
L2157:
    call 140320710851200
L2158:
    mov qword ptr [rbx], rax
# is_eq_exact_fss
    cmp qword ptr [rbx], 15
    jne label_705
# jump_f
    jmp label_704
# label_L
label_702:
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 3275
    je label_704
    cmp rsi, 106827
    je label_704
    jmp label_703
# label_L
label_703:
# line_I
# i_bif1_sjbd
    lea rsi, qword ptr [rbx]
    mov rcx, 94919179098688
    call 140320710851304
    mov qword ptr [rbx+16], rax
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 79
    jne label_705
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
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
    short jne L2159
    or rax, rsi
    short jmp L2160
L2159:
    call 140320710851432
L2160:
    mov qword ptr [rbx+16], rax
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
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
    short jne L2161
    or rax, rsi
    short jmp L2162
L2161:
    call 140320710851432
L2162:
    mov qword ptr [rbx+16], rax
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+30]
    mov qword ptr [rbx], rdi
# i_bor_jssd
    mov rsi, qword ptr [rbx+16]
    mov rax, qword ptr [rbx]
# are both operands small?
    mov edi, esi
    and edi, eax
    and edi, 15
    cmp edi, 15
    short jne L2163
    or rax, rsi
    short jmp L2164
L2163:
    call 140320710851432
L2164:
    mov qword ptr [rbx], rax
# i_band_ssjd
    mov rsi, qword ptr [rbx]
    mov rax, -4081
# simplified test for small operand since it is a number
    test esi, 1
    short je L2165
    and rax, rsi
    short jmp L2166
L2165:
    call 140320710851200
L2166:
    mov qword ptr [rbx], rax
# is_eq_exact_fss
    cmp qword ptr [rbx], 15
    jne label_705
# label_L
label_704:
# i_move_sd
    mov qword ptr [rbx], 106635
# i_call_only_f
    jmp label_647
# label_L
label_705:
# i_move_sd
    mov qword ptr [rbx], 11
# return
    dec r14
    jl L1166
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_706:
# i_func_info_IaaI
# prim_inet:enc_value/2
    call L1164
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x7F, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xA1, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_707:
# i_breakpoint_trampoline
    short jmp L2167
.db 0x00
    call L1167
    align 8
L2167:
# i_test_yield
    lea rdx, qword ptr [label_707+24]
    dec r14
    jle L1165
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_708
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx], xmm0
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
# skipped box test since argument is always boxed
    cmp dword ptr [rsi-2], 128
    jne label_708
    cmp qword ptr [rsi+6], 105739
    jne label_708
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_708
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# line_I
# i_bif1_sjbd
    lea rsi, qword ptr [rbx]
    mov rcx, 94919179098688
    call 140320710851304
    mov qword ptr [rbx+8], rax
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L2168
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2168:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov qword ptr [rbx+8], 907
# call_light_bif_be
    align 4
L2169:
L2170:
    long mov rcx, 9223372036854775807
    mov rax, 94919179098992
    lea rdx, qword ptr [L2169]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx+24], 47
# i_move_sd
    mov qword ptr [rbx], 47435
# i_call_last_ft
    add rsp, 8
    jmp label_724
# label_L
label_708:
# i_move_sd
    mov qword ptr [rbx], 59
# return
    dec r14
    jl L1166
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_709:
# i_func_info_IaaI
# prim_inet:enc_value/3
    call L1164
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x7F, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xA1, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_710:
# i_breakpoint_trampoline
    short jmp L2171
.db 0x00
    call L1167
    align 8
L2171:
# i_test_yield
    lea rdx, qword ptr [label_710+24]
    dec r14
    jle L1165
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_711
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+24], xmm0
# is_nil_fS
    cmp qword ptr [rbx+32], 59
    jne label_712
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx+8], rdi
# i_call_only_f
    jmp label_715
# label_L
label_711:
# is_ne_exact_fss
    cmp qword ptr [rbx+8], 59
    je label_713
# label_L
label_712:
# is_eq_exact_fss
    cmp qword ptr [rbx], 38475
    jne label_713
# i_call_only_f
    jmp label_715
# label_L
label_713:
# i_move_sd
    mov qword ptr [rbx], 59
# return
    dec r14
    jl L1166
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_714:
# i_func_info_IaaI
# prim_inet:enc_value_default/3
    call L1164
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x7F, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xA2, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_715:
# i_breakpoint_trampoline
    short jmp L2172
.db 0x00
    call L1167
    align 8
L2172:
# i_test_yield
    lea rdx, qword ptr [label_715+24]
    dec r14
    jle L1165
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_717
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+24], xmm0
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+32]
    test al, 2
    jne label_717
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx+32], xmm0
# is_nil_fS
    cmp qword ptr [rbx+32], 59
    jne label_717
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 907
    jne label_716
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx+8], rdi
# i_call_only_f
    jmp label_719
# label_L
label_716:
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx+8], rdi
# i_call_only_f
    jmp label_719
# label_L
label_717:
# i_call_only_f
    jmp label_719
# func_line_I
# aligned_label_Lt
    align 8
label_718:
# i_func_info_IaaI
# prim_inet:enc_value_1/3
    call L1164
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x7F, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xA2, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_719:
# i_breakpoint_trampoline
    short jmp L2173
.db 0x00
    call L1167
    align 8
L2173:
# i_test_yield
    lea rdx, qword ptr [label_719+24]
    dec r14
    jle L1165
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx+8]
    rex test sil, 1
    jne label_721
    cmp dword ptr [rsi-2], 128
    jne label_721
    cmp qword ptr [rsi+6], 105739
    jne label_721
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+24], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 907
    jne label_720
# line_I
# i_bif1_sjbd
    lea rsi, qword ptr [rbx+24]
    mov rcx, 94919179098688
    call 140320710851304
    mov qword ptr [rbx+8], rax
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2174
    mov ecx, 4
.db 0x90
    call 140320710850576
L2174:
    sub rsp, 16
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov qword ptr [rbx+8], 907
# call_light_bif_be
    align 4
L2175:
L2176:
    long mov rcx, 9223372036854775807
    mov rax, 94919179098992
    lea rdx, qword ptr [L2175]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx+24], 47
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 16
    jmp label_724
# label_L
label_720:
# i_bif1_sjbd
    lea rsi, qword ptr [rbx+24]
    mov rcx, 94919179098688
    call 140320710851400
    je label_721
    mov qword ptr [rbx+32], rax
# i_bif1_sjbd
    lea rsi, qword ptr [rbx+16]
    mov rcx, 94919179098688
    call 140320710851400
    je label_721
    mov qword ptr [rbx+40], rax
# is_eq_exact_fss
# simplified check since one argument is an immediate
    mov rdi, qword ptr [rbx+40]
    cmp qword ptr [rbx+32], rdi
    jne label_721
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx+24], 47
# i_call_only_f
    jmp label_724
# label_L
label_721:
# i_bif1_sjbd
    lea rsi, qword ptr [rbx+8]
    mov rcx, 94919179098688
    call 140320710851400
    je label_722
    mov qword ptr [rbx+24], rax
# i_bif1_sjbd
    lea rsi, qword ptr [rbx+16]
    mov rcx, 94919179098688
    call 140320710851400
    je label_722
    mov qword ptr [rbx+32], rax
# is_eq_exact_fss
# simplified check since one argument is an immediate
    mov rdi, qword ptr [rbx+32]
    cmp qword ptr [rbx+24], rdi
    jne label_722
# i_move_sd
    mov qword ptr [rbx+24], 31
# i_call_only_f
    jmp label_724
# label_L
label_722:
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+8]
    movups xmmword ptr [rbx], xmm0
# i_call_only_f
    jmp label_727
# func_line_I
# aligned_label_Lt
    align 8
label_723:
# i_func_info_IaaI
# prim_inet:enc_value_tuple/4
    call L1164
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x7F, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xA2, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_724:
# i_breakpoint_trampoline
    short jmp L2177
.db 0x00
    call L1167
    align 8
L2177:
# i_test_yield
    lea rdx, qword ptr [label_724+24]
    dec r14
    jle L1165
# i_bif1_sjbd
    lea rsi, qword ptr [rbx+8]
    mov rcx, 94919179098688
    call 140320710851304
    mov qword ptr [rbx+32], rax
# is_ge_fss
    mov rsi, qword ptr [rbx+24]
    mov rdi, qword ptr [rbx+32]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L2178
    cmp rdi, rsi
    short jmp L2179
L2178:
    call 140320710848608
L2179:
    jl label_725
# line_I
# bif_element_jssd
    mov rsi, qword ptr [rbx+8]
    mov rdi, qword ptr [rbx+24]
    xor edx, edx
    call 140320710848960
    mov qword ptr [rbx+32], rax
# bif_element_jssd
    mov rsi, qword ptr [rbx+16]
    mov rdi, qword ptr [rbx+24]
    xor edx, edx
    call 140320710848960
    mov qword ptr [rbx+40], rax
# allocate_tt
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L2180
    mov ecx, 6
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2180:
    sub rsp, 32
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+16], 1
    vmovups xmmword ptr [rsp], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp+16], xmm0
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+32]
    movups xmmword ptr [rbx+8], xmm0
# i_call_f
.db 0x0F, 0x1F, 0x00
    call label_710
# line_I
# i_increment_SWd
# skipped operand and overflow checks
    mov rax, qword ptr [rsp]
    add rax, 16
    mov qword ptr [rbx+24], rax
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
    mov qword ptr [rbx+16], rdi
# i_trim_t
    add rsp, 24
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx], rdi
# i_call_f
.db 0x90
    call label_724
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2181
    mov ecx, 1
    call 140320710850576
L2181:
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
    jl L1166
    ret
# label_L
label_725:
# i_move_sd
    mov qword ptr [rbx], 59
# return
    dec r14
    jl L1166
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_726:
# i_func_info_IaaI
# prim_inet:enc_value_2/2
    call L1164
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x7F, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xA2, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_727:
# i_breakpoint_trampoline
    short jmp L2182
.db 0x00
    call L1167
    align 8
L2182:
# i_test_yield
    lea rdx, qword ptr [label_727+24]
    dec r14
    jle L1165
# i_is_tuple_fs
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_732
    test byte ptr [rsi-2], 63
    jne label_732
# i_select_tuple_arity_SfI
    mov rsi, qword ptr [rbx]
# skipped box test since argument is always boxed
    mov esi, dword ptr [rsi-2]
# simplified tuple test since the source is always a tuple when boxed
    cmp esi, 128
    je label_729
    cmp esi, 192
    je label_728
    short jne label_726
# label_L
label_728:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+16], rdi
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx+24], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 106123
    jne label_726
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L2183
    mov ecx, 4
    call 140320710850576
L2183:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rsp], rdi
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
# i_call_f
.db 0x0F, 0x1F, 0x00
    call label_832
# i_move_sd
    mov qword ptr [rbx+8], 15
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call label_828
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 8
    jmp label_727
# label_L
label_729:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+6]
    movups xmmword ptr [rbx+16], xmm0
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+16]
    cmp rsi, 106123
    je label_731
    cmp rsi, 106187
    je label_730
    jmp label_726
# label_L
label_730:
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L2184
    mov ecx, 4
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2184:
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx+8], rdi
# line_I
# i_call_f
    call label_840
# i_is_tuple_fs
    mov rsi, qword ptr [rbx]
# simplified tuple test since the source is always a tuple when boxed
    rex test sil, 1
    jne label_785
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# line_I
# i_bsr_ssjd
    mov rsi, qword ptr [rbx]
# is the operand small?
    mov edi, esi
    and edi, 15
    cmp edi, 15
    short jne L2185
    mov rax, rsi
    sar rax, 24
    or rax, 15
    short jmp L2186
L2185:
    mov eax, 399
    call 140320710851768
L2186:
    mov qword ptr [rbx+8], rax
# i_band_ssjd
    mov rsi, qword ptr [rbx+8]
    mov eax, 4095
# simplified test for small operand since it is a number
    test esi, 1
    short je L2187
    and rax, rsi
    short jmp L2188
L2187:
    call 140320710851200
L2188:
    mov qword ptr [rbx+8], rax
# i_bsr_ssjd
    mov rsi, qword ptr [rbx]
# simplified test for small operand since it is a number
    test esi, 1
    short je L2189
    mov rax, rsi
    sar rax, 16
    or rax, 15
    short jmp L2190
L2189:
    mov eax, 271
    call 140320710851768
L2190:
    mov qword ptr [rbx+16], rax
# i_band_ssjd
    mov rsi, qword ptr [rbx+16]
    mov eax, 4095
# simplified test for small operand since it is a number
    test esi, 1
    short je L2191
    and rax, rsi
    short jmp L2192
L2191:
    call 140320710851200
L2192:
    mov qword ptr [rbx+16], rax
# i_bsr_ssjd
    mov rsi, qword ptr [rbx]
# simplified test for small operand since it is a number
    test esi, 1
    short je L2193
    mov rax, rsi
    sar rax, 8
    or rax, 15
    short jmp L2194
L2193:
    mov eax, 143
    call 140320710851768
L2194:
    mov qword ptr [rbx+24], rax
# i_band_ssjd
    mov rsi, qword ptr [rbx+24]
    mov eax, 4095
# simplified test for small operand since it is a number
    test esi, 1
    short je L2195
    and rax, rsi
    short jmp L2196
L2195:
    call 140320710851200
L2196:
    mov qword ptr [rbx+24], rax
# i_band_ssjd
    mov rsi, qword ptr [rbx]
    mov eax, 4095
# simplified test for small operand since it is a number
    test esi, 1
    short je L2197
    and rax, rsi
    short jmp L2198
L2197:
    call 140320710851200
L2198:
    mov qword ptr [rbx], rax
# test_heap_It
    lea rdx, qword ptr [r15+96]
    cmp rdx, rsp
    short jbe L2199
    mov ecx, 4
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2199:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# append_cons_Is
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15+32], rdi
    mov qword ptr [r15+40], rsi
    lea rsi, qword ptr [r15+33]
# append_cons_Is
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+48], rdi
    mov qword ptr [r15+56], rsi
    lea rsi, qword ptr [r15+49]
# store_cons_Id
    add r15, 64
    mov qword ptr [rbx], rsi
# deallocate_t
# return
    dec r14
    jl L1166
    ret
# label_L
label_731:
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L2200
    mov ecx, 4
.db 0x90
    call 140320710850576
L2200:
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx+8], rdi
# line_I
# i_call_f
    call label_832
# i_move_sd
    mov qword ptr [rbx+8], 15
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call label_828
# line_I
# i_bsr_ssjd
    mov rsi, qword ptr [rbx]
# simplified test for small operand since it is a number
    test esi, 1
    short je L2201
    mov rax, rsi
    sar rax, 24
    or rax, 15
    short jmp L2202
L2201:
    mov eax, 399
    call 140320710851768
L2202:
    mov qword ptr [rbx+8], rax
# i_band_ssjd
    mov rsi, qword ptr [rbx+8]
    mov eax, 4095
# simplified test for small operand since it is a number
    test esi, 1
    short je L2203
    and rax, rsi
    short jmp L2204
L2203:
    call 140320710851200
L2204:
    mov qword ptr [rbx+8], rax
# i_bsr_ssjd
    mov rsi, qword ptr [rbx]
# simplified test for small operand since it is a number
    test esi, 1
    short je L2205
    mov rax, rsi
    sar rax, 16
    or rax, 15
    short jmp L2206
L2205:
    mov eax, 271
    call 140320710851768
L2206:
    mov qword ptr [rbx+16], rax
# i_band_ssjd
    mov rsi, qword ptr [rbx+16]
    mov eax, 4095
# simplified test for small operand since it is a number
    test esi, 1
    short je L2207
    and rax, rsi
    short jmp L2208
L2207:
    call 140320710851200
L2208:
    mov qword ptr [rbx+16], rax
# i_bsr_ssjd
    mov rsi, qword ptr [rbx]
# simplified test for small operand since it is a number
    test esi, 1
    short je L2209
    mov rax, rsi
    sar rax, 8
    or rax, 15
    short jmp L2210
L2209:
    mov eax, 143
    call 140320710851768
L2210:
    mov qword ptr [rbx+24], rax
# i_band_ssjd
    mov rsi, qword ptr [rbx+24]
    mov eax, 4095
# simplified test for small operand since it is a number
    test esi, 1
    short je L2211
    and rax, rsi
    short jmp L2212
L2211:
    call 140320710851200
L2212:
    mov qword ptr [rbx+24], rax
# i_band_ssjd
    mov rsi, qword ptr [rbx]
    mov eax, 4095
# simplified test for small operand since it is a number
    test esi, 1
    short je L2213
    and rax, rsi
    short jmp L2214
L2213:
    call 140320710851200
L2214:
    mov qword ptr [rbx], rax
# test_heap_It
    lea rdx, qword ptr [r15+96]
    cmp rdx, rsp
    short jbe L2215
    mov ecx, 4
.db 0x90
    call 140320710850576
L2215:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# append_cons_Is
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15+32], rdi
    mov qword ptr [r15+40], rsi
    lea rsi, qword ptr [r15+33]
# append_cons_Is
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+48], rdi
    mov qword ptr [r15+56], rsi
    lea rsi, qword ptr [r15+49]
# store_cons_Id
    add r15, 64
    mov qword ptr [rbx], rsi
# deallocate_t
# return
    dec r14
    jl L1166
    ret
# label_L
label_732:
# i_select_val_bins_sfI
    mov rsi, qword ptr [rbx]
# Binary search in table of 19 elements
# Subtree [0..18], pivot 9
    cmp rsi, 105611
    je label_748
    ja L2216
# Linear search in [0..8], 9 elements
    cmp rsi, 5899
    je label_765
    cmp rsi, 50443
    je label_738
    cmp rsi, 98251
    je label_760
    cmp rsi, 99211
    je label_768
    cmp rsi, 99659
    je label_766
    cmp rsi, 100363
    je label_734
    cmp rsi, 105419
    je label_746
    cmp rsi, 105483
    je label_737
    cmp rsi, 105547
    je label_755
    jmp label_726
L2216:
# Linear search in [10..18], 9 elements
    cmp rsi, 106251
    je label_763
    cmp rsi, 106315
    je label_757
    cmp rsi, 106379
    je label_756
    cmp rsi, 106443
    je label_754
    cmp rsi, 106507
    je label_745
    cmp rsi, 106571
    je label_740
    cmp rsi, 106635
    je label_736
    cmp rsi, 106699
    je label_735
    cmp rsi, 106763
    je label_733
    jmp label_726
# label_L
label_733:
# line_I
# i_band_ssjd
    mov rsi, qword ptr [rbx+8]
    mov eax, 4095
# is the operand small?
    mov edi, esi
    and edi, 15
    cmp edi, 15
    short jne L2217
    and rax, rsi
    short jmp L2218
L2217:
    call 140320710851200
L2218:
    mov qword ptr [rbx], rax
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2219
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L2219:
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
    jl L1166
    ret
# label_L
label_734:
# line_I
# i_bsr_ssjd
    mov rsi, qword ptr [rbx+8]
# is the operand small?
    mov edi, esi
    and edi, 15
    cmp edi, 15
    short jne L2220
    mov rax, rsi
    sar rax, 24
    or rax, 15
    short jmp L2221
L2220:
    mov eax, 399
    call 140320710851768
L2221:
    mov qword ptr [rbx], rax
# i_band_ssjd
    mov rsi, qword ptr [rbx]
    mov eax, 4095
# simplified test for small operand since it is a number
    test esi, 1
    short je L2222
    and rax, rsi
    short jmp L2223
L2222:
    call 140320710851200
L2223:
    mov qword ptr [rbx], rax
# i_bsr_ssjd
    mov rsi, qword ptr [rbx+8]
# simplified test for small operand since it is a number
    test esi, 1
    short je L2224
    mov rax, rsi
    sar rax, 16
    or rax, 15
    short jmp L2225
L2224:
    mov eax, 271
    call 140320710851768
L2225:
    mov qword ptr [rbx+16], rax
# i_band_ssjd
    mov rsi, qword ptr [rbx+16]
    mov eax, 4095
# simplified test for small operand since it is a number
    test esi, 1
    short je L2226
    and rax, rsi
    short jmp L2227
L2226:
    call 140320710851200
L2227:
    mov qword ptr [rbx+16], rax
# i_bsr_ssjd
    mov rsi, qword ptr [rbx+8]
# simplified test for small operand since it is a number
    test esi, 1
    short je L2228
    mov rax, rsi
    sar rax, 8
    or rax, 15
    short jmp L2229
L2228:
    mov eax, 143
    call 140320710851768
L2229:
    mov qword ptr [rbx+24], rax
# i_band_ssjd
    mov rsi, qword ptr [rbx+24]
    mov eax, 4095
# simplified test for small operand since it is a number
    test esi, 1
    short je L2230
    and rax, rsi
    short jmp L2231
L2230:
    call 140320710851200
L2231:
    mov qword ptr [rbx+24], rax
# i_band_ssjd
    mov rsi, qword ptr [rbx+8]
    mov eax, 4095
# simplified test for small operand since it is a number
    test esi, 1
    short je L2232
    and rax, rsi
    short jmp L2233
L2232:
    call 140320710851200
L2233:
    mov qword ptr [rbx+8], rax
# test_heap_It
    lea rdx, qword ptr [r15+96]
    cmp rdx, rsp
    short jbe L2234
    mov ecx, 4
.db 0x66, 0x90
    call 140320710850576
L2234:
# put_cons_ss
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# append_cons_Is
    mov rdi, qword ptr [rbx+16]
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
# return
    dec r14
    jl L1166
    ret
# label_L
label_735:
# line_I
# i_bsr_ssjd
    mov rsi, qword ptr [rbx+8]
# is the operand small?
    mov edi, esi
    and edi, 15
    cmp edi, 15
    short jne L2235
    mov rax, rsi
    sar rax, 16
    or rax, 15
    short jmp L2236
L2235:
    mov eax, 271
    call 140320710851768
L2236:
    mov qword ptr [rbx], rax
# i_band_ssjd
    mov rsi, qword ptr [rbx]
    mov eax, 4095
# simplified test for small operand since it is a number
    test esi, 1
    short je L2237
    and rax, rsi
    short jmp L2238
L2237:
    call 140320710851200
L2238:
    mov qword ptr [rbx], rax
# i_bsr_ssjd
    mov rsi, qword ptr [rbx+8]
# simplified test for small operand since it is a number
    test esi, 1
    short je L2239
    mov rax, rsi
    sar rax, 8
    or rax, 15
    short jmp L2240
L2239:
    mov eax, 143
    call 140320710851768
L2240:
    mov qword ptr [rbx+16], rax
# i_band_ssjd
    mov rsi, qword ptr [rbx+16]
    mov eax, 4095
# simplified test for small operand since it is a number
    test esi, 1
    short je L2241
    and rax, rsi
    short jmp L2242
L2241:
    call 140320710851200
L2242:
    mov qword ptr [rbx+16], rax
# i_band_ssjd
    mov rsi, qword ptr [rbx+8]
    mov eax, 4095
# simplified test for small operand since it is a number
    test esi, 1
    short je L2243
    and rax, rsi
    short jmp L2244
L2243:
    call 140320710851200
L2244:
    mov qword ptr [rbx+8], rax
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L2245
    mov ecx, 3
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2245:
# put_cons_ss
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov rdi, qword ptr [rbx+16]
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
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# return
    dec r14
    jl L1166
    ret
# label_L
label_736:
# line_I
# i_bsr_ssjd
    mov rsi, qword ptr [rbx+8]
# is the operand small?
    mov edi, esi
    and edi, 15
    cmp edi, 15
    short jne L2246
    mov rax, rsi
    sar rax, 8
    or rax, 15
    short jmp L2247
L2246:
    mov eax, 143
    call 140320710851768
L2247:
    mov qword ptr [rbx], rax
# i_band_ssjd
    mov rsi, qword ptr [rbx]
    mov eax, 4095
# simplified test for small operand since it is a number
    test esi, 1
    short je L2248
    and rax, rsi
    short jmp L2249
L2248:
    call 140320710851200
L2249:
    mov qword ptr [rbx], rax
# i_band_ssjd
    mov rsi, qword ptr [rbx+8]
    mov eax, 4095
# simplified test for small operand since it is a number
    test esi, 1
    short je L2250
    and rax, rsi
    short jmp L2251
L2250:
    call 140320710851200
L2251:
    mov qword ptr [rbx+8], rax
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L2252
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2252:
# put_cons_ss
    mov rdi, qword ptr [rbx+8]
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
# return
    dec r14
    jl L1166
    ret
# label_L
label_737:
# line_I
# i_bsr_ssjd
    mov rsi, qword ptr [rbx+8]
# is the operand small?
    mov edi, esi
    and edi, 15
    cmp edi, 15
    short jne L2253
    mov rax, rsi
    sar rax, 24
    or rax, 15
    short jmp L2254
L2253:
    mov eax, 399
    call 140320710851768
L2254:
    mov qword ptr [rbx], rax
# i_band_ssjd
    mov rsi, qword ptr [rbx]
    mov eax, 4095
# simplified test for small operand since it is a number
    test esi, 1
    short je L2255
    and rax, rsi
    short jmp L2256
L2255:
    call 140320710851200
L2256:
    mov qword ptr [rbx], rax
# i_bsr_ssjd
    mov rsi, qword ptr [rbx+8]
# simplified test for small operand since it is a number
    test esi, 1
    short je L2257
    mov rax, rsi
    sar rax, 16
    or rax, 15
    short jmp L2258
L2257:
    mov eax, 271
    call 140320710851768
L2258:
    mov qword ptr [rbx+16], rax
# i_band_ssjd
    mov rsi, qword ptr [rbx+16]
    mov eax, 4095
# simplified test for small operand since it is a number
    test esi, 1
    short je L2259
    and rax, rsi
    short jmp L2260
L2259:
    call 140320710851200
L2260:
    mov qword ptr [rbx+16], rax
# i_bsr_ssjd
    mov rsi, qword ptr [rbx+8]
# simplified test for small operand since it is a number
    test esi, 1
    short je L2261
    mov rax, rsi
    sar rax, 8
    or rax, 15
    short jmp L2262
L2261:
    mov eax, 143
    call 140320710851768
L2262:
    mov qword ptr [rbx+24], rax
# i_band_ssjd
    mov rsi, qword ptr [rbx+24]
    mov eax, 4095
# simplified test for small operand since it is a number
    test esi, 1
    short je L2263
    and rax, rsi
    short jmp L2264
L2263:
    call 140320710851200
L2264:
    mov qword ptr [rbx+24], rax
# i_band_ssjd
    mov rsi, qword ptr [rbx+8]
    mov eax, 4095
# simplified test for small operand since it is a number
    test esi, 1
    short je L2265
    and rax, rsi
    short jmp L2266
L2265:
    call 140320710851200
L2266:
    mov qword ptr [rbx+8], rax
# test_heap_It
    lea rdx, qword ptr [r15+96]
    cmp rdx, rsp
    short jbe L2267
    mov ecx, 4
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2267:
# put_cons_ss
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# append_cons_Is
    mov rdi, qword ptr [rbx+16]
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
# return
    dec r14
    jl L1166
    ret
# label_L
label_738:
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 395
    jne label_739
# i_move_sd
L2268:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L1166
    ret
# label_L
label_739:
# line_I
# i_bsr_ssjd
    mov rsi, qword ptr [rbx+8]
# is the operand small?
    mov edi, esi
    and edi, 15
    cmp edi, 15
    short jne L2269
    mov rax, rsi
    sar rax, 24
    or rax, 15
    short jmp L2270
L2269:
    mov eax, 399
    call 140320710851768
L2270:
    mov qword ptr [rbx], rax
# i_band_ssjd
    mov rsi, qword ptr [rbx]
    mov eax, 4095
# simplified test for small operand since it is a number
    test esi, 1
    short je L2271
    and rax, rsi
    short jmp L2272
L2271:
    call 140320710851200
L2272:
    mov qword ptr [rbx], rax
# i_bsr_ssjd
    mov rsi, qword ptr [rbx+8]
# simplified test for small operand since it is a number
    test esi, 1
    short je L2273
    mov rax, rsi
    sar rax, 16
    or rax, 15
    short jmp L2274
L2273:
    mov eax, 271
    call 140320710851768
L2274:
    mov qword ptr [rbx+16], rax
# i_band_ssjd
    mov rsi, qword ptr [rbx+16]
    mov eax, 4095
# simplified test for small operand since it is a number
    test esi, 1
    short je L2275
    and rax, rsi
    short jmp L2276
L2275:
    call 140320710851200
L2276:
    mov qword ptr [rbx+16], rax
# i_bsr_ssjd
    mov rsi, qword ptr [rbx+8]
# simplified test for small operand since it is a number
    test esi, 1
    short je L2277
    mov rax, rsi
    sar rax, 8
    or rax, 15
    short jmp L2278
L2277:
    mov eax, 143
    call 140320710851768
L2278:
    mov qword ptr [rbx+24], rax
# i_band_ssjd
    mov rsi, qword ptr [rbx+24]
    mov eax, 4095
# simplified test for small operand since it is a number
    test esi, 1
    short je L2279
    and rax, rsi
    short jmp L2280
L2279:
    call 140320710851200
L2280:
    mov qword ptr [rbx+24], rax
# i_band_ssjd
    mov rsi, qword ptr [rbx+8]
    mov eax, 4095
# simplified test for small operand since it is a number
    test esi, 1
    short je L2281
    and rax, rsi
    short jmp L2282
L2281:
    call 140320710851200
L2282:
    mov qword ptr [rbx+8], rax
# test_heap_It
    lea rdx, qword ptr [r15+96]
    cmp rdx, rsp
    short jbe L2283
    mov ecx, 4
.db 0x66, 0x90
    call 140320710850576
L2283:
# put_cons_ss
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# append_cons_Is
    mov rdi, qword ptr [rbx+16]
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
# return
    dec r14
    jl L1166
    ret
# label_L
label_740:
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+8]
    cmp rsi, 3275
    je label_742
    cmp rsi, 106827
    je label_741
    jmp label_743
# label_L
label_741:
# i_move_sd
L2284:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L1166
    ret
# label_L
label_742:
# i_move_sd
L2285:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L1166
    ret
# label_L
label_743:
# i_is_tuple_fs
    mov rsi, qword ptr [rbx+8]
    rex test sil, 1
    jne label_726
    test byte ptr [rsi-2], 63
    jne label_726
# i_test_arity_fsA
    mov rsi, qword ptr [rbx+8]
    cmp dword ptr [rsi-2], 256
    jne label_744
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L2286
    mov ecx, 2
    call 140320710850576
L2286:
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
    call label_1101
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2287
    mov ecx, 1
    call 140320710850576
L2287:
# put_cons_ss
    mov qword ptr [r15], 31
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# deallocate_t
# return
    dec r14
    jl L1166
    ret
# label_L
label_744:
# i_test_arity_fsA
    mov rsi, qword ptr [rbx+8]
    cmp dword ptr [rsi-2], 512
    jne label_726
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L2288
    mov ecx, 2
    call 140320710850576
L2288:
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
    call label_1110
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2289
    mov ecx, 1
    call 140320710850576
L2289:
# put_cons_ss
    mov qword ptr [r15], 47
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# deallocate_t
# return
    dec r14
    jl L1166
    ret
# label_L
label_745:
# line_I
# i_bsr_ssjd
    mov rsi, qword ptr [rbx+8]
# is the operand small?
    mov edi, esi
    and edi, 15
    cmp edi, 15
    short jne L2290
    mov rax, rsi
    sar rax, 24
    or rax, 15
    short jmp L2291
L2290:
    mov eax, 399
    call 140320710851768
L2291:
    mov qword ptr [rbx], rax
# i_band_ssjd
    mov rsi, qword ptr [rbx]
    mov eax, 4095
# simplified test for small operand since it is a number
    test esi, 1
    short je L2292
    and rax, rsi
    short jmp L2293
L2292:
    call 140320710851200
L2293:
    mov qword ptr [rbx], rax
# i_bsr_ssjd
    mov rsi, qword ptr [rbx+8]
# simplified test for small operand since it is a number
    test esi, 1
    short je L2294
    mov rax, rsi
    sar rax, 16
    or rax, 15
    short jmp L2295
L2294:
    mov eax, 271
    call 140320710851768
L2295:
    mov qword ptr [rbx+16], rax
# i_band_ssjd
    mov rsi, qword ptr [rbx+16]
    mov eax, 4095
# simplified test for small operand since it is a number
    test esi, 1
    short je L2296
    and rax, rsi
    short jmp L2297
L2296:
    call 140320710851200
L2297:
    mov qword ptr [rbx+16], rax
# i_bsr_ssjd
    mov rsi, qword ptr [rbx+8]
# simplified test for small operand since it is a number
    test esi, 1
    short je L2298
    mov rax, rsi
    sar rax, 8
    or rax, 15
    short jmp L2299
L2298:
    mov eax, 143
    call 140320710851768
L2299:
    mov qword ptr [rbx+24], rax
# i_band_ssjd
    mov rsi, qword ptr [rbx+24]
    mov eax, 4095
# simplified test for small operand since it is a number
    test esi, 1
    short je L2300
    and rax, rsi
    short jmp L2301
L2300:
    call 140320710851200
L2301:
    mov qword ptr [rbx+24], rax
# i_band_ssjd
    mov rsi, qword ptr [rbx+8]
    mov eax, 4095
# simplified test for small operand since it is a number
    test esi, 1
    short je L2302
    and rax, rsi
    short jmp L2303
L2302:
    call 140320710851200
L2303:
    mov qword ptr [rbx+8], rax
# test_heap_It
    lea rdx, qword ptr [r15+96]
    cmp rdx, rsp
    short jbe L2304
    mov ecx, 4
.db 0x66, 0x90
    call 140320710850576
L2304:
# put_cons_ss
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# append_cons_Is
    mov rdi, qword ptr [rbx+16]
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
# return
    dec r14
    jl L1166
    ret
# label_L
label_746:
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx+8]
    rex test sil, 1
    jne label_747
    cmp dword ptr [rsi-2], 256
    jne label_747
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp label_1101
# label_L
label_747:
# is_integer_fs
    mov rdi, qword ptr [rbx+8]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L2305
    test al, 1
    jne label_726
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_726
L2305:
# line_I
# i_bsr_ssjd
    mov rsi, qword ptr [rbx+8]
# simplified test for small operand since it is a number
    test esi, 1
    short je L2306
    mov rax, rsi
    sar rax, 24
    or rax, 15
    short jmp L2307
L2306:
    mov eax, 399
    call 140320710851768
L2307:
    mov qword ptr [rbx], rax
# i_band_ssjd
    mov rsi, qword ptr [rbx]
    mov eax, 4095
# simplified test for small operand since it is a number
    test esi, 1
    short je L2308
    and rax, rsi
    short jmp L2309
L2308:
    call 140320710851200
L2309:
    mov qword ptr [rbx], rax
# i_bsr_ssjd
    mov rsi, qword ptr [rbx+8]
# simplified test for small operand since it is a number
    test esi, 1
    short je L2310
    mov rax, rsi
    sar rax, 16
    or rax, 15
    short jmp L2311
L2310:
    mov eax, 271
    call 140320710851768
L2311:
    mov qword ptr [rbx+16], rax
# i_band_ssjd
    mov rsi, qword ptr [rbx+16]
    mov eax, 4095
# simplified test for small operand since it is a number
    test esi, 1
    short je L2312
    and rax, rsi
    short jmp L2313
L2312:
    call 140320710851200
L2313:
    mov qword ptr [rbx+16], rax
# i_bsr_ssjd
    mov rsi, qword ptr [rbx+8]
# simplified test for small operand since it is a number
    test esi, 1
    short je L2314
    mov rax, rsi
    sar rax, 8
    or rax, 15
    short jmp L2315
L2314:
    mov eax, 143
    call 140320710851768
L2315:
    mov qword ptr [rbx+24], rax
# i_band_ssjd
    mov rsi, qword ptr [rbx+24]
    mov eax, 4095
# simplified test for small operand since it is a number
    test esi, 1
    short je L2316
    and rax, rsi
    short jmp L2317
L2316:
    call 140320710851200
L2317:
    mov qword ptr [rbx+24], rax
# i_band_ssjd
    mov rsi, qword ptr [rbx+8]
    mov eax, 4095
# simplified test for small operand since it is a number
    test esi, 1
    short je L2318
    and rax, rsi
    short jmp L2319
L2318:
    call 140320710851200
L2319:
    mov qword ptr [rbx+8], rax
# test_heap_It
    lea rdx, qword ptr [r15+96]
    cmp rdx, rsp
    short jbe L2320
    mov ecx, 4
.db 0x90
    call 140320710850576
L2320:
# put_cons_ss
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# append_cons_Is
    mov rdi, qword ptr [rbx+16]
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
# return
    dec r14
    jl L1166
    ret
# label_L
label_748:
# i_select_tuple_arity_SfI
    mov rsi, qword ptr [rbx+8]
    rex test sil, 1
    jne label_726
    mov esi, dword ptr [rsi-2]
    rex test sil, 63
    jne label_726
    cmp esi, 128
    je label_751
    cmp esi, 192
    je label_749
    jne label_726
# label_L
label_749:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+16], rdi
# i_is_tuple_fs
    mov rsi, qword ptr [rbx+16]
    rex test sil, 1
    jne label_726
    test byte ptr [rsi-2], 63
    jne label_726
# i_bif1_sjbd
    lea rsi, qword ptr [rbx+16]
    mov rcx, 94919179098688
    call 140320710851304
    mov qword ptr [rbx+24], rax
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+14]
    movups xmmword ptr [rbx+32], xmm0
# is_eq_exact_fss
    cmp qword ptr [rbx+24], 79
    jne label_750
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx+32]
    rex test sil, 1
    jne label_750
    cmp dword ptr [rsi-2], 256
    jne label_750
# is_integer_fs
    mov rdi, qword ptr [rbx+40]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L2321
    test al, 1
    jne label_726
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_726
L2321:
# line_I
# i_bsr_ssjd
    mov rsi, qword ptr [rbx+40]
# simplified test for small operand since it is a number
    test esi, 1
    short je L2322
    mov rax, rsi
    sar rax, 24
    or rax, 15
    short jmp L2323
L2322:
    mov eax, 399
    call 140320710851768
L2323:
    mov qword ptr [rbx], rax
# i_band_ssjd
    mov rsi, qword ptr [rbx]
    mov eax, 4095
# simplified test for small operand since it is a number
    test esi, 1
    short je L2324
    and rax, rsi
    short jmp L2325
L2324:
    call 140320710851200
L2325:
    mov qword ptr [rbx], rax
# i_bsr_ssjd
    mov rsi, qword ptr [rbx+40]
# simplified test for small operand since it is a number
    test esi, 1
    short je L2326
    mov rax, rsi
    sar rax, 16
    or rax, 15
    short jmp L2327
L2326:
    mov eax, 271
    call 140320710851768
L2327:
    mov qword ptr [rbx+8], rax
# i_band_ssjd
    mov rsi, qword ptr [rbx+8]
    mov eax, 4095
# simplified test for small operand since it is a number
    test esi, 1
    short je L2328
    and rax, rsi
    short jmp L2329
L2328:
    call 140320710851200
L2329:
    mov qword ptr [rbx+8], rax
# i_bsr_ssjd
    mov rsi, qword ptr [rbx+40]
# simplified test for small operand since it is a number
    test esi, 1
    short je L2330
    mov rax, rsi
    sar rax, 8
    or rax, 15
    short jmp L2331
L2330:
    mov eax, 143
    call 140320710851768
L2331:
    mov qword ptr [rbx+24], rax
# allocate_tt
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L2332
    mov ecx, 6
.db 0x90
    call 140320710850576
L2332:
    sub rsp, 40
# init_yregs_I
    mov eax, 59
    mov rdi, rsp
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rsp+16], rdi
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx]
    movups xmmword ptr [rsp+24], xmm0
# i_band_ssjd
    mov rsi, qword ptr [rbx+24]
    mov eax, 4095
# simplified test for small operand since it is a number
    test esi, 1
    short je L2333
    and rax, rsi
    short jmp L2334
L2333:
    call 140320710851200
L2334:
    mov qword ptr [rsp+8], rax
# i_band_ssjd
    mov rsi, qword ptr [rbx+40]
    mov eax, 4095
# simplified test for small operand since it is a number
    test esi, 1
    short je L2335
    and rax, rsi
    short jmp L2336
L2335:
    call 140320710851200
L2336:
    mov qword ptr [rsp], rax
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# i_call_f
.db 0x66, 0x90
    call label_1101
# swap_dd
    mov rdi, qword ptr [rsp+16]
    mov rsi, qword ptr [rbx]
    mov qword ptr [rbx], rdi
    mov qword ptr [rsp+16], rsi
# i_call_f
.db 0x0F, 0x1F, 0x00
    call label_1101
# test_heap_It
    lea rdx, qword ptr [r15+160]
    cmp rdx, rsp
    short jbe L2337
    mov ecx, 1
.db 0x90
    call 140320710850576
L2337:
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
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [r15+32], rdi
    mov qword ptr [r15+40], rsi
    lea rsi, qword ptr [r15+33]
# store_cons_Id
    add r15, 48
    mov qword ptr [rbx+8], rsi
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
# put_cons_ss
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# put_cons_ss
# (putting and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [r15], xmm0
    lea rsi, qword ptr [r15+1]
# append_cons_Is
L2338:
    long mov rdi, 9223372036854775807
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# store_cons_Id
    add r15, 32
    mov qword ptr [rbx], rsi
# deallocate_t
    add rsp, 40
# return
    dec r14
    jl L1166
    ret
# label_L
label_750:
# is_eq_exact_fss
    cmp qword ptr [rbx+32], 3275
    jne label_726
# i_test_arity_fsA
    mov rsi, qword ptr [rbx+16]
    cmp dword ptr [rsi-2], 256
    jne label_726
# is_integer_fs
    mov rdi, qword ptr [rbx+40]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L2339
    test al, 1
    jne label_726
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_726
L2339:
# line_I
# i_bsr_ssjd
    mov rsi, qword ptr [rbx+40]
# simplified test for small operand since it is a number
    test esi, 1
    short je L2340
    mov rax, rsi
    sar rax, 24
    or rax, 15
    short jmp L2341
L2340:
    mov eax, 399
    call 140320710851768
L2341:
    mov qword ptr [rbx], rax
# i_band_ssjd
    mov rsi, qword ptr [rbx]
    mov eax, 4095
# simplified test for small operand since it is a number
    test esi, 1
    short je L2342
    and rax, rsi
    short jmp L2343
L2342:
    call 140320710851200
L2343:
    mov qword ptr [rbx], rax
# i_bsr_ssjd
    mov rsi, qword ptr [rbx+40]
# simplified test for small operand since it is a number
    test esi, 1
    short je L2344
    mov rax, rsi
    sar rax, 16
    or rax, 15
    short jmp L2345
L2344:
    mov eax, 271
    call 140320710851768
L2345:
    mov qword ptr [rbx+8], rax
# i_band_ssjd
    mov rsi, qword ptr [rbx+8]
    mov eax, 4095
# simplified test for small operand since it is a number
    test esi, 1
    short je L2346
    and rax, rsi
    short jmp L2347
L2346:
    call 140320710851200
L2347:
    mov qword ptr [rbx+8], rax
# i_bsr_ssjd
    mov rsi, qword ptr [rbx+40]
# simplified test for small operand since it is a number
    test esi, 1
    short je L2348
    mov rax, rsi
    sar rax, 8
    or rax, 15
    short jmp L2349
L2348:
    mov eax, 143
    call 140320710851768
L2349:
    mov qword ptr [rbx+24], rax
# allocate_tt
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L2350
    mov ecx, 6
.db 0x66, 0x90
    call 140320710850576
L2350:
    sub rsp, 40
# init_yregs_I
    mov eax, 59
    mov rdi, rsp
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx]
    movups xmmword ptr [rsp+24], xmm0
# i_band_ssjd
    mov rsi, qword ptr [rbx+24]
    mov eax, 4095
# simplified test for small operand since it is a number
    test esi, 1
    short je L2351
    and rax, rsi
    short jmp L2352
L2351:
    call 140320710851200
L2352:
    mov qword ptr [rsp+16], rax
# i_band_ssjd
    mov rsi, qword ptr [rbx+40]
    mov eax, 4095
# simplified test for small operand since it is a number
    test esi, 1
    short je L2353
    and rax, rsi
    short jmp L2354
L2353:
    call 140320710851200
L2354:
    mov qword ptr [rsp+8], rax
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# i_call_f
    call label_1101
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# i_call_f
    call label_1106
# test_heap_It
    lea rdx, qword ptr [r15+160]
    cmp rdx, rsp
    short jbe L2355
    mov ecx, 1
.db 0x90
    call 140320710850576
L2355:
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
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [r15+32], rdi
    mov qword ptr [r15+40], rsi
    lea rsi, qword ptr [r15+33]
# store_cons_Id
    add r15, 48
    mov qword ptr [rbx+8], rsi
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
# put_cons_ss
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# put_cons_ss
# (putting and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [r15], xmm0
    lea rsi, qword ptr [r15+1]
# append_cons_Is
L2356:
    long mov rdi, 9223372036854775807
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# store_cons_Id
    add r15, 32
    mov qword ptr [rbx], rsi
# deallocate_t
    add rsp, 40
# return
    dec r14
    jl L1166
    ret
# label_L
label_751:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+16], rdi
# i_is_tuple_fs
    mov rsi, qword ptr [rbx+16]
    rex test sil, 1
    jne label_726
    test byte ptr [rsi-2], 63
    jne label_726
# i_bif1_sjbd
    lea rsi, qword ptr [rbx+16]
    mov rcx, 94919179098688
    call 140320710851304
    mov qword ptr [rbx+24], rax
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+32], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx+24], 79
    jne label_752
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx+32]
    rex test sil, 1
    jne label_752
    cmp dword ptr [rsi-2], 256
    jne label_752
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L2357
    mov ecx, 5
.db 0x90
    call 140320710850576
L2357:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15+8], rdi
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], 15
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx], 105611
# i_call_only_f
    jmp label_727
# label_L
label_752:
# i_test_arity_fsA
    mov rsi, qword ptr [rbx+16]
    cmp dword ptr [rsi-2], 256
    jne label_753
# is_eq_exact_fss
    cmp qword ptr [rbx+32], 3275
    jne label_753
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L2358
    mov ecx, 3
.db 0x90
    call 140320710850576
L2358:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15+8], rdi
    mov qword ptr [r15+16], 3275
    mov qword ptr [r15+24], 15
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx], 105611
# i_call_only_f
    jmp label_727
# label_L
label_753:
# i_test_arity_fsA
    mov rsi, qword ptr [rbx+16]
    cmp dword ptr [rsi-2], 512
    jne label_726
# is_integer_fs
    mov rdi, qword ptr [rbx+32]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L2359
    test al, 1
    jne label_726
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_726
L2359:
# line_I
# i_bsr_ssjd
    mov rsi, qword ptr [rbx+32]
# simplified test for small operand since it is a number
    test esi, 1
    short je L2360
    mov rax, rsi
    sar rax, 24
    or rax, 15
    short jmp L2361
L2360:
    mov eax, 399
    call 140320710851768
L2361:
    mov qword ptr [rbx], rax
# i_band_ssjd
    mov rsi, qword ptr [rbx]
    mov eax, 4095
# simplified test for small operand since it is a number
    test esi, 1
    short je L2362
    and rax, rsi
    short jmp L2363
L2362:
    call 140320710851200
L2363:
    mov qword ptr [rbx], rax
# i_bsr_ssjd
    mov rsi, qword ptr [rbx+32]
# simplified test for small operand since it is a number
    test esi, 1
    short je L2364
    mov rax, rsi
    sar rax, 16
    or rax, 15
    short jmp L2365
L2364:
    mov eax, 271
    call 140320710851768
L2365:
    mov qword ptr [rbx+8], rax
# i_band_ssjd
    mov rsi, qword ptr [rbx+8]
    mov eax, 4095
# simplified test for small operand since it is a number
    test esi, 1
    short je L2366
    and rax, rsi
    short jmp L2367
L2366:
    call 140320710851200
L2367:
    mov qword ptr [rbx+8], rax
# i_bsr_ssjd
    mov rsi, qword ptr [rbx+32]
# simplified test for small operand since it is a number
    test esi, 1
    short je L2368
    mov rax, rsi
    sar rax, 8
    or rax, 15
    short jmp L2369
L2368:
    mov eax, 143
    call 140320710851768
L2369:
    mov qword ptr [rbx+24], rax
# allocate_tt
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L2370
    mov ecx, 5
.db 0x90
    call 140320710850576
L2370:
    sub rsp, 32
# init_yregs_I
    mov eax, 59
    mov rdi, rsp
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx]
    movups xmmword ptr [rsp+16], xmm0
# i_band_ssjd
    mov rsi, qword ptr [rbx+24]
    mov eax, 4095
# simplified test for small operand since it is a number
    test esi, 1
    short je L2371
    and rax, rsi
    short jmp L2372
L2371:
    call 140320710851200
L2372:
    mov qword ptr [rsp+8], rax
# i_band_ssjd
    mov rsi, qword ptr [rbx+32]
    mov eax, 4095
# simplified test for small operand since it is a number
    test esi, 1
    short je L2373
    and rax, rsi
    short jmp L2374
L2373:
    call 140320710851200
L2374:
    mov qword ptr [rsp], rax
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# i_call_f
.db 0x0F, 0x1F, 0x00
    call label_1110
# test_heap_It
    lea rdx, qword ptr [r15+144]
    cmp rdx, rsp
    short jbe L2375
    mov ecx, 1
.db 0x90
    call 140320710850576
L2375:
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
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [r15+32], rdi
    mov qword ptr [r15+40], rsi
    lea rsi, qword ptr [r15+33]
# store_cons_Id
    add r15, 48
    mov qword ptr [rbx+8], rsi
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# put_cons_ss
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# put_cons_ss
# (putting and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [r15], xmm0
    lea rsi, qword ptr [r15+1]
# append_cons_Is
L2376:
    long mov rdi, 9223372036854775807
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# store_cons_Id
    add r15, 32
    mov qword ptr [rbx], rsi
# deallocate_t
    add rsp, 32
# return
    dec r14
    jl L1166
    ret
# label_L
label_754:
# line_I
# i_length_setup_jts
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx+16], rdi
    mov qword ptr [rbx+24], 15
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx+32], rdi
# i_length_jtd
    align 4
L2377:
    mov esi, 2
    lea rdx, qword ptr [L2377]
    call 140320710852592
    mov qword ptr [rbx], rax
# i_bsr_ssjd
    mov rsi, qword ptr [rbx]
# skipped test for small left operand because it is always small
    mov rax, rsi
    sar rax, 8
    or rax, 15
L2378:
L2379:
    mov qword ptr [rbx+16], rax
# i_band_ssjd
    mov rsi, qword ptr [rbx+16]
    mov eax, 4095
# skipped test for small operands since they are always small
    and rax, rsi
    mov qword ptr [rbx+16], rax
# i_band_ssjd
    mov rsi, qword ptr [rbx]
    mov eax, 4095
# skipped test for small operands since they are always small
    and rax, rsi
    mov qword ptr [rbx], rax
# test_heap_It
    lea rdx, qword ptr [r15+96]
    cmp rdx, rsp
    short jbe L2380
    mov ecx, 3
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2380:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# put_cons_ss
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# put_cons_ss
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# put_cons_ss
# (put head and tail together)
    movups xmm0, xmmword ptr [rbx]
    movups xmmword ptr [r15], xmm0
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# return
    dec r14
    jl L1166
    ret
# label_L
label_755:
# line_I
# i_bsr_ssjd
    mov rsi, qword ptr [rbx+8]
# is the operand small?
    mov edi, esi
    and edi, 15
    cmp edi, 15
    short jne L2381
    mov rax, rsi
    sar rax, 24
    or rax, 15
    short jmp L2382
L2381:
    mov eax, 399
    call 140320710851768
L2382:
    mov qword ptr [rbx], rax
# i_band_ssjd
    mov rsi, qword ptr [rbx]
    mov eax, 4095
# simplified test for small operand since it is a number
    test esi, 1
    short je L2383
    and rax, rsi
    short jmp L2384
L2383:
    call 140320710851200
L2384:
    mov qword ptr [rbx], rax
# i_bsr_ssjd
    mov rsi, qword ptr [rbx+8]
# simplified test for small operand since it is a number
    test esi, 1
    short je L2385
    mov rax, rsi
    sar rax, 16
    or rax, 15
    short jmp L2386
L2385:
    mov eax, 271
    call 140320710851768
L2386:
    mov qword ptr [rbx+16], rax
# i_band_ssjd
    mov rsi, qword ptr [rbx+16]
    mov eax, 4095
# simplified test for small operand since it is a number
    test esi, 1
    short je L2387
    and rax, rsi
    short jmp L2388
L2387:
    call 140320710851200
L2388:
    mov qword ptr [rbx+16], rax
# i_bsr_ssjd
    mov rsi, qword ptr [rbx+8]
# simplified test for small operand since it is a number
    test esi, 1
    short je L2389
    mov rax, rsi
    sar rax, 8
    or rax, 15
    short jmp L2390
L2389:
    mov eax, 143
    call 140320710851768
L2390:
    mov qword ptr [rbx+24], rax
# i_band_ssjd
    mov rsi, qword ptr [rbx+24]
    mov eax, 4095
# simplified test for small operand since it is a number
    test esi, 1
    short je L2391
    and rax, rsi
    short jmp L2392
L2391:
    call 140320710851200
L2392:
    mov qword ptr [rbx+24], rax
# i_band_ssjd
    mov rsi, qword ptr [rbx+8]
    mov eax, 4095
# simplified test for small operand since it is a number
    test esi, 1
    short je L2393
    and rax, rsi
    short jmp L2394
L2393:
    call 140320710851200
L2394:
    mov qword ptr [rbx+8], rax
# test_heap_It
    lea rdx, qword ptr [r15+96]
    cmp rdx, rsp
    short jbe L2395
    mov ecx, 4
    call 140320710850576
L2395:
# put_cons_ss
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# append_cons_Is
    mov rdi, qword ptr [rbx+16]
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
# return
    dec r14
    jl L1166
    ret
# label_L
label_756:
# is_nonempty_list_get_tl_fSd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_726
    mov rsi, qword ptr [rax+7]
    mov qword ptr [rbx+16], rsi
# is_nonempty_list_get_tl_fSd
    mov rax, qword ptr [rbx+16]
    test al, 2
    jne label_726
    mov rsi, qword ptr [rax+7]
    mov qword ptr [rbx+16], rsi
# is_nonempty_list_get_tl_fSd
    mov rax, qword ptr [rbx+16]
    test al, 2
    jne label_726
    mov rsi, qword ptr [rax+7]
    mov qword ptr [rbx+16], rsi
# is_nonempty_list_get_tl_fSd
    mov rax, qword ptr [rbx+16]
    test al, 2
    jne label_726
    mov rsi, qword ptr [rax+7]
    mov qword ptr [rbx+16], rsi
# is_nonempty_list_get_tl_fSd
    mov rax, qword ptr [rbx+16]
    test al, 2
    jne label_726
    mov rsi, qword ptr [rax+7]
    mov qword ptr [rbx+16], rsi
# is_nonempty_list_get_tl_fSd
    mov rax, qword ptr [rbx+16]
    test al, 2
    jne label_726
    mov rsi, qword ptr [rax+7]
    mov qword ptr [rbx+16], rsi
# is_nil_fS
    cmp qword ptr [rbx+16], 59
    jne label_726
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L1166
    ret
# label_L
label_757:
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+8]
    cmp rsi, 11
    je label_759
    cmp rsi, 75
    je label_758
    jmp label_726
# label_L
label_758:
# i_move_sd
L2396:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L1166
    ret
# label_L
label_759:
# i_move_sd
L2397:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L1166
    ret
# label_L
label_760:
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+8]
    cmp rsi, 11
    je label_762
    cmp rsi, 75
    je label_761
    jmp label_726
# label_L
label_761:
# i_move_sd
L2398:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L1166
    ret
# label_L
label_762:
# i_move_sd
L2399:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L1166
    ret
# label_L
label_763:
# is_binary_fs
    mov rdi, qword ptr [rbx+8]
    rex test dil, 1
    jne label_764
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 40
    short je L2401
    and al, -5
    cmp al, 32
    jne label_764
    short jmp L2400
L2401:
    cmp byte ptr [rdi+22], 0
    jne label_764
L2400:
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L2402
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2402:
# i_move_sd
    mov qword ptr [rbx], 5899
# line_I
# i_call_f
    call label_727
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L2403
    mov ecx, 1
    call 140320710850576
L2403:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov qword ptr [r15+16], 31
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# store_cons_Id
    add r15, 32
    mov qword ptr [rbx], rsi
# deallocate_t
# return
    dec r14
    jl L1166
    ret
# label_L
label_764:
# is_integer_fs
    mov rdi, qword ptr [rbx+8]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L2404
    test al, 1
    jne label_726
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_726
L2404:
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L2405
    mov ecx, 2
    call 140320710850576
L2405:
# i_move_sd
    mov qword ptr [rbx], 105483
# line_I
# i_call_f
    call label_727
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L2406
    mov ecx, 1
    call 140320710850576
L2406:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov qword ptr [r15+16], 15
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# store_cons_Id
    add r15, 32
    mov qword ptr [rbx], rsi
# deallocate_t
# return
    dec r14
    jl L1166
    ret
# label_L
label_765:
# line_I
# i_bif1_sjbd
    lea rsi, qword ptr [rbx+8]
    mov rcx, 94919178859104
    call 140320710851304
    mov qword ptr [rbx], rax
# i_bsr_ssjd
    mov rsi, qword ptr [rbx]
# skipped test for small left operand because it is always small
    mov rax, rsi
    sar rax, 24
    or rax, 15
L2407:
L2408:
    mov qword ptr [rbx+16], rax
# i_band_ssjd
    mov rsi, qword ptr [rbx+16]
    mov eax, 4095
# skipped test for small operands since they are always small
    and rax, rsi
    mov qword ptr [rbx+16], rax
# i_bsr_ssjd
    mov rsi, qword ptr [rbx]
# skipped test for small left operand because it is always small
    mov rax, rsi
    sar rax, 16
    or rax, 15
L2409:
L2410:
    mov qword ptr [rbx+24], rax
# i_band_ssjd
    mov rsi, qword ptr [rbx+24]
    mov eax, 4095
# skipped test for small operands since they are always small
    and rax, rsi
    mov qword ptr [rbx+24], rax
# i_bsr_ssjd
    mov rsi, qword ptr [rbx]
# skipped test for small left operand because it is always small
    mov rax, rsi
    sar rax, 8
    or rax, 15
L2411:
L2412:
    mov qword ptr [rbx+32], rax
# i_band_ssjd
    mov rsi, qword ptr [rbx+32]
    mov eax, 4095
# skipped test for small operands since they are always small
    and rax, rsi
    mov qword ptr [rbx+32], rax
# i_band_ssjd
    mov rsi, qword ptr [rbx]
    mov eax, 4095
# skipped test for small operands since they are always small
    and rax, rsi
    mov qword ptr [rbx], rax
# test_heap_It
    lea rdx, qword ptr [r15+128]
    cmp rdx, rsp
    short jbe L2413
    mov ecx, 5
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2413:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# append_cons_Is
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [r15+32], rdi
    mov qword ptr [r15+40], rsi
    lea rsi, qword ptr [r15+33]
# store_cons_Id
    add r15, 48
    mov qword ptr [rbx], rsi
# put_cons_ss
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# put_cons_ss
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# put_cons_ss
# (put head and tail together)
    movups xmm0, xmmword ptr [rbx]
    movups xmmword ptr [r15], xmm0
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# return
    dec r14
    jl L1166
    ret
# label_L
label_766:
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx+8]
    rex test sil, 1
    jne label_767
    cmp dword ptr [rsi-2], 128
    jne label_767
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx], rdi
# line_I
# i_length_setup_jts
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+16], rdi
    mov qword ptr [rbx+24], 15
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+32], rdi
# i_length_jtd
    align 4
L2414:
    mov esi, 2
    lea rdx, qword ptr [L2414]
    call 140320710852592
    mov qword ptr [rbx+16], rax
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L2415
    mov ecx, 3
.db 0x66, 0x90
    call 140320710850576
L2415:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp], rdi
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+8], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call label_1151
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L2416
    mov ecx, 1
    call 140320710850576
L2416:
# put_cons_ss
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov qword ptr [r15+16], 127
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# store_cons_Id
    add r15, 32
    mov qword ptr [rbx], rsi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L1166
    ret
# label_L
label_767:
# line_I
# i_length_setup_jts
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx+16], rdi
    mov qword ptr [rbx+24], 15
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx+32], rdi
# i_length_jtd
    align 4
L2417:
    mov esi, 2
    lea rdx, qword ptr [L2417]
    call 140320710852592
    mov qword ptr [rbx], rax
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L2418
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2418:
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
    call label_1148
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L2419
    mov ecx, 1
    call 140320710850576
L2419:
# put_cons_ss
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov qword ptr [r15+16], 127
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# store_cons_Id
    add r15, 32
    mov qword ptr [rbx], rsi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L1166
    ret
# label_L
label_768:
# i_is_tuple_fs
    mov rsi, qword ptr [rbx+8]
    rex test sil, 1
    jne label_782
    test byte ptr [rsi-2], 63
    jne label_782
# i_test_arity_fsA
    mov rsi, qword ptr [rbx+8]
    cmp dword ptr [rsi-2], 128
    jne label_726
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+6]
    movups xmmword ptr [rbx+16], xmm0
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+16]
    cmp rsi, 3275
    je label_770
    cmp rsi, 106827
    je label_769
    jmp label_771
# label_L
label_769:
# line_I
# i_bsr_ssjd
    mov rsi, qword ptr [rbx+24]
# is the operand small?
    mov edi, esi
    and edi, 15
    cmp edi, 15
    short jne L2420
    mov rax, rsi
    sar rax, 8
    or rax, 15
    short jmp L2421
L2420:
    mov eax, 143
    call 140320710851768
L2421:
    mov qword ptr [rbx], rax
# i_band_ssjd
    mov rsi, qword ptr [rbx]
    mov eax, 4095
# simplified test for small operand since it is a number
    test esi, 1
    short je L2422
    and rax, rsi
    short jmp L2423
L2422:
    call 140320710851200
L2423:
    mov qword ptr [rbx], rax
# i_band_ssjd
    mov rsi, qword ptr [rbx+24]
    mov eax, 4095
# simplified test for small operand since it is a number
    test esi, 1
    short je L2424
    and rax, rsi
    short jmp L2425
L2424:
    call 140320710851200
L2425:
    mov qword ptr [rbx+8], rax
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L2426
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L2426:
# put_cons_ss
    mov rdi, qword ptr [rbx+8]
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
    mov qword ptr [r15+16], 79
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# store_cons_Id
    add r15, 32
    mov qword ptr [rbx], rsi
# return
    dec r14
    jl L1166
    ret
# label_L
label_770:
# line_I
# i_bsr_ssjd
    mov rsi, qword ptr [rbx+24]
# is the operand small?
    mov edi, esi
    and edi, 15
    cmp edi, 15
    short jne L2427
    mov rax, rsi
    sar rax, 8
    or rax, 15
    short jmp L2428
L2427:
    mov eax, 143
    call 140320710851768
L2428:
    mov qword ptr [rbx], rax
# i_band_ssjd
    mov rsi, qword ptr [rbx]
    mov eax, 4095
# simplified test for small operand since it is a number
    test esi, 1
    short je L2429
    and rax, rsi
    short jmp L2430
L2429:
    call 140320710851200
L2430:
    mov qword ptr [rbx], rax
# i_band_ssjd
    mov rsi, qword ptr [rbx+24]
    mov eax, 4095
# simplified test for small operand since it is a number
    test esi, 1
    short je L2431
    and rax, rsi
    short jmp L2432
L2431:
    call 140320710851200
L2432:
    mov qword ptr [rbx+8], rax
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L2433
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2433:
# put_cons_ss
    mov rdi, qword ptr [rbx+8]
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
    mov qword ptr [r15+16], 63
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# store_cons_Id
    add r15, 32
    mov qword ptr [rbx], rsi
# return
    dec r14
    jl L1166
    ret
# label_L
label_771:
# i_is_tuple_fs
    mov rsi, qword ptr [rbx+16]
    rex test sil, 1
    jne label_773
    test byte ptr [rsi-2], 63
    jne label_773
# i_test_arity_fsA
    mov rsi, qword ptr [rbx+16]
    cmp dword ptr [rsi-2], 256
    jne label_772
# line_I
# i_bsr_ssjd
    mov rsi, qword ptr [rbx+24]
# is the operand small?
    mov edi, esi
    and edi, 15
    cmp edi, 15
    short jne L2434
    mov rax, rsi
    sar rax, 8
    or rax, 15
    short jmp L2435
L2434:
    mov eax, 143
    call 140320710851768
L2435:
    mov qword ptr [rbx], rax
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2436
    mov ecx, 4
    call 140320710850576
L2436:
    sub rsp, 16
# init_yregs_I
    mov eax, 59
    mov rdi, rsp
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# i_band_ssjd
    mov rsi, qword ptr [rbx]
    mov eax, 4095
# simplified test for small operand since it is a number
    test esi, 1
    short je L2437
    and rax, rsi
    short jmp L2438
L2437:
    call 140320710851200
L2438:
    mov qword ptr [rsp+8], rax
# i_band_ssjd
    mov rsi, qword ptr [rbx+24]
    mov eax, 4095
# simplified test for small operand since it is a number
    test esi, 1
    short je L2439
    and rax, rsi
    short jmp L2440
L2439:
    call 140320710851200
L2440:
    mov qword ptr [rsp], rax
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# i_call_f
    call label_1101
# test_heap_It
    lea rdx, qword ptr [r15+96]
    cmp rdx, rsp
    short jbe L2441
    mov ecx, 1
    call 140320710850576
L2441:
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
# store_cons_Id
    add r15, 32
    mov qword ptr [rbx+8], rsi
# put_cons_ss
# (putting and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [r15], xmm0
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov qword ptr [r15+16], 31
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# store_cons_Id
    add r15, 32
    mov qword ptr [rbx], rsi
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L1166
    ret
# label_L
label_772:
# i_test_arity_fsA
    mov rsi, qword ptr [rbx+16]
    cmp dword ptr [rsi-2], 512
    jne label_773
# line_I
# i_bsr_ssjd
    mov rsi, qword ptr [rbx+24]
# is the operand small?
    mov edi, esi
    and edi, 15
    cmp edi, 15
    short jne L2442
    mov rax, rsi
    sar rax, 8
    or rax, 15
    short jmp L2443
L2442:
    mov eax, 143
    call 140320710851768
L2443:
    mov qword ptr [rbx], rax
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2444
    mov ecx, 4
.db 0x66, 0x90
    call 140320710850576
L2444:
    sub rsp, 16
# init_yregs_I
    mov eax, 59
    mov rdi, rsp
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# i_band_ssjd
    mov rsi, qword ptr [rbx]
    mov eax, 4095
# simplified test for small operand since it is a number
    test esi, 1
    short je L2445
    and rax, rsi
    short jmp L2446
L2445:
    call 140320710851200
L2446:
    mov qword ptr [rsp+8], rax
# i_band_ssjd
    mov rsi, qword ptr [rbx+24]
    mov eax, 4095
# simplified test for small operand since it is a number
    test esi, 1
    short je L2447
    and rax, rsi
    short jmp L2448
L2447:
    call 140320710851200
L2448:
    mov qword ptr [rsp], rax
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# i_call_f
    call label_1110
# test_heap_It
    lea rdx, qword ptr [r15+112]
    cmp rdx, rsp
    short jbe L2449
    mov ecx, 1
    call 140320710850576
L2449:
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
L2450:
    long mov rdi, 9223372036854775807
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
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
# (putting and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [r15], xmm0
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov qword ptr [r15+16], 47
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# store_cons_Id
    add r15, 32
    mov qword ptr [rbx], rsi
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L1166
    ret
# label_L
label_773:
# is_list_fs
    mov rax, qword ptr [rbx+16]
    cmp rax, 59
    short je L2451
    test al, 2
    jne label_774
L2451:
# jump_f
    jmp label_775
# label_L
label_774:
# is_binary_fs
    mov rdi, qword ptr [rbx+16]
    rex test dil, 1
    jne label_776
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 40
    short je L2453
    and al, -5
    cmp al, 32
    jne label_776
    short jmp L2452
L2453:
    cmp byte ptr [rdi+22], 0
    jne label_776
L2452:
# label_L
label_775:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L2454
    mov ecx, 3
.db 0x66, 0x90
    call 140320710850576
L2454:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L2455:
L2456:
    long mov rcx, 9223372036854775807
    mov rax, 94919179095824
    lea rdx, qword ptr [L2455]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L2457
    mov ecx, 1
    call 140320710850576
L2457:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov qword ptr [r15+16], 95
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# store_cons_Id
    add r15, 32
    mov qword ptr [rbx], rsi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L1166
    ret
# label_L
label_776:
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+16]
    cmp rsi, 23627
    je label_777
    cmp rsi, 69323
    je label_781
    cmp rsi, 98379
    je label_780
    jmp label_726
# label_L
label_777:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L2458
    mov ecx, 4
.db 0x90
    call 140320710850576
L2458:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rsp], rdi
# is_binary_fs
    mov rdi, qword ptr [rbx+24]
    rex test dil, 1
    jne label_778
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 40
    short je L2460
    and al, -5
    cmp al, 32
    jne label_778
    short jmp L2459
L2460:
    cmp byte ptr [rdi+22], 0
    jne label_778
L2459:
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# jump_f
    jmp label_779
# label_L
label_778:
# line_I
# call_light_bif_be
    align 4
L2461:
L2462:
    long mov rcx, 9223372036854775807
    mov rax, 94919179900464
    lea rdx, qword ptr [L2461]
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
# line_I
# call_light_bif_be
    align 4
L2463:
L2464:
    long mov rcx, 9223372036854775807
    mov rax, 94919179886704
    lea rdx, qword ptr [L2463]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# label_L
label_779:
# line_I
# i_bif1_sjbd
    lea rsi, qword ptr [rbx]
    mov rcx, 94919178859104
    call 140320710851304
    mov qword ptr [rbx+8], rax
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L2465
    mov ecx, 2
.db 0x90
    call 140320710850576
L2465:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# append_cons_Is
    mov qword ptr [r15+32], 95
    mov qword ptr [r15+40], rsi
    lea rsi, qword ptr [r15+33]
# store_cons_Id
    add r15, 48
    mov qword ptr [rbx], rsi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L1166
    ret
# label_L
label_780:
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx+24]
    rex test sil, 1
    jne label_726
    cmp dword ptr [rsi-2], 128
    jne label_726
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# line_I
# i_bsr_ssjd
    mov rsi, qword ptr [rbx]
# is the operand small?
    mov edi, esi
    and edi, 15
    cmp edi, 15
    short jne L2466
    mov rax, rsi
    sar rax, 8
    or rax, 15
    short jmp L2467
L2466:
    mov eax, 143
    call 140320710851768
L2467:
    mov qword ptr [rbx+8], rax
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2468
    mov ecx, 4
.db 0x66, 0x90
    call 140320710850576
L2468:
    sub rsp, 16
# init_yregs_I
    mov eax, 59
    mov rdi, rsp
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# i_band_ssjd
    mov rsi, qword ptr [rbx+8]
    mov eax, 4095
# simplified test for small operand since it is a number
    test esi, 1
    short je L2469
    and rax, rsi
    short jmp L2470
L2469:
    call 140320710851200
L2470:
    mov qword ptr [rsp+8], rax
# i_band_ssjd
    mov rsi, qword ptr [rbx]
    mov eax, 4095
# simplified test for small operand since it is a number
    test esi, 1
    short je L2471
    and rax, rsi
    short jmp L2472
L2471:
    call 140320710851200
L2472:
    mov qword ptr [rsp], rax
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+24]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx], rdi
# i_call_f
    call label_1110
# test_heap_It
    lea rdx, qword ptr [r15+112]
    cmp rdx, rsp
    short jbe L2473
    mov ecx, 1
    call 140320710850576
L2473:
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
L2474:
    long mov rdi, 9223372036854775807
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
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
# (putting and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [r15], xmm0
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov qword ptr [r15+16], 47
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# store_cons_Id
    add r15, 32
    mov qword ptr [rbx], rsi
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L1166
    ret
# label_L
label_781:
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx+24]
    rex test sil, 1
    jne label_726
    cmp dword ptr [rsi-2], 128
    jne label_726
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# line_I
# i_bsr_ssjd
    mov rsi, qword ptr [rbx]
# is the operand small?
    mov edi, esi
    and edi, 15
    cmp edi, 15
    short jne L2475
    mov rax, rsi
    sar rax, 8
    or rax, 15
    short jmp L2476
L2475:
    mov eax, 143
    call 140320710851768
L2476:
    mov qword ptr [rbx+8], rax
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2477
    mov ecx, 4
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2477:
    sub rsp, 16
# init_yregs_I
    mov eax, 59
    mov rdi, rsp
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# i_band_ssjd
    mov rsi, qword ptr [rbx+8]
    mov eax, 4095
# simplified test for small operand since it is a number
    test esi, 1
    short je L2478
    and rax, rsi
    short jmp L2479
L2478:
    call 140320710851200
L2479:
    mov qword ptr [rsp+8], rax
# i_band_ssjd
    mov rsi, qword ptr [rbx]
    mov eax, 4095
# simplified test for small operand since it is a number
    test esi, 1
    short je L2480
    and rax, rsi
    short jmp L2481
L2480:
    call 140320710851200
L2481:
    mov qword ptr [rsp], rax
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+24]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx], rdi
# i_call_f
    call label_1101
# test_heap_It
    lea rdx, qword ptr [r15+96]
    cmp rdx, rsp
    short jbe L2482
    mov ecx, 1
    call 140320710850576
L2482:
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
# store_cons_Id
    add r15, 32
    mov qword ptr [rbx+8], rsi
# put_cons_ss
# (putting and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [r15], xmm0
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov qword ptr [r15+16], 31
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# store_cons_Id
    add r15, 32
    mov qword ptr [rbx], rsi
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L1166
    ret
# label_L
label_782:
# is_map_fs
    mov rax, qword ptr [rbx+8]
    test al, 1
    jne label_726
    mov eax, dword ptr [rax-2]
    and al, 63
    cmp al, 60
    jne label_726
# i_get_map_elements_fsI
.section .rodata {#1}
L2485:
    align 8
.db 0x8B, 0x83, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x23, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0xF5, 0x1B, 0xD7, 0x37, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x8B, 0xA1, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x33, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0xB0, 0x6A, 0xDA, 0xC8, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x4B, 0x80, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x43, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x67, 0xBF, 0x12, 0xA9, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
    mov rdi, qword ptr [rbx+8]
# simplified multi-element lookup
    mov eax, dword ptr [rdi-2]
    and al, 252
    cmp al, 60
    jne L2483
    mov eax, dword ptr [rdi+6]
    mov rsi, qword ptr [rdi+14]
L2486:
    dec eax
    jl label_726
    cmp qword ptr [rsi+rax*8+6], 32843
    short jne L2486
    mov rdx, qword ptr [rdi+rax*8+22]
    mov qword ptr [rbx+32], rdx
L2487:
    dec eax
    jl label_726
    cmp qword ptr [rsi+rax*8+6], 106891
    short jne L2487
    mov rdx, qword ptr [rdi+rax*8+22]
    mov qword ptr [rbx+24], rdx
L2488:
    dec eax
    jl label_726
    cmp qword ptr [rsi+rax*8+6], 99211
    short jne L2488
    mov rdx, qword ptr [rdi+rax*8+22]
    mov qword ptr [rbx+16], rdx
    short jmp L2484
L2483:
    mov ecx, 3
    lea r8, qword ptr [L2485]
    mov rdx, rsp
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rsi, rbx
    call 94919178210240
    mov rsp, rbp
    test rax, rax
    je label_726
L2484:
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+24]
    cmp rsi, 69323
    je label_784
    cmp rsi, 98379
    je label_783
    jmp label_726
# label_L
label_783:
# i_get_map_elements_fsI
.section .rodata {#1}
L2491:
    align 8
.db 0x4B, 0xA3, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x33, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0xB3, 0x53, 0xAC, 0x6D, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x0B, 0xA3, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x53, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0xD8, 0x68, 0xDD, 0xAA, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
    mov rdi, qword ptr [rbx+8]
# simplified multi-element lookup
    mov eax, dword ptr [rdi-2]
    and al, 252
    cmp al, 60
    jne L2489
    mov eax, dword ptr [rdi+6]
    mov rsi, qword ptr [rdi+14]
L2492:
    dec eax
    jl label_726
    cmp qword ptr [rsi+rax*8+6], 107275
    short jne L2492
    mov rdx, qword ptr [rdi+rax*8+22]
    mov qword ptr [rbx+40], rdx
L2493:
    dec eax
    jl label_726
    cmp qword ptr [rsi+rax*8+6], 107339
    short jne L2493
    mov rdx, qword ptr [rdi+rax*8+22]
    mov qword ptr [rbx+24], rdx
    short jmp L2490
L2489:
    mov ecx, 2
    lea r8, qword ptr [L2491]
    mov rdx, rsp
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rsi, rbx
    call 94919178210240
    mov rsp, rbp
    test rax, rax
    je label_726
L2490:
# line_I
# i_bsr_ssjd
    mov rsi, qword ptr [rbx+32]
# is the operand small?
    mov edi, esi
    and edi, 15
    cmp edi, 15
    short jne L2494
    mov rax, rsi
    sar rax, 8
    or rax, 15
    short jmp L2495
L2494:
    mov eax, 143
    call 140320710851768
L2495:
    mov qword ptr [rbx], rax
# allocate_tt
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L2496
    mov ecx, 6
.db 0x90
    call 140320710850576
L2496:
    sub rsp, 32
# init_yregs_I
    mov eax, 59
    mov rdi, rsp
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rsp+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rsp+24], rdi
# i_band_ssjd
    mov rsi, qword ptr [rbx]
    mov eax, 4095
# simplified test for small operand since it is a number
    test esi, 1
    short je L2497
    and rax, rsi
    short jmp L2498
L2497:
    call 140320710851200
L2498:
    mov qword ptr [rsp+8], rax
# i_band_ssjd
    mov rsi, qword ptr [rbx+32]
    mov eax, 4095
# simplified test for small operand since it is a number
    test esi, 1
    short je L2499
    and rax, rsi
    short jmp L2500
L2499:
    call 140320710851200
L2500:
    mov qword ptr [rsp], rax
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# i_call_f
.db 0x66, 0x90
    call label_1110
# i_bsr_ssjd
    mov rsi, qword ptr [rsp+16]
# is the operand small?
    mov edi, esi
    and edi, 15
    cmp edi, 15
    short jne L2501
    mov rax, rsi
    sar rax, 24
    or rax, 15
    short jmp L2502
L2501:
    mov eax, 399
    call 140320710851768
L2502:
    mov qword ptr [rbx+8], rax
# i_band_ssjd
    mov rsi, qword ptr [rbx+8]
    mov eax, 4095
# simplified test for small operand since it is a number
    test esi, 1
    short je L2503
    and rax, rsi
    short jmp L2504
L2503:
    call 140320710851200
L2504:
    mov qword ptr [rbx+8], rax
# i_bsr_ssjd
    mov rsi, qword ptr [rsp+16]
# simplified test for small operand since it is a number
    test esi, 1
    short je L2505
    mov rax, rsi
    sar rax, 16
    or rax, 15
    short jmp L2506
L2505:
    mov eax, 271
    call 140320710851768
L2506:
    mov qword ptr [rbx+16], rax
# i_band_ssjd
    mov rsi, qword ptr [rbx+16]
    mov eax, 4095
# simplified test for small operand since it is a number
    test esi, 1
    short je L2507
    and rax, rsi
    short jmp L2508
L2507:
    call 140320710851200
L2508:
    mov qword ptr [rbx+16], rax
# i_bsr_ssjd
    mov rsi, qword ptr [rsp+16]
# simplified test for small operand since it is a number
    test esi, 1
    short je L2509
    mov rax, rsi
    sar rax, 8
    or rax, 15
    short jmp L2510
L2509:
    mov eax, 143
    call 140320710851768
L2510:
    mov qword ptr [rbx+24], rax
# i_band_ssjd
    mov rsi, qword ptr [rbx+24]
    mov eax, 4095
# simplified test for small operand since it is a number
    test esi, 1
    short je L2511
    and rax, rsi
    short jmp L2512
L2511:
    call 140320710851200
L2512:
    mov qword ptr [rbx+24], rax
# i_band_ssjd
    mov rsi, qword ptr [rsp+16]
    mov eax, 4095
# simplified test for small operand since it is a number
    test esi, 1
    short je L2513
    and rax, rsi
    short jmp L2514
L2513:
    call 140320710851200
L2514:
    mov qword ptr [rbx+32], rax
# i_bsr_ssjd
    mov rsi, qword ptr [rsp+24]
# is the operand small?
    mov edi, esi
    and edi, 15
    cmp edi, 15
    short jne L2515
    mov rax, rsi
    sar rax, 24
    or rax, 15
    short jmp L2516
L2515:
    mov eax, 399
    call 140320710851768
L2516:
    mov qword ptr [rbx+40], rax
# i_band_ssjd
    mov rsi, qword ptr [rbx+40]
    mov eax, 4095
# simplified test for small operand since it is a number
    test esi, 1
    short je L2517
    and rax, rsi
    short jmp L2518
L2517:
    call 140320710851200
L2518:
    mov qword ptr [rbx+40], rax
# i_bsr_ssjd
    mov rsi, qword ptr [rsp+24]
# simplified test for small operand since it is a number
    test esi, 1
    short je L2519
    mov rax, rsi
    sar rax, 16
    or rax, 15
    short jmp L2520
L2519:
    mov eax, 271
    call 140320710851768
L2520:
    mov qword ptr [rbx+48], rax
# i_band_ssjd
    mov rsi, qword ptr [rbx+48]
    mov eax, 4095
# simplified test for small operand since it is a number
    test esi, 1
    short je L2521
    and rax, rsi
    short jmp L2522
L2521:
    call 140320710851200
L2522:
    mov qword ptr [rbx+48], rax
# i_bsr_ssjd
    mov rsi, qword ptr [rsp+24]
# simplified test for small operand since it is a number
    test esi, 1
    short je L2523
    mov rax, rsi
    sar rax, 8
    or rax, 15
    short jmp L2524
L2523:
    mov eax, 143
    call 140320710851768
L2524:
    mov qword ptr [rbx+56], rax
# i_band_ssjd
    mov rsi, qword ptr [rbx+56]
    mov eax, 4095
# simplified test for small operand since it is a number
    test esi, 1
    short je L2525
    and rax, rsi
    short jmp L2526
L2525:
    call 140320710851200
L2526:
    mov qword ptr [rbx+56], rax
# i_band_ssjd
    mov rsi, qword ptr [rsp+24]
    mov eax, 4095
# simplified test for small operand since it is a number
    test esi, 1
    short je L2527
    and rax, rsi
    short jmp L2528
L2527:
    call 140320710851200
L2528:
    mov qword ptr [rbx+64], rax
# test_heap_It
    lea rdx, qword ptr [r15+272]
    cmp rdx, rsp
    short jbe L2529
    mov ecx, 9
.db 0x90
    call 140320710850576
L2529:
# put_cons_ss
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+72], rsi
# put_cons_ss
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+32], rsi
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
# put_cons_ss
    mov rdi, qword ptr [rbx+64]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov rdi, qword ptr [rbx+56]
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# append_cons_Is
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [r15+32], rdi
    mov qword ptr [r15+40], rsi
    lea rsi, qword ptr [r15+33]
# append_cons_Is
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [r15+48], rdi
    mov qword ptr [r15+56], rsi
    lea rsi, qword ptr [r15+49]
# store_cons_Id
    add r15, 64
    mov qword ptr [rbx+24], rsi
# put_cons_ss
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+24], rsi
# put_cons_ss
# (put head and tail together)
    movups xmm0, xmmword ptr [rbx+8]
    movups xmmword ptr [r15], xmm0
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# put_cons_ss
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [r15+8], rdi
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
# put_cons_ss
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+72]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# put_cons_ss
# (putting and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [r15], xmm0
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov qword ptr [r15+16], 47
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# store_cons_Id
    add r15, 32
    mov qword ptr [rbx], rsi
# deallocate_t
    add rsp, 32
# return
    dec r14
    jl L1166
    ret
# label_L
label_784:
# line_I
# i_bsr_ssjd
    mov rsi, qword ptr [rbx+32]
# is the operand small?
    mov edi, esi
    and edi, 15
    cmp edi, 15
    short jne L2530
    mov rax, rsi
    sar rax, 8
    or rax, 15
    short jmp L2531
L2530:
    mov eax, 143
    call 140320710851768
L2531:
    mov qword ptr [rbx], rax
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2532
    mov ecx, 5
.db 0x90
    call 140320710850576
L2532:
    sub rsp, 16
# init_yregs_I
    mov eax, 59
    mov rdi, rsp
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# i_band_ssjd
    mov rsi, qword ptr [rbx]
    mov eax, 4095
# simplified test for small operand since it is a number
    test esi, 1
    short je L2533
    and rax, rsi
    short jmp L2534
L2533:
    call 140320710851200
L2534:
    mov qword ptr [rsp+8], rax
# i_band_ssjd
    mov rsi, qword ptr [rbx+32]
    mov eax, 4095
# simplified test for small operand since it is a number
    test esi, 1
    short je L2535
    and rax, rsi
    short jmp L2536
L2535:
    call 140320710851200
L2536:
    mov qword ptr [rsp], rax
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# i_call_f
    call label_1101
# test_heap_It
    lea rdx, qword ptr [r15+96]
    cmp rdx, rsp
    short jbe L2537
    mov ecx, 1
    call 140320710850576
L2537:
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
# store_cons_Id
    add r15, 32
    mov qword ptr [rbx+8], rsi
# put_cons_ss
# (putting and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [r15], xmm0
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov qword ptr [r15+16], 31
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# store_cons_Id
    add r15, 32
    mov qword ptr [rbx], rsi
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L1166
    ret
# label_L
label_785:
# line_I
# badmatch_s
    mov qword ptr [r13+120], 11
    mov qword ptr [r13+112], 5200
    xor ecx, ecx
    call 140320710854352
# func_line_I
    nop
# aligned_label_Lt
    align 8
label_786:
# i_func_info_IaaI
# prim_inet:dec_value/2
    call L1164
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x7F, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xA3, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_787:
# i_breakpoint_trampoline
    short jmp L2538
.db 0x00
    call L1167
    align 8
L2538:
# i_test_yield
    lea rdx, qword ptr [label_787+24]
    dec r14
    jle L1165
# i_is_tuple_fs
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_795
    test byte ptr [rsi-2], 63
    jne label_795
# i_test_arity_fsA
    mov rsi, qword ptr [rbx]
    cmp dword ptr [rsi-2], 128
    jne label_821
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+6]
    movups xmmword ptr [rbx+16], xmm0
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+16]
    cmp rsi, 106123
    je label_792
    cmp rsi, 106187
    je label_788
    jmp label_821
# label_L
label_788:
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_821
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+16], rsi
    mov qword ptr [rbx+32], rdx
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+32]
    test al, 2
    jne label_821
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx+32], xmm0
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+32]
    test al, 2
    jne label_821
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+48], rsi
    mov qword ptr [rbx+32], rdx
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+32]
    test al, 2
    jne label_821
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx], xmm0
# line_I
# i_bsl_ssjd
    mov rsi, qword ptr [rbx+16]
    mov eax, 399
    mov rdi, rsi
    mov rdx, rsi
    xor rdx, -16
    cmovns rdi, rdx
    lzcnt rdx, rdi
    and edi, 15
    cmp edi, 15
    short jne L2539
    cmp rdx, 24
    short jbe L2539
    and rsi, -16
    sal rsi, 24
    lea rax, qword ptr [rsi+15]
    short jmp L2540
L2539:
    call 140320710851664
L2540:
    mov qword ptr [rbx+32], rax
# i_bsl_ssjd
    mov rsi, qword ptr [rbx+40]
    mov eax, 271
    mov rdi, rsi
    mov rdx, rsi
    xor rdx, -16
    cmovns rdi, rdx
    lzcnt rdx, rdi
    and edi, 15
    cmp edi, 15
    short jne L2541
    cmp rdx, 16
    short jbe L2541
    and rsi, -16
    sal rsi, 16
    lea rax, qword ptr [rsi+15]
    short jmp L2542
L2541:
    call 140320710851664
L2542:
    mov qword ptr [rbx+40], rax
# i_bor_jssd
    mov rsi, qword ptr [rbx+32]
    mov rax, qword ptr [rbx+40]
# simplified test for small operands since both are numbers
    mov edi, esi
    and edi, eax
    test edi, 1
    short je L2543
    or rax, rsi
    short jmp L2544
L2543:
    call 140320710851432
L2544:
    mov qword ptr [rbx+32], rax
# i_bsl_ssjd
    mov rsi, qword ptr [rbx+48]
    mov eax, 143
    mov rdi, rsi
    mov rdx, rsi
    xor rdx, -16
    cmovns rdi, rdx
    lzcnt rdx, rdi
    and edi, 15
    cmp edi, 15
    short jne L2545
    cmp rdx, 8
    short jbe L2545
    and rsi, -16
    sal rsi, 8
    lea rax, qword ptr [rsi+15]
    short jmp L2546
L2545:
    call 140320710851664
L2546:
    mov qword ptr [rbx+40], rax
# i_bor_jssd
    mov rsi, qword ptr [rbx+32]
    mov rax, qword ptr [rbx+40]
# simplified test for small operands since both are numbers
    mov edi, esi
    and edi, eax
    test edi, 1
    short je L2547
    or rax, rsi
    short jmp L2548
L2547:
    call 140320710851432
L2548:
    mov qword ptr [rbx+32], rax
# i_bor_jssd
    mov rsi, qword ptr [rbx+32]
    mov rax, qword ptr [rbx]
# are both operands small?
    mov edi, esi
    and edi, eax
    and edi, 15
    cmp edi, 15
    short jne L2549
    or rax, rsi
    short jmp L2550
L2549:
    call 140320710851432
L2550:
    mov qword ptr [rbx], rax
# is_lt_fss
    mov rsi, qword ptr [rbx+16]
    mov edi, 2047
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L2551
    cmp rdi, rsi
    short jmp L2552
L2551:
    call 140320710848608
L2552:
    jge label_789
# i_move_sd
    mov rdi, 68719476751
    mov qword ptr [rbx+16], rdi
# jump_f
    jmp label_790
# label_L
label_789:
# i_move_sd
    mov qword ptr [rbx+16], 15
# label_L
label_790:
# i_minus_ssjd
    mov rsi, qword ptr [rbx]
    mov rdx, qword ptr [rbx+16]
# simplified test for small operands since both are numbers
    test esi, 1
    short je L2554
# sub with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    sub rax, rcx
    short jno L2553
L2554:
    call 140320710853584
L2553:
    mov qword ptr [rbx], rax
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L2555
    mov ecx, 4
.db 0x66, 0x90
    call 140320710850576
L2555:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx+8], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call label_844
# i_is_tuple_fs
    mov rsi, qword ptr [rbx]
# simplified tuple test since the source is always a tuple when boxed
    rex test sil, 1
    jne label_791
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L2556
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2556:
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
    jl L1166
    ret
# label_L
label_791:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L2557
    xor ecx, ecx
.db 0x90
    call 140320710850576
L2557:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 907
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
    jl L1166
    ret
# label_L
label_792:
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_821
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+16], rsi
    mov qword ptr [rbx+32], rdx
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+32]
    test al, 2
    jne label_821
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx+32], xmm0
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+32]
    test al, 2
    jne label_821
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+48], rsi
    mov qword ptr [rbx+32], rdx
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+32]
    test al, 2
    jne label_821
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx], xmm0
# line_I
# i_bsl_ssjd
    mov rsi, qword ptr [rbx+16]
    mov eax, 399
    mov rdi, rsi
    mov rdx, rsi
    xor rdx, -16
    cmovns rdi, rdx
    lzcnt rdx, rdi
    and edi, 15
    cmp edi, 15
    short jne L2558
    cmp rdx, 24
    short jbe L2558
    and rsi, -16
    sal rsi, 24
    lea rax, qword ptr [rsi+15]
    short jmp L2559
L2558:
    call 140320710851664
L2559:
    mov qword ptr [rbx+32], rax
# i_bsl_ssjd
    mov rsi, qword ptr [rbx+40]
    mov eax, 271
    mov rdi, rsi
    mov rdx, rsi
    xor rdx, -16
    cmovns rdi, rdx
    lzcnt rdx, rdi
    and edi, 15
    cmp edi, 15
    short jne L2560
    cmp rdx, 16
    short jbe L2560
    and rsi, -16
    sal rsi, 16
    lea rax, qword ptr [rsi+15]
    short jmp L2561
L2560:
    call 140320710851664
L2561:
    mov qword ptr [rbx+40], rax
# i_bor_jssd
    mov rsi, qword ptr [rbx+32]
    mov rax, qword ptr [rbx+40]
# simplified test for small operands since both are numbers
    mov edi, esi
    and edi, eax
    test edi, 1
    short je L2562
    or rax, rsi
    short jmp L2563
L2562:
    call 140320710851432
L2563:
    mov qword ptr [rbx+32], rax
# i_bsl_ssjd
    mov rsi, qword ptr [rbx+48]
    mov eax, 143
    mov rdi, rsi
    mov rdx, rsi
    xor rdx, -16
    cmovns rdi, rdx
    lzcnt rdx, rdi
    and edi, 15
    cmp edi, 15
    short jne L2564
    cmp rdx, 8
    short jbe L2564
    and rsi, -16
    sal rsi, 8
    lea rax, qword ptr [rsi+15]
    short jmp L2565
L2564:
    call 140320710851664
L2565:
    mov qword ptr [rbx+40], rax
# i_bor_jssd
    mov rsi, qword ptr [rbx+32]
    mov rax, qword ptr [rbx+40]
# simplified test for small operands since both are numbers
    mov edi, esi
    and edi, eax
    test edi, 1
    short je L2566
    or rax, rsi
    short jmp L2567
L2566:
    call 140320710851432
L2567:
    mov qword ptr [rbx+32], rax
# i_bor_jssd
    mov rsi, qword ptr [rbx+32]
    mov rax, qword ptr [rbx]
# are both operands small?
    mov edi, esi
    and edi, eax
    and edi, 15
    cmp edi, 15
    short jne L2568
    or rax, rsi
    short jmp L2569
L2568:
    call 140320710851432
L2569:
    mov qword ptr [rbx], rax
# is_lt_fss
    mov rsi, qword ptr [rbx+16]
    mov edi, 2047
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L2570
    cmp rdi, rsi
    short jmp L2571
L2570:
    call 140320710848608
L2571:
    jge label_793
# i_move_sd
    mov rdi, 68719476751
    mov qword ptr [rbx+16], rdi
# jump_f
    jmp label_794
# label_L
label_793:
# i_move_sd
    mov qword ptr [rbx+16], 15
# label_L
label_794:
# i_minus_ssjd
    mov rsi, qword ptr [rbx]
    mov rdx, qword ptr [rbx+16]
# simplified test for small operands since both are numbers
    test esi, 1
    short je L2573
# sub with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    sub rax, rcx
    short jno L2572
L2573:
    call 140320710853584
L2572:
    mov qword ptr [rbx], rax
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L2574
    mov ecx, 4
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2574:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx+8], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call label_836
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L2575
    mov ecx, 1
    call 140320710850576
L2575:
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
    jl L1166
    ret
# label_L
label_795:
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 5899
    je label_818
    cmp rsi, 50443
    je label_797
    cmp rsi, 98251
    je label_816
    cmp rsi, 105355
    je label_802
    cmp rsi, 105419
    je label_803
    cmp rsi, 105483
    je label_796
    cmp rsi, 105547
    je label_813
    cmp rsi, 106443
    je label_810
    cmp rsi, 106571
    je label_801
    jmp label_821
# label_L
label_796:
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_821
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+16], xmm0
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+24]
    test al, 2
    jne label_821
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx+24], xmm0
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+24]
    test al, 2
    jne label_821
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+40], rsi
    mov qword ptr [rbx+24], rdx
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+24]
    test al, 2
    jne label_821
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx], xmm0
# line_I
# i_bsl_ssjd
    mov rsi, qword ptr [rbx+16]
    mov eax, 399
    mov rdi, rsi
    mov rdx, rsi
    xor rdx, -16
    cmovns rdi, rdx
    lzcnt rdx, rdi
    and edi, 15
    cmp edi, 15
    short jne L2576
    cmp rdx, 24
    short jbe L2576
    and rsi, -16
    sal rsi, 24
    lea rax, qword ptr [rsi+15]
    short jmp L2577
L2576:
    call 140320710851664
L2577:
    mov qword ptr [rbx+16], rax
# i_bsl_ssjd
    mov rsi, qword ptr [rbx+32]
    mov eax, 271
    mov rdi, rsi
    mov rdx, rsi
    xor rdx, -16
    cmovns rdi, rdx
    lzcnt rdx, rdi
    and edi, 15
    cmp edi, 15
    short jne L2578
    cmp rdx, 16
    short jbe L2578
    and rsi, -16
    sal rsi, 16
    lea rax, qword ptr [rsi+15]
    short jmp L2579
L2578:
    call 140320710851664
L2579:
    mov qword ptr [rbx+24], rax
# i_bor_jssd
    mov rsi, qword ptr [rbx+16]
    mov rax, qword ptr [rbx+24]
# simplified test for small operands since both are numbers
    mov edi, esi
    and edi, eax
    test edi, 1
    short je L2580
    or rax, rsi
    short jmp L2581
L2580:
    call 140320710851432
L2581:
    mov qword ptr [rbx+16], rax
# i_bsl_ssjd
    mov rsi, qword ptr [rbx+40]
    mov eax, 143
    mov rdi, rsi
    mov rdx, rsi
    xor rdx, -16
    cmovns rdi, rdx
    lzcnt rdx, rdi
    and edi, 15
    cmp edi, 15
    short jne L2582
    cmp rdx, 8
    short jbe L2582
    and rsi, -16
    sal rsi, 8
    lea rax, qword ptr [rsi+15]
    short jmp L2583
L2582:
    call 140320710851664
L2583:
    mov qword ptr [rbx+24], rax
# i_bor_jssd
    mov rsi, qword ptr [rbx+16]
    mov rax, qword ptr [rbx+24]
# simplified test for small operands since both are numbers
    mov edi, esi
    and edi, eax
    test edi, 1
    short je L2584
    or rax, rsi
    short jmp L2585
L2584:
    call 140320710851432
L2585:
    mov qword ptr [rbx+16], rax
# i_bor_jssd
    mov rsi, qword ptr [rbx+16]
    mov rax, qword ptr [rbx]
# are both operands small?
    mov edi, esi
    and edi, eax
    and edi, 15
    cmp edi, 15
    short jne L2586
    or rax, rsi
    short jmp L2587
L2586:
    call 140320710851432
L2587:
    mov qword ptr [rbx], rax
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L2588
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2588:
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
    jl L1166
    ret
# label_L
label_797:
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_821
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+16], xmm0
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+24]
    test al, 2
    jne label_821
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx+24], xmm0
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+24]
    test al, 2
    jne label_821
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+40], rsi
    mov qword ptr [rbx+24], rdx
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+24]
    test al, 2
    jne label_821
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx], xmm0
# line_I
# i_bsl_ssjd
    mov rsi, qword ptr [rbx+16]
    mov eax, 399
    mov rdi, rsi
    mov rdx, rsi
    xor rdx, -16
    cmovns rdi, rdx
    lzcnt rdx, rdi
    and edi, 15
    cmp edi, 15
    short jne L2589
    cmp rdx, 24
    short jbe L2589
    and rsi, -16
    sal rsi, 24
    lea rax, qword ptr [rsi+15]
    short jmp L2590
L2589:
    call 140320710851664
L2590:
    mov qword ptr [rbx+24], rax
# i_bsl_ssjd
    mov rsi, qword ptr [rbx+32]
    mov eax, 271
    mov rdi, rsi
    mov rdx, rsi
    xor rdx, -16
    cmovns rdi, rdx
    lzcnt rdx, rdi
    and edi, 15
    cmp edi, 15
    short jne L2591
    cmp rdx, 16
    short jbe L2591
    and rsi, -16
    sal rsi, 16
    lea rax, qword ptr [rsi+15]
    short jmp L2592
L2591:
    call 140320710851664
L2592:
    mov qword ptr [rbx+32], rax
# i_bor_jssd
    mov rsi, qword ptr [rbx+24]
    mov rax, qword ptr [rbx+32]
# simplified test for small operands since both are numbers
    mov edi, esi
    and edi, eax
    test edi, 1
    short je L2593
    or rax, rsi
    short jmp L2594
L2593:
    call 140320710851432
L2594:
    mov qword ptr [rbx+24], rax
# i_bsl_ssjd
    mov rsi, qword ptr [rbx+40]
    mov eax, 143
    mov rdi, rsi
    mov rdx, rsi
    xor rdx, -16
    cmovns rdi, rdx
    lzcnt rdx, rdi
    and edi, 15
    cmp edi, 15
    short jne L2595
    cmp rdx, 8
    short jbe L2595
    and rsi, -16
    sal rsi, 8
    lea rax, qword ptr [rsi+15]
    short jmp L2596
L2595:
    call 140320710851664
L2596:
    mov qword ptr [rbx+32], rax
# i_bor_jssd
    mov rsi, qword ptr [rbx+24]
    mov rax, qword ptr [rbx+32]
# simplified test for small operands since both are numbers
    mov edi, esi
    and edi, eax
    test edi, 1
    short je L2597
    or rax, rsi
    short jmp L2598
L2597:
    call 140320710851432
L2598:
    mov qword ptr [rbx+24], rax
# i_bor_jssd
    mov rsi, qword ptr [rbx+24]
    mov rax, qword ptr [rbx]
# are both operands small?
    mov edi, esi
    and edi, eax
    and edi, 15
    cmp edi, 15
    short jne L2599
    or rax, rsi
    short jmp L2600
L2599:
    call 140320710851432
L2600:
    mov qword ptr [rbx], rax
# is_lt_fss
    mov rsi, qword ptr [rbx+16]
    mov edi, 2047
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L2601
    cmp rdi, rsi
    short jmp L2602
L2601:
    call 140320710848608
L2602:
    jge label_798
# i_move_sd
    mov rdi, 68719476751
    mov qword ptr [rbx+16], rdi
# jump_f
    jmp label_799
# label_L
label_798:
# i_move_sd
    mov qword ptr [rbx+16], 15
# label_L
label_799:
# i_minus_ssjd
    mov rsi, qword ptr [rbx]
    mov rdx, qword ptr [rbx+16]
# simplified test for small operands since both are numbers
    test esi, 1
    short je L2604
# sub with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    sub rax, rcx
    short jno L2603
L2604:
    call 140320710853584
L2603:
    mov qword ptr [rbx], rax
# is_eq_exact_fss
    cmp qword ptr [rbx], -1
    jne label_800
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L2605
    mov ecx, 2
.db 0x90
    call 140320710850576
L2605:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 395
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L1166
    ret
# label_L
label_800:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L2606
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2606:
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
    jl L1166
    ret
# label_L
label_801:
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_821
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx], xmm0
# i_call_only_f
    jmp label_1128
# label_L
label_802:
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_821
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+16], xmm0
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+24]
    test al, 2
    jne label_821
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx+24], xmm0
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+24]
    test al, 2
    jne label_821
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+40], rsi
    mov qword ptr [rbx+24], rdx
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+24]
    test al, 2
    jne label_821
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx], xmm0
# line_I
# i_bsl_ssjd
    mov rsi, qword ptr [rbx+16]
    mov eax, 399
    mov rdi, rsi
    mov rdx, rsi
    xor rdx, -16
    cmovns rdi, rdx
    lzcnt rdx, rdi
    and edi, 15
    cmp edi, 15
    short jne L2607
    cmp rdx, 24
    short jbe L2607
    and rsi, -16
    sal rsi, 24
    lea rax, qword ptr [rsi+15]
    short jmp L2608
L2607:
    call 140320710851664
L2608:
    mov qword ptr [rbx+16], rax
# i_bsl_ssjd
    mov rsi, qword ptr [rbx+32]
    mov eax, 271
    mov rdi, rsi
    mov rdx, rsi
    xor rdx, -16
    cmovns rdi, rdx
    lzcnt rdx, rdi
    and edi, 15
    cmp edi, 15
    short jne L2609
    cmp rdx, 16
    short jbe L2609
    and rsi, -16
    sal rsi, 16
    lea rax, qword ptr [rsi+15]
    short jmp L2610
L2609:
    call 140320710851664
L2610:
    mov qword ptr [rbx+24], rax
# i_bor_jssd
    mov rsi, qword ptr [rbx+16]
    mov rax, qword ptr [rbx+24]
# simplified test for small operands since both are numbers
    mov edi, esi
    and edi, eax
    test edi, 1
    short je L2611
    or rax, rsi
    short jmp L2612
L2611:
    call 140320710851432
L2612:
    mov qword ptr [rbx+16], rax
# i_bsl_ssjd
    mov rsi, qword ptr [rbx+40]
    mov eax, 143
    mov rdi, rsi
    mov rdx, rsi
    xor rdx, -16
    cmovns rdi, rdx
    lzcnt rdx, rdi
    and edi, 15
    cmp edi, 15
    short jne L2613
    cmp rdx, 8
    short jbe L2613
    and rsi, -16
    sal rsi, 8
    lea rax, qword ptr [rsi+15]
    short jmp L2614
L2613:
    call 140320710851664
L2614:
    mov qword ptr [rbx+24], rax
# i_bor_jssd
    mov rsi, qword ptr [rbx+16]
    mov rax, qword ptr [rbx+24]
# simplified test for small operands since both are numbers
    mov edi, esi
    and edi, eax
    test edi, 1
    short je L2615
    or rax, rsi
    short jmp L2616
L2615:
    call 140320710851432
L2616:
    mov qword ptr [rbx+16], rax
# i_bor_jssd
    mov rsi, qword ptr [rbx+16]
    mov rax, qword ptr [rbx]
# are both operands small?
    mov edi, esi
    and edi, eax
    and edi, 15
    cmp edi, 15
    short jne L2617
    or rax, rsi
    short jmp L2618
L2617:
    call 140320710851432
L2618:
    mov qword ptr [rbx], rax
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L2619
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2619:
    sub rsp, 8
# init_yregs_I
    mov qword ptr [rsp], 59
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call label_1048
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
# i_call_f
.db 0x90
    call label_889
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L2620
    mov ecx, 1
    call 140320710850576
L2620:
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
    jl L1166
    ret
# label_L
label_803:
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_821
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+16], xmm0
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+24]
    test al, 2
    jne label_821
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx+24], xmm0
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+24]
    test al, 2
    jne label_821
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+40], rsi
    mov qword ptr [rbx+24], rdx
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+24]
    test al, 2
    jne label_821
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+48], rsi
    mov qword ptr [rbx+24], rdx
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+24]
    test al, 2
    jne label_821
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+56], rsi
    mov qword ptr [rbx+24], rdx
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+24]
    test al, 2
    jne label_821
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+64], rsi
    mov qword ptr [rbx+24], rdx
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+24]
    test al, 2
    jne label_821
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+72], rsi
    mov qword ptr [rbx+24], rdx
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+24]
    test al, 2
    jne label_821
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx], xmm0
# line_I
# i_bsl_ssjd
    mov rsi, qword ptr [rbx+56]
    mov eax, 399
    mov rdi, rsi
    mov rdx, rsi
    xor rdx, -16
    cmovns rdi, rdx
    lzcnt rdx, rdi
    and edi, 15
    cmp edi, 15
    short jne L2621
    cmp rdx, 24
    short jbe L2621
    and rsi, -16
    sal rsi, 24
    lea rax, qword ptr [rsi+15]
    short jmp L2622
L2621:
    call 140320710851664
L2622:
    mov qword ptr [rbx+24], rax
# i_bsl_ssjd
    mov rsi, qword ptr [rbx+64]
    mov eax, 271
    mov rdi, rsi
    mov rdx, rsi
    xor rdx, -16
    cmovns rdi, rdx
    lzcnt rdx, rdi
    and edi, 15
    cmp edi, 15
    short jne L2623
    cmp rdx, 16
    short jbe L2623
    and rsi, -16
    sal rsi, 16
    lea rax, qword ptr [rsi+15]
    short jmp L2624
L2623:
    call 140320710851664
L2624:
    mov qword ptr [rbx+64], rax
# i_bor_jssd
    mov rsi, qword ptr [rbx+24]
    mov rax, qword ptr [rbx+64]
# simplified test for small operands since both are numbers
    mov edi, esi
    and edi, eax
    test edi, 1
    short je L2625
    or rax, rsi
    short jmp L2626
L2625:
    call 140320710851432
L2626:
    mov qword ptr [rbx+24], rax
# i_bsl_ssjd
    mov rsi, qword ptr [rbx+72]
    mov eax, 143
    mov rdi, rsi
    mov rdx, rsi
    xor rdx, -16
    cmovns rdi, rdx
    lzcnt rdx, rdi
    and edi, 15
    cmp edi, 15
    short jne L2627
    cmp rdx, 8
    short jbe L2627
    and rsi, -16
    sal rsi, 8
    lea rax, qword ptr [rsi+15]
    short jmp L2628
L2627:
    call 140320710851664
L2628:
    mov qword ptr [rbx+64], rax
# i_bor_jssd
    mov rsi, qword ptr [rbx+24]
    mov rax, qword ptr [rbx+64]
# simplified test for small operands since both are numbers
    mov edi, esi
    and edi, eax
    test edi, 1
    short je L2629
    or rax, rsi
    short jmp L2630
L2629:
    call 140320710851432
L2630:
    mov qword ptr [rbx+24], rax
# i_bor_jssd
    mov rsi, qword ptr [rbx+24]
    mov rax, qword ptr [rbx]
# are both operands small?
    mov edi, esi
    and edi, eax
    and edi, 15
    cmp edi, 15
    short jne L2631
    or rax, rsi
    short jmp L2632
L2631:
    call 140320710851432
L2632:
    mov qword ptr [rbx], rax
# is_lt_fss
    mov rsi, qword ptr [rbx+56]
    mov edi, 2047
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L2633
    cmp rdi, rsi
    short jmp L2634
L2633:
    call 140320710848608
L2634:
    jge label_804
# i_move_sd
    mov rdi, 68719476751
    mov qword ptr [rbx+24], rdi
# jump_f
    jmp label_805
# label_L
label_804:
# i_move_sd
    mov qword ptr [rbx+24], 15
# label_L
label_805:
# i_minus_ssjd
    mov rsi, qword ptr [rbx]
    mov rdx, qword ptr [rbx+24]
# simplified test for small operands since both are numbers
    test esi, 1
    short je L2636
# sub with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    sub rax, rcx
    short jno L2635
L2636:
    call 140320710853584
L2635:
    mov qword ptr [rbx], rax
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 31
    je label_809
    cmp rsi, 47
    je label_806
    jmp label_823
# label_L
label_806:
# line_I
# i_bsl_ssjd
    mov rsi, qword ptr [rbx+16]
    mov eax, 399
    mov rdi, rsi
    mov rdx, rsi
    xor rdx, -16
    cmovns rdi, rdx
    lzcnt rdx, rdi
    and edi, 15
    cmp edi, 15
    short jne L2637
    cmp rdx, 24
    short jbe L2637
    and rsi, -16
    sal rsi, 24
    lea rax, qword ptr [rsi+15]
    short jmp L2638
L2637:
    call 140320710851664
L2638:
    mov qword ptr [rbx], rax
# i_bsl_ssjd
    mov rsi, qword ptr [rbx+32]
    mov eax, 271
    mov rdi, rsi
    mov rdx, rsi
    xor rdx, -16
    cmovns rdi, rdx
    lzcnt rdx, rdi
    and edi, 15
    cmp edi, 15
    short jne L2639
    cmp rdx, 16
    short jbe L2639
    and rsi, -16
    sal rsi, 16
    lea rax, qword ptr [rsi+15]
    short jmp L2640
L2639:
    call 140320710851664
L2640:
    mov qword ptr [rbx+24], rax
# i_bor_jssd
    mov rsi, qword ptr [rbx]
    mov rax, qword ptr [rbx+24]
# simplified test for small operands since both are numbers
    mov edi, esi
    and edi, eax
    test edi, 1
    short je L2641
    or rax, rsi
    short jmp L2642
L2641:
    call 140320710851432
L2642:
    mov qword ptr [rbx], rax
# i_bsl_ssjd
    mov rsi, qword ptr [rbx+40]
    mov eax, 143
    mov rdi, rsi
    mov rdx, rsi
    xor rdx, -16
    cmovns rdi, rdx
    lzcnt rdx, rdi
    and edi, 15
    cmp edi, 15
    short jne L2643
    cmp rdx, 8
    short jbe L2643
    and rsi, -16
    sal rsi, 8
    lea rax, qword ptr [rsi+15]
    short jmp L2644
L2643:
    call 140320710851664
L2644:
    mov qword ptr [rbx+24], rax
# i_bor_jssd
    mov rsi, qword ptr [rbx]
    mov rax, qword ptr [rbx+24]
# simplified test for small operands since both are numbers
    mov edi, esi
    and edi, eax
    test edi, 1
    short je L2645
    or rax, rsi
    short jmp L2646
L2645:
    call 140320710851432
L2646:
    mov qword ptr [rbx], rax
# i_bor_jssd
    mov rsi, qword ptr [rbx]
    mov rax, qword ptr [rbx+48]
# are both operands small?
    mov edi, esi
    and edi, eax
    and edi, 15
    cmp edi, 15
    short jne L2647
    or rax, rsi
    short jmp L2648
L2647:
    call 140320710851432
L2648:
    mov qword ptr [rbx], rax
# is_lt_fss
    mov rsi, qword ptr [rbx+16]
    mov edi, 2047
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L2649
    cmp rdi, rsi
    short jmp L2650
L2649:
    call 140320710848608
L2650:
    jge label_807
# i_move_sd
    mov rdi, 68719476751
    mov qword ptr [rbx+16], rdi
# jump_f
    jmp label_808
# label_L
label_807:
# i_move_sd
    mov qword ptr [rbx+16], 15
# label_L
label_808:
# i_minus_ssjd
    mov rsi, qword ptr [rbx]
    mov rdx, qword ptr [rbx+16]
# simplified test for small operands since both are numbers
    test esi, 1
    short je L2652
# sub with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    sub rax, rcx
    short jno L2651
L2652:
    call 140320710853584
L2651:
    mov qword ptr [rbx], rax
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L2653
    mov ecx, 2
    call 140320710850576
L2653:
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
    jl L1166
    ret
# label_L
label_809:
# test_heap_It
    lea rdx, qword ptr [r15+96]
    cmp rdx, rsp
    short jbe L2654
    mov ecx, 7
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2654:
# put_tuple2_SA
# Move arity word
    mov edi, 256
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15+8], rdi
# (moving two elements at once)
    movups xmm0, xmmword ptr [rbx+32]
    movups xmmword ptr [r15+16], xmm0
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [r15+32], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 40
    mov qword ptr [rbx], rdi
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
    jl L1166
    ret
# label_L
label_810:
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_821
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+16], xmm0
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+24]
    test al, 2
    jne label_821
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx], xmm0
# line_I
# i_bsl_ssjd
    mov rsi, qword ptr [rbx+16]
    mov eax, 143
    mov rdi, rsi
    mov rdx, rsi
    xor rdx, -16
    cmovns rdi, rdx
    lzcnt rdx, rdi
    and edi, 15
    cmp edi, 15
    short jne L2655
    cmp rdx, 8
    short jbe L2655
    and rsi, -16
    sal rsi, 8
    lea rax, qword ptr [rsi+15]
    short jmp L2656
L2655:
    call 140320710851664
L2656:
    mov qword ptr [rbx+24], rax
# i_bor_jssd
    mov rsi, qword ptr [rbx+24]
    mov rax, qword ptr [rbx]
# are both operands small?
    mov edi, esi
    and edi, eax
    and edi, 15
    cmp edi, 15
    short jne L2657
    or rax, rsi
    short jmp L2658
L2657:
    call 140320710851432
L2658:
    mov qword ptr [rbx], rax
# is_lt_fss
    mov rsi, qword ptr [rbx+16]
    mov edi, 2047
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L2659
    cmp rdi, rsi
    short jmp L2660
L2659:
    call 140320710848608
L2660:
    jge label_811
# i_move_sd
    mov qword ptr [rbx+16], 1048591
# jump_f
    jmp label_812
# label_L
label_811:
# i_move_sd
    mov qword ptr [rbx+16], 15
# label_L
label_812:
# i_minus_ssjd
    mov rsi, qword ptr [rbx]
    mov rdx, qword ptr [rbx+16]
# simplified test for small operands since both are numbers
    test esi, 1
    short je L2662
# sub with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    sub rax, rcx
    short jno L2661
L2662:
    call 140320710853584
L2661:
    mov qword ptr [rbx], rax
# i_call_only_f
    jmp label_1048
# label_L
label_813:
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_821
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+16], xmm0
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+24]
    test al, 2
    jne label_821
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx+24], xmm0
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+24]
    test al, 2
    jne label_821
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+40], rsi
    mov qword ptr [rbx+24], rdx
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+24]
    test al, 2
    jne label_821
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx], xmm0
# line_I
# i_bsl_ssjd
    mov rsi, qword ptr [rbx+16]
    mov eax, 399
    mov rdi, rsi
    mov rdx, rsi
    xor rdx, -16
    cmovns rdi, rdx
    lzcnt rdx, rdi
    and edi, 15
    cmp edi, 15
    short jne L2663
    cmp rdx, 24
    short jbe L2663
    and rsi, -16
    sal rsi, 24
    lea rax, qword ptr [rsi+15]
    short jmp L2664
L2663:
    call 140320710851664
L2664:
    mov qword ptr [rbx+24], rax
# i_bsl_ssjd
    mov rsi, qword ptr [rbx+32]
    mov eax, 271
    mov rdi, rsi
    mov rdx, rsi
    xor rdx, -16
    cmovns rdi, rdx
    lzcnt rdx, rdi
    and edi, 15
    cmp edi, 15
    short jne L2665
    cmp rdx, 16
    short jbe L2665
    and rsi, -16
    sal rsi, 16
    lea rax, qword ptr [rsi+15]
    short jmp L2666
L2665:
    call 140320710851664
L2666:
    mov qword ptr [rbx+32], rax
# i_bor_jssd
    mov rsi, qword ptr [rbx+24]
    mov rax, qword ptr [rbx+32]
# simplified test for small operands since both are numbers
    mov edi, esi
    and edi, eax
    test edi, 1
    short je L2667
    or rax, rsi
    short jmp L2668
L2667:
    call 140320710851432
L2668:
    mov qword ptr [rbx+24], rax
# i_bsl_ssjd
    mov rsi, qword ptr [rbx+40]
    mov eax, 143
    mov rdi, rsi
    mov rdx, rsi
    xor rdx, -16
    cmovns rdi, rdx
    lzcnt rdx, rdi
    and edi, 15
    cmp edi, 15
    short jne L2669
    cmp rdx, 8
    short jbe L2669
    and rsi, -16
    sal rsi, 8
    lea rax, qword ptr [rsi+15]
    short jmp L2670
L2669:
    call 140320710851664
L2670:
    mov qword ptr [rbx+32], rax
# i_bor_jssd
    mov rsi, qword ptr [rbx+24]
    mov rax, qword ptr [rbx+32]
# simplified test for small operands since both are numbers
    mov edi, esi
    and edi, eax
    test edi, 1
    short je L2671
    or rax, rsi
    short jmp L2672
L2671:
    call 140320710851432
L2672:
    mov qword ptr [rbx+24], rax
# i_bor_jssd
    mov rsi, qword ptr [rbx+24]
    mov rax, qword ptr [rbx]
# are both operands small?
    mov edi, esi
    and edi, eax
    and edi, 15
    cmp edi, 15
    short jne L2673
    or rax, rsi
    short jmp L2674
L2673:
    call 140320710851432
L2674:
    mov qword ptr [rbx], rax
# is_lt_fss
    mov rsi, qword ptr [rbx+16]
    mov edi, 2047
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L2675
    cmp rdi, rsi
    short jmp L2676
L2675:
    call 140320710848608
L2676:
    jge label_814
# i_move_sd
    mov rdi, 68719476751
    mov qword ptr [rbx+16], rdi
# jump_f
    jmp label_815
# label_L
label_814:
# i_move_sd
    mov qword ptr [rbx+16], 15
# label_L
label_815:
# i_minus_ssjd
    mov rsi, qword ptr [rbx]
    mov rdx, qword ptr [rbx+16]
# simplified test for small operands since both are numbers
    test esi, 1
    short je L2678
# sub with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    sub rax, rcx
    short jno L2677
L2678:
    call 140320710853584
L2677:
    mov qword ptr [rbx], rax
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L2679
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L2679:
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
    jl L1166
    ret
# label_L
label_816:
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_821
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+16], xmm0
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 15
    jne label_817
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+24]
    test al, 2
    jne label_821
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+16], rsi
    mov qword ptr [rbx+32], rdx
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 15
    jne label_817
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+32]
    test al, 2
    jne label_817
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+16], rsi
    mov qword ptr [rbx+32], rdx
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 15
    jne label_817
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+32]
    test al, 2
    jne label_817
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+16], rsi
    mov qword ptr [rbx+32], rdx
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 15
    jne label_817
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L2680
    mov ecx, 5
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2680:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 11
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L1166
    ret
# label_L
label_817:
# is_nonempty_list_get_tl_fSd
    mov rax, qword ptr [rbx+24]
    test al, 2
    jne label_821
    mov rsi, qword ptr [rax+7]
    mov qword ptr [rbx+16], rsi
# is_nonempty_list_get_tl_fSd
    mov rax, qword ptr [rbx+16]
    test al, 2
    jne label_821
    mov rsi, qword ptr [rax+7]
    mov qword ptr [rbx+16], rsi
# is_nonempty_list_fS
    test byte ptr [rbx+16], 2
    jne label_821
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L2681
    mov ecx, 3
.db 0x90
    call 140320710850576
L2681:
# get_tl_Sd
    mov rdi, qword ptr [rbx+16]
    mov rsi, qword ptr [rdi+7]
    mov qword ptr [rbx], rsi
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 75
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L1166
    ret
# label_L
label_818:
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_821
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+16], xmm0
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+24]
    test al, 2
    jne label_821
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx+24], xmm0
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+24]
    test al, 2
    jne label_821
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+40], rsi
    mov qword ptr [rbx+24], rdx
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+24]
    test al, 2
    jne label_821
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx], xmm0
# line_I
# i_bsl_ssjd
    mov rsi, qword ptr [rbx+16]
    mov eax, 399
    mov rdi, rsi
    mov rdx, rsi
    xor rdx, -16
    cmovns rdi, rdx
    lzcnt rdx, rdi
    and edi, 15
    cmp edi, 15
    short jne L2682
    cmp rdx, 24
    short jbe L2682
    and rsi, -16
    sal rsi, 24
    lea rax, qword ptr [rsi+15]
    short jmp L2683
L2682:
    call 140320710851664
L2683:
    mov qword ptr [rbx+24], rax
# i_bsl_ssjd
    mov rsi, qword ptr [rbx+32]
    mov eax, 271
    mov rdi, rsi
    mov rdx, rsi
    xor rdx, -16
    cmovns rdi, rdx
    lzcnt rdx, rdi
    and edi, 15
    cmp edi, 15
    short jne L2684
    cmp rdx, 16
    short jbe L2684
    and rsi, -16
    sal rsi, 16
    lea rax, qword ptr [rsi+15]
    short jmp L2685
L2684:
    call 140320710851664
L2685:
    mov qword ptr [rbx+32], rax
# i_bor_jssd
    mov rsi, qword ptr [rbx+24]
    mov rax, qword ptr [rbx+32]
# simplified test for small operands since both are numbers
    mov edi, esi
    and edi, eax
    test edi, 1
    short je L2686
    or rax, rsi
    short jmp L2687
L2686:
    call 140320710851432
L2687:
    mov qword ptr [rbx+24], rax
# i_bsl_ssjd
    mov rsi, qword ptr [rbx+40]
    mov eax, 143
    mov rdi, rsi
    mov rdx, rsi
    xor rdx, -16
    cmovns rdi, rdx
    lzcnt rdx, rdi
    and edi, 15
    cmp edi, 15
    short jne L2688
    cmp rdx, 8
    short jbe L2688
    and rsi, -16
    sal rsi, 8
    lea rax, qword ptr [rsi+15]
    short jmp L2689
L2688:
    call 140320710851664
L2689:
    mov qword ptr [rbx+32], rax
# i_bor_jssd
    mov rsi, qword ptr [rbx+24]
    mov rax, qword ptr [rbx+32]
# simplified test for small operands since both are numbers
    mov edi, esi
    and edi, eax
    test edi, 1
    short je L2690
    or rax, rsi
    short jmp L2691
L2690:
    call 140320710851432
L2691:
    mov qword ptr [rbx+24], rax
# i_bor_jssd
    mov rsi, qword ptr [rbx+24]
    mov rax, qword ptr [rbx]
# are both operands small?
    mov edi, esi
    and edi, eax
    and edi, 15
    cmp edi, 15
    short jne L2692
    or rax, rsi
    short jmp L2693
L2692:
    call 140320710851432
L2693:
    mov qword ptr [rbx], rax
# is_lt_fss
    mov rsi, qword ptr [rbx+16]
    mov edi, 2047
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L2694
    cmp rdi, rsi
    short jmp L2695
L2694:
    call 140320710848608
L2695:
    jge label_819
# i_move_sd
    mov rdi, 68719476751
    mov qword ptr [rbx+16], rdi
# jump_f
    jmp label_820
# label_L
label_819:
# i_move_sd
    mov qword ptr [rbx+16], 15
# label_L
label_820:
# i_minus_ssjd
    mov rsi, qword ptr [rbx]
    mov rdx, qword ptr [rbx+16]
# simplified test for small operands since both are numbers
    test esi, 1
    short je L2697
# sub with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    sub rax, rcx
    short jno L2696
L2697:
    call 140320710853584
L2696:
    mov qword ptr [rbx], rax
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L2698
    mov ecx, 2
.db 0x90
    call 140320710850576
L2698:
    sub rsp, 8
# init_yregs_I
    mov qword ptr [rsp], 59
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call label_1048
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L2699:
L2700:
    long mov rcx, 9223372036854775807
    mov rax, 94919179448896
    lea rdx, qword ptr [L2699]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L2701
    mov ecx, 1
    call 140320710850576
L2701:
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
# (moving two elements at once)
    movups xmm0, xmmword ptr [rbx]
    movups xmmword ptr [r15+8], xmm0
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L1166
    ret
# label_L
label_821:
# i_is_tuple_fs
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_822
    test byte ptr [rsi-2], 63
    jne label_822
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L2702
    mov ecx, 2
    call 140320710850576
L2702:
    sub rsp, 8
# init_yregs_I
    mov qword ptr [rsp], 59
# i_move_sd
    mov qword ptr [rbx+24], 59
# i_move_sd
    mov qword ptr [rbx+16], 31
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call label_825
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L2703:
L2704:
    long mov rcx, 9223372036854775807
    mov rax, 94919179103952
    lea rdx, qword ptr [L2703]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L2705
    mov ecx, 1
    call 140320710850576
L2705:
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
# (moving two elements at once)
    movups xmm0, xmmword ptr [rbx]
    movups xmmword ptr [r15+8], xmm0
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L1166
    ret
# label_L
label_822:
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L2706
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2706:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 107467
# (moving two elements at once)
    movups xmm0, xmmword ptr [rbx]
    movups xmmword ptr [r15+16], xmm0
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx], rdi
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L2707
    mov ecx, 1
.db 0x90
    call 140320710850576
L2707:
# call_light_bif_be
    align 4
L2708:
L2709:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089728
    lea rdx, qword ptr [L2708]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1166
    ret
# label_L
label_823:
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
label_824:
# i_func_info_IaaI
# prim_inet:dec_value_tuple/4
    call L1164
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x7F, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xA4, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_825:
# i_breakpoint_trampoline
    short jmp L2710
.db 0x00
    call L1167
    align 8
L2710:
# i_test_yield
    lea rdx, qword ptr [label_825+24]
    dec r14
    jle L1165
# i_bif1_sjbd
    lea rsi, qword ptr [rbx]
    mov rcx, 94919179098688
    call 140320710851304
    mov qword ptr [rbx+32], rax
# is_ge_fss
    mov rsi, qword ptr [rbx+16]
    mov rdi, qword ptr [rbx+32]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L2711
    cmp rdi, rsi
    short jmp L2712
L2711:
    call 140320710848608
L2712:
    jl label_826
# line_I
# bif_element_jssd
    mov rsi, qword ptr [rbx]
    mov rdi, qword ptr [rbx+16]
    xor edx, edx
    call 140320710848960
    mov qword ptr [rbx+32], rax
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L2713
    mov ecx, 5
.db 0x90
    call 140320710850576
L2713:
    sub rsp, 24
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+16], 1
    vmovups xmmword ptr [rsp], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx], rdi
# i_call_f
    call label_787
# line_I
# i_increment_SWd
# skipped operand and overflow checks
    mov rax, qword ptr [rsp+8]
    add rax, 16
    mov qword ptr [rbx+8], rax
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2714
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2714:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+16], rdi
# put_cons_ss
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+24], rsi
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx]
    movups xmmword ptr [rbx+8], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 24
    jmp label_825
# label_L
label_826:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L2715
    mov ecx, 4
    call 140320710850576
L2715:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
    call label_1043
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L2716
    mov ecx, 1
    call 140320710850576
L2716:
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
    jl L1166
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_827:
# i_func_info_IaaI
# prim_inet:borlist/2
    call L1164
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x7F, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xA4, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_828:
# i_breakpoint_trampoline
    short jmp L2717
.db 0x00
    call L1167
    align 8
L2717:
# i_test_yield
    lea rdx, qword ptr [label_828+24]
    dec r14
    jle L1165
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_829
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+16], rsi
    mov qword ptr [rbx], rdx
# line_I
# i_bor_jssd
    mov rsi, qword ptr [rbx+16]
    mov rax, qword ptr [rbx+8]
# are both operands small?
    mov edi, esi
    and edi, eax
    and edi, 15
    cmp edi, 15
    short jne L2718
    or rax, rsi
    short jmp L2719
L2718:
    call 140320710851432
L2719:
    mov qword ptr [rbx+8], rax
# i_call_only_f
    short jmp label_828
# label_L
label_829:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_830
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L1166
    ret
# label_L
label_830:
# i_move_sd
    mov qword ptr [rbx], 11
# jump_f
    jmp label_827
# func_line_I
# aligned_label_Lt
    align 8
label_831:
# i_func_info_IaaI
# prim_inet:enum_vals/2
    call L1164
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x7F, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xA4, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_832:
# i_breakpoint_trampoline
    short jmp L2720
.db 0x00
    call L1167
    align 8
L2720:
# i_test_yield
    lea rdx, qword ptr [label_832+24]
    dec r14
    jle L1165
# is_nonempty_list_fS
    test byte ptr [rbx], 2
    jne label_834
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L2721
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2721:
    sub rsp, 24
# init_yregs_I
    mov qword ptr [rsp], 59
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp+16], rdi
# get_list_Sdd
    mov rdi, qword ptr [rbx]
    mov rsi, qword ptr [rdi-1]
    mov rdx, qword ptr [rdi+7]
    mov qword ptr [rbx], rsi
    mov qword ptr [rsp+8], rdx
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call label_840
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# i_is_tuple_fs
    mov rsi, qword ptr [rbx]
# simplified tuple test since the source is always a tuple when boxed
    rex test sil, 1
    jne label_833
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rsp+8]
    movups xmmword ptr [rbx], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rsp+16], rdi
# i_trim_t
    add rsp, 16
# line_I
# i_call_f
.db 0x66, 0x90
    call label_832
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2722
    mov ecx, 1
    call 140320710850576
L2722:
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
    jl L1166
    ret
# label_L
label_833:
# i_move_sd
    mov qword ptr [rbx], 11
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L1166
    ret
# label_L
label_834:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_831
# return
    dec r14
    jl L1166
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_835:
# i_func_info_IaaI
# prim_inet:enum_names/2
    call L1164
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x7F, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xA4, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_836:
# i_breakpoint_trampoline
    short jmp L2723
.db 0x00
    call L1167
    align 8
L2723:
# i_test_yield
    lea rdx, qword ptr [label_836+24]
    dec r14
    jle L1165
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_838
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+16], xmm0
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx+16]
    rex test sil, 1
    short jne label_835
    cmp dword ptr [rsi-2], 128
    short jne label_835
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+6]
    movups xmmword ptr [rbx+8], xmm0
# i_band_ssjd
    mov rsi, qword ptr [rbx]
    mov rax, qword ptr [rbx+16]
# are both operands small?
    mov edi, esi
    and edi, eax
    and edi, 15
    cmp edi, 15
    short jne L2724
    and rax, rsi
    short jmp L2725
L2724:
    call 140320710851272
    je label_837
L2725:
    mov qword ptr [rbx+32], rax
# is_eq_exact_fss
    mov rsi, qword ptr [rbx+16]
    mov rdi, qword ptr [rbx+32]
    cmp rdi, rsi
    short je L2726
# skipped test of tags since they are always equal
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_837
L2726:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L2727
    mov ecx, 4
    call 140320710850576
L2727:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx+8], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call label_836
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2728
    mov ecx, 1
    call 140320710850576
L2728:
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
    jl L1166
    ret
# label_L
label_837:
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx+8], rdi
# i_call_only_f
    jmp label_836
# label_L
label_838:
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_835
# i_move_sd
    mov qword ptr [rbx], 59
# return
    dec r14
    jl L1166
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_839:
# i_func_info_IaaI
# prim_inet:enum_val/2
    call L1164
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x7F, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xA5, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_840:
# i_breakpoint_trampoline
    short jmp L2729
.db 0x00
    call L1167
    align 8
L2729:
# i_test_yield
    lea rdx, qword ptr [label_840+24]
    dec r14
    jle L1165
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_842
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx+8], xmm0
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx+16]
    rex test sil, 1
    jne label_841
    cmp dword ptr [rsi-2], 128
    jne label_841
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+24], rdi
# is_eq_exact_fss
    mov rsi, qword ptr [rbx]
    mov rdi, qword ptr [rbx+24]
    cmp rdi, rsi
    short je L2730
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_841
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_841
L2730:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L2731
    mov ecx, 3
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2731:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+16]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 45067
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L1166
    ret
# label_L
label_841:
# i_call_only_f
    jmp label_840
# label_L
label_842:
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_839
# i_move_sd
    mov qword ptr [rbx], 11
# return
    dec r14
    jl L1166
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_843:
# i_func_info_IaaI
# prim_inet:enum_name/2
    call L1164
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x7F, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xA5, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_844:
# i_breakpoint_trampoline
    short jmp L2732
.db 0x00
    call L1167
    align 8
L2732:
# i_test_yield
    lea rdx, qword ptr [label_844+24]
    dec r14
    jle L1165
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_846
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx+8], xmm0
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx+16]
    rex test sil, 1
    jne label_845
    cmp dword ptr [rsi-2], 128
    jne label_845
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+24], rdi
# is_eq_exact_fss
    mov rsi, qword ptr [rbx]
    mov rdi, qword ptr [rbx+24]
    cmp rdi, rsi
    short je L2733
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_845
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_845
L2733:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L2734
    mov ecx, 3
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2734:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+16]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 27083
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L1166
    ret
# label_L
label_845:
# i_call_only_f
    jmp label_844
# label_L
label_846:
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_843
# i_move_sd
    mov qword ptr [rbx], 11
# return
    dec r14
    jl L1166
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_847:
# i_func_info_IaaI
# prim_inet:encode_opt_val/1
    call L1164
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x7F, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xA5, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_848:
# i_breakpoint_trampoline
    short jmp L2735
.db 0x00
    call L1167
    align 8
L2735:
# i_test_yield
    lea rdx, qword ptr [label_848+24]
    dec r14
    jle L1165
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L2736
    mov ecx, 1
    call 140320710850576
L2736:
    sub rsp, 8
# catch_yf
    inc qword ptr [r13+264]
L2737:
    mov eax, 2147483647
    mov qword ptr [rsp], rax
# i_move_sd
    mov qword ptr [rbx+8], 59
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call label_852
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L2738
    mov ecx, 1
    call 140320710850576
L2738:
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
# try_end_y
    dec qword ptr [r13+264]
    mov qword ptr [rsp], 59
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L1166
    ret
# label_L
label_849:
# try_case_y
    dec qword ptr [r13+264]
    mov rax, qword ptr [rbx+24]
    mov qword ptr [rbx], rax
# is_eq_exact_fss
    cmp qword ptr [rbx], 715
    jne label_850
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L2739
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L2739:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 779
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L1166
    ret
# label_L
label_850:
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
label_851:
# i_func_info_IaaI
# prim_inet:enc_opt_val/2
    call L1164
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x7F, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xA5, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_852:
# i_breakpoint_trampoline
    short jmp L2740
.db 0x00
    call L1167
    align 8
L2740:
# i_test_yield
    lea rdx, qword ptr [label_852+24]
    dec r14
    jle L1165
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_861
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+16], rsi
    mov qword ptr [rbx], rdx
# i_is_tuple_fs
    mov rsi, qword ptr [rbx+16]
    rex test sil, 1
    jne label_857
    test byte ptr [rsi-2], 63
    jne label_857
# i_select_tuple_arity_SfI
    mov rsi, qword ptr [rbx+16]
# skipped box test since argument is always boxed
    mov esi, dword ptr [rsi-2]
# simplified tuple test since the source is always a tuple when boxed
    cmp esi, 128
    je label_854
    cmp esi, 256
    je label_853
    jne label_860
# label_L
label_853:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+16]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+24], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx+24], 34635
    jne label_860
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L2741
    mov ecx, 3
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2741:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+16]
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+14]
    movups xmmword ptr [rbx+24], xmm0
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+30]
    mov qword ptr [rbx+16], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
# (moving two elements at once)
    movups xmm0, xmmword ptr [rbx+24]
    movups xmmword ptr [r15+8], xmm0
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15+24], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov qword ptr [rbx+16], 34635
# i_call_only_f
    jmp label_863
# label_L
label_854:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+16]
# get_two_tuple_elements_sPSS
    vpermilpd xmm0, xmmword ptr [rsi+6], 1
    vmovups xmmword ptr [rbx+16], xmm0
# is_eq_exact_fss
    cmp qword ptr [rbx+24], 1803
    jne label_856
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 70795
    jne label_855
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2742
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L2742:
# put_cons_ss
L2743:
    long mov rdi, 9223372036854775807
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_call_only_f
    jmp label_852
# label_L
label_855:
# is_integer_fs
    mov rdi, qword ptr [rbx+16]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L2744
    test al, 1
    jne label_856
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_856
L2744:
# is_lt_fss
    mov esi, 524303
    mov rdi, qword ptr [rbx+16]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L2745
    cmp rdi, rsi
    short jmp L2746
L2745:
    call 140320710848608
L2746:
    jge label_856
# is_ge_fss
    mov rsi, -524273
    mov rdi, qword ptr [rbx+16]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L2747
    cmp rdi, rsi
    short jmp L2748
L2747:
    call 140320710848608
L2748:
    jl label_856
# line_I
# i_bs_create_bin_jItd
    movq xmm0, r15
    movq xmm1, rsp
    punpcklqdq xmm0, xmm1
    movups xmmword ptr [r13+80], xmm0
    mov qword ptr [r13+104], r14
    lea rsp, qword ptr [rbx-128]
    short jmp L2750
L2749:
# handle error
    mov rsp, qword ptr [r13+88]
    mov r15, qword ptr [r13+80]
    mov r14, qword ptr [r13+104]
    call 140320710849080
L2750:
# allocate binary
    mov r8d, 2
    mov r9d, 3
    lea rdx, qword ptr [rbx-80]
    mov rsi, rbx
    mov rdi, r13
# (size in bytes)
    mov ecx, 7
    call 94919178210800
    mov qword ptr [rbx-120], rax
# insert string
    mov edx, 5
L2751:
    long mov rsi, 9223372036854775807
    lea rdi, qword ptr [rbx-80]
    call 94919179745872
# construct integer segment
    mov edx, 16
    mov rsi, qword ptr [rbx+16]
    xor ecx, ecx
    lea rdi, qword ptr [rbx-80]
    call 94919179741952
# skipped test for success because construction can't fail
# done
    mov rsp, qword ptr [r13+88]
    mov r15, qword ptr [r13+80]
    mov r14, qword ptr [r13+104]
    mov rax, qword ptr [rbx-120]
    mov qword ptr [rbx+16], rax
# put_cons_ss
# (putting and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [r15], xmm0
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_call_only_f
    jmp label_852
# label_L
label_856:
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx+16], 1
    vmovups xmmword ptr [rbx+16], xmm0
# i_call_only_f
    jmp label_863
# label_L
label_857:
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+16]
    cmp rsi, 5899
    je label_859
    cmp rsi, 23243
    je label_858
    jmp label_860
# label_L
label_858:
# i_move_sd
    mov qword ptr [rbx+24], 23243
# i_move_sd
    mov qword ptr [rbx+16], 70731
# i_call_only_f
    jmp label_863
# label_L
label_859:
# i_move_sd
    mov qword ptr [rbx+24], 5899
# i_move_sd
    mov qword ptr [rbx+16], 70731
# i_call_only_f
    jmp label_863
# label_L
label_860:
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
    short jbe L2752
    mov ecx, 3
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2752:
# call_light_bif_be
    align 4
L2753:
L2754:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090512
    lea rdx, qword ptr [L2753]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1166
    ret
# label_L
label_861:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_851
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L1166
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_862:
# i_func_info_IaaI
# prim_inet:enc_opt_val/4
    call L1164
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x7F, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xA5, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_863:
# i_breakpoint_trampoline
    short jmp L2755
.db 0x00
    call L1167
    align 8
L2755:
# i_test_yield
    lea rdx, qword ptr [label_863+24]
    dec r14
    jle L1165
# is_atom_fs
    mov rax, qword ptr [rbx+16]
    and al, 63
    cmp al, 11
    jne label_865
# allocate_tt
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L2756
    mov ecx, 4
.db 0x66, 0x90
    call 140320710850576
L2756:
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
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx], 38475
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call label_584
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx], 38475
# line_I
# i_call_f
.db 0x90
    call label_624
# is_eq_exact_fss
    cmp qword ptr [rbx], 75
    jne label_864
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov qword ptr [rsp+16], 59
# line_I
# i_call_f
    call label_472
# i_move_sd
    mov rdi, qword ptr [rsp]
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
    mov qword ptr [rbx], 38475
# i_call_f
.db 0x0F, 0x1F, 0x00
    call label_710
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L2757
    mov ecx, 1
    call 140320710850576
L2757:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15+8], rdi
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
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 24
    jmp label_852
# label_L
label_864:
# i_move_sd
    mov qword ptr [rbx+8], 13579
# i_move_sd
    mov qword ptr [rbx+16], 59
# i_move_sd
    mov qword ptr [rbx], 715
# line_I
# call_light_bif_be
    align 4
L2758:
L2759:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090512
    lea rdx, qword ptr [L2758]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 40
# return
    dec r14
    jl L1166
    ret
# label_L
label_865:
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
    short jbe L2760
    mov ecx, 3
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2760:
# call_light_bif_be
    align 4
L2761:
L2762:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090512
    lea rdx, qword ptr [L2761]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1166
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_866:
# i_func_info_IaaI
# prim_inet:encode_opts/1
    call L1164
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x7F, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xA6, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_867:
# i_breakpoint_trampoline
    short jmp L2763
.db 0x00
    call L1167
    align 8
L2763:
# i_test_yield
    lea rdx, qword ptr [label_867+24]
    dec r14
    jle L1165
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L2764
    mov ecx, 1
    call 140320710850576
L2764:
    sub rsp, 8
# catch_yf
    inc qword ptr [r13+264]
L2765:
    mov eax, 2147483647
    mov qword ptr [rsp], rax
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call label_871
# try_end_y
    dec qword ptr [r13+264]
    mov qword ptr [rsp], 59
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L2766
    mov ecx, 1
.db 0x90
    call 140320710850576
L2766:
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
    jl L1166
    ret
# label_L
label_868:
# try_case_y
    dec qword ptr [r13+264]
    mov rax, qword ptr [rbx+24]
    mov qword ptr [rbx], rax
# is_eq_exact_fss
    cmp qword ptr [rbx], 715
    jne label_869
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L2767
    mov ecx, 2
.db 0x90
    call 140320710850576
L2767:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 779
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L1166
    ret
# label_L
label_869:
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
label_870:
# i_func_info_IaaI
# prim_inet:enc_opts/1
    call L1164
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x7F, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xA6, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_871:
# i_breakpoint_trampoline
    short jmp L2768
.db 0x00
    call L1167
    align 8
L2768:
# i_test_yield
    lea rdx, qword ptr [label_871+24]
    dec r14
    jle L1165
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_875
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx], xmm0
# i_select_tuple_arity_SfI
    mov rsi, qword ptr [rbx+8]
    rex test sil, 1
    jne label_874
    mov esi, dword ptr [rsi-2]
    rex test sil, 63
    jne label_874
    cmp esi, 128
    je label_873
    cmp esi, 256
    je label_872
    jne label_874
# label_L
label_872:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+16], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 34635
    jne label_874
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L2769
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2769:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+14]
    movups xmmword ptr [rbx+16], xmm0
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+30]
    mov qword ptr [rbx+8], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
# (moving two elements at once)
    movups xmm0, xmmword ptr [rbx+16]
    movups xmmword ptr [r15+8], xmm0
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+24], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx+8], 34635
# i_call_only_f
    jmp label_881
# label_L
label_873:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# get_two_tuple_elements_sPSS
    vpermilpd xmm0, xmmword ptr [rsi+6], 1
    vmovups xmmword ptr [rbx+8], xmm0
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rbx+8], xmm0
# i_call_only_f
    jmp label_881
# label_L
label_874:
# i_call_only_f
    jmp label_877
# label_L
label_875:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_870
# return
    dec r14
    jl L1166
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_876:
# i_func_info_IaaI
# prim_inet:enc_opts/2
    call L1164
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x7F, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xA6, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_877:
# i_breakpoint_trampoline
    short jmp L2770
.db 0x00
    call L1167
    align 8
L2770:
# i_test_yield
    lea rdx, qword ptr [label_877+24]
    dec r14
    jle L1165
# is_atom_fs
    mov rax, qword ptr [rbx+8]
    and al, 63
    cmp al, 11
    jne label_879
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L2771
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L2771:
    sub rsp, 24
# init_yregs_I
    mov qword ptr [rsp], 59
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp+8], xmm0
# i_move_sd
    mov qword ptr [rbx], 47435
# line_I
# i_call_f
    call label_584
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx], 47435
# line_I
# i_call_f
.db 0x66, 0x90
    call label_618
# is_eq_exact_fss
    cmp qword ptr [rbx], 75
    jne label_878
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov qword ptr [rsp+8], 59
# line_I
# i_call_f
    call label_472
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_trim_t
    add rsp, 8
# i_move_sd
    mov qword ptr [rbx], 47435
# i_call_f
    call label_707
# swap_dd
    mov rdi, qword ptr [rsp+8]
    mov rsi, qword ptr [rbx]
    mov qword ptr [rbx], rdi
    mov qword ptr [rsp+8], rsi
# i_call_f
.db 0x0F, 0x1F, 0x00
    call label_871
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L2772
    mov ecx, 1
    call 140320710850576
L2772:
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
    jl L1166
    ret
# label_L
label_878:
# i_move_sd
    mov qword ptr [rbx+8], 13579
# i_move_sd
    mov qword ptr [rbx+16], 59
# i_move_sd
    mov qword ptr [rbx], 715
# line_I
# call_light_bif_be
    align 4
L2773:
L2774:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090512
    lea rdx, qword ptr [L2773]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L1166
    ret
# label_L
label_879:
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
    short jbe L2775
    mov ecx, 3
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2775:
# call_light_bif_be
    align 4
L2776:
L2777:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090512
    lea rdx, qword ptr [L2776]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1166
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_880:
# i_func_info_IaaI
# prim_inet:enc_opts/3
    call L1164
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x7F, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xA6, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_881:
# i_breakpoint_trampoline
    short jmp L2778
.db 0x00
    call L1167
    align 8
L2778:
# i_test_yield
    lea rdx, qword ptr [label_881+24]
    dec r14
    jle L1165
# is_atom_fs
    mov rax, qword ptr [rbx+8]
    and al, 63
    cmp al, 11
    jne label_883
# allocate_tt
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L2779
    mov ecx, 3
.db 0x66, 0x90
    call 140320710850576
L2779:
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
    mov qword ptr [rbx], 47435
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call label_584
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx], 47435
# line_I
# i_call_f
.db 0x90
    call label_624
# is_eq_exact_fss
    cmp qword ptr [rbx], 75
    jne label_882
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov qword ptr [rsp+16], 59
# line_I
# i_call_f
    call label_472
# i_move_sd
    mov rdi, qword ptr [rsp]
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
    mov qword ptr [rbx], 47435
# i_call_f
.db 0x0F, 0x1F, 0x00
    call label_710
# swap_dd
    mov rdi, qword ptr [rsp+8]
    mov rsi, qword ptr [rbx]
    mov qword ptr [rbx], rdi
    mov qword ptr [rsp+8], rsi
# i_call_f
.db 0x0F, 0x1F, 0x00
    call label_871
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L2780
    mov ecx, 1
    call 140320710850576
L2780:
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
    jl L1166
    ret
# label_L
label_882:
# i_move_sd
    mov qword ptr [rbx+8], 13579
# i_move_sd
    mov qword ptr [rbx+16], 59
# i_move_sd
    mov qword ptr [rbx], 715
# line_I
# call_light_bif_be
    align 4
L2781:
L2782:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090512
    lea rdx, qword ptr [L2781]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 32
# return
    dec r14
    jl L1166
    ret
# label_L
label_883:
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
    short jbe L2783
    mov ecx, 3
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2783:
# call_light_bif_be
    align 4
L2784:
L2785:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090512
    lea rdx, qword ptr [L2784]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1166
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_884:
# i_func_info_IaaI
# prim_inet:decode_opt_val/1
    call L1164
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x7F, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xA6, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_885:
# i_breakpoint_trampoline
    short jmp L2786
.db 0x00
    call L1167
    align 8
L2786:
# i_test_yield
    lea rdx, qword ptr [label_885+24]
    dec r14
    jle L1165
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L2787
    mov ecx, 1
    call 140320710850576
L2787:
    sub rsp, 8
# catch_yf
    inc qword ptr [r13+264]
L2788:
    mov eax, 2147483647
    mov qword ptr [rsp], rax
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call label_889
# try_end_y
    dec qword ptr [r13+264]
    mov qword ptr [rsp], 59
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L2789
    mov ecx, 1
.db 0x90
    call 140320710850576
L2789:
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
    jl L1166
    ret
# label_L
label_886:
# try_case_y
    dec qword ptr [r13+264]
    mov rax, qword ptr [rbx+24]
    mov qword ptr [rbx], rax
# is_eq_exact_fss
    cmp qword ptr [rbx], 715
    jne label_887
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L2790
    mov ecx, 2
.db 0x90
    call 140320710850576
L2790:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 779
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L1166
    ret
# label_L
label_887:
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
label_888:
# i_func_info_IaaI
# prim_inet:dec_opt_val/1
    call L1164
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x7F, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xA6, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_889:
# i_breakpoint_trampoline
    short jmp L2791
.db 0x00
    call L1167
    align 8
L2791:
# i_test_yield
    lea rdx, qword ptr [label_889+24]
    dec r14
    jle L1165
# is_nonempty_list_fS
    test byte ptr [rbx], 2
    jne label_891
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L2792
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2792:
    sub rsp, 24
# init_yregs_I
    mov qword ptr [rsp], 59
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+16], rdi
# get_list_Sdd
    mov rdi, qword ptr [rbx]
    mov rsi, qword ptr [rdi-1]
    mov rdx, qword ptr [rdi+7]
    mov qword ptr [rbx], rsi
    mov qword ptr [rsp+8], rdx
# line_I
# i_call_f
    call label_536
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx], 907
    jne label_890
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L2793
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2793:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 107467
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L2794:
L2795:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089728
    lea rdx, qword ptr [L2794]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L1166
    ret
# label_L
label_890:
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rsp+16], rdi
# i_trim_t
    add rsp, 8
# i_move_sd
    mov qword ptr [rbx], 108299
# line_I
# i_call_f
.db 0x66, 0x90
    call label_584
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
    jmp label_893
# label_L
label_891:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_888
# return
    dec r14
    jl L1166
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_892:
# i_func_info_IaaI
# prim_inet:dec_opt_val/3
    call L1164
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x7F, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xA6, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_893:
# i_breakpoint_trampoline
    short jmp L2796
.db 0x00
    call L1167
    align 8
L2796:
# i_test_yield
    lea rdx, qword ptr [label_893+24]
    dec r14
    jle L1165
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+8]
    cmp rsi, 1803
    je label_895
    cmp rsi, 34635
    je label_894
    jmp label_897
# label_L
label_894:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L2797
    mov ecx, 3
.db 0x90
    call 140320710850576
L2797:
    sub rsp, 8
# init_yregs_I
    mov qword ptr [rsp], 59
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x90
    call label_787
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rsp], rdi
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rsp]
    rex test sil, 1
    jne label_898
    cmp dword ptr [rsi-2], 192
    jne label_898
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call label_889
# test_heap_It
    lea rdx, qword ptr [r15+88]
    cmp rdx, rsp
    short jbe L2798
    mov ecx, 1
    call 140320710850576
L2798:
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp]
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+6]
    movups xmmword ptr [rbx+8], xmm0
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx+24], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 256
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 34635
# (moving two elements at once)
    movups xmm0, xmmword ptr [rbx+8]
    movups xmmword ptr [r15+16], xmm0
    mov rdi, qword ptr [rbx+24]
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
    jl L1166
    ret
# label_L
label_895:
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2799
    mov ecx, 3
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2799:
    sub rsp, 16
# init_yregs_I
    mov eax, 59
    mov rdi, rsp
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x90
    call label_787
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rsp+8], rdi
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# is_eq_exact_fss
    cmp qword ptr [rsp+8], 70859
    jne label_896
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_896
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+8], xmm0
# is_nonempty_list_fS
    test byte ptr [rbx+16], 2
    jne label_896
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L2800
    mov ecx, 3
.db 0x90
    call 140320710850576
L2800:
# get_list_Sdd
    mov rdi, qword ptr [rbx+16]
    mov rsi, qword ptr [rdi-1]
    mov rdx, qword ptr [rdi+7]
    mov qword ptr [rbx], rsi
    mov qword ptr [rsp+8], rdx
# put_cons_ss
    mov rdi, qword ptr [rbx]
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
# line_I
# call_light_bif_be
    align 4
L2801:
L2802:
    long mov rcx, 9223372036854775807
    mov rax, 94919179448896
    lea rdx, qword ptr [L2801]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_bs_start_match3_Stjd
    mov rsi, qword ptr [rbx]
    mov eax, dword ptr [rsi-2]
    and al, 60
    cmp al, 4
    short je L2804
L2803:
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L2805
    mov qword ptr [rbx+8], rsi
    mov ecx, 2
    call 140320710850576
    mov rsi, qword ptr [rbx+8]
L2805:
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
L2804:
    mov qword ptr [rbx+8], rsi
# i_bs_get_integer_16_Stfd
    mov rcx, qword ptr [rbx+8]
    mov rsi, qword ptr [rcx+22]
    lea rdx, qword ptr [rsi+16]
    cmp rdx, qword ptr [rcx+30]
    ja label_899
    rex test sil, 7
    short je L2807
    mov edx, 128
    call 140320710849168
    short jmp L2806
L2807:
    mov rdi, qword ptr [rcx+14]
    shr rsi, 3
    mov qword ptr [rcx+22], rdx
    movbe ax, word ptr [rdi+rsi]
    movzx rax, ax
    shl rax, 4
    or rax, 15
L2806:
    mov qword ptr [rsp], rax
# bs_test_tail2_fSW
    mov rdi, qword ptr [rbx+8]
    mov rsi, qword ptr [rdi+30]
    sub rsi, qword ptr [rdi+22]
    jne label_899
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
.db 0x90
    call label_889
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L2808
    mov ecx, 1
    call 140320710850576
L2808:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 1803
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
    jl L1166
    ret
# label_L
label_896:
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call label_889
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L2809
    mov ecx, 1
    call 140320710850576
L2809:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 1803
    mov rdi, qword ptr [rsp+8]
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
    add rsp, 16
# return
    dec r14
    jl L1166
    ret
# label_L
label_897:
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2810
    mov ecx, 3
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2810:
    sub rsp, 16
# init_yregs_I
    mov qword ptr [rsp], 59
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
    call label_787
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rsp], rdi
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x90
    call label_889
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L2811
    mov ecx, 1
    call 140320710850576
L2811:
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
    jl L1166
    ret
# label_L
label_898:
# line_I
# badmatch_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 5200
    xor ecx, ecx
    call 140320710854352
# label_L
label_899:
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
label_900:
# i_func_info_IaaI
# prim_inet:need_template/1
    call L1164
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x7F, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xA7, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_901:
# i_breakpoint_trampoline
    short jmp L2812
.db 0x00
    call L1167
    align 8
L2812:
# i_test_yield
    lea rdx, qword ptr [label_901+24]
    dec r14
    jle L1165
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_905
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx], xmm0
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx+8]
    rex test sil, 1
    jne label_904
    cmp dword ptr [rsi-2], 128
    jne label_904
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+6]
    movups xmmword ptr [rbx+16], xmm0
# is_eq_exact_fss
    cmp qword ptr [rbx+24], 907
    jne label_902
# is_atom_fs
    mov rax, qword ptr [rbx+16]
    and al, 63
    cmp al, 11
    jne label_904
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L2813
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2813:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call label_901
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2814
    mov ecx, 1
    call 140320710850576
L2814:
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
    jl L1166
    ret
# label_L
label_902:
# is_atom_fs
    mov rax, qword ptr [rbx+16]
    and al, 63
    cmp al, 11
    jne label_904
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2815
    mov ecx, 4
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2815:
    sub rsp, 16
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# i_move_sd
    mov qword ptr [rbx+8], 47
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
    call label_907
# is_eq_exact_fss
    cmp qword ptr [rbx], 75
    jne label_903
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
    call label_901
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L2816
    mov ecx, 1
    call 140320710850576
L2816:
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
    jl L1166
    ret
# label_L
label_903:
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 16
    jmp label_901
# label_L
label_904:
# i_call_only_f
    jmp label_901
# label_L
label_905:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_900
# return
    dec r14
    jl L1166
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_906:
# i_func_info_IaaI
# prim_inet:need_template/2
    call L1164
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x7F, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xA7, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_907:
# i_breakpoint_trampoline
    short jmp L2817
.db 0x00
    call L1167
    align 8
L2817:
# i_test_yield
    lea rdx, qword ptr [label_907+24]
    dec r14
    jle L1165
# i_bif1_sjbd
    lea rsi, qword ptr [rbx]
    mov rcx, 94919179098688
    call 140320710851400
    je label_909
    mov qword ptr [rbx+16], rax
# is_ge_fss
    mov rsi, qword ptr [rbx+8]
    mov rdi, qword ptr [rbx+16]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L2818
    cmp rdi, rsi
    short jmp L2819
L2818:
    call 140320710848608
L2819:
    jl label_909
# line_I
# bif_element_jssd
    mov rsi, qword ptr [rbx]
    mov rdi, qword ptr [rbx+8]
    xor edx, edx
    call 140320710848960
    mov qword ptr [rbx+16], rax
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 907
    jne label_908
# i_move_sd
    mov qword ptr [rbx], 75
# return
    dec r14
    jl L1166
    ret
# label_L
label_908:
# line_I
# i_increment_SWd
# skipped operand and overflow checks
    mov rax, qword ptr [rbx+8]
    add rax, 16
    mov qword ptr [rbx+8], rax
# i_call_only_f
    jmp label_907
# label_L
label_909:
# i_move_sd
    mov qword ptr [rbx], 11
# return
    dec r14
    jl L1166
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_910:
# i_func_info_IaaI
# prim_inet:merge_options/2
    call L1164
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x7F, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xA7, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_911:
# i_breakpoint_trampoline
    short jmp L2820
.db 0x00
    call L1167
    align 8
L2820:
# i_test_yield
    lea rdx, qword ptr [label_911+24]
    dec r14
    jle L1165
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_915
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+16], rsi
    mov qword ptr [rbx], rdx
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx+16]
    rex test sil, 1
    jne label_914
    cmp dword ptr [rsi-2], 128
    jne label_914
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+6]
    movups xmmword ptr [rbx+24], xmm0
# is_eq_exact_fss
    cmp qword ptr [rbx+32], 907
    jne label_912
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_914
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+40], xmm0
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx+40]
    rex test sil, 1
    jne label_912
    cmp dword ptr [rsi-2], 128
    jne label_912
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+56], rdi
# is_eq_exact_fss
    mov rsi, qword ptr [rbx+24]
    mov rdi, qword ptr [rbx+56]
    cmp rdi, rsi
    short je L2821
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_912
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_912
L2821:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L2822
    mov ecx, 7
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2822:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rbx+8], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call label_911
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2823
    mov ecx, 1
    call 140320710850576
L2823:
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
    jl L1166
    ret
# label_L
label_912:
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_914
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+40], xmm0
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx+40]
    rex test sil, 1
    jne label_914
    cmp dword ptr [rsi-2], 128
    jne label_914
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+56], rdi
# is_eq_exact_fss
    mov rsi, qword ptr [rbx+24]
    mov rdi, qword ptr [rbx+56]
    cmp rdi, rsi
    short je L2824
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_914
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_914
L2824:
# is_atom_fs
    mov rax, qword ptr [rbx+24]
    and al, 63
    cmp al, 11
    jne label_914
# i_bif1_sjbd
    lea rsi, qword ptr [rbx+32]
    mov rcx, 94919179098688
    call 140320710851400
    je label_914
    mov qword ptr [rbx+56], rax
# is_ge_fss
    mov esi, 47
    mov rdi, qword ptr [rbx+56]
# skipped test for small operands since they are always small
    cmp rdi, rsi
L2825:
L2826:
    jl label_914
# line_I
# bif_element_jssd
    mov rsi, qword ptr [rbx+32]
# skipped tuple test since source is always a tuple
    cmp dword ptr [rsi-2], 64
    short jae L2827
    mov edi, 31
    call 140320710851136
L2827:
    mov rax, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rax
# i_bif1_sjbd
    lea rsi, qword ptr [rbx+32]
    mov rcx, 94919179098688
    call 140320710851304
    mov qword ptr [rbx+16], rax
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+40]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+40], rdi
# i_bif1_sjbd
    lea rsi, qword ptr [rbx+40]
    mov rcx, 94919179098688
    call 140320710851400
    je label_913
    mov qword ptr [rbx+56], rax
# is_eq_exact_fss
# simplified check since one argument is an immediate
    mov rdi, qword ptr [rbx+56]
    cmp qword ptr [rbx+16], rdi
    jne label_913
# bif_element_jssd
    mov rsi, qword ptr [rbx+40]
# skipped tuple test since source is always a tuple
    cmp dword ptr [rsi-2], 64
    jb label_913
    mov rax, qword ptr [rsi+6]
    mov qword ptr [rbx+16], rax
# is_eq_exact_fss
    mov rsi, qword ptr [rbx+16]
    mov rdi, qword ptr [rbx+8]
    cmp rdi, rsi
    short je L2828
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_913
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_913
L2828:
# allocate_tt
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L2829
    mov ecx, 7
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2829:
    sub rsp, 32
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rsp+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rsp+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+24], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx+16], 47
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x66, 0x90
    call label_918
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2830
    mov ecx, 1
    call 140320710850576
L2830:
# put_cons_ss
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# i_trim_t
    add rsp, 8
# call_light_bif_be
    align 4
L2831:
L2832:
    long mov rcx, 9223372036854775807
    mov rax, 94919179103952
    lea rdx, qword ptr [L2831]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# swap_dd
    mov rdi, qword ptr [rsp+16]
    mov rsi, qword ptr [rbx]
    mov qword ptr [rbx], rdi
    mov qword ptr [rsp+16], rsi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_trim_t
    add rsp, 8
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call label_911
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L2833
    mov ecx, 1
    call 140320710850576
L2833:
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
    jl L1166
    ret
# label_L
label_913:
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L2834
    mov ecx, 6
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2834:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 65291
# (moving two elements at once)
    movups xmm0, xmmword ptr [rbx+32]
    movups xmmword ptr [r15+16], xmm0
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx+16], 59
# i_move_sd
    mov qword ptr [rbx], 715
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L2835
    mov ecx, 3
    call 140320710850576
L2835:
# call_light_bif_be
    align 4
L2836:
L2837:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090512
    lea rdx, qword ptr [L2836]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1166
    ret
# label_L
label_914:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L2838
    mov ecx, 3
.db 0x66, 0x90
    call 140320710850576
L2838:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call label_911
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2839
    mov ecx, 1
    call 140320710850576
L2839:
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
    jl L1166
    ret
# label_L
label_915:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_916
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_916
# i_move_sd
    mov qword ptr [rbx], 59
# return
    dec r14
    jl L1166
    ret
# label_L
label_916:
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L2840
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2840:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 65291
# (moving two elements at once)
    movups xmm0, xmmword ptr [rbx]
    movups xmmword ptr [r15+16], xmm0
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx+16], 59
# i_move_sd
    mov qword ptr [rbx], 715
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L2841
    mov ecx, 3
.db 0x90
    call 140320710850576
L2841:
# call_light_bif_be
    align 4
L2842:
L2843:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090512
    lea rdx, qword ptr [L2842]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1166
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_917:
# i_func_info_IaaI
# prim_inet:merge_fields/3
    call L1164
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x7F, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xA7, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_918:
# i_breakpoint_trampoline
    short jmp L2844
.db 0x00
    call L1167
    align 8
L2844:
# i_test_yield
    lea rdx, qword ptr [label_918+24]
    dec r14
    jle L1165
# i_bif1_sjbd
    lea rsi, qword ptr [rbx]
    mov rcx, 94919179098688
    call 140320710851304
    mov qword ptr [rbx+24], rax
# is_ge_fss
    mov rsi, qword ptr [rbx+16]
    mov rdi, qword ptr [rbx+24]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L2845
    cmp rdi, rsi
    short jmp L2846
L2845:
    call 140320710848608
L2846:
    jl label_920
# line_I
# bif_element_jssd
    mov rsi, qword ptr [rbx]
    mov rdi, qword ptr [rbx+16]
    xor edx, edx
    call 140320710848960
    mov qword ptr [rbx+24], rax
# is_eq_exact_fss
    cmp qword ptr [rbx+24], 907
    jne label_919
# line_I
# bif_element_jssd
    mov rsi, qword ptr [rbx+8]
    mov rdi, qword ptr [rbx+16]
    xor edx, edx
    call 140320710848960
    mov qword ptr [rbx+24], rax
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L2847
    mov ecx, 4
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2847:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rsp], rdi
# i_increment_SWd
# skipped operand and overflow checks
    mov rax, qword ptr [rbx+16]
    add rax, 16
    mov qword ptr [rbx+16], rax
# i_call_f
.db 0x0F, 0x1F, 0x00
    call label_918
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2848
    mov ecx, 1
    call 140320710850576
L2848:
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
    jl L1166
    ret
# label_L
label_919:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L2849
    mov ecx, 4
.db 0x90
    call 140320710850576
L2849:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rsp], rdi
# line_I
# i_increment_SWd
# skipped operand and overflow checks
    mov rax, qword ptr [rbx+16]
    add rax, 16
    mov qword ptr [rbx+16], rax
# i_call_f
.db 0x0F, 0x1F, 0x00
    call label_918
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2850
    mov ecx, 1
    call 140320710850576
L2850:
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
    jl L1166
    ret
# label_L
label_920:
# i_move_sd
    mov qword ptr [rbx], 59
# return
    dec r14
    jl L1166
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_921:
# i_func_info_IaaI
# prim_inet:type_ifopt/1
    call L1164
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x7F, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xA8, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_922:
# i_breakpoint_trampoline
    short jmp L2851
.db 0x00
    call L1167
    align 8
L2851:
# i_test_yield
    lea rdx, qword ptr [label_922+24]
    dec r14
    jle L1165
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 16651
    je label_925
    cmp rsi, 99211
    je label_926
    cmp rsi, 102155
    je label_924
    cmp rsi, 102411
    je label_926
    cmp rsi, 108619
    je label_926
    cmp rsi, 108683
    je label_926
    cmp rsi, 108747
    je label_923
    jmp label_927
# label_L
label_923:
# i_move_sd
    mov qword ptr [rbx], 105547
# return
    dec r14
    jl L1166
    ret
# label_L
label_924:
# i_move_sd
    mov qword ptr [rbx], 106443
# return
    dec r14
    jl L1166
    ret
# label_L
label_925:
# i_move_sd
L2852:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L1166
    ret
# label_L
label_926:
# i_move_sd
    mov qword ptr [rbx], 106571
# return
    dec r14
    jl L1166
    ret
# label_L
label_927:
# is_atom_fs
    mov rax, qword ptr [rbx]
    and al, 63
    cmp al, 11
    jne label_921
# i_move_sd
    mov qword ptr [rbx], 907
# return
    dec r14
    jl L1166
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_928:
# i_func_info_IaaI
# prim_inet:enc_ifopt/1
    call L1164
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x7F, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xA9, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_929:
# i_breakpoint_trampoline
    short jmp L2853
.db 0x00
    call L1167
    align 8
L2853:
# i_test_yield
    lea rdx, qword ptr [label_929+24]
    dec r14
    jle L1165
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 16651
    je label_933
    cmp rsi, 99211
    je label_936
    cmp rsi, 102155
    je label_932
    cmp rsi, 102411
    je label_930
    cmp rsi, 108619
    je label_935
    cmp rsi, 108683
    je label_934
    cmp rsi, 108747
    je label_931
    jmp label_937
# label_L
label_930:
# i_move_sd
    mov qword ptr [rbx], 95
# return
    dec r14
    jl L1166
    ret
# label_L
label_931:
# i_move_sd
    mov qword ptr [rbx], 79
# return
    dec r14
    jl L1166
    ret
# label_L
label_932:
# i_move_sd
    mov qword ptr [rbx], 127
# return
    dec r14
    jl L1166
    ret
# label_L
label_933:
# i_move_sd
    mov qword ptr [rbx], 111
# return
    dec r14
    jl L1166
    ret
# label_L
label_934:
# i_move_sd
    mov qword ptr [rbx], 63
# return
    dec r14
    jl L1166
    ret
# label_L
label_935:
# i_move_sd
    mov qword ptr [rbx], 47
# return
    dec r14
    jl L1166
    ret
# label_L
label_936:
# i_move_sd
    mov qword ptr [rbx], 31
# return
    dec r14
    jl L1166
    ret
# label_L
label_937:
# is_atom_fs
    mov rax, qword ptr [rbx]
    and al, 63
    cmp al, 11
    jne label_928
# i_move_sd
    mov qword ptr [rbx], -1
# return
    dec r14
    jl L1166
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_938:
# i_func_info_IaaI
# prim_inet:dec_ifopt/1
    call L1164
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x7F, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xA9, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_939:
# i_breakpoint_trampoline
    short jmp L2854
.db 0x00
    call L1167
    align 8
L2854:
# i_test_yield
    lea rdx, qword ptr [label_939+24]
    dec r14
    jle L1165
# i_jump_on_val_sfWI
.section .rodata {#1}
L2855:
    align 8
.dq label_946
    align 8
.dq label_945
    align 8
.dq label_944
    align 8
.dq label_943
    align 8
.dq label_942
    align 8
.dq label_941
    align 8
.dq label_940
.section .text {#0}
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 15
    jne label_947
    sar rdi, 4
    sub rdi, 1
    cmp rdi, 7
    jae label_947
    lea rax, qword ptr [L2855]
    jmp qword ptr [rax+rdi*8]
# label_L
label_940:
# i_move_sd
    mov qword ptr [rbx], 102155
# return
    dec r14
    jl L1166
    ret
# label_L
label_941:
# i_move_sd
    mov qword ptr [rbx], 16651
# return
    dec r14
    jl L1166
    ret
# label_L
label_942:
# i_move_sd
    mov qword ptr [rbx], 102411
# return
    dec r14
    jl L1166
    ret
# label_L
label_943:
# i_move_sd
    mov qword ptr [rbx], 108747
# return
    dec r14
    jl L1166
    ret
# label_L
label_944:
# i_move_sd
    mov qword ptr [rbx], 108683
# return
    dec r14
    jl L1166
    ret
# label_L
label_945:
# i_move_sd
    mov qword ptr [rbx], 108619
# return
    dec r14
    jl L1166
    ret
# label_L
label_946:
# i_move_sd
    mov qword ptr [rbx], 99211
# return
    dec r14
    jl L1166
    ret
# label_L
label_947:
# is_integer_fs
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L2856
    test al, 1
    jne label_938
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_938
L2856:
# i_move_sd
    mov qword ptr [rbx], 907
# return
    dec r14
    jl L1166
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_948:
# i_func_info_IaaI
# prim_inet:decode_ifopts/2
    call L1164
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x7F, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xA9, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_949:
# i_breakpoint_trampoline
    short jmp L2857
.db 0x00
    call L1167
    align 8
L2857:
# i_test_yield
    lea rdx, qword ptr [label_949+24]
    dec r14
    jle L1165
# is_nonempty_list_fS
    test byte ptr [rbx], 2
    jne label_951
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L2858
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2858:
    sub rsp, 24
# init_yregs_I
    mov qword ptr [rsp], 59
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp+16], rdi
# get_list_Sdd
    mov rdi, qword ptr [rbx]
    mov rsi, qword ptr [rdi-1]
    mov rdx, qword ptr [rdi+7]
    mov qword ptr [rbx], rsi
    mov qword ptr [rsp+8], rdx
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call label_939
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx], 907
    jne label_950
# i_move_sd
L2859:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L1166
    ret
# label_L
label_950:
# line_I
# i_call_f
    call label_922
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rsp+8], rdi
# i_trim_t
    add rsp, 8
# line_I
# i_call_f
.db 0x90
    call label_787
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L2860
    mov ecx, 1
    call 140320710850576
L2860:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+8], rdi
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx+8], rdi
# put_cons_ss
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 16
    jmp label_949
# label_L
label_951:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L2861
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L2861:
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
    jl L1166
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_952:
# i_func_info_IaaI
# prim_inet:encode_ifopts/2
    call L1164
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x7F, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xA9, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_953:
# i_breakpoint_trampoline
    short jmp L2862
.db 0x00
    call L1167
    align 8
L2862:
# i_test_yield
    lea rdx, qword ptr [label_953+24]
    dec r14
    jle L1165
# is_nonempty_list_fS
    test byte ptr [rbx], 2
    jne label_955
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2863
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2863:
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
    call label_929
# is_eq_exact_fss
    cmp qword ptr [rbx], -1
    jne label_954
# i_move_sd
L2864:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L1166
    ret
# label_L
label_954:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2865
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2865:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 16
    jmp label_953
# label_L
label_955:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_952
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L2866
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2866:
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
    jl L1166
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_956:
# i_func_info_IaaI
# prim_inet:encode_ifopt_val/2
    call L1164
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x7F, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xAA, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_957:
# i_breakpoint_trampoline
    short jmp L2867
.db 0x00
    call L1167
    align 8
L2867:
# i_test_yield
    lea rdx, qword ptr [label_957+24]
    dec r14
    jle L1165
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_961
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+16], xmm0
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx+16]
    rex test sil, 1
    short jne label_956
    cmp dword ptr [rsi-2], 128
    short jne label_956
# allocate_tt
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L2868
    mov ecx, 4
.db 0x66, 0x90
    call 140320710850576
L2868:
    sub rsp, 48
# init_yregs_I
    mov eax, 59
    mov qword ptr [rsp], rax
    mov qword ptr [rsp+40], rax
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rsp+24], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp+32], rdi
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+16]
# get_two_tuple_elements_sPSS
    vpermilpd xmm0, xmmword ptr [rsi+6], 1
    vmovups xmmword ptr [rsp+8], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x66, 0x90
    call label_922
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# catch_yf
    inc qword ptr [r13+264]
L2869:
    mov eax, 2147483647
    mov qword ptr [rsp+40], rax
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx], 38475
# line_I
# i_call_f
    call label_624
# try_end_y
    dec qword ptr [r13+264]
    mov qword ptr [rsp+40], 59
# is_eq_exact_fss
    cmp qword ptr [rbx], 75
    jne label_958
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov qword ptr [rsp+16], 59
# line_I
# i_call_f
    call label_929
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+40], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+16], rdi
# i_trim_t
    add rsp, 24
# i_move_sd
    mov qword ptr [rbx], 38475
# i_call_f
.db 0x0F, 0x1F, 0x00
    call label_710
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L2870
    mov ecx, 1
    call 140320710850576
L2870:
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
# append_cons_Is
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], rsi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 24
    jmp label_957
# label_L
label_958:
# i_move_sd
L2871:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 48
# return
    dec r14
    jl L1166
    ret
# label_L
label_959:
# try_case_y
    dec qword ptr [r13+264]
    mov rax, qword ptr [rbx+24]
    mov qword ptr [rbx], rax
# is_eq_exact_fss
    cmp qword ptr [rbx], 715
    jne label_960
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L2872
    mov ecx, 2
    call 140320710850576
L2872:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 779
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 48
# return
    dec r14
    jl L1166
    ret
# label_L
label_960:
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
label_961:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_956
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L2873
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2873:
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
    jl L1166
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_962:
# i_func_info_IaaI
# prim_inet:encode_subs/1
    call L1164
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x7F, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xAA, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_963:
# i_breakpoint_trampoline
    short jmp L2874
.db 0x00
    call L1167
    align 8
L2874:
# i_test_yield
    lea rdx, qword ptr [label_963+24]
    dec r14
    jle L1165
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L2875
    mov ecx, 1
    call 140320710850576
L2875:
    sub rsp, 8
# catch_yf
    inc qword ptr [r13+264]
L2876:
    mov eax, 2147483647
    mov qword ptr [rsp], rax
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call label_967
# try_end_y
    dec qword ptr [r13+264]
    mov qword ptr [rsp], 59
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L2877
    mov ecx, 1
.db 0x90
    call 140320710850576
L2877:
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
    jl L1166
    ret
# label_L
label_964:
# try_case_y
    dec qword ptr [r13+264]
    mov rax, qword ptr [rbx+24]
    mov qword ptr [rbx], rax
# is_eq_exact_fss
    cmp qword ptr [rbx], 715
    jne label_965
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L2878
    mov ecx, 2
.db 0x90
    call 140320710850576
L2878:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 779
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L1166
    ret
# label_L
label_965:
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
label_966:
# i_func_info_IaaI
# prim_inet:enc_subs/1
    call L1164
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x7F, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xAA, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_967:
# i_breakpoint_trampoline
    short jmp L2879
.db 0x00
    call L1167
    align 8
L2879:
# i_test_yield
    lea rdx, qword ptr [label_967+24]
    dec r14
    jle L1165
# is_nonempty_list_fS
    test byte ptr [rbx], 2
    jne label_968
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L2880
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2880:
# get_tl_Sd
    mov rdi, qword ptr [rbx]
    mov rsi, qword ptr [rdi+7]
    mov qword ptr [rbx], rsi
# line_I
# i_call_f
.db 0x90
    call label_967
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2881
    mov ecx, 1
    call 140320710850576
L2881:
# put_cons_ss
    mov qword ptr [r15], 31
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# deallocate_t
# return
    dec r14
    jl L1166
    ret
# label_L
label_968:
# return
    dec r14
    jl L1166
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_969:
# i_func_info_IaaI
# prim_inet:decode_subs/1
    call L1164
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x7F, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xAA, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_970:
# i_breakpoint_trampoline
    short jmp L2882
.db 0x00
    call L1167
    align 8
L2882:
# i_test_yield
    lea rdx, qword ptr [label_970+24]
    dec r14
    jle L1165
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L2883
    mov ecx, 1
    call 140320710850576
L2883:
    sub rsp, 8
# catch_yf
    inc qword ptr [r13+264]
L2884:
    mov eax, 2147483647
    mov qword ptr [rsp], rax
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call label_974
# try_end_y
    dec qword ptr [r13+264]
    mov qword ptr [rsp], 59
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L2885
    mov ecx, 1
.db 0x90
    call 140320710850576
L2885:
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
    jl L1166
    ret
# label_L
label_971:
# try_case_y
    dec qword ptr [r13+264]
    mov rax, qword ptr [rbx+24]
    mov qword ptr [rbx], rax
# is_eq_exact_fss
    cmp qword ptr [rbx], 715
    jne label_972
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L2886
    mov ecx, 2
.db 0x90
    call 140320710850576
L2886:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 779
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L1166
    ret
# label_L
label_972:
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
label_973:
# i_func_info_IaaI
# prim_inet:dec_subs/1
    call L1164
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x7F, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xAB, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_974:
# i_breakpoint_trampoline
    short jmp L2887
.db 0x00
    call L1167
    align 8
L2887:
# i_test_yield
    lea rdx, qword ptr [label_974+24]
    dec r14
    jle L1165
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_976
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+8], xmm0
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+16]
    test al, 2
    short jne label_973
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx+16], xmm0
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+16]
    test al, 2
    short jne label_973
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+32], rsi
    mov qword ptr [rbx+16], rdx
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+16]
    test al, 2
    jne label_973
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+40], rsi
    mov qword ptr [rbx+16], rdx
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+16]
    test al, 2
    jne label_973
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx], rsi
    mov qword ptr [rbx+16], rdx
# line_I
# i_bsl_ssjd
    mov rsi, qword ptr [rbx+24]
    mov eax, 399
    mov rdi, rsi
    mov rdx, rsi
    xor rdx, -16
    cmovns rdi, rdx
    lzcnt rdx, rdi
    and edi, 15
    cmp edi, 15
    short jne L2888
    cmp rdx, 24
    short jbe L2888
    and rsi, -16
    sal rsi, 24
    lea rax, qword ptr [rsi+15]
    short jmp L2889
L2888:
    call 140320710851664
L2889:
    mov qword ptr [rbx+24], rax
# i_bsl_ssjd
    mov rsi, qword ptr [rbx+32]
    mov eax, 271
    mov rdi, rsi
    mov rdx, rsi
    xor rdx, -16
    cmovns rdi, rdx
    lzcnt rdx, rdi
    and edi, 15
    cmp edi, 15
    short jne L2890
    cmp rdx, 16
    short jbe L2890
    and rsi, -16
    sal rsi, 16
    lea rax, qword ptr [rsi+15]
    short jmp L2891
L2890:
    call 140320710851664
L2891:
    mov qword ptr [rbx+32], rax
# i_bor_jssd
    mov rsi, qword ptr [rbx+24]
    mov rax, qword ptr [rbx+32]
# simplified test for small operands since both are numbers
    mov edi, esi
    and edi, eax
    test edi, 1
    short je L2892
    or rax, rsi
    short jmp L2893
L2892:
    call 140320710851432
L2893:
    mov qword ptr [rbx+24], rax
# i_bsl_ssjd
    mov rsi, qword ptr [rbx+40]
    mov eax, 143
    mov rdi, rsi
    mov rdx, rsi
    xor rdx, -16
    cmovns rdi, rdx
    lzcnt rdx, rdi
    and edi, 15
    cmp edi, 15
    short jne L2894
    cmp rdx, 8
    short jbe L2894
    and rsi, -16
    sal rsi, 8
    lea rax, qword ptr [rsi+15]
    short jmp L2895
L2894:
    call 140320710851664
L2895:
    mov qword ptr [rbx+32], rax
# i_bor_jssd
    mov rsi, qword ptr [rbx+24]
    mov rax, qword ptr [rbx+32]
# simplified test for small operands since both are numbers
    mov edi, esi
    and edi, eax
    test edi, 1
    short je L2896
    or rax, rsi
    short jmp L2897
L2896:
    call 140320710851432
L2897:
    mov qword ptr [rbx+24], rax
# i_bor_jssd
    mov rsi, qword ptr [rbx+24]
    mov rax, qword ptr [rbx]
# are both operands small?
    mov edi, esi
    and edi, eax
    and edi, 15
    cmp edi, 15
    short jne L2898
    or rax, rsi
    short jmp L2899
L2898:
    call 140320710851432
L2899:
    mov qword ptr [rbx], rax
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 31
    jne label_975
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L2900
    mov ecx, 3
.db 0x66, 0x90
    call 140320710850576
L2900:
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
    call label_974
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L2901
    mov ecx, 1
    call 140320710850576
L2901:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 109387
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
    jl L1166
    ret
# label_L
label_975:
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
    short jbe L2902
    mov ecx, 3
.db 0x90
    call 140320710850576
L2902:
# call_light_bif_be
    align 4
L2903:
L2904:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090512
    lea rdx, qword ptr [L2903]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1166
    ret
# label_L
label_976:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_973
# return
    dec r14
    jl L1166
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_977:
# i_func_info_IaaI
# prim_inet:encode_stats/1
    call L1164
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x7F, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xAB, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_978:
# i_breakpoint_trampoline
    short jmp L2905
.db 0x00
    call L1167
    align 8
L2905:
# i_test_yield
    lea rdx, qword ptr [label_978+24]
    dec r14
    jle L1165
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L2906
    mov ecx, 1
    call 140320710850576
L2906:
    sub rsp, 8
# catch_yf
    inc qword ptr [r13+264]
L2907:
    mov eax, 2147483647
    mov qword ptr [rsp], rax
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call label_982
# try_end_y
    dec qword ptr [r13+264]
    mov qword ptr [rsp], 59
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L2908
    mov ecx, 1
.db 0x90
    call 140320710850576
L2908:
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
    jl L1166
    ret
# label_L
label_979:
# try_case_y
    dec qword ptr [r13+264]
    mov rax, qword ptr [rbx+24]
    mov qword ptr [rbx], rax
# is_eq_exact_fss
    cmp qword ptr [rbx], 715
    jne label_980
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L2909
    mov ecx, 2
.db 0x90
    call 140320710850576
L2909:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 779
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L1166
    ret
# label_L
label_980:
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
label_981:
# i_func_info_IaaI
# prim_inet:enc_stats/1
    call L1164
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x7F, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xAB, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_982:
# i_breakpoint_trampoline
    short jmp L2910
.db 0x00
    call L1167
    align 8
L2910:
# i_test_yield
    lea rdx, qword ptr [label_982+24]
    dec r14
    jle L1165
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_994
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx], xmm0
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+8]
    cmp rsi, 99019
    je label_983
    cmp rsi, 109579
    je label_992
    cmp rsi, 109643
    je label_991
    cmp rsi, 109707
    je label_990
    cmp rsi, 109771
    je label_989
    cmp rsi, 109835
    je label_988
    cmp rsi, 109899
    je label_987
    cmp rsi, 109963
    je label_986
    cmp rsi, 110027
    je label_985
    cmp rsi, 110091
    je label_984
    jmp label_993
# label_L
label_983:
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L2911
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2911:
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call label_982
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2912
    mov ecx, 1
    call 140320710850576
L2912:
# put_cons_ss
    mov qword ptr [r15], 143
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# deallocate_t
# return
    dec r14
    jl L1166
    ret
# label_L
label_984:
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L2913
    mov ecx, 1
.db 0x90
    call 140320710850576
L2913:
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call label_982
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2914
    mov ecx, 1
    call 140320710850576
L2914:
# put_cons_ss
    mov qword ptr [r15], 175
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# deallocate_t
# return
    dec r14
    jl L1166
    ret
# label_L
label_985:
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L2915
    mov ecx, 1
.db 0x90
    call 140320710850576
L2915:
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call label_982
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2916
    mov ecx, 1
    call 140320710850576
L2916:
# put_cons_ss
    mov qword ptr [r15], 111
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# deallocate_t
# return
    dec r14
    jl L1166
    ret
# label_L
label_986:
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L2917
    mov ecx, 1
.db 0x90
    call 140320710850576
L2917:
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call label_982
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2918
    mov ecx, 1
    call 140320710850576
L2918:
# put_cons_ss
    mov qword ptr [r15], 95
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# deallocate_t
# return
    dec r14
    jl L1166
    ret
# label_L
label_987:
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L2919
    mov ecx, 1
.db 0x90
    call 140320710850576
L2919:
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call label_982
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2920
    mov ecx, 1
    call 140320710850576
L2920:
# put_cons_ss
    mov qword ptr [r15], 127
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# deallocate_t
# return
    dec r14
    jl L1166
    ret
# label_L
label_988:
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L2921
    mov ecx, 1
.db 0x90
    call 140320710850576
L2921:
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call label_982
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2922
    mov ecx, 1
    call 140320710850576
L2922:
# put_cons_ss
    mov qword ptr [r15], 159
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# deallocate_t
# return
    dec r14
    jl L1166
    ret
# label_L
label_989:
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L2923
    mov ecx, 1
.db 0x90
    call 140320710850576
L2923:
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call label_982
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2924
    mov ecx, 1
    call 140320710850576
L2924:
# put_cons_ss
    mov qword ptr [r15], 47
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# deallocate_t
# return
    dec r14
    jl L1166
    ret
# label_L
label_990:
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L2925
    mov ecx, 1
.db 0x90
    call 140320710850576
L2925:
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call label_982
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2926
    mov ecx, 1
    call 140320710850576
L2926:
# put_cons_ss
    mov qword ptr [r15], 79
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# deallocate_t
# return
    dec r14
    jl L1166
    ret
# label_L
label_991:
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L2927
    mov ecx, 1
.db 0x90
    call 140320710850576
L2927:
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call label_982
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2928
    mov ecx, 1
    call 140320710850576
L2928:
# put_cons_ss
    mov qword ptr [r15], 31
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# deallocate_t
# return
    dec r14
    jl L1166
    ret
# label_L
label_992:
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L2929
    mov ecx, 1
.db 0x90
    call 140320710850576
L2929:
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call label_982
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2930
    mov ecx, 1
    call 140320710850576
L2930:
# put_cons_ss
    mov qword ptr [r15], 63
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# deallocate_t
# return
    dec r14
    jl L1166
    ret
# label_L
label_993:
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
    short jbe L2931
    mov ecx, 3
.db 0x66, 0x90
    call 140320710850576
L2931:
# call_light_bif_be
    align 4
L2932:
L2933:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090512
    lea rdx, qword ptr [L2932]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1166
    ret
# label_L
label_994:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_981
# return
    dec r14
    jl L1166
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_995:
# i_func_info_IaaI
# prim_inet:decode_stats/1
    call L1164
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x7F, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xAE, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_996:
# i_breakpoint_trampoline
    short jmp L2934
.db 0x00
    call L1167
    align 8
L2934:
# i_test_yield
    lea rdx, qword ptr [label_996+24]
    dec r14
    jle L1165
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L2935
    mov ecx, 1
    call 140320710850576
L2935:
    sub rsp, 8
# catch_yf
    inc qword ptr [r13+264]
L2936:
    mov eax, 2147483647
    mov qword ptr [rsp], rax
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call label_1000
# try_end_y
    dec qword ptr [r13+264]
    mov qword ptr [rsp], 59
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L2937
    mov ecx, 1
.db 0x90
    call 140320710850576
L2937:
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
    jl L1166
    ret
# label_L
label_997:
# try_case_y
    dec qword ptr [r13+264]
    mov rax, qword ptr [rbx+24]
    mov qword ptr [rbx], rax
# is_eq_exact_fss
    cmp qword ptr [rbx], 715
    jne label_998
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L2938
    mov ecx, 2
.db 0x90
    call 140320710850576
L2938:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 779
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L1166
    ret
# label_L
label_998:
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
label_999:
# i_func_info_IaaI
# prim_inet:dec_stats/1
    call L1164
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x7F, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xAE, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_1000:
# i_breakpoint_trampoline
    short jmp L2939
.db 0x00
    call L1167
    align 8
L2939:
# i_test_yield
    lea rdx, qword ptr [label_1000+24]
    dec r14
    jle L1165
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_1013
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+8], xmm0
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+8]
    cmp rsi, 159
    je label_1002
    cmp rsi, 175
    je label_1001
    jmp label_1003
# label_L
label_1001:
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+16]
    test al, 2
    short jne label_999
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+24], xmm0
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+32]
    test al, 2
    jne label_1003
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx+32], xmm0
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+32]
    test al, 2
    jne label_1003
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+48], rsi
    mov qword ptr [rbx+32], rdx
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+32]
    test al, 2
    jne label_1003
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+56], rsi
    mov qword ptr [rbx+32], rdx
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+32]
    test al, 2
    jne label_1003
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+64], rsi
    mov qword ptr [rbx+32], rdx
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+32]
    test al, 2
    jne label_1003
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+72], rsi
    mov qword ptr [rbx+32], rdx
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+32]
    test al, 2
    jne label_1003
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+80], rsi
    mov qword ptr [rbx+32], rdx
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+32]
    test al, 2
    jne label_1003
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx], xmm0
# line_I
# i_bsl_ssjd
    mov rsi, qword ptr [rbx+24]
    mov eax, 911
    mov rdi, rsi
    mov rdx, rsi
    xor rdx, -16
    cmovns rdi, rdx
    lzcnt rdx, rdi
    and edi, 15
    cmp edi, 15
    short jne L2940
    cmp rdx, 56
    short jbe L2940
    and rsi, -16
    sal rsi, 56
    lea rax, qword ptr [rsi+15]
    short jmp L2941
L2940:
    call 140320710851664
L2941:
    mov qword ptr [rbx+16], rax
# i_bsl_ssjd
    mov rsi, qword ptr [rbx+40]
    mov eax, 783
    mov rdi, rsi
    mov rdx, rsi
    xor rdx, -16
    cmovns rdi, rdx
    lzcnt rdx, rdi
    and edi, 15
    cmp edi, 15
    short jne L2942
    cmp rdx, 48
    short jbe L2942
    and rsi, -16
    sal rsi, 48
    lea rax, qword ptr [rsi+15]
    short jmp L2943
L2942:
    call 140320710851664
L2943:
    mov qword ptr [rbx+24], rax
# i_bor_jssd
    mov rsi, qword ptr [rbx+16]
    mov rax, qword ptr [rbx+24]
# simplified test for small operands since both are numbers
    mov edi, esi
    and edi, eax
    test edi, 1
    short je L2944
    or rax, rsi
    short jmp L2945
L2944:
    call 140320710851432
L2945:
    mov qword ptr [rbx+16], rax
# i_bsl_ssjd
    mov rsi, qword ptr [rbx+48]
    mov eax, 655
    mov rdi, rsi
    mov rdx, rsi
    xor rdx, -16
    cmovns rdi, rdx
    lzcnt rdx, rdi
    and edi, 15
    cmp edi, 15
    short jne L2946
    cmp rdx, 40
    short jbe L2946
    and rsi, -16
    sal rsi, 40
    lea rax, qword ptr [rsi+15]
    short jmp L2947
L2946:
    call 140320710851664
L2947:
    mov qword ptr [rbx+24], rax
# i_bor_jssd
    mov rsi, qword ptr [rbx+16]
    mov rax, qword ptr [rbx+24]
# simplified test for small operands since both are numbers
    mov edi, esi
    and edi, eax
    test edi, 1
    short je L2948
    or rax, rsi
    short jmp L2949
L2948:
    call 140320710851432
L2949:
    mov qword ptr [rbx+16], rax
# i_bsl_ssjd
    mov rsi, qword ptr [rbx+56]
    mov eax, 527
    mov rdi, rsi
    mov rdx, rsi
    xor rdx, -16
    cmovns rdi, rdx
    lzcnt rdx, rdi
    and edi, 15
    cmp edi, 15
    short jne L2950
    cmp rdx, 32
    short jbe L2950
    and rsi, -16
    sal rsi, 32
    lea rax, qword ptr [rsi+15]
    short jmp L2951
L2950:
    call 140320710851664
L2951:
    mov qword ptr [rbx+24], rax
# i_bor_jssd
    mov rsi, qword ptr [rbx+16]
    mov rax, qword ptr [rbx+24]
# simplified test for small operands since both are numbers
    mov edi, esi
    and edi, eax
    test edi, 1
    short je L2952
    or rax, rsi
    short jmp L2953
L2952:
    call 140320710851432
L2953:
    mov qword ptr [rbx+16], rax
# i_bsl_ssjd
    mov rsi, qword ptr [rbx+64]
    mov eax, 399
    mov rdi, rsi
    mov rdx, rsi
    xor rdx, -16
    cmovns rdi, rdx
    lzcnt rdx, rdi
    and edi, 15
    cmp edi, 15
    short jne L2954
    cmp rdx, 24
    short jbe L2954
    and rsi, -16
    sal rsi, 24
    lea rax, qword ptr [rsi+15]
    short jmp L2955
L2954:
    call 140320710851664
L2955:
    mov qword ptr [rbx+24], rax
# i_bor_jssd
    mov rsi, qword ptr [rbx+16]
    mov rax, qword ptr [rbx+24]
# simplified test for small operands since both are numbers
    mov edi, esi
    and edi, eax
    test edi, 1
    short je L2956
    or rax, rsi
    short jmp L2957
L2956:
    call 140320710851432
L2957:
    mov qword ptr [rbx+16], rax
# i_bsl_ssjd
    mov rsi, qword ptr [rbx+72]
    mov eax, 271
    mov rdi, rsi
    mov rdx, rsi
    xor rdx, -16
    cmovns rdi, rdx
    lzcnt rdx, rdi
    and edi, 15
    cmp edi, 15
    short jne L2958
    cmp rdx, 16
    short jbe L2958
    and rsi, -16
    sal rsi, 16
    lea rax, qword ptr [rsi+15]
    short jmp L2959
L2958:
    call 140320710851664
L2959:
    mov qword ptr [rbx+24], rax
# i_bor_jssd
    mov rsi, qword ptr [rbx+16]
    mov rax, qword ptr [rbx+24]
# simplified test for small operands since both are numbers
    mov edi, esi
    and edi, eax
    test edi, 1
    short je L2960
    or rax, rsi
    short jmp L2961
L2960:
    call 140320710851432
L2961:
    mov qword ptr [rbx+16], rax
# i_bsl_ssjd
    mov rsi, qword ptr [rbx+80]
    mov eax, 143
    mov rdi, rsi
    mov rdx, rsi
    xor rdx, -16
    cmovns rdi, rdx
    lzcnt rdx, rdi
    and edi, 15
    cmp edi, 15
    short jne L2962
    cmp rdx, 8
    short jbe L2962
    and rsi, -16
    sal rsi, 8
    lea rax, qword ptr [rsi+15]
    short jmp L2963
L2962:
    call 140320710851664
L2963:
    mov qword ptr [rbx+24], rax
# i_bor_jssd
    mov rsi, qword ptr [rbx+16]
    mov rax, qword ptr [rbx+24]
# simplified test for small operands since both are numbers
    mov edi, esi
    and edi, eax
    test edi, 1
    short je L2964
    or rax, rsi
    short jmp L2965
L2964:
    call 140320710851432
L2965:
    mov qword ptr [rbx+16], rax
# i_bor_jssd
    mov rsi, qword ptr [rbx+16]
    mov rax, qword ptr [rbx]
# are both operands small?
    mov edi, esi
    and edi, eax
    and edi, 15
    cmp edi, 15
    short jne L2966
    or rax, rsi
    short jmp L2967
L2966:
    call 140320710851432
L2967:
    mov qword ptr [rbx], rax
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L2968
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L2968:
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
    call label_1000
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L2969
    mov ecx, 1
    call 140320710850576
L2969:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 110091
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
    jl L1166
    ret
# label_L
label_1002:
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+16]
    test al, 2
    jne label_999
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+24], xmm0
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+32]
    test al, 2
    jne label_1003
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx+32], xmm0
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+32]
    test al, 2
    jne label_1003
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+48], rsi
    mov qword ptr [rbx+32], rdx
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+32]
    test al, 2
    jne label_1003
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+56], rsi
    mov qword ptr [rbx+32], rdx
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+32]
    test al, 2
    jne label_1003
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+64], rsi
    mov qword ptr [rbx+32], rdx
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+32]
    test al, 2
    jne label_1003
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+72], rsi
    mov qword ptr [rbx+32], rdx
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+32]
    test al, 2
    jne label_1003
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+80], rsi
    mov qword ptr [rbx+32], rdx
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+32]
    test al, 2
    jne label_1003
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx], xmm0
# line_I
# i_bsl_ssjd
    mov rsi, qword ptr [rbx+24]
    mov eax, 911
    mov rdi, rsi
    mov rdx, rsi
    xor rdx, -16
    cmovns rdi, rdx
    lzcnt rdx, rdi
    and edi, 15
    cmp edi, 15
    short jne L2970
    cmp rdx, 56
    short jbe L2970
    and rsi, -16
    sal rsi, 56
    lea rax, qword ptr [rsi+15]
    short jmp L2971
L2970:
    call 140320710851664
L2971:
    mov qword ptr [rbx+16], rax
# i_bsl_ssjd
    mov rsi, qword ptr [rbx+40]
    mov eax, 783
    mov rdi, rsi
    mov rdx, rsi
    xor rdx, -16
    cmovns rdi, rdx
    lzcnt rdx, rdi
    and edi, 15
    cmp edi, 15
    short jne L2972
    cmp rdx, 48
    short jbe L2972
    and rsi, -16
    sal rsi, 48
    lea rax, qword ptr [rsi+15]
    short jmp L2973
L2972:
    call 140320710851664
L2973:
    mov qword ptr [rbx+24], rax
# i_bor_jssd
    mov rsi, qword ptr [rbx+16]
    mov rax, qword ptr [rbx+24]
# simplified test for small operands since both are numbers
    mov edi, esi
    and edi, eax
    test edi, 1
    short je L2974
    or rax, rsi
    short jmp L2975
L2974:
    call 140320710851432
L2975:
    mov qword ptr [rbx+16], rax
# i_bsl_ssjd
    mov rsi, qword ptr [rbx+48]
    mov eax, 655
    mov rdi, rsi
    mov rdx, rsi
    xor rdx, -16
    cmovns rdi, rdx
    lzcnt rdx, rdi
    and edi, 15
    cmp edi, 15
    short jne L2976
    cmp rdx, 40
    short jbe L2976
    and rsi, -16
    sal rsi, 40
    lea rax, qword ptr [rsi+15]
    short jmp L2977
L2976:
    call 140320710851664
L2977:
    mov qword ptr [rbx+24], rax
# i_bor_jssd
    mov rsi, qword ptr [rbx+16]
    mov rax, qword ptr [rbx+24]
# simplified test for small operands since both are numbers
    mov edi, esi
    and edi, eax
    test edi, 1
    short je L2978
    or rax, rsi
    short jmp L2979
L2978:
    call 140320710851432
L2979:
    mov qword ptr [rbx+16], rax
# i_bsl_ssjd
    mov rsi, qword ptr [rbx+56]
    mov eax, 527
    mov rdi, rsi
    mov rdx, rsi
    xor rdx, -16
    cmovns rdi, rdx
    lzcnt rdx, rdi
    and edi, 15
    cmp edi, 15
    short jne L2980
    cmp rdx, 32
    short jbe L2980
    and rsi, -16
    sal rsi, 32
    lea rax, qword ptr [rsi+15]
    short jmp L2981
L2980:
    call 140320710851664
L2981:
    mov qword ptr [rbx+24], rax
# i_bor_jssd
    mov rsi, qword ptr [rbx+16]
    mov rax, qword ptr [rbx+24]
# simplified test for small operands since both are numbers
    mov edi, esi
    and edi, eax
    test edi, 1
    short je L2982
    or rax, rsi
    short jmp L2983
L2982:
    call 140320710851432
L2983:
    mov qword ptr [rbx+16], rax
# i_bsl_ssjd
    mov rsi, qword ptr [rbx+64]
    mov eax, 399
    mov rdi, rsi
    mov rdx, rsi
    xor rdx, -16
    cmovns rdi, rdx
    lzcnt rdx, rdi
    and edi, 15
    cmp edi, 15
    short jne L2984
    cmp rdx, 24
    short jbe L2984
    and rsi, -16
    sal rsi, 24
    lea rax, qword ptr [rsi+15]
    short jmp L2985
L2984:
    call 140320710851664
L2985:
    mov qword ptr [rbx+24], rax
# i_bor_jssd
    mov rsi, qword ptr [rbx+16]
    mov rax, qword ptr [rbx+24]
# simplified test for small operands since both are numbers
    mov edi, esi
    and edi, eax
    test edi, 1
    short je L2986
    or rax, rsi
    short jmp L2987
L2986:
    call 140320710851432
L2987:
    mov qword ptr [rbx+16], rax
# i_bsl_ssjd
    mov rsi, qword ptr [rbx+72]
    mov eax, 271
    mov rdi, rsi
    mov rdx, rsi
    xor rdx, -16
    cmovns rdi, rdx
    lzcnt rdx, rdi
    and edi, 15
    cmp edi, 15
    short jne L2988
    cmp rdx, 16
    short jbe L2988
    and rsi, -16
    sal rsi, 16
    lea rax, qword ptr [rsi+15]
    short jmp L2989
L2988:
    call 140320710851664
L2989:
    mov qword ptr [rbx+24], rax
# i_bor_jssd
    mov rsi, qword ptr [rbx+16]
    mov rax, qword ptr [rbx+24]
# simplified test for small operands since both are numbers
    mov edi, esi
    and edi, eax
    test edi, 1
    short je L2990
    or rax, rsi
    short jmp L2991
L2990:
    call 140320710851432
L2991:
    mov qword ptr [rbx+16], rax
# i_bsl_ssjd
    mov rsi, qword ptr [rbx+80]
    mov eax, 143
    mov rdi, rsi
    mov rdx, rsi
    xor rdx, -16
    cmovns rdi, rdx
    lzcnt rdx, rdi
    and edi, 15
    cmp edi, 15
    short jne L2992
    cmp rdx, 8
    short jbe L2992
    and rsi, -16
    sal rsi, 8
    lea rax, qword ptr [rsi+15]
    short jmp L2993
L2992:
    call 140320710851664
L2993:
    mov qword ptr [rbx+24], rax
# i_bor_jssd
    mov rsi, qword ptr [rbx+16]
    mov rax, qword ptr [rbx+24]
# simplified test for small operands since both are numbers
    mov edi, esi
    and edi, eax
    test edi, 1
    short je L2994
    or rax, rsi
    short jmp L2995
L2994:
    call 140320710851432
L2995:
    mov qword ptr [rbx+16], rax
# i_bor_jssd
    mov rsi, qword ptr [rbx+16]
    mov rax, qword ptr [rbx]
# are both operands small?
    mov edi, esi
    and edi, eax
    and edi, 15
    cmp edi, 15
    short jne L2996
    or rax, rsi
    short jmp L2997
L2996:
    call 140320710851432
L2997:
    mov qword ptr [rbx], rax
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L2998
    mov ecx, 2
    call 140320710850576
L2998:
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
    call label_1000
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L2999
    mov ecx, 1
    call 140320710850576
L2999:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 109835
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
    jl L1166
    ret
# label_L
label_1003:
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+16]
    test al, 2
    jne label_999
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx+16], xmm0
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+16]
    test al, 2
    jne label_999
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+32], rsi
    mov qword ptr [rbx+16], rdx
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+16]
    test al, 2
    jne label_999
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+40], rsi
    mov qword ptr [rbx+16], rdx
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+16]
    test al, 2
    jne label_999
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx], rsi
    mov qword ptr [rbx+16], rdx
# line_I
# i_bsl_ssjd
    mov rsi, qword ptr [rbx+24]
    mov eax, 399
    mov rdi, rsi
    mov rdx, rsi
    xor rdx, -16
    cmovns rdi, rdx
    lzcnt rdx, rdi
    and edi, 15
    cmp edi, 15
    short jne L3000
    cmp rdx, 24
    short jbe L3000
    and rsi, -16
    sal rsi, 24
    lea rax, qword ptr [rsi+15]
    short jmp L3001
L3000:
    call 140320710851664
L3001:
    mov qword ptr [rbx+24], rax
# i_bsl_ssjd
    mov rsi, qword ptr [rbx+32]
    mov eax, 271
    mov rdi, rsi
    mov rdx, rsi
    xor rdx, -16
    cmovns rdi, rdx
    lzcnt rdx, rdi
    and edi, 15
    cmp edi, 15
    short jne L3002
    cmp rdx, 16
    short jbe L3002
    and rsi, -16
    sal rsi, 16
    lea rax, qword ptr [rsi+15]
    short jmp L3003
L3002:
    call 140320710851664
L3003:
    mov qword ptr [rbx+32], rax
# i_bor_jssd
    mov rsi, qword ptr [rbx+24]
    mov rax, qword ptr [rbx+32]
# simplified test for small operands since both are numbers
    mov edi, esi
    and edi, eax
    test edi, 1
    short je L3004
    or rax, rsi
    short jmp L3005
L3004:
    call 140320710851432
L3005:
    mov qword ptr [rbx+24], rax
# i_bsl_ssjd
    mov rsi, qword ptr [rbx+40]
    mov eax, 143
    mov rdi, rsi
    mov rdx, rsi
    xor rdx, -16
    cmovns rdi, rdx
    lzcnt rdx, rdi
    and edi, 15
    cmp edi, 15
    short jne L3006
    cmp rdx, 8
    short jbe L3006
    and rsi, -16
    sal rsi, 8
    lea rax, qword ptr [rsi+15]
    short jmp L3007
L3006:
    call 140320710851664
L3007:
    mov qword ptr [rbx+32], rax
# i_bor_jssd
    mov rsi, qword ptr [rbx+24]
    mov rax, qword ptr [rbx+32]
# simplified test for small operands since both are numbers
    mov edi, esi
    and edi, eax
    test edi, 1
    short je L3008
    or rax, rsi
    short jmp L3009
L3008:
    call 140320710851432
L3009:
    mov qword ptr [rbx+24], rax
# i_bor_jssd
    mov rsi, qword ptr [rbx+24]
    mov rax, qword ptr [rbx]
# are both operands small?
    mov edi, esi
    and edi, eax
    and edi, 15
    cmp edi, 15
    short jne L3010
    or rax, rsi
    short jmp L3011
L3010:
    call 140320710851432
L3011:
    mov qword ptr [rbx], rax
# i_jump_on_val_sfWI
.section .rodata {#1}
L3012:
    align 8
.dq label_1011
    align 8
.dq label_1010
    align 8
.dq label_1009
    align 8
.dq label_1008
    align 8
.dq label_1007
    align 8
.dq label_1006
    align 8
.dq label_1005
    align 8
.dq label_1004
.section .text {#0}
    mov rdi, qword ptr [rbx+8]
    mov eax, edi
    and al, 15
    cmp al, 15
    jne label_1012
    sar rdi, 4
    sub rdi, 1
    cmp rdi, 8
    jae label_1012
    lea rax, qword ptr [L3012]
    jmp qword ptr [rax+rdi*8]
# label_L
label_1004:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L3013
    mov ecx, 3
    call 140320710850576
L3013:
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
    call label_1000
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L3014
    mov ecx, 1
    call 140320710850576
L3014:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 99019
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
    jl L1166
    ret
# label_L
label_1005:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L3015
    mov ecx, 3
    call 140320710850576
L3015:
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
    call label_1000
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L3016
    mov ecx, 1
    call 140320710850576
L3016:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 109899
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
    jl L1166
    ret
# label_L
label_1006:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L3017
    mov ecx, 3
    call 140320710850576
L3017:
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
    call label_1000
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L3018
    mov ecx, 1
    call 140320710850576
L3018:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 110027
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
    jl L1166
    ret
# label_L
label_1007:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L3019
    mov ecx, 3
    call 140320710850576
L3019:
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
    call label_1000
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L3020
    mov ecx, 1
    call 140320710850576
L3020:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 109963
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
    jl L1166
    ret
# label_L
label_1008:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L3021
    mov ecx, 3
    call 140320710850576
L3021:
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
    call label_1000
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L3022
    mov ecx, 1
    call 140320710850576
L3022:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 109707
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
    jl L1166
    ret
# label_L
label_1009:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L3023
    mov ecx, 3
    call 140320710850576
L3023:
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
    call label_1000
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L3024
    mov ecx, 1
    call 140320710850576
L3024:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 109579
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
    jl L1166
    ret
# label_L
label_1010:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L3025
    mov ecx, 3
    call 140320710850576
L3025:
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
    call label_1000
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L3026
    mov ecx, 1
    call 140320710850576
L3026:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 109771
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
    jl L1166
    ret
# label_L
label_1011:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L3027
    mov ecx, 3
    call 140320710850576
L3027:
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
    call label_1000
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L3028
    mov ecx, 1
    call 140320710850576
L3028:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 109643
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
    jl L1166
    ret
# label_L
label_1012:
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
    short jbe L3029
    mov ecx, 3
.db 0x90
    call 140320710850576
L3029:
# call_light_bif_be
    align 4
L3030:
L3031:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090512
    lea rdx, qword ptr [L3030]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1166
    ret
# label_L
label_1013:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_999
# return
    dec r14
    jl L1166
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_1014:
# i_func_info_IaaI
# prim_inet:dec_status/1
    call L1164
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x7F, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xAE, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_1015:
# i_breakpoint_trampoline
    short jmp L3032
.db 0x00
    call L1167
    align 8
L3032:
# i_test_yield
    lea rdx, qword ptr [label_1015+24]
    dec r14
    jle L1165
# i_move_sd
L3033:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+8], rdi
# i_call_only_f
    jmp label_836
# func_line_I
# aligned_label_Lt
    align 8
label_1016:
# i_func_info_IaaI
# prim_inet:enc_time/1
    call L1164
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x7F, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xAF, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_1017:
# i_breakpoint_trampoline
    short jmp L3034
.db 0x00
    call L1167
    align 8
L3034:
# i_test_yield
    lea rdx, qword ptr [label_1017+24]
    dec r14
    jle L1165
# is_lt_fss
    mov esi, 15
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 15
    short jne L3035
    cmp rdi, rsi
    short jmp L3036
L3035:
    call 140320710848608
L3036:
    jge label_1018
# i_move_sd
L3037:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L1166
    ret
# label_L
label_1018:
# line_I
# i_bsr_ssjd
    mov rsi, qword ptr [rbx]
# is the operand small?
    mov edi, esi
    and edi, 15
    cmp edi, 15
    short jne L3038
    mov rax, rsi
    sar rax, 24
    or rax, 15
    short jmp L3039
L3038:
    mov eax, 399
    call 140320710851768
L3039:
    mov qword ptr [rbx+8], rax
# i_band_ssjd
    mov rsi, qword ptr [rbx+8]
    mov eax, 4095
# simplified test for small operand since it is a number
    test esi, 1
    short je L3040
    and rax, rsi
    short jmp L3041
L3040:
    call 140320710851200
L3041:
    mov qword ptr [rbx+8], rax
# i_bsr_ssjd
    mov rsi, qword ptr [rbx]
# simplified test for small operand since it is a number
    test esi, 1
    short je L3042
    mov rax, rsi
    sar rax, 16
    or rax, 15
    short jmp L3043
L3042:
    mov eax, 271
    call 140320710851768
L3043:
    mov qword ptr [rbx+16], rax
# i_band_ssjd
    mov rsi, qword ptr [rbx+16]
    mov eax, 4095
# simplified test for small operand since it is a number
    test esi, 1
    short je L3044
    and rax, rsi
    short jmp L3045
L3044:
    call 140320710851200
L3045:
    mov qword ptr [rbx+16], rax
# i_bsr_ssjd
    mov rsi, qword ptr [rbx]
# simplified test for small operand since it is a number
    test esi, 1
    short je L3046
    mov rax, rsi
    sar rax, 8
    or rax, 15
    short jmp L3047
L3046:
    mov eax, 143
    call 140320710851768
L3047:
    mov qword ptr [rbx+24], rax
# i_band_ssjd
    mov rsi, qword ptr [rbx+24]
    mov eax, 4095
# simplified test for small operand since it is a number
    test esi, 1
    short je L3048
    and rax, rsi
    short jmp L3049
L3048:
    call 140320710851200
L3049:
    mov qword ptr [rbx+24], rax
# i_band_ssjd
    mov rsi, qword ptr [rbx]
    mov eax, 4095
# simplified test for small operand since it is a number
    test esi, 1
    short je L3050
    and rax, rsi
    short jmp L3051
L3050:
    call 140320710851200
L3051:
    mov qword ptr [rbx], rax
# test_heap_It
    lea rdx, qword ptr [r15+96]
    cmp rdx, rsp
    short jbe L3052
    mov ecx, 4
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L3052:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# append_cons_Is
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15+32], rdi
    mov qword ptr [r15+40], rsi
    lea rsi, qword ptr [r15+33]
# append_cons_Is
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+48], rdi
    mov qword ptr [r15+56], rsi
    lea rsi, qword ptr [r15+49]
# store_cons_Id
    add r15, 64
    mov qword ptr [rbx], rsi
# return
    dec r14
    jl L1166
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_1019:
# i_func_info_IaaI
# prim_inet:encode_ifname/1
    call L1164
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x7F, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xAF, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_1020:
# i_breakpoint_trampoline
    short jmp L3053
.db 0x00
    call L1167
    align 8
L3053:
# i_test_yield
    lea rdx, qword ptr [label_1020+24]
    dec r14
    jle L1165
# is_atom_fs
    mov rax, qword ptr [rbx]
    and al, 63
    cmp al, 11
    jne label_1021
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L3054
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L3054:
# call_light_bif_be
    align 4
L3055:
L3056:
    long mov rcx, 9223372036854775807
    mov rax, 94919179100592
    lea rdx, qword ptr [L3055]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_call_last_ft
    short jmp label_1020
# label_L
label_1021:
# line_I
# i_length_setup_jts
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
    mov qword ptr [rbx+16], 15
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+24], rdi
# i_length_jtd
    align 4
L3057:
    mov esi, 1
    lea rdx, qword ptr [L3057]
    call 140320710852592
    mov qword ptr [rbx+8], rax
# is_lt_fss
    mov rsi, qword ptr [rbx+8]
    mov edi, 4095
# skipped test for small operands since they are always small
    cmp rdi, rsi
L3058:
L3059:
    jge label_1022
# i_move_sd
L3060:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L1166
    ret
# label_L
label_1022:
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L3061
    mov ecx, 2
.db 0x90
    call 140320710850576
L3061:
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
    jl L1166
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_1023:
# i_func_info_IaaI
# prim_inet:build_ifaddrs/1
    call L1164
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x7F, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xAF, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_1024:
# i_breakpoint_trampoline
    short jmp L3062
.db 0x00
    call L1167
    align 8
L3062:
# i_test_yield
    lea rdx, qword ptr [label_1024+24]
    dec r14
    jle L1165
# i_move_sd
    mov qword ptr [rbx+8], 59
# i_call_only_f
    jmp label_1026
# func_line_I
# aligned_label_Lt
    align 8
label_1025:
# i_func_info_IaaI
# prim_inet:build_ifaddrs/2
    call L1164
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x7F, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xAF, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_1026:
# i_breakpoint_trampoline
    short jmp L3063
.db 0x00
    call L1167
    align 8
L3063:
# i_test_yield
    lea rdx, qword ptr [label_1026+24]
    dec r14
    jle L1165
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_1028
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+16], rsi
    mov qword ptr [rbx], rdx
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 15
    jne label_1027
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L3064
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L3064:
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
    call label_1043
# i_call_f
.db 0x0F, 0x1F, 0x00
    call label_1090
# swap_dd
    mov rdi, qword ptr [rsp+8]
    mov rsi, qword ptr [rbx]
    mov qword ptr [rbx], rdi
    mov qword ptr [rsp+8], rsi
# i_move_sd
    mov qword ptr [rbx+8], 59
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call label_1030
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rsp], rdi
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x90
    call label_1024
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L3065
    mov ecx, 1
    call 140320710850576
L3065:
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
    jl L1166
    ret
# label_L
label_1027:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L3066
    mov ecx, 3
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L3066:
# put_cons_ss
# (putting and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [r15], xmm0
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_call_only_f
    jmp label_1026
# label_L
label_1028:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_1025
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_1025
# i_move_sd
    mov qword ptr [rbx], 59
# return
    dec r14
    jl L1166
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_1029:
# i_func_info_IaaI
# prim_inet:build_ifaddrs_opts/2
    call L1164
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x7F, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xAF, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_1030:
# i_breakpoint_trampoline
    short jmp L3067
.db 0x00
    call L1167
    align 8
L3067:
# i_test_yield
    lea rdx, qword ptr [label_1030+24]
    dec r14
    jle L1165
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    short jne label_1029
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+16], xmm0
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 15
    jne label_1031
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L3068
    mov ecx, 4
.db 0x66, 0x90
    call 140320710850576
L3068:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
    call label_1043
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L3069
    mov ecx, 1
    call 140320710850576
L3069:
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
    jl L1166
    ret
# label_L
label_1031:
# allocate_tt
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L3070
    mov ecx, 4
    call 140320710850576
L3070:
    sub rsp, 32
# init_yregs_I
    mov qword ptr [rsp], 59
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rsp+8], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp+16], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call label_939
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx], 907
    jne label_1032
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L3071
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L3071:
# put_cons_ss
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# append_cons_Is
    mov rdi, qword ptr [rsp+24]
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
L3072:
L3073:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089760
    lea rdx, qword ptr [L3072]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 32
# return
    dec r14
    jl L1166
    ret
# label_L
label_1032:
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rsp+24], rdi
# i_trim_t
    add rsp, 8
# line_I
# i_call_f
    call label_922
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_trim_t
    add rsp, 8
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call label_787
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L3074
    mov ecx, 1
    call 140320710850576
L3074:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15+8], rdi
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx+8], rdi
# put_cons_ss
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 16
    jmp label_1030
# func_line_I
# aligned_label_Lt
    align 8
label_1033:
# i_func_info_IaaI
# prim_inet:build_iflist/1
    call L1164
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x7F, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xB0, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_1034:
# i_breakpoint_trampoline
    short jmp L3075
.db 0x00
    call L1167
    align 8
L3075:
# i_test_yield
    lea rdx, qword ptr [label_1034+24]
    dec r14
    jle L1165
# i_move_sd
    mov qword ptr [rbx+16], 59
# i_move_sd
    mov qword ptr [rbx+8], 59
# i_call_only_f
    jmp label_1036
# func_line_I
# aligned_label_Lt
    align 8
label_1035:
# i_func_info_IaaI
# prim_inet:build_iflist/3
    call L1164
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x7F, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xB0, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_1036:
# i_breakpoint_trampoline
    short jmp L3076
.db 0x00
    call L1167
    align 8
L3076:
# i_test_yield
    lea rdx, qword ptr [label_1036+24]
    dec r14
    jle L1165
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_1040
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+24], rsi
    mov qword ptr [rbx], rdx
# is_eq_exact_fss
    cmp qword ptr [rbx+24], 15
    jne label_1039
# is_nonempty_list_fS
    test byte ptr [rbx+16], 2
    jne label_1038
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L3077
    mov ecx, 3
.db 0x90
    call 140320710850576
L3077:
    sub rsp, 24
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp+16], rdi
# get_hd_Sd
    mov rdi, qword ptr [rbx+16]
    mov rsi, qword ptr [rdi-1]
    mov qword ptr [rsp], rsi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call label_1043
# is_eq_exact_fss
    mov rsi, qword ptr [rsp]
    mov rdi, qword ptr [rbx]
    cmp rdi, rsi
    short je L3078
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_1037
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_1037
L3078:
# i_move_sd
    mov qword ptr [rbx+8], 59
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 24
    jmp label_1036
# label_L
label_1037:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L3079
    mov ecx, 1
    call 140320710850576
L3079:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+16], rsi
# i_move_sd
    mov qword ptr [rbx+8], 59
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 24
    jmp label_1036
# label_L
label_1038:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L3080
    mov ecx, 2
    call 140320710850576
L3080:
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
    call label_1043
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L3081
    mov ecx, 1
    call 140320710850576
L3081:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+16], rsi
# i_move_sd
    mov qword ptr [rbx+8], 59
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 8
    jmp label_1036
# label_L
label_1039:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L3082
    mov ecx, 4
.db 0x66, 0x90
    call 140320710850576
L3082:
# put_cons_ss
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_call_only_f
    jmp label_1036
# label_L
label_1040:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_1035
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_1041
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp label_1043
# label_L
label_1041:
# i_move_sd
L3083:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp label_1036
# func_line_I
# aligned_label_Lt
    align 8
label_1042:
# i_func_info_IaaI
# prim_inet:rev/1
    call L1164
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x7F, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xB0, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_1043:
# i_breakpoint_trampoline
    short jmp L3084
.db 0x00
    call L1167
    align 8
L3084:
# i_test_yield
    lea rdx, qword ptr [label_1043+24]
    dec r14
    jle L1165
# i_move_sd
    mov qword ptr [rbx+8], 59
# i_call_only_f
    jmp label_1045
# func_line_I
# aligned_label_Lt
    align 8
label_1044:
# i_func_info_IaaI
# prim_inet:rev/2
    call L1164
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x7F, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xB0, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_1045:
# i_breakpoint_trampoline
    short jmp L3085
.db 0x00
    call L1167
    align 8
L3085:
# i_test_yield
    lea rdx, qword ptr [label_1045+24]
    dec r14
    jle L1165
# is_nonempty_list_fS
    test byte ptr [rbx], 2
    jne label_1046
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L3086
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L3086:
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
    short jmp label_1045
# label_L
label_1046:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_1044
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L1166
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_1047:
# i_func_info_IaaI
# prim_inet:split/2
    call L1164
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x7F, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x01, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_1048:
# i_breakpoint_trampoline
    short jmp L3087
.db 0x00
    call L1167
    align 8
L3087:
# i_test_yield
    lea rdx, qword ptr [label_1048+24]
    dec r14
    jle L1165
# i_move_sd
    mov qword ptr [rbx+16], 59
# i_call_only_f
    jmp label_1050
# func_line_I
# aligned_label_Lt
    align 8
label_1049:
# i_func_info_IaaI
# prim_inet:split/3
    call L1164
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x7F, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x01, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_1050:
# i_breakpoint_trampoline
    short jmp L3088
.db 0x00
    call L1167
    align 8
L3088:
# i_test_yield
    lea rdx, qword ptr [label_1050+24]
    dec r14
    jle L1165
# is_eq_exact_fss
    cmp qword ptr [rbx], 15
    jne label_1051
# is_list_fs
    mov rax, qword ptr [rbx+8]
    cmp rax, 59
    short je L3089
    test al, 2
    jne label_1051
L3089:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L3090
    mov ecx, 3
    call 140320710850576
L3090:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# i_call_f
    call label_1043
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L3091
    mov ecx, 1
    call 140320710850576
L3091:
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
    jl L1166
    ret
# label_L
label_1051:
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_1049
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+24], xmm0
# is_integer_fs
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L3092
    test al, 1
    jne label_1049
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_1049
L3092:
# is_lt_fss
    mov rsi, qword ptr [rbx]
    mov edi, 15
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L3093
    cmp rdi, rsi
    short jmp L3094
L3093:
    call 140320710848608
L3094:
    jge label_1049
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rbx]
    mov rdx, -16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L3095
    add rax, rdx
    short jno L3096
L3095:
    call 140320710853080
L3096:
    mov qword ptr [rbx], rax
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L3097
    mov ecx, 5
    call 140320710850576
L3097:
# put_cons_ss
# (putting and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rbx+16], 1
    vmovups xmmword ptr [r15], xmm0
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+16], rsi
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx+8], rdi
# i_call_only_f
    jmp label_1050
# func_line_I
# aligned_label_Lt
    align 8
label_1052:
# i_func_info_IaaI
# prim_inet:len/2
    call L1164
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x7F, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xB0, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_1053:
# i_breakpoint_trampoline
    short jmp L3098
.db 0x00
    call L1167
    align 8
L3098:
# i_test_yield
    lea rdx, qword ptr [label_1053+24]
    dec r14
    jle L1165
# i_move_sd
    mov qword ptr [rbx+16], 15
# i_call_only_f
    jmp label_1055
# func_line_I
# aligned_label_Lt
    align 8
label_1054:
# i_func_info_IaaI
# prim_inet:len/3
    call L1164
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x7F, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xB0, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_1055:
# i_breakpoint_trampoline
    short jmp L3099
.db 0x00
    call L1167
    align 8
L3099:
# i_test_yield
    lea rdx, qword ptr [label_1055+24]
    dec r14
    jle L1165
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_1056
# is_ge_fss
    mov esi, 15
    mov rdi, qword ptr [rbx+8]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L3100
    cmp rdi, rsi
    short jmp L3101
L3100:
    call 140320710848608
L3101:
    short jl label_1054
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L1166
    ret
# label_L
label_1056:
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 15
    jne label_1057
# is_list_fs
    mov rax, qword ptr [rbx]
    cmp rax, 59
    short je L3102
    test al, 2
    jne label_1057
L3102:
# i_move_sd
    mov qword ptr [rbx], 907
# return
    dec r14
    jl L1166
    ret
# label_L
label_1057:
# is_nonempty_list_get_tl_fSd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_1054
    mov rsi, qword ptr [rax+7]
    mov qword ptr [rbx+24], rsi
# is_ge_fss
    mov esi, 15
    mov rdi, qword ptr [rbx+8]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L3103
    cmp rdi, rsi
    short jmp L3104
L3103:
    call 140320710848608
L3104:
    jl label_1054
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rbx+8]
    mov rdx, -16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L3105
    add rax, rdx
    short jno L3106
L3105:
    call 140320710853080
L3106:
    mov qword ptr [rbx], rax
# i_increment_SWd
    mov rsi, qword ptr [rbx+16]
    mov edx, 16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L3107
    add rax, rdx
    short jno L3108
L3107:
    call 140320710853080
L3108:
    mov qword ptr [rbx+16], rax
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp label_1055
# func_line_I
# aligned_label_Lt
    align 8
label_1058:
# i_func_info_IaaI
# prim_inet:member/2
    call L1164
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x7F, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xE1, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_1059:
# i_breakpoint_trampoline
    short jmp L3109
.db 0x00
    call L1167
    align 8
L3109:
# i_test_yield
    lea rdx, qword ptr [label_1059+24]
    dec r14
    jle L1165
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_1061
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx+8], xmm0
# is_eq_exact_fss
# simplified check since one argument is an immediate
    mov rdi, qword ptr [rbx]
    cmp qword ptr [rbx+16], rdi
    jne label_1060
# i_move_sd
    mov qword ptr [rbx], 75
# return
    dec r14
    jl L1166
    ret
# label_L
label_1060:
# i_call_only_f
    short jmp label_1059
# label_L
label_1061:
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    short jne label_1058
# i_move_sd
    mov qword ptr [rbx], 11
# return
    dec r14
    jl L1166
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_1062:
# i_func_info_IaaI
# prim_inet:ktree_empty/0
    call L1164
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x7F, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xB0, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_1063:
# i_breakpoint_trampoline
    short jmp L3110
.db 0x00
    call L1167
    align 8
L3110:
# i_test_yield
    lea rdx, qword ptr [label_1063+24]
    dec r14
    jle L1165
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L3111
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L3111:
# i_call_f
.db 0x0F, 0x1F, 0x00
    call label_1075
# i_move_sd
L3112:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# deallocate_t
# return
    dec r14
    jl L1166
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_1064:
# i_func_info_IaaI
# prim_inet:ktree_is_defined/2
    call L1164
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x7F, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xB1, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_1065:
# i_breakpoint_trampoline
    short jmp L3113
.db 0x00
    call L1167
    align 8
L3113:
# i_test_yield
    lea rdx, qword ptr [label_1065+24]
    dec r14
    jle L1165
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx+8]
    rex test sil, 1
    short jne label_1064
    cmp dword ptr [rsi-2], 128
    short jne label_1064
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx+16], 110923
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rbx], xmm0
# i_call_only_f
    jmp label_1077
# func_line_I
# aligned_label_Lt
    align 8
label_1066:
# i_func_info_IaaI
# prim_inet:ktree_get/2
    call L1164
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x7F, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xB1, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_1067:
# i_breakpoint_trampoline
    short jmp L3114
.db 0x00
    call L1167
    align 8
L3114:
# i_test_yield
    lea rdx, qword ptr [label_1067+24]
    dec r14
    jle L1165
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx+8]
    rex test sil, 1
    short jne label_1066
    cmp dword ptr [rsi-2], 128
    short jne label_1066
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx+16], 47435
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rbx], xmm0
# i_call_only_f
    jmp label_1077
# func_line_I
# aligned_label_Lt
    align 8
label_1068:
# i_func_info_IaaI
# prim_inet:ktree_insert/3
    call L1164
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x7F, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xB1, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_1069:
# i_breakpoint_trampoline
    short jmp L3115
.db 0x00
    call L1167
    align 8
L3115:
# i_test_yield
    lea rdx, qword ptr [label_1069+24]
    dec r14
    jle L1165
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx+16]
    rex test sil, 1
    short jne label_1068
    cmp dword ptr [rsi-2], 128
    short jne label_1068
# allocate_heap_tIt
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L3116
    mov ecx, 3
.db 0x90
    call 140320710850576
L3116:
    sub rsp, 16
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+16]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rsp], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 57867
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+16]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+8], rdi
# i_call_f
.db 0x90
    call label_1077
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L3117
    mov ecx, 1
    call 140320710850576
L3117:
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
    jl L1166
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_1070:
# i_func_info_IaaI
# prim_inet:ktree_update/3
    call L1164
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x7F, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xB2, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_1071:
# i_breakpoint_trampoline
    short jmp L3118
.db 0x00
    call L1167
    align 8
L3118:
# i_test_yield
    lea rdx, qword ptr [label_1071+24]
    dec r14
    jle L1165
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx+16]
    rex test sil, 1
    short jne label_1070
    cmp dword ptr [rsi-2], 128
    short jne label_1070
# allocate_heap_tIt
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L3119
    mov ecx, 3
.db 0x90
    call 140320710850576
L3119:
    sub rsp, 8
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+16]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rsp], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 65419
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx+8], rdi
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+16]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+16], rdi
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rbx+8], xmm0
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rbx], xmm0
# i_call_f
.db 0x90
    call label_1077
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L3120
    mov ecx, 1
    call 140320710850576
L3120:
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
    jl L1166
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_1072:
# i_func_info_IaaI
# prim_inet:ktree_keys/1
    call L1164
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x7F, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xB2, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_1073:
# i_breakpoint_trampoline
    short jmp L3121
.db 0x00
    call L1167
    align 8
L3121:
# i_test_yield
    lea rdx, qword ptr [label_1073+24]
    dec r14
    jle L1165
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    short jne label_1072
    cmp dword ptr [rsi-2], 128
    short jne label_1072
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp label_1043
# func_line_I
# aligned_label_Lt
    align 8
label_1074:
# i_func_info_IaaI
# prim_inet:tree/0
    call L1164
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x7F, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xB2, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_1075:
# i_breakpoint_trampoline
    short jmp L3122
.db 0x00
    call L1167
    align 8
L3122:
# i_test_yield
    lea rdx, qword ptr [label_1075+24]
    dec r14
    jle L1165
# i_move_sd
    mov qword ptr [rbx], 111307
# return
    dec r14
    jl L1166
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_1076:
# i_func_info_IaaI
# prim_inet:tree/3
    call L1164
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x7F, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xB2, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_1077:
# i_breakpoint_trampoline
    short jmp L3123
.db 0x00
    call L1167
    align 8
L3123:
# i_test_yield
    lea rdx, qword ptr [label_1077+24]
    dec r14
    jle L1165
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L3124
    mov ecx, 3
    call 140320710850576
L3124:
    sub rsp, 24
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rsp], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# call_light_bif_be
    align 4
L3125:
L3126:
    long mov rcx, 9223372036854775807
    mov rax, 94919179118112
    lea rdx, qword ptr [L3125]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp], 1
    vmovups xmmword ptr [rbx+8], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 24
    jmp label_1079
# func_line_I
# aligned_label_Lt
    align 8
label_1078:
# i_func_info_IaaI
# prim_inet:tree/4
    call L1164
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x7F, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xB2, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_1079:
# i_breakpoint_trampoline
    short jmp L3127
.db 0x00
    call L1167
    align 8
L3127:
# i_test_yield
    lea rdx, qword ptr [label_1079+24]
    dec r14
    jle L1165
# i_is_tuple_fs
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_1087
    test byte ptr [rsi-2], 63
    jne label_1087
# i_test_arity_fsA
    mov rsi, qword ptr [rbx]
    cmp dword ptr [rsi-2], 256
    short jne label_1078
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+6]
    movups xmmword ptr [rbx+32], xmm0
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx+48], rdi
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+30]
    mov qword ptr [rbx], rdi
# i_is_tagged_tuple_ff_ffsAa
    mov rsi, qword ptr [rbx+16]
    rex test sil, 1
    jne label_1080
    mov rdi, qword ptr [rsi-2]
    rex test dil, 63
    jne label_1080
    cmp edi, 128
    jne label_1082
    cmp qword ptr [rsi+6], 65419
    jne label_1082
# is_eq_exact_fss
    mov rsi, qword ptr [rbx+32]
    mov rdi, qword ptr [rbx+8]
    cmp rdi, rsi
    short je L3128
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_1082
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_1082
L3128:
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L3129
    mov ecx, 7
.db 0x90
    call 140320710850576
L3129:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+16]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+8], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 256
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [r15+8], rdi
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+16], rdi
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [r15+24], rdi
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+32], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 40
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L1166
    ret
# label_L
label_1080:
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 110923
    jne label_1081
# is_eq_exact_fss
    mov rsi, qword ptr [rbx+32]
    mov rdi, qword ptr [rbx+8]
    cmp rdi, rsi
    short je L3130
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_1082
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_1082
L3130:
# i_move_sd
    mov qword ptr [rbx], 75
# return
    dec r14
    jl L1166
    ret
# label_L
label_1081:
# is_eq_exact_fss
    mov rsi, qword ptr [rbx+32]
    mov rdi, qword ptr [rbx+8]
    cmp rdi, rsi
    short je L3131
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_1082
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_1082
L3131:
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L1166
    ret
# label_L
label_1082:
# allocate_tt
    lea rdx, qword ptr [r15+88]
    cmp rdx, rsp
    short jbe L3132
    mov ecx, 7
.db 0x66, 0x90
    call 140320710850576
L3132:
    sub rsp, 56
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+32]
    movups xmmword ptr [rsp], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rsp+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+24], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+16], 1
    vmovups xmmword ptr [rsp+32], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp+48], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L3133:
L3134:
    long mov rcx, 9223372036854775807
    mov rax, 94919179118112
    lea rdx, qword ptr [L3133]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# is_ge_fss
    mov rsi, qword ptr [rsp+32]
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L3135
    cmp rdi, rsi
    short jmp L3136
L3135:
    call 140320710848608
L3136:
    jl label_1083
# is_eq_exact_fss
    mov rsi, qword ptr [rsp+32]
    mov rdi, qword ptr [rbx]
    cmp rdi, rsi
    short je L3137
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_1085
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_1085
L3137:
# is_lt_fss
    mov rsi, qword ptr [rsp+48]
    mov rdi, qword ptr [rsp]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L3138
    cmp rdi, rsi
    short jmp L3139
L3138:
    call 140320710848608
L3139:
    jge label_1085
# label_L
label_1083:
# i_is_tuple_fs
    mov rsi, qword ptr [rsp+40]
# simplified tuple test since the source is always a tuple when boxed
    rex test sil, 1
    jne label_1084
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+32], 1
    vmovups xmmword ptr [rbx+16], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+48]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp], 1
    vmovups xmmword ptr [rsp+40], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rsp+32], rdi
# i_trim_t
    add rsp, 32
# line_I
# i_call_f
.db 0x90
    call label_1079
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L3140
    mov ecx, 1
    call 140320710850576
L3140:
# put_tuple2_SA
# Move arity word
    mov edi, 256
    mov qword ptr [r15], rdi
# Move tuple data
# (moving and swapping two elements at once)
    vpermilpd xmm0, xmmword ptr [rsp+8], 1
    vmovups xmmword ptr [r15+8], xmm0
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+24], rdi
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+32], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 40
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L1166
    ret
# label_L
label_1084:
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+32], 1
    vmovups xmmword ptr [rbx+16], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+48]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 56
    jmp label_1079
# label_L
label_1085:
# i_is_tuple_fs
    mov rsi, qword ptr [rsp+40]
# simplified tuple test since the source is always a tuple when boxed
    rex test sil, 1
    jne label_1086
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+32], 1
    vmovups xmmword ptr [rbx+16], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+48]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp], 1
    vmovups xmmword ptr [rsp+40], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rsp+32], rdi
# i_trim_t
    add rsp, 32
# line_I
# i_call_f
.db 0x66, 0x90
    call label_1079
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L3141
    mov ecx, 1
    call 140320710850576
L3141:
# put_tuple2_SA
# Move arity word
    mov edi, 256
    mov qword ptr [r15], rdi
# Move tuple data
# (moving and swapping two elements at once)
    vpermilpd xmm0, xmmword ptr [rsp+8], 1
    vmovups xmmword ptr [r15+8], xmm0
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+24], rdi
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+32], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 40
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L1166
    ret
# label_L
label_1086:
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+32], 1
    vmovups xmmword ptr [rbx+16], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+48]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 56
    jmp label_1079
# label_L
label_1087:
# is_eq_exact_fss
    cmp qword ptr [rbx], 111307
    jne label_1078
# i_is_tagged_tuple_ff_ffsAa
    mov rsi, qword ptr [rbx+16]
    rex test sil, 1
    jne label_1088
    mov rdi, qword ptr [rsi-2]
    rex test dil, 63
    jne label_1088
    cmp edi, 128
    jne label_1078
    cmp qword ptr [rsi+6], 57867
    jne label_1078
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L3142
    mov ecx, 3
    call 140320710850576
L3142:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+16]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 256
    mov qword ptr [r15], rdi
# Move tuple data
# (moving and swapping two elements at once)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [r15+8], xmm0
    mov qword ptr [r15+24], 111307
    mov qword ptr [r15+32], 111307
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 40
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L1166
    ret
# label_L
label_1088:
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 110923
    jne label_1078
# i_move_sd
    mov qword ptr [rbx], 11
# return
    dec r14
    jl L1166
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_1089:
# i_func_info_IaaI
# prim_inet:utf8_to_characters/1
    call L1164
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x7F, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xB3, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_1090:
# i_breakpoint_trampoline
    short jmp L3143
.db 0x00
    call L1167
    align 8
L3143:
# i_test_yield
    lea rdx, qword ptr [label_1090+24]
    dec r14
    jle L1165
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_1096
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+8], xmm0
# i_band_ssjd
    mov rsi, qword ptr [rbx+8]
    mov eax, 4095
# is the operand small?
    mov edi, esi
    and edi, 15
    cmp edi, 15
    short jne L3144
    and rax, rsi
    short jmp L3145
L3144:
    call 140320710851272
    short je label_1089
L3145:
    mov qword ptr [rbx+24], rax
# is_eq_exact_fss
# simplified check since one argument is an immediate
    mov rdi, qword ptr [rbx+8]
    cmp qword ptr [rbx+24], rdi
    jne label_1089
# is_ge_fss
    mov esi, 3983
    mov rdi, qword ptr [rbx+8]
# skipped test for small operands since they are always small
    cmp rdi, rsi
L3146:
L3147:
    jl label_1091
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L3148
    mov ecx, 1
.db 0x90
    call 140320710850576
L3148:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_move_sd
    mov qword ptr [rbx], 4747
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L3149
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L3149:
# call_light_bif_be
    align 4
L3150:
L3151:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089760
    lea rdx, qword ptr [L3150]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1166
    ret
# label_L
label_1091:
# is_ge_fss
    mov esi, 3855
    mov rdi, qword ptr [rbx+8]
# skipped test for small operands since they are always small
    cmp rdi, rsi
L3152:
L3153:
    jl label_1092
# line_I
# i_band_ssjd
    mov rsi, qword ptr [rbx+8]
    mov eax, 127
# skipped test for small operands since they are always small
    and rax, rsi
    mov qword ptr [rbx+8], rax
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov qword ptr [rbx+16], 63
# i_call_only_f
    jmp label_1098
# label_L
label_1092:
# is_ge_fss
    mov esi, 3599
    mov rdi, qword ptr [rbx+8]
# skipped test for small operands since they are always small
    cmp rdi, rsi
L3154:
L3155:
    jl label_1093
# line_I
# i_band_ssjd
    mov rsi, qword ptr [rbx+8]
    mov eax, 255
# skipped test for small operands since they are always small
    and rax, rsi
    mov qword ptr [rbx+8], rax
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov qword ptr [rbx+16], 47
# i_call_only_f
    jmp label_1098
# label_L
label_1093:
# is_ge_fss
    mov esi, 3087
    mov rdi, qword ptr [rbx+8]
# skipped test for small operands since they are always small
    cmp rdi, rsi
L3156:
L3157:
    jl label_1094
# line_I
# i_band_ssjd
    mov rsi, qword ptr [rbx+8]
    mov eax, 511
# skipped test for small operands since they are always small
    and rax, rsi
    mov qword ptr [rbx+8], rax
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov qword ptr [rbx+16], 31
# i_call_only_f
    jmp label_1098
# label_L
label_1094:
# is_ge_fss
    mov esi, 2063
    mov rdi, qword ptr [rbx+8]
# skipped test for small operands since they are always small
    cmp rdi, rsi
L3158:
L3159:
    jl label_1095
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L3160
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L3160:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_move_sd
    mov qword ptr [rbx], 4747
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L3161
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L3161:
# call_light_bif_be
    align 4
L3162:
L3163:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089760
    lea rdx, qword ptr [L3162]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1166
    ret
# label_L
label_1095:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L3164
    mov ecx, 3
.db 0x66, 0x90
    call 140320710850576
L3164:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
    call label_1090
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L3165
    mov ecx, 1
    call 140320710850576
L3165:
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
    jl L1166
    ret
# label_L
label_1096:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_1089
# return
    dec r14
    jl L1166
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_1097:
# i_func_info_IaaI
# prim_inet:utf8_to_characters/3
    call L1164
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x7F, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xB3, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_1098:
# i_breakpoint_trampoline
    short jmp L3166
.db 0x00
    call L1167
    align 8
L3166:
# i_test_yield
    lea rdx, qword ptr [label_1098+24]
    dec r14
    jle L1165
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 15
    jne label_1099
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L3167
    mov ecx, 2
.db 0x90
    call 140320710850576
L3167:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call label_1090
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L3168
    mov ecx, 1
    call 140320710850576
L3168:
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
    jl L1166
    ret
# label_L
label_1099:
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_1097
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+24], xmm0
# i_band_ssjd
    mov rsi, qword ptr [rbx+24]
    mov eax, 1023
# is the operand small?
    mov edi, esi
    and edi, 15
    cmp edi, 15
    short jne L3169
    and rax, rsi
    short jmp L3170
L3169:
    call 140320710851272
    je label_1097
L3170:
    mov qword ptr [rbx+40], rax
# line_I
# i_bor_jssd
    mov rsi, qword ptr [rbx+40]
    mov eax, 2063
# skipped test for small operands since they are always small
    or rax, rsi
    mov qword ptr [rbx+48], rax
# is_eq_exact_fss
# simplified check since one argument is an immediate
    mov rdi, qword ptr [rbx+24]
    cmp qword ptr [rbx+48], rdi
    jne label_1097
# line_I
# i_bsl_ssjd
    mov rsi, qword ptr [rbx+8]
    mov eax, 111
    mov rdi, rsi
    mov rdx, rsi
    xor rdx, -16
    cmovns rdi, rdx
    lzcnt rdx, rdi
    and edi, 15
    cmp edi, 15
    short jne L3171
    cmp rdx, 6
    short jbe L3171
    and rsi, -16
    sal rsi, 6
    lea rax, qword ptr [rsi+15]
    short jmp L3172
L3171:
    call 140320710851664
L3172:
    mov qword ptr [rbx], rax
# i_bor_jssd
    mov rsi, qword ptr [rbx]
    mov rax, qword ptr [rbx+40]
# simplified test for small operand since it is a number
    test esi, 1
    short je L3173
    or rax, rsi
    short jmp L3174
L3173:
    call 140320710851432
L3174:
    mov qword ptr [rbx], rax
# i_increment_SWd
    mov rsi, qword ptr [rbx+16]
    mov rdx, -16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L3175
    add rax, rdx
    short jno L3176
L3175:
    call 140320710853080
L3176:
    mov qword ptr [rbx+16], rax
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp label_1098
# func_line_I
# aligned_label_Lt
    align 8
label_1100:
# i_func_info_IaaI
# prim_inet:ip4_to_bytes/1
    call L1164
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x7F, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xB3, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_1101:
# i_breakpoint_trampoline
    short jmp L3177
.db 0x00
    call L1167
    align 8
L3177:
# i_test_yield
    lea rdx, qword ptr [label_1101+24]
    dec r14
    jle L1165
# i_is_tuple_fs
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_1102
    test byte ptr [rsi-2], 63
    jne label_1102
# i_test_arity_fsA
    mov rsi, qword ptr [rbx]
    cmp dword ptr [rsi-2], 256
    short jne label_1100
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# line_I
# i_band_ssjd
    mov rsi, qword ptr [rbx+8]
    mov eax, 4095
# is the operand small?
    mov edi, esi
    and edi, 15
    cmp edi, 15
    short jne L3178
    and rax, rsi
    short jmp L3179
L3178:
    call 140320710851200
L3179:
    mov qword ptr [rbx+8], rax
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+16], rdi
# i_band_ssjd
    mov rsi, qword ptr [rbx+16]
    mov eax, 4095
# is the operand small?
    mov edi, esi
    and edi, 15
    cmp edi, 15
    short jne L3180
    and rax, rsi
    short jmp L3181
L3180:
    call 140320710851200
L3181:
    mov qword ptr [rbx+16], rax
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx+24], rdi
# i_band_ssjd
    mov rsi, qword ptr [rbx+24]
    mov eax, 4095
# is the operand small?
    mov edi, esi
    and edi, 15
    cmp edi, 15
    short jne L3182
    and rax, rsi
    short jmp L3183
L3182:
    call 140320710851200
L3183:
    mov qword ptr [rbx+24], rax
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+30]
    mov qword ptr [rbx], rdi
# i_band_ssjd
    mov rsi, qword ptr [rbx]
    mov eax, 4095
# is the operand small?
    mov edi, esi
    and edi, 15
    cmp edi, 15
    short jne L3184
    and rax, rsi
    short jmp L3185
L3184:
    call 140320710851200
L3185:
    mov qword ptr [rbx], rax
# test_heap_It
    lea rdx, qword ptr [r15+96]
    cmp rdx, rsp
    short jbe L3186
    mov ecx, 4
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L3186:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# append_cons_Is
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15+32], rdi
    mov qword ptr [r15+40], rsi
    lea rsi, qword ptr [r15+33]
# append_cons_Is
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+48], rdi
    mov qword ptr [r15+56], rsi
    lea rsi, qword ptr [r15+49]
# store_cons_Id
    add r15, 64
    mov qword ptr [rbx], rsi
# return
    dec r14
    jl L1166
    ret
# label_L
label_1102:
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 3275
    je label_1104
    cmp rsi, 106827
    je label_1103
    jmp label_1100
# label_L
label_1103:
# i_call_only_f
    jmp label_1108
# label_L
label_1104:
# i_call_only_f
    jmp label_1106
# func_line_I
# aligned_label_Lt
    align 8
label_1105:
# i_func_info_IaaI
# prim_inet:ip4_any/0
    call L1164
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x7F, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xB3, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_1106:
# i_breakpoint_trampoline
    short jmp L3187
.db 0x00
    call L1167
    align 8
L3187:
# i_test_yield
    lea rdx, qword ptr [label_1106+24]
    dec r14
    jle L1165
# i_move_sd
L3188:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L1166
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_1107:
# i_func_info_IaaI
# prim_inet:ip4_loopback/0
    call L1164
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x7F, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xB3, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_1108:
# i_breakpoint_trampoline
    short jmp L3189
.db 0x00
    call L1167
    align 8
L3189:
# i_test_yield
    lea rdx, qword ptr [label_1108+24]
    dec r14
    jle L1165
# i_move_sd
L3190:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L1166
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_1109:
# i_func_info_IaaI
# prim_inet:ip6_to_bytes/1
    call L1164
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x7F, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xB4, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_1110:
# i_breakpoint_trampoline
    short jmp L3191
.db 0x00
    call L1167
    align 8
L3191:
# i_test_yield
    lea rdx, qword ptr [label_1110+24]
    dec r14
    jle L1165
# i_is_tuple_fs
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_1111
    test byte ptr [rsi-2], 63
    jne label_1111
# i_test_arity_fsA
    mov rsi, qword ptr [rbx]
    cmp dword ptr [rsi-2], 512
    short jne label_1109
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# line_I
# i_bsr_ssjd
    mov rsi, qword ptr [rbx+8]
# is the operand small?
    mov edi, esi
    and edi, 15
    cmp edi, 15
    short jne L3192
    mov rax, rsi
    sar rax, 8
    or rax, 15
    short jmp L3193
L3192:
    mov eax, 143
    call 140320710851768
L3193:
    mov qword ptr [rbx+16], rax
# i_band_ssjd
    mov rsi, qword ptr [rbx+16]
    mov eax, 4095
# simplified test for small operand since it is a number
    test esi, 1
    short je L3194
    and rax, rsi
    short jmp L3195
L3194:
    call 140320710851200
L3195:
    mov qword ptr [rbx+16], rax
# i_band_ssjd
    mov rsi, qword ptr [rbx+8]
    mov eax, 4095
# simplified test for small operand since it is a number
    test esi, 1
    short je L3196
    and rax, rsi
    short jmp L3197
L3196:
    call 140320710851200
L3197:
    mov qword ptr [rbx+8], rax
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+24], rdi
# i_bsr_ssjd
    mov rsi, qword ptr [rbx+24]
# is the operand small?
    mov edi, esi
    and edi, 15
    cmp edi, 15
    short jne L3198
    mov rax, rsi
    sar rax, 8
    or rax, 15
    short jmp L3199
L3198:
    mov eax, 143
    call 140320710851768
L3199:
    mov qword ptr [rbx+32], rax
# i_band_ssjd
    mov rsi, qword ptr [rbx+32]
    mov eax, 4095
# simplified test for small operand since it is a number
    test esi, 1
    short je L3200
    and rax, rsi
    short jmp L3201
L3200:
    call 140320710851200
L3201:
    mov qword ptr [rbx+32], rax
# i_band_ssjd
    mov rsi, qword ptr [rbx+24]
    mov eax, 4095
# simplified test for small operand since it is a number
    test esi, 1
    short je L3202
    and rax, rsi
    short jmp L3203
L3202:
    call 140320710851200
L3203:
    mov qword ptr [rbx+24], rax
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx+40], rdi
# i_bsr_ssjd
    mov rsi, qword ptr [rbx+40]
# is the operand small?
    mov edi, esi
    and edi, 15
    cmp edi, 15
    short jne L3204
    mov rax, rsi
    sar rax, 8
    or rax, 15
    short jmp L3205
L3204:
    mov eax, 143
    call 140320710851768
L3205:
    mov qword ptr [rbx+48], rax
# i_band_ssjd
    mov rsi, qword ptr [rbx+48]
    mov eax, 4095
# simplified test for small operand since it is a number
    test esi, 1
    short je L3206
    and rax, rsi
    short jmp L3207
L3206:
    call 140320710851200
L3207:
    mov qword ptr [rbx+48], rax
# i_band_ssjd
    mov rsi, qword ptr [rbx+40]
    mov eax, 4095
# simplified test for small operand since it is a number
    test esi, 1
    short je L3208
    and rax, rsi
    short jmp L3209
L3208:
    call 140320710851200
L3209:
    mov qword ptr [rbx+40], rax
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+30]
    mov qword ptr [rbx+56], rdi
# i_bsr_ssjd
    mov rsi, qword ptr [rbx+56]
# is the operand small?
    mov edi, esi
    and edi, 15
    cmp edi, 15
    short jne L3210
    mov rax, rsi
    sar rax, 8
    or rax, 15
    short jmp L3211
L3210:
    mov eax, 143
    call 140320710851768
L3211:
    mov qword ptr [rbx+64], rax
# i_band_ssjd
    mov rsi, qword ptr [rbx+64]
    mov eax, 4095
# simplified test for small operand since it is a number
    test esi, 1
    short je L3212
    and rax, rsi
    short jmp L3213
L3212:
    call 140320710851200
L3213:
    mov qword ptr [rbx+64], rax
# i_band_ssjd
    mov rsi, qword ptr [rbx+56]
    mov eax, 4095
# simplified test for small operand since it is a number
    test esi, 1
    short je L3214
    and rax, rsi
    short jmp L3215
L3214:
    call 140320710851200
L3215:
    mov qword ptr [rbx+56], rax
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+38]
    mov qword ptr [rbx+72], rdi
# line_I
# i_bsr_ssjd
    mov rsi, qword ptr [rbx+72]
# is the operand small?
    mov edi, esi
    and edi, 15
    cmp edi, 15
    short jne L3216
    mov rax, rsi
    sar rax, 8
    or rax, 15
    short jmp L3217
L3216:
    mov eax, 143
    call 140320710851768
L3217:
    mov qword ptr [rbx+80], rax
# i_band_ssjd
    mov rsi, qword ptr [rbx+80]
    mov eax, 4095
# simplified test for small operand since it is a number
    test esi, 1
    short je L3218
    and rax, rsi
    short jmp L3219
L3218:
    call 140320710851200
L3219:
    mov qword ptr [rbx+80], rax
# i_band_ssjd
    mov rsi, qword ptr [rbx+72]
    mov eax, 4095
# simplified test for small operand since it is a number
    test esi, 1
    short je L3220
    and rax, rsi
    short jmp L3221
L3220:
    call 140320710851200
L3221:
    mov qword ptr [rbx+72], rax
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+46]
    mov qword ptr [rbx+88], rdi
# i_bsr_ssjd
    mov rsi, qword ptr [rbx+88]
# is the operand small?
    mov edi, esi
    and edi, 15
    cmp edi, 15
    short jne L3222
    mov rax, rsi
    sar rax, 8
    or rax, 15
    short jmp L3223
L3222:
    mov eax, 143
    call 140320710851768
L3223:
    mov qword ptr [rbx+96], rax
# i_band_ssjd
    mov rsi, qword ptr [rbx+96]
    mov eax, 4095
# simplified test for small operand since it is a number
    test esi, 1
    short je L3224
    and rax, rsi
    short jmp L3225
L3224:
    call 140320710851200
L3225:
    mov qword ptr [rbx+96], rax
# i_band_ssjd
    mov rsi, qword ptr [rbx+88]
    mov eax, 4095
# simplified test for small operand since it is a number
    test esi, 1
    short je L3226
    and rax, rsi
    short jmp L3227
L3226:
    call 140320710851200
L3227:
    mov qword ptr [rbx+88], rax
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+54]
    mov qword ptr [rbx+104], rdi
# i_bsr_ssjd
    mov rsi, qword ptr [rbx+104]
# is the operand small?
    mov edi, esi
    and edi, 15
    cmp edi, 15
    short jne L3228
    mov rax, rsi
    sar rax, 8
    or rax, 15
    short jmp L3229
L3228:
    mov eax, 143
    call 140320710851768
L3229:
    mov qword ptr [rbx+112], rax
# i_band_ssjd
    mov rsi, qword ptr [rbx+112]
    mov eax, 4095
# simplified test for small operand since it is a number
    test esi, 1
    short je L3230
    and rax, rsi
    short jmp L3231
L3230:
    call 140320710851200
L3231:
    mov qword ptr [rbx+112], rax
# i_band_ssjd
    mov rsi, qword ptr [rbx+104]
    mov eax, 4095
# simplified test for small operand since it is a number
    test esi, 1
    short je L3232
    and rax, rsi
    short jmp L3233
L3232:
    call 140320710851200
L3233:
    mov qword ptr [rbx+104], rax
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+62]
    mov qword ptr [rbx], rdi
# i_bsr_ssjd
    mov rsi, qword ptr [rbx]
# is the operand small?
    mov edi, esi
    and edi, 15
    cmp edi, 15
    short jne L3234
    mov rax, rsi
    sar rax, 8
    or rax, 15
    short jmp L3235
L3234:
    mov eax, 143
    call 140320710851768
L3235:
    mov qword ptr [rbx+120], rax
# i_band_ssjd
    mov rsi, qword ptr [rbx+120]
    mov eax, 4095
# simplified test for small operand since it is a number
    test esi, 1
    short je L3236
    and rax, rsi
    short jmp L3237
L3236:
    call 140320710851200
L3237:
    mov qword ptr [rbx+120], rax
# i_band_ssjd
    mov rsi, qword ptr [rbx]
    mov eax, 4095
# simplified test for small operand since it is a number
    test esi, 1
    short je L3238
    and rax, rsi
    short jmp L3239
L3238:
    call 140320710851200
L3239:
    mov qword ptr [rbx], rax
# test_heap_It
    lea rdx, qword ptr [r15+416]
    cmp rdx, rsp
    short jbe L3240
    mov ecx, 16
.db 0x90
    call 140320710850576
L3240:
# put_cons_ss
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# put_cons_ss
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+24], rsi
# put_cons_ss
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+40], rsi
# put_cons_ss
    mov rdi, qword ptr [rbx+56]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+56], rsi
# put_cons_ss
    mov rdi, qword ptr [rbx+72]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+72], rsi
# put_cons_ss
    mov rdi, qword ptr [rbx+88]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+88], rsi
# put_cons_ss
    mov rdi, qword ptr [rbx+104]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+104], rsi
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov rdi, qword ptr [rbx+120]
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# store_cons_Id
    add r15, 32
    mov qword ptr [rbx], rsi
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# put_cons_ss
# (putting and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rbx+104], 1
    vmovups xmmword ptr [r15], xmm0
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+104], rsi
# put_cons_ss
    mov rdi, qword ptr [rbx+104]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# put_cons_ss
# (putting and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rbx+88], 1
    vmovups xmmword ptr [r15], xmm0
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+88], rsi
# put_cons_ss
    mov rdi, qword ptr [rbx+88]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# put_cons_ss
# (putting and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rbx+72], 1
    vmovups xmmword ptr [r15], xmm0
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+72], rsi
# put_cons_ss
    mov rdi, qword ptr [rbx+72]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# put_cons_ss
# (putting and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rbx+56], 1
    vmovups xmmword ptr [r15], xmm0
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+56], rsi
# put_cons_ss
    mov rdi, qword ptr [rbx+56]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# put_cons_ss
# (putting and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rbx+40], 1
    vmovups xmmword ptr [r15], xmm0
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+40], rsi
# put_cons_ss
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# put_cons_ss
# (putting and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rbx+24], 1
    vmovups xmmword ptr [r15], xmm0
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+24], rsi
# put_cons_ss
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# put_cons_ss
# (putting and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [r15], xmm0
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
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
    jl L1166
    ret
# label_L
label_1111:
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 3275
    je label_1113
    cmp rsi, 106827
    je label_1112
    jmp label_1109
# label_L
label_1112:
# i_call_only_f
    jmp label_1117
# label_L
label_1113:
# i_call_only_f
    jmp label_1115
# func_line_I
# aligned_label_Lt
    align 8
label_1114:
# i_func_info_IaaI
# prim_inet:ip6_any/0
    call L1164
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x7F, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xB4, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_1115:
# i_breakpoint_trampoline
    short jmp L3241
.db 0x00
    call L1167
    align 8
L3241:
# i_test_yield
    lea rdx, qword ptr [label_1115+24]
    dec r14
    jle L1165
# i_move_sd
L3242:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L1166
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_1116:
# i_func_info_IaaI
# prim_inet:ip6_loopback/0
    call L1164
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x7F, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xB4, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_1117:
# i_breakpoint_trampoline
    short jmp L3243
.db 0x00
    call L1167
    align 8
L3243:
# i_test_yield
    lea rdx, qword ptr [label_1117+24]
    dec r14
    jle L1165
# i_move_sd
L3244:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L1166
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_1118:
# i_func_info_IaaI
# prim_inet:get_addrs/1
    call L1164
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x7F, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xB4, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_1119:
# i_breakpoint_trampoline
    short jmp L3245
.db 0x00
    call L1167
    align 8
L3245:
# i_test_yield
    lea rdx, qword ptr [label_1119+24]
    dec r14
    jle L1165
# is_nonempty_list_fS
    test byte ptr [rbx], 2
    jne label_1120
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L3246
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L3246:
    sub rsp, 8
# init_yregs_I
    mov qword ptr [rsp], 59
# get_list_Sdd
    mov rdi, qword ptr [rbx]
# (moving head and tail together)
    movups xmm0, xmmword ptr [rdi-1]
    movups xmmword ptr [rbx], xmm0
# line_I
# i_call_f
.db 0x90
    call label_1122
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rsp], rdi
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x90
    call label_1119
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L3247
    mov ecx, 1
    call 140320710850576
L3247:
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
    jl L1166
    ret
# label_L
label_1120:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_1118
# return
    dec r14
    jl L1166
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_1121:
# i_func_info_IaaI
# prim_inet:get_addr/2
    call L1164
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x7F, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xB5, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_1122:
# i_breakpoint_trampoline
    short jmp L3248
.db 0x00
    call L1167
    align 8
L3248:
# i_test_yield
    lea rdx, qword ptr [label_1122+24]
    dec r14
    jle L1165
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 15
    je label_1125
    cmp rsi, 95
    je label_1124
    cmp rsi, 111
    je label_1123
    jmp label_1126
# label_L
label_1123:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L3249
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L3249:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
L3250:
    long mov rdi, 9223372036854775807
    mov qword ptr [r15+8], rdi
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L1166
    ret
# label_L
label_1124:
# is_nonempty_list_fS
    test byte ptr [rbx+8], 2
    jne label_1121
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L3251
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L3251:
    sub rsp, 8
# init_yregs_I
    mov qword ptr [rsp], 59
# get_list_Sdd
    mov rdi, qword ptr [rbx+8]
# (moving head and tail together)
    movups xmm0, xmmword ptr [rdi-1]
    movups xmmword ptr [rbx], xmm0
# line_I
# i_call_f
    call label_1048
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L3252:
L3253:
    long mov rcx, 9223372036854775807
    mov rax, 94919179448912
    lea rdx, qword ptr [L3252]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L3254
    mov ecx, 1
    call 140320710850576
L3254:
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
    mov qword ptr [r15+8], 23627
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
# (moving two elements at once)
    movups xmm0, xmmword ptr [rbx]
    movups xmmword ptr [r15+8], xmm0
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L1166
    ret
# label_L
label_1125:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L3255
    mov ecx, 2
.db 0x90
    call 140320710850576
L3255:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
L3256:
    long mov rdi, 9223372036854775807
    mov qword ptr [r15+8], rdi
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L1166
    ret
# label_L
label_1126:
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_1121
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+16], xmm0
# is_nonempty_list_fS
    test byte ptr [rbx+24], 2
    jne label_1121
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L3257
    mov ecx, 4
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L3257:
    sub rsp, 16
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp+8], rdi
# get_list_Sdd
    mov rdi, qword ptr [rbx+24]
    mov rsi, qword ptr [rdi-1]
    mov rdx, qword ptr [rdi+7]
    mov qword ptr [rsp], rsi
    mov qword ptr [rbx+8], rdx
# line_I
# i_call_f
.db 0x66, 0x90
    call label_1128
# line_I
# i_bsl_ssjd
    mov rsi, qword ptr [rsp+8]
    mov eax, 143
    mov rdi, rsi
    mov rdx, rsi
    xor rdx, -16
    cmovns rdi, rdx
    lzcnt rdx, rdi
    and edi, 15
    cmp edi, 15
    short jne L3258
    cmp rdx, 8
    short jbe L3258
    and rsi, -16
    sal rsi, 8
    lea rax, qword ptr [rsi+15]
    short jmp L3259
L3258:
    call 140320710851664
L3259:
    mov qword ptr [rbx+8], rax
# i_bor_jssd
    mov rsi, qword ptr [rbx+8]
    mov rax, qword ptr [rsp]
# are both operands small?
    mov edi, esi
    and edi, eax
    and edi, 15
    cmp edi, 15
    short jne L3260
    or rax, rsi
    short jmp L3261
L3260:
    call 140320710851432
L3261:
    mov qword ptr [rbx+8], rax
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L3262
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L3262:
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
    jl L1166
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_1127:
# i_func_info_IaaI
# prim_inet:get_ip/2
    call L1164
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x7F, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xB5, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_1128:
# i_breakpoint_trampoline
    short jmp L3263
.db 0x00
    call L1167
    align 8
L3263:
# i_test_yield
    lea rdx, qword ptr [label_1128+24]
    dec r14
    jle L1165
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 31
    je label_1130
    cmp rsi, 47
    je label_1129
    short jmp label_1127
# label_L
label_1129:
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp label_1134
# label_L
label_1130:
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp label_1132
# func_line_I
# aligned_label_Lt
    align 8
label_1131:
# i_func_info_IaaI
# prim_inet:get_ip4/1
    call L1164
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x7F, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xB5, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_1132:
# i_breakpoint_trampoline
    short jmp L3264
.db 0x00
    call L1167
    align 8
L3264:
# i_test_yield
    lea rdx, qword ptr [label_1132+24]
    dec r14
    jle L1165
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    short jne label_1131
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+8], xmm0
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+16]
    test al, 2
    short jne label_1131
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx+16], xmm0
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+16]
    test al, 2
    short jne label_1131
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+32], rsi
    mov qword ptr [rbx+16], rdx
# is_nonempty_list_fS
    test byte ptr [rbx+16], 2
    jne label_1131
# test_heap_It
    lea rdx, qword ptr [r15+96]
    cmp rdx, rsp
    short jbe L3265
    mov ecx, 5
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L3265:
# get_list_Sdd
    mov rdi, qword ptr [rbx+16]
    mov rsi, qword ptr [rdi-1]
    mov rdx, qword ptr [rdi+7]
    mov qword ptr [rbx], rsi
    mov qword ptr [rbx+16], rdx
# put_tuple2_SA
# Move arity word
    mov edi, 256
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+8], rdi
# (moving two elements at once)
    movups xmm0, xmmword ptr [rbx+24]
    movups xmmword ptr [r15+16], xmm0
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+32], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 40
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
    jl L1166
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_1133:
# i_func_info_IaaI
# prim_inet:get_ip6/1
    call L1164
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x7F, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xB5, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_1134:
# i_breakpoint_trampoline
    short jmp L3266
.db 0x00
    call L1167
    align 8
L3266:
# i_test_yield
    lea rdx, qword ptr [label_1134+24]
    dec r14
    jle L1165
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    short jne label_1133
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+8], xmm0
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+16]
    test al, 2
    short jne label_1133
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx+16], xmm0
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+16]
    test al, 2
    short jne label_1133
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+32], rsi
    mov qword ptr [rbx+16], rdx
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+16]
    test al, 2
    jne label_1133
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+40], rsi
    mov qword ptr [rbx+16], rdx
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+16]
    test al, 2
    jne label_1133
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+48], rsi
    mov qword ptr [rbx+16], rdx
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+16]
    test al, 2
    jne label_1133
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+56], rsi
    mov qword ptr [rbx+16], rdx
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+16]
    test al, 2
    jne label_1133
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+64], rsi
    mov qword ptr [rbx+16], rdx
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+16]
    test al, 2
    jne label_1133
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+72], rsi
    mov qword ptr [rbx+16], rdx
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+16]
    test al, 2
    jne label_1133
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+80], rsi
    mov qword ptr [rbx+16], rdx
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+16]
    test al, 2
    jne label_1133
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+88], rsi
    mov qword ptr [rbx+16], rdx
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+16]
    test al, 2
    jne label_1133
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+96], rsi
    mov qword ptr [rbx+16], rdx
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+16]
    test al, 2
    jne label_1133
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+104], rsi
    mov qword ptr [rbx+16], rdx
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+16]
    test al, 2
    jne label_1133
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+112], rsi
    mov qword ptr [rbx+16], rdx
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+16]
    test al, 2
    jne label_1133
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+120], rsi
    mov qword ptr [rbx+16], rdx
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+16]
    test al, 2
    jne label_1133
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+128], rsi
    mov qword ptr [rbx+16], rdx
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+16]
    test al, 2
    jne label_1133
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx], rsi
    mov qword ptr [rbx+16], rdx
# line_I
# i_bsl_ssjd
    mov rsi, qword ptr [rbx+8]
    mov eax, 143
    mov rdi, rsi
    mov rdx, rsi
    xor rdx, -16
    cmovns rdi, rdx
    lzcnt rdx, rdi
    and edi, 15
    cmp edi, 15
    short jne L3267
    cmp rdx, 8
    short jbe L3267
    and rsi, -16
    sal rsi, 8
    lea rax, qword ptr [rsi+15]
    short jmp L3268
L3267:
    call 140320710851664
L3268:
    mov qword ptr [rbx+8], rax
# i_bor_jssd
    mov rsi, qword ptr [rbx+8]
    mov rax, qword ptr [rbx+24]
# are both operands small?
    mov edi, esi
    and edi, eax
    and edi, 15
    cmp edi, 15
    short jne L3269
    or rax, rsi
    short jmp L3270
L3269:
    call 140320710851432
L3270:
    mov qword ptr [rbx+8], rax
# i_bsl_ssjd
    mov rsi, qword ptr [rbx+32]
    mov eax, 143
    mov rdi, rsi
    mov rdx, rsi
    xor rdx, -16
    cmovns rdi, rdx
    lzcnt rdx, rdi
    and edi, 15
    cmp edi, 15
    short jne L3271
    cmp rdx, 8
    short jbe L3271
    and rsi, -16
    sal rsi, 8
    lea rax, qword ptr [rsi+15]
    short jmp L3272
L3271:
    call 140320710851664
L3272:
    mov qword ptr [rbx+24], rax
# i_bor_jssd
    mov rsi, qword ptr [rbx+24]
    mov rax, qword ptr [rbx+40]
# are both operands small?
    mov edi, esi
    and edi, eax
    and edi, 15
    cmp edi, 15
    short jne L3273
    or rax, rsi
    short jmp L3274
L3273:
    call 140320710851432
L3274:
    mov qword ptr [rbx+24], rax
# i_bsl_ssjd
    mov rsi, qword ptr [rbx+48]
    mov eax, 143
    mov rdi, rsi
    mov rdx, rsi
    xor rdx, -16
    cmovns rdi, rdx
    lzcnt rdx, rdi
    and edi, 15
    cmp edi, 15
    short jne L3275
    cmp rdx, 8
    short jbe L3275
    and rsi, -16
    sal rsi, 8
    lea rax, qword ptr [rsi+15]
    short jmp L3276
L3275:
    call 140320710851664
L3276:
    mov qword ptr [rbx+32], rax
# i_bor_jssd
    mov rsi, qword ptr [rbx+32]
    mov rax, qword ptr [rbx+56]
# are both operands small?
    mov edi, esi
    and edi, eax
    and edi, 15
    cmp edi, 15
    short jne L3277
    or rax, rsi
    short jmp L3278
L3277:
    call 140320710851432
L3278:
    mov qword ptr [rbx+32], rax
# i_bsl_ssjd
    mov rsi, qword ptr [rbx+64]
    mov eax, 143
    mov rdi, rsi
    mov rdx, rsi
    xor rdx, -16
    cmovns rdi, rdx
    lzcnt rdx, rdi
    and edi, 15
    cmp edi, 15
    short jne L3279
    cmp rdx, 8
    short jbe L3279
    and rsi, -16
    sal rsi, 8
    lea rax, qword ptr [rsi+15]
    short jmp L3280
L3279:
    call 140320710851664
L3280:
    mov qword ptr [rbx+40], rax
# i_bor_jssd
    mov rsi, qword ptr [rbx+40]
    mov rax, qword ptr [rbx+72]
# are both operands small?
    mov edi, esi
    and edi, eax
    and edi, 15
    cmp edi, 15
    short jne L3281
    or rax, rsi
    short jmp L3282
L3281:
    call 140320710851432
L3282:
    mov qword ptr [rbx+40], rax
# line_I
# i_bsl_ssjd
    mov rsi, qword ptr [rbx+80]
    mov eax, 143
    mov rdi, rsi
    mov rdx, rsi
    xor rdx, -16
    cmovns rdi, rdx
    lzcnt rdx, rdi
    and edi, 15
    cmp edi, 15
    short jne L3283
    cmp rdx, 8
    short jbe L3283
    and rsi, -16
    sal rsi, 8
    lea rax, qword ptr [rsi+15]
    short jmp L3284
L3283:
    call 140320710851664
L3284:
    mov qword ptr [rbx+48], rax
# i_bor_jssd
    mov rsi, qword ptr [rbx+48]
    mov rax, qword ptr [rbx+88]
# are both operands small?
    mov edi, esi
    and edi, eax
    and edi, 15
    cmp edi, 15
    short jne L3285
    or rax, rsi
    short jmp L3286
L3285:
    call 140320710851432
L3286:
    mov qword ptr [rbx+48], rax
# i_bsl_ssjd
    mov rsi, qword ptr [rbx+96]
    mov eax, 143
    mov rdi, rsi
    mov rdx, rsi
    xor rdx, -16
    cmovns rdi, rdx
    lzcnt rdx, rdi
    and edi, 15
    cmp edi, 15
    short jne L3287
    cmp rdx, 8
    short jbe L3287
    and rsi, -16
    sal rsi, 8
    lea rax, qword ptr [rsi+15]
    short jmp L3288
L3287:
    call 140320710851664
L3288:
    mov qword ptr [rbx+56], rax
# i_bor_jssd
    mov rsi, qword ptr [rbx+56]
    mov rax, qword ptr [rbx+104]
# are both operands small?
    mov edi, esi
    and edi, eax
    and edi, 15
    cmp edi, 15
    short jne L3289
    or rax, rsi
    short jmp L3290
L3289:
    call 140320710851432
L3290:
    mov qword ptr [rbx+56], rax
# i_bsl_ssjd
    mov rsi, qword ptr [rbx+112]
    mov eax, 143
    mov rdi, rsi
    mov rdx, rsi
    xor rdx, -16
    cmovns rdi, rdx
    lzcnt rdx, rdi
    and edi, 15
    cmp edi, 15
    short jne L3291
    cmp rdx, 8
    short jbe L3291
    and rsi, -16
    sal rsi, 8
    lea rax, qword ptr [rsi+15]
    short jmp L3292
L3291:
    call 140320710851664
L3292:
    mov qword ptr [rbx+64], rax
# i_bor_jssd
    mov rsi, qword ptr [rbx+64]
    mov rax, qword ptr [rbx+120]
# are both operands small?
    mov edi, esi
    and edi, eax
    and edi, 15
    cmp edi, 15
    short jne L3293
    or rax, rsi
    short jmp L3294
L3293:
    call 140320710851432
L3294:
    mov qword ptr [rbx+64], rax
# i_bsl_ssjd
    mov rsi, qword ptr [rbx+128]
    mov eax, 143
    mov rdi, rsi
    mov rdx, rsi
    xor rdx, -16
    cmovns rdi, rdx
    lzcnt rdx, rdi
    and edi, 15
    cmp edi, 15
    short jne L3295
    cmp rdx, 8
    short jbe L3295
    and rsi, -16
    sal rsi, 8
    lea rax, qword ptr [rsi+15]
    short jmp L3296
L3295:
    call 140320710851664
L3296:
    mov qword ptr [rbx+72], rax
# i_bor_jssd
    mov rsi, qword ptr [rbx+72]
    mov rax, qword ptr [rbx]
# are both operands small?
    mov edi, esi
    and edi, eax
    and edi, 15
    cmp edi, 15
    short jne L3297
    or rax, rsi
    short jmp L3298
L3297:
    call 140320710851432
L3298:
    mov qword ptr [rbx], rax
# test_heap_It
    lea rdx, qword ptr [r15+128]
    cmp rdx, rsp
    short jbe L3299
    mov ecx, 9
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L3299:
# put_tuple2_SA
# Move arity word
    mov edi, 512
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+8], rdi
# (moving two elements at once)
    movups xmm0, xmmword ptr [rbx+24]
    movups xmmword ptr [r15+16], xmm0
# (moving two elements at once)
    movups xmm0, xmmword ptr [rbx+40]
    movups xmmword ptr [r15+32], xmm0
# (moving two elements at once)
    movups xmm0, xmmword ptr [rbx+56]
    movups xmmword ptr [r15+48], xmm0
    mov rdi, qword ptr [rbx]
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
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L1166
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_1135:
# i_func_info_IaaI
# prim_inet:ctl_cmd/3
    call L1164
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x7F, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xB6, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_1136:
# i_breakpoint_trampoline
    short jmp L3300
.db 0x00
    call L1167
    align 8
L3300:
# i_test_yield
    lea rdx, qword ptr [label_1136+24]
    dec r14
    jle L1165
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L3301
    mov ecx, 3
    call 140320710850576
L3301:
    sub rsp, 8
# init_yregs_I
    mov qword ptr [rsp], 59
# line_I
# i_increment_SWd
# skipped operand and overflow checks
    mov rax, qword ptr [rbx+8]
    add rax, 1058680832
    mov qword ptr [rbx+8], rax
# catch_yf
    inc qword ptr [r13+264]
L3302:
    mov eax, 2147483647
    mov qword ptr [rsp], rax
# i_call_ext_e
L3303:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# try_end_y
    dec qword ptr [r13+264]
    mov qword ptr [rsp], 59
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_1142
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+8], xmm0
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+8]
    cmp rsi, 15
    je label_1139
    cmp rsi, 31
    je label_1138
    cmp rsi, 47
    je label_1137
    jmp label_1142
# label_L
label_1137:
# is_nil_fS
    cmp qword ptr [rbx+16], 59
    jne label_1142
# i_move_sd
    mov qword ptr [rbx], 69643
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L1166
    ret
# label_L
label_1138:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L3304
    mov ecx, 3
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L3304:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 30603
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L1166
    ret
# label_L
label_1139:
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L3305:
L3306:
    long mov rcx, 9223372036854775807
    mov rax, 94919179100768
    lea rdx, qword ptr [L3305]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L3307
    mov ecx, 1
    call 140320710850576
L3307:
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
    add rsp, 8
# return
    dec r14
    jl L1166
    ret
# label_L
label_1140:
# try_case_y
    dec qword ptr [r13+264]
    mov rax, qword ptr [rbx+24]
    mov qword ptr [rbx], rax
# is_eq_exact_fss
    cmp qword ptr [rbx], 779
    jne label_1141
# i_move_sd
L3308:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L1166
    ret
# label_L
label_1141:
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
label_1142:
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
label_1143:
# i_func_info_IaaI
# prim_inet:module_info/0
    call L1164
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x7F, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x66, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
module_info/0:
# i_breakpoint_trampoline
    short jmp L3309
.db 0x00
    call L1167
    align 8
L3309:
# i_test_yield
    lea rdx, qword ptr [module_info/0+24]
    dec r14
    jle L1165
# i_move_sd
    mov qword ptr [rbx], 98123
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L3310
    mov ecx, 1
.db 0x90
    call 140320710850576
L3310:
# call_light_bif_be
    align 4
L3311:
L3312:
    long mov rcx, 9223372036854775807
    mov rax, 94919178912304
    lea rdx, qword ptr [L3311]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1166
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_1145:
# i_func_info_IaaI
# prim_inet:module_info/1
    call L1164
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x7F, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x66, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
module_info/1:
# i_breakpoint_trampoline
    short jmp L3313
.db 0x00
    call L1167
    align 8
L3313:
# i_test_yield
    lea rdx, qword ptr [module_info/1+24]
    dec r14
    jle L1165
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx], 98123
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L3314
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L3314:
# call_light_bif_be
    align 4
L3315:
L3316:
    long mov rcx, 9223372036854775807
    mov rax, 94919178913216
    lea rdx, qword ptr [L3315]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1166
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_1147:
# i_func_info_IaaI
# prim_inet:'-enc_value_2/2-lc$^1/1-0-'/1
    call L1164
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x7F, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xB6, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_1148:
# i_breakpoint_trampoline
    short jmp L3317
.db 0x00
    call L1167
    align 8
L3317:
# i_test_yield
    lea rdx, qword ptr [label_1148+24]
    dec r14
    jle L1165
# is_nonempty_list_fS
    test byte ptr [rbx], 2
    jne label_1149
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L3318
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L3318:
    sub rsp, 8
# get_list_Sdd
    mov rdi, qword ptr [rbx]
    mov rsi, qword ptr [rdi-1]
    mov rdx, qword ptr [rdi+7]
    mov qword ptr [rbx+8], rsi
    mov qword ptr [rsp], rdx
# i_move_sd
    mov qword ptr [rbx], 99211
# i_call_f
.db 0x90
    call label_727
# swap_dd
    mov rdi, qword ptr [rsp]
    mov rsi, qword ptr [rbx]
    mov qword ptr [rbx], rdi
    mov qword ptr [rsp], rsi
# i_call_f
.db 0x90
    call label_1148
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L3319
    mov ecx, 1
    call 140320710850576
L3319:
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
    jl L1166
    ret
# label_L
label_1149:
# return
    dec r14
    jl L1166
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_1150:
# i_func_info_IaaI
# prim_inet:'-enc_value_2/2-lc$^0/1-1-'/2
    call L1164
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x7F, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xB6, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_1151:
# i_breakpoint_trampoline
    short jmp L3320
.db 0x00
    call L1167
    align 8
L3320:
# i_test_yield
    lea rdx, qword ptr [label_1151+24]
    dec r14
    jle L1165
# is_nonempty_list_fS
    test byte ptr [rbx], 2
    jne label_1152
# allocate_heap_tIt
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L3321
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L3321:
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
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx], 99211
# i_call_f
.db 0x90
    call label_727
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
    call label_1151
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L3322
    mov ecx, 1
    call 140320710850576
L3322:
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
    jl L1166
    ret
# label_L
label_1152:
# return
    dec r14
    jl L1166
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_1153:
# i_func_info_IaaI
# prim_inet:'-type_value_2/2-fun-0-'/1
    call L1164
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x7F, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xB6, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_1154:
# i_breakpoint_trampoline
    short jmp L3323
.db 0x00
    call L1167
    align 8
L3323:
# i_test_yield
    lea rdx, qword ptr [label_1154+24]
    dec r14
    jle L1165
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx], 99211
# i_call_only_f
    jmp label_647
# func_line_I
# aligned_label_Lt
    align 8
label_1155:
# i_func_info_IaaI
# prim_inet:'-type_value_2/2-fun-1-'/1
    call L1164
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x7F, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xB7, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_1156:
# i_breakpoint_trampoline
    short jmp L3324
.db 0x00
    call L1167
    align 8
L3324:
# i_test_yield
    lea rdx, qword ptr [label_1156+24]
    dec r14
    jle L1165
# i_select_tuple_arity_SfI
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_1159
    mov esi, dword ptr [rsi-2]
    rex test sil, 63
    jne label_1159
    cmp esi, 256
    je label_1158
    cmp esi, 512
    je label_1157
    jne label_1159
# label_L
label_1157:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+6]
    movups xmmword ptr [rbx+8], xmm0
# i_bor_jssd
    mov rsi, qword ptr [rbx+8]
    mov rax, qword ptr [rbx+16]
# are both operands small?
    mov edi, esi
    and edi, eax
    and edi, 15
    cmp edi, 15
    short jne L3325
    or rax, rsi
    short jmp L3326
L3325:
    call 140320710851504
    je label_1159
L3326:
    mov qword ptr [rbx+8], rax
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx+16], rdi
# i_bor_jssd
    mov rsi, qword ptr [rbx+8]
    mov rax, qword ptr [rbx+16]
# are both operands small?
    mov edi, esi
    and edi, eax
    and edi, 15
    cmp edi, 15
    short jne L3327
    or rax, rsi
    short jmp L3328
L3327:
    call 140320710851504
    je label_1159
L3328:
    mov qword ptr [rbx+8], rax
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+30]
    mov qword ptr [rbx+16], rdi
# i_bor_jssd
    mov rsi, qword ptr [rbx+8]
    mov rax, qword ptr [rbx+16]
# are both operands small?
    mov edi, esi
    and edi, eax
    and edi, 15
    cmp edi, 15
    short jne L3329
    or rax, rsi
    short jmp L3330
L3329:
    call 140320710851504
    je label_1159
L3330:
    mov qword ptr [rbx+8], rax
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+38]
    mov qword ptr [rbx+16], rdi
# i_bor_jssd
    mov rsi, qword ptr [rbx+8]
    mov rax, qword ptr [rbx+16]
# are both operands small?
    mov edi, esi
    and edi, eax
    and edi, 15
    cmp edi, 15
    short jne L3331
    or rax, rsi
    short jmp L3332
L3331:
    call 140320710851504
    je label_1159
L3332:
    mov qword ptr [rbx+8], rax
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+46]
    mov qword ptr [rbx+16], rdi
# i_bor_jssd
    mov rsi, qword ptr [rbx+8]
    mov rax, qword ptr [rbx+16]
# are both operands small?
    mov edi, esi
    and edi, eax
    and edi, 15
    cmp edi, 15
    short jne L3333
    or rax, rsi
    short jmp L3334
L3333:
    call 140320710851504
    je label_1159
L3334:
    mov qword ptr [rbx+8], rax
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+54]
    mov qword ptr [rbx+16], rdi
# i_bor_jssd
    mov rsi, qword ptr [rbx+8]
    mov rax, qword ptr [rbx+16]
# are both operands small?
    mov edi, esi
    and edi, eax
    and edi, 15
    cmp edi, 15
    short jne L3335
    or rax, rsi
    short jmp L3336
L3335:
    call 140320710851504
    je label_1159
L3336:
    mov qword ptr [rbx+8], rax
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+62]
    mov qword ptr [rbx], rdi
# i_bor_jssd
    mov rsi, qword ptr [rbx+8]
    mov rax, qword ptr [rbx]
# are both operands small?
    mov edi, esi
    and edi, eax
    and edi, 15
    cmp edi, 15
    short jne L3337
    or rax, rsi
    short jmp L3338
L3337:
    call 140320710851504
    je label_1159
L3338:
    mov qword ptr [rbx], rax
# line_I
# i_band_ssjd
    mov rsi, qword ptr [rbx]
    mov rax, -1048561
# simplified test for small operand since it is a number
    test esi, 1
    short je L3339
    and rax, rsi
    short jmp L3340
L3339:
    call 140320710851200
L3340:
    mov qword ptr [rbx], rax
# bif_is_eq_exact_Ssd
    mov eax, 75
    cmp qword ptr [rbx], 15
    mov edi, 11
    cmovne rax, rdi
    mov qword ptr [rbx], rax
# return
    dec r14
    jl L1166
    ret
# label_L
label_1158:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+6]
    movups xmmword ptr [rbx+8], xmm0
# i_bor_jssd
    mov rsi, qword ptr [rbx+8]
    mov rax, qword ptr [rbx+16]
# are both operands small?
    mov edi, esi
    and edi, eax
    and edi, 15
    cmp edi, 15
    short jne L3341
    or rax, rsi
    short jmp L3342
L3341:
    call 140320710851504
    je label_1159
L3342:
    mov qword ptr [rbx+8], rax
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx+16], rdi
# i_bor_jssd
    mov rsi, qword ptr [rbx+8]
    mov rax, qword ptr [rbx+16]
# are both operands small?
    mov edi, esi
    and edi, eax
    and edi, 15
    cmp edi, 15
    short jne L3343
    or rax, rsi
    short jmp L3344
L3343:
    call 140320710851504
    je label_1159
L3344:
    mov qword ptr [rbx+8], rax
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+30]
    mov qword ptr [rbx], rdi
# i_bor_jssd
    mov rsi, qword ptr [rbx+8]
    mov rax, qword ptr [rbx]
# are both operands small?
    mov edi, esi
    and edi, eax
    and edi, 15
    cmp edi, 15
    short jne L3345
    or rax, rsi
    short jmp L3346
L3345:
    call 140320710851504
    je label_1159
L3346:
    mov qword ptr [rbx], rax
# line_I
# i_band_ssjd
    mov rsi, qword ptr [rbx]
    mov rax, -4081
# simplified test for small operand since it is a number
    test esi, 1
    short je L3347
    and rax, rsi
    short jmp L3348
L3347:
    call 140320710851200
L3348:
    mov qword ptr [rbx], rax
# bif_is_eq_exact_Ssd
    mov eax, 75
    cmp qword ptr [rbx], 15
    mov edi, 11
    cmovne rax, rdi
    mov qword ptr [rbx], rax
# return
    dec r14
    jl L1166
    ret
# label_L
label_1159:
# i_move_sd
    mov qword ptr [rbx], 11
# return
    dec r14
    jl L1166
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_1160:
# i_func_info_IaaI
# prim_inet:'-bindx/3-lc$^0/1-0-'/1
    call L1164
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x7F, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xB7, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_1161:
# i_breakpoint_trampoline
    short jmp L3349
.db 0x00
    call L1167
    align 8
L3349:
# i_test_yield
    lea rdx, qword ptr [label_1161+24]
    dec r14
    jle L1165
# is_nonempty_list_fS
    test byte ptr [rbx], 2
    jne label_1162
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L3350
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L3350:
    sub rsp, 8
# get_list_Sdd
    mov rdi, qword ptr [rbx]
    mov rsi, qword ptr [rdi-1]
    mov rdx, qword ptr [rdi+7]
    mov qword ptr [rbx+16], rsi
    mov qword ptr [rsp], rdx
# i_move_sd
    mov qword ptr [rbx+8], 99211
# i_move_sd
    mov qword ptr [rbx], 38475
# i_call_f
.db 0x90
    call label_710
# swap_dd
    mov rdi, qword ptr [rsp]
    mov rsi, qword ptr [rbx]
    mov qword ptr [rbx], rdi
    mov qword ptr [rsp], rsi
# i_call_f
.db 0x90
    call label_1161
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L3351
    mov ecx, 1
    call 140320710850576
L3351:
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
    jl L1166
    ret
# label_L
label_1162:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_1163
# return
    dec r14
    jl L1166
    ret
# label_L
label_1163:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L3352
    mov ecx, 1
.db 0x90
    call 140320710850576
L3352:
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
    short jbe L3353
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L3353:
# call_light_bif_be
    align 4
L3354:
L3355:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089728
    lea rdx, qword ptr [L3354]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1166
    ret
# int_code_end
L3356:
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, 94919180896308
    call 94919178184336
.section .rodata {#1}
str:
.db 0x16, 0x00, 0x00, 0x00, 0x03
.section .text {#0}
.section .rodata {#1}
md5:
.db 0x83, 0x85, 0x47, 0xBF, 0x5C, 0x84, 0xD6, 0xBE, 0xCE, 0xBC, 0x6F, 0xB8, 0x26, 0x05, 0xC3, 0x5E
.section .text {#0}
