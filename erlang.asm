    align 8
L1232:
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
L1233:
    jmp 140320710851944
    align 8
L1234:
    jmp 140320710853048
    align 8
L1235:
    jmp 140320710850344
    align 16
L1236:
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
# erlang:adler32/1
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xB4, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
adler32/1:
# i_breakpoint_trampoline
    short jmp L1237
.db 0x00
    call L1236
    align 8
L1237:
# call_bif_mfa_aaI
L1238:
    lea rsi, qword ptr [adler32/1-24]
    lea rdx, qword ptr [L1238]
    mov rcx, 94919179859552
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1239
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1239:
# call_light_bif_be
    align 4
L1240:
L1241:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L1240]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_3:
# i_func_info_IaaI
# erlang:adler32/2
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xB4, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
adler32/2:
# i_breakpoint_trampoline
    short jmp L1242
.db 0x00
    call L1236
    align 8
L1242:
# call_bif_mfa_aaI
L1243:
    lea rsi, qword ptr [adler32/2-24]
    lea rdx, qword ptr [L1243]
    mov rcx, 94919179859840
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1244
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1244:
# call_light_bif_be
    align 4
L1245:
L1246:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L1245]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_5:
# i_func_info_IaaI
# erlang:adler32_combine/3
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xB4, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
adler32_combine/3:
# i_breakpoint_trampoline
    short jmp L1247
.db 0x00
    call L1236
    align 8
L1247:
# call_bif_mfa_aaI
L1248:
    lea rsi, qword ptr [adler32_combine/3-24]
    lea rdx, qword ptr [L1248]
    mov rcx, 94919179860160
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1249
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1249:
# call_light_bif_be
    align 4
L1250:
L1251:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L1250]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_7:
# i_func_info_IaaI
# erlang:append_element/2
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xD8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
append_element/2:
# i_breakpoint_trampoline
    short jmp L1252
.db 0x00
    call L1236
    align 8
L1252:
# call_bif_mfa_aaI
L1253:
    lea rsi, qword ptr [append_element/2-24]
    lea rdx, qword ptr [L1253]
    mov rcx, 94919179099568
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1254
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1254:
# call_light_bif_be
    align 4
L1255:
L1256:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L1255]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_9:
# i_func_info_IaaI
# erlang:atom_to_binary/1
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xF1, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
atom_to_binary/1:
# i_breakpoint_trampoline
    short jmp L1257
.db 0x00
    call L1236
    align 8
L1257:
# i_test_yield
    lea rdx, qword ptr [atom_to_binary/1+24]
    dec r14
    jle L1234
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1258
    mov ecx, 1
    call 140320710850576
L1258:
    sub rsp, 16
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# catch_yf
    inc qword ptr [r13+264]
L1259:
    mov eax, 2147483647
    mov qword ptr [rsp+8], rax
# i_move_sd
    mov qword ptr [rbx+8], 44299
# line_I
# call_light_bif_be
    align 4
L1260:
L1261:
    long mov rcx, 9223372036854775807
    mov rax, 94919179893456
    lea rdx, qword ptr [L1260]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# try_end_y
    dec qword ptr [r13+264]
    mov qword ptr [rsp+8], 59
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L1235
    ret
# label_L
label_11:
# try_case_y
    dec qword ptr [r13+264]
    mov rax, qword ptr [rbx+24]
    mov qword ptr [rbx], rax
# is_eq_exact_fss
    cmp qword ptr [rbx], 779
    jne label_12
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1262
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1262:
# put_cons_ss
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# i_move_sd
L1263:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+16], rdi
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rbx], xmm0
# line_I
# call_light_bif_be
    align 4
L1264:
L1265:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089904
    lea rdx, qword ptr [L1264]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L1235
    ret
# label_L
label_12:
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
label_13:
# i_func_info_IaaI
# erlang:atom_to_binary/2
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xF1, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
atom_to_binary/2:
# i_breakpoint_trampoline
    short jmp L1266
.db 0x00
    call L1236
    align 8
L1266:
# call_bif_mfa_aaI
L1267:
    lea rsi, qword ptr [atom_to_binary/2-24]
    lea rdx, qword ptr [L1267]
    mov rcx, 94919179893456
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1268
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1268:
# call_light_bif_be
    align 4
L1269:
L1270:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L1269]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_15:
# i_func_info_IaaI
# erlang:atom_to_list/1
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xB5, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
atom_to_list/1:
# i_breakpoint_trampoline
    short jmp L1271
.db 0x00
    call L1236
    align 8
L1271:
# call_bif_mfa_aaI
L1272:
    lea rsi, qword ptr [atom_to_list/1-24]
    lea rdx, qword ptr [L1272]
    mov rcx, 94919179100592
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1273
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1273:
# call_light_bif_be
    align 4
L1274:
L1275:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L1274]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_17:
# i_func_info_IaaI
# erlang:binary_part/2
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xF3, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
binary_part/2:
# i_breakpoint_trampoline
    short jmp L1276
.db 0x00
    call L1236
    align 8
L1276:
# call_bif_mfa_aaI
L1277:
    lea rsi, qword ptr [binary_part/2-24]
    lea rdx, qword ptr [L1277]
    mov rcx, 94919178859248
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1278
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1278:
# call_light_bif_be
    align 4
L1279:
L1280:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L1279]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_19:
# i_func_info_IaaI
# erlang:binary_part/3
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xF3, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
binary_part/3:
# i_breakpoint_trampoline
    short jmp L1281
.db 0x00
    call L1236
    align 8
L1281:
# call_bif_mfa_aaI
L1282:
    lea rsi, qword ptr [binary_part/3-24]
    lea rdx, qword ptr [L1282]
    mov rcx, 94919178859232
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1283
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1283:
# call_light_bif_be
    align 4
L1284:
L1285:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L1284]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_21:
# i_func_info_IaaI
# erlang:binary_to_atom/1
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xF1, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
binary_to_atom/1:
# i_breakpoint_trampoline
    short jmp L1286
.db 0x00
    call L1236
    align 8
L1286:
# i_test_yield
    lea rdx, qword ptr [binary_to_atom/1+24]
    dec r14
    jle L1234
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1287
    mov ecx, 1
    call 140320710850576
L1287:
    sub rsp, 16
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# catch_yf
    inc qword ptr [r13+264]
L1288:
    mov eax, 2147483647
    mov qword ptr [rsp+8], rax
# i_move_sd
    mov qword ptr [rbx+8], 44299
# line_I
# call_light_bif_be
    align 4
L1289:
L1290:
    long mov rcx, 9223372036854775807
    mov rax, 94919179893712
    lea rdx, qword ptr [L1289]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# try_end_y
    dec qword ptr [r13+264]
    mov qword ptr [rsp+8], 59
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L1235
    ret
# label_L
label_23:
# try_case_y
    dec qword ptr [r13+264]
    mov rax, qword ptr [rbx+24]
    mov qword ptr [rbx], rax
# is_eq_exact_fss
    cmp qword ptr [rbx], 779
    jne label_24
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1291
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1291:
# put_cons_ss
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# i_move_sd
L1292:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+16], rdi
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rbx], xmm0
# line_I
# call_light_bif_be
    align 4
L1293:
L1294:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089904
    lea rdx, qword ptr [L1293]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L1235
    ret
# label_L
label_24:
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
label_25:
# i_func_info_IaaI
# erlang:binary_to_atom/2
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xF1, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
binary_to_atom/2:
# i_breakpoint_trampoline
    short jmp L1295
.db 0x00
    call L1236
    align 8
L1295:
# call_bif_mfa_aaI
L1296:
    lea rsi, qword ptr [binary_to_atom/2-24]
    lea rdx, qword ptr [L1296]
    mov rcx, 94919179893712
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1297
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1297:
# call_light_bif_be
    align 4
L1298:
L1299:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L1298]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_27:
# i_func_info_IaaI
# erlang:binary_to_existing_atom/1
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xF2, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
binary_to_existing_atom/1:
# i_breakpoint_trampoline
    short jmp L1300
.db 0x00
    call L1236
    align 8
L1300:
# i_test_yield
    lea rdx, qword ptr [binary_to_existing_atom/1+24]
    dec r14
    jle L1234
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1301
    mov ecx, 1
    call 140320710850576
L1301:
    sub rsp, 16
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# catch_yf
    inc qword ptr [r13+264]
L1302:
    mov eax, 2147483647
    mov qword ptr [rsp+8], rax
# i_move_sd
    mov qword ptr [rbx+8], 44299
# line_I
# call_light_bif_be
    align 4
L1303:
L1304:
    long mov rcx, 9223372036854775807
    mov rax, 94919179893728
    lea rdx, qword ptr [L1303]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# try_end_y
    dec qword ptr [r13+264]
    mov qword ptr [rsp+8], 59
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L1235
    ret
# label_L
label_29:
# try_case_y
    dec qword ptr [r13+264]
    mov rax, qword ptr [rbx+24]
    mov qword ptr [rbx], rax
# is_eq_exact_fss
    cmp qword ptr [rbx], 779
    jne label_30
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1305
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1305:
# put_cons_ss
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# i_move_sd
L1306:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+16], rdi
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rbx], xmm0
# line_I
# call_light_bif_be
    align 4
L1307:
L1308:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089904
    lea rdx, qword ptr [L1307]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L1235
    ret
# label_L
label_30:
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
label_31:
# i_func_info_IaaI
# erlang:binary_to_existing_atom/2
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xF2, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
binary_to_existing_atom/2:
# i_breakpoint_trampoline
    short jmp L1309
.db 0x00
    call L1236
    align 8
L1309:
# call_bif_mfa_aaI
L1310:
    lea rsi, qword ptr [binary_to_existing_atom/2-24]
    lea rdx, qword ptr [L1310]
    mov rcx, 94919179893728
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1311
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1311:
# call_light_bif_be
    align 4
L1312:
L1313:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L1312]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_33:
# i_func_info_IaaI
# erlang:binary_to_float/1
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xFC, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
binary_to_float/1:
# i_breakpoint_trampoline
    short jmp L1314
.db 0x00
    call L1236
    align 8
L1314:
# call_bif_mfa_aaI
L1315:
    lea rsi, qword ptr [binary_to_float/1-24]
    lea rdx, qword ptr [L1315]
    mov rcx, 94919179103264
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1316
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1316:
# call_light_bif_be
    align 4
L1317:
L1318:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L1317]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_35:
# i_func_info_IaaI
# erlang:binary_to_integer/1
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xFB, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
binary_to_integer/1:
# i_breakpoint_trampoline
    short jmp L1319
.db 0x00
    call L1236
    align 8
L1319:
# call_bif_mfa_aaI
L1320:
    lea rsi, qword ptr [binary_to_integer/1-24]
    lea rdx, qword ptr [L1320]
    mov rcx, 94919179445584
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1321
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1321:
# call_light_bif_be
    align 4
L1322:
L1323:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L1322]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_37:
# i_func_info_IaaI
# erlang:binary_to_integer/2
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xFB, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
binary_to_integer/2:
# i_breakpoint_trampoline
    short jmp L1324
.db 0x00
    call L1236
    align 8
L1324:
# call_bif_mfa_aaI
L1325:
    lea rsi, qword ptr [binary_to_integer/2-24]
    lea rdx, qword ptr [L1325]
    mov rcx, 94919179445760
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1326
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1326:
# call_light_bif_be
    align 4
L1327:
L1328:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L1327]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_39:
# i_func_info_IaaI
# erlang:binary_to_list/1
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xB5, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
binary_to_list/1:
# i_breakpoint_trampoline
    short jmp L1329
.db 0x00
    call L1236
    align 8
L1329:
# call_bif_mfa_aaI
L1330:
    lea rsi, qword ptr [binary_to_list/1-24]
    lea rdx, qword ptr [L1330]
    mov rcx, 94919179445984
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1331
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1331:
# call_light_bif_be
    align 4
L1332:
L1333:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L1332]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_41:
# i_func_info_IaaI
# erlang:binary_to_list/3
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xB5, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
binary_to_list/3:
# i_breakpoint_trampoline
    short jmp L1334
.db 0x00
    call L1236
    align 8
L1334:
# call_bif_mfa_aaI
L1335:
    lea rsi, qword ptr [binary_to_list/3-24]
    lea rdx, qword ptr [L1335]
    mov rcx, 94919179446528
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1336
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1336:
# call_light_bif_be
    align 4
L1337:
L1338:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L1337]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_43:
# i_func_info_IaaI
# erlang:binary_to_term/1
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xB5, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
binary_to_term/1:
# i_breakpoint_trampoline
    short jmp L1339
.db 0x00
    call L1236
    align 8
L1339:
# call_bif_mfa_aaI
L1340:
    lea rsi, qword ptr [binary_to_term/1-24]
    lea rdx, qword ptr [L1340]
    mov rcx, 94919179382064
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1341
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1341:
# call_light_bif_be
    align 4
L1342:
L1343:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L1342]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_45:
# i_func_info_IaaI
# erlang:binary_to_term/2
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xB5, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
binary_to_term/2:
# i_breakpoint_trampoline
    short jmp L1344
.db 0x00
    call L1236
    align 8
L1344:
# call_bif_mfa_aaI
L1345:
    lea rsi, qword ptr [binary_to_term/2-24]
    lea rdx, qword ptr [L1345]
    mov rcx, 94919179382144
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1346
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1346:
# call_light_bif_be
    align 4
L1347:
L1348:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L1347]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_47:
# i_func_info_IaaI
# erlang:bit_size/1
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xEF, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
bit_size/1:
# i_breakpoint_trampoline
    short jmp L1349
.db 0x00
    call L1236
    align 8
L1349:
# call_bif_mfa_aaI
L1350:
    lea rsi, qword ptr [bit_size/1-24]
    lea rdx, qword ptr [L1350]
    mov rcx, 94919178858912
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1351
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1351:
# call_light_bif_be
    align 4
L1352:
L1353:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L1352]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_49:
# i_func_info_IaaI
# erlang:bitstring_to_list/1
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xF0, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
bitstring_to_list/1:
# i_breakpoint_trampoline
    short jmp L1354
.db 0x00
    call L1236
    align 8
L1354:
# call_bif_mfa_aaI
L1355:
    lea rsi, qword ptr [bitstring_to_list/1-24]
    lea rdx, qword ptr [L1355]
    mov rcx, 94919179447184
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1356
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1356:
# call_light_bif_be
    align 4
L1357:
L1358:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L1357]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_51:
# i_func_info_IaaI
# erlang:bump_reductions/1
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xD1, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
bump_reductions/1:
# i_breakpoint_trampoline
    short jmp L1359
.db 0x00
    call L1236
    align 8
L1359:
# call_bif_mfa_aaI
L1360:
    lea rsi, qword ptr [bump_reductions/1-24]
    lea rdx, qword ptr [L1360]
    mov rcx, 94919179118576
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1361
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1361:
# call_light_bif_be
    align 4
L1362:
L1363:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L1362]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_53:
# i_func_info_IaaI
# erlang:byte_size/1
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xEF, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
byte_size/1:
# i_breakpoint_trampoline
    short jmp L1364
.db 0x00
    call L1236
    align 8
L1364:
# call_bif_mfa_aaI
L1365:
    lea rsi, qword ptr [byte_size/1-24]
    lea rdx, qword ptr [L1365]
    mov rcx, 94919178859104
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1366
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1366:
# call_light_bif_be
    align 4
L1367:
L1368:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L1367]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_55:
# i_func_info_IaaI
# erlang:call_on_load_function/1
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xF3, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
call_on_load_function/1:
# i_breakpoint_trampoline
    short jmp L1369
.db 0x00
    call L1236
    align 8
L1369:
# call_bif_mfa_aaI
L1370:
    lea rsi, qword ptr [call_on_load_function/1-24]
    lea rdx, qword ptr [L1370]
    mov rcx, 94919178659200
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1371
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1371:
# call_light_bif_be
    align 4
L1372:
L1373:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L1372]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_57:
# i_func_info_IaaI
# erlang:cancel_timer/1
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xD7, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
cancel_timer/1:
# i_breakpoint_trampoline
    short jmp L1374
.db 0x00
    call L1236
    align 8
L1374:
# call_bif_mfa_aaI
L1375:
    lea rsi, qword ptr [cancel_timer/1-24]
    lea rdx, qword ptr [L1375]
    mov rcx, 94919179832256
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1376
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1376:
# call_light_bif_be
    align 4
L1377:
L1378:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L1377]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_59:
# i_func_info_IaaI
# erlang:cancel_timer/2
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xD7, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
cancel_timer/2:
# i_breakpoint_trampoline
    short jmp L1379
.db 0x00
    call L1236
    align 8
L1379:
# call_bif_mfa_aaI
L1380:
    lea rsi, qword ptr [cancel_timer/2-24]
    lea rdx, qword ptr [L1380]
    mov rcx, 94919179832288
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1381
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1381:
# call_light_bif_be
    align 4
L1382:
L1383:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L1382]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_61:
# i_func_info_IaaI
# erlang:ceil/1
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x03, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
ceil/1:
# i_breakpoint_trampoline
    short jmp L1384
.db 0x00
    call L1236
    align 8
L1384:
# call_bif_mfa_aaI
L1385:
    lea rsi, qword ptr [ceil/1-24]
    lea rdx, qword ptr [L1385]
    mov rcx, 94919178857840
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 43851
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1386
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1386:
# call_light_bif_be
    align 4
L1387:
L1388:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L1387]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_63:
# i_func_info_IaaI
# erlang:check_old_code/1
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xF8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
check_old_code/1:
# i_breakpoint_trampoline
    short jmp L1389
.db 0x00
    call L1236
    align 8
L1389:
# call_bif_mfa_aaI
L1390:
    lea rsi, qword ptr [check_old_code/1-24]
    lea rdx, qword ptr [L1390]
    mov rcx, 94919178657024
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1391
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1391:
# call_light_bif_be
    align 4
L1392:
L1393:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L1392]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_65:
# i_func_info_IaaI
# erlang:check_process_code/2
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xCA, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
check_process_code/2:
# i_breakpoint_trampoline
    short jmp L1394
.db 0x00
    call L1236
    align 8
L1394:
# i_test_yield
    lea rdx, qword ptr [check_process_code/2+24]
    dec r14
    jle L1234
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1395
    mov ecx, 2
    call 140320710850576
L1395:
    sub rsp, 24
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp], xmm0
# catch_yf
    inc qword ptr [r13+264]
L1396:
    mov eax, 2147483647
    mov qword ptr [rsp+16], rax
# i_move_sd
L1397:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+16], rdi
# line_I
# i_call_ext_e
L1398:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# try_end_y
    dec qword ptr [r13+264]
    mov qword ptr [rsp+16], 59
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L1235
    ret
# label_L
label_67:
# try_case_y
    dec qword ptr [r13+264]
    mov rax, qword ptr [rbx+24]
    mov qword ptr [rbx], rax
# is_eq_exact_fss
    cmp qword ptr [rbx], 779
    jne label_68
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1399
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1399:
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
    mov qword ptr [rbx], rsi
# i_move_sd
L1400:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+16], rdi
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rbx], xmm0
# line_I
# call_light_bif_be
    align 4
L1401:
L1402:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089904
    lea rdx, qword ptr [L1401]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L1235
    ret
# label_L
label_68:
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
label_69:
# i_func_info_IaaI
# erlang:check_process_code/3
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xCA, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
check_process_code/3:
# i_breakpoint_trampoline
    short jmp L1403
.db 0x00
    call L1236
    align 8
L1403:
# i_test_yield
    lea rdx, qword ptr [check_process_code/3+24]
    dec r14
    jle L1234
# allocate_tt
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1404
    mov ecx, 3
    call 140320710850576
L1404:
    sub rsp, 32
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rsp], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+16], rdi
# catch_yf
    inc qword ptr [r13+264]
L1405:
    mov eax, 2147483647
    mov qword ptr [rsp+24], rax
# line_I
# i_call_ext_e
L1406:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x90
    call qword ptr [rax+r12*8]
# try_end_y
    dec qword ptr [r13+264]
    mov qword ptr [rsp+24], 59
# deallocate_t
    add rsp, 32
# return
    dec r14
    jl L1235
    ret
# label_L
label_71:
# try_case_y
    dec qword ptr [r13+264]
    mov rax, qword ptr [rbx+24]
    mov qword ptr [rbx], rax
# is_eq_exact_fss
    cmp qword ptr [rbx], 779
    jne label_73
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 150987
    jne label_72
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L1407
    xor ecx, ecx
    call 140320710850576
L1407:
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
    mov qword ptr [rbx], rsi
# append_cons_Is
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], rsi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_move_sd
L1408:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx], 4747
# line_I
# call_light_bif_be
    align 4
L1409:
L1410:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089904
    lea rdx, qword ptr [L1409]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 32
# return
    dec r14
    jl L1235
    ret
# label_L
label_72:
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L1411
    xor ecx, ecx
.db 0x90
    call 140320710850576
L1411:
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
    mov qword ptr [rbx], rsi
# append_cons_Is
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], rsi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_move_sd
L1412:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx], 4747
# line_I
# call_light_bif_be
    align 4
L1413:
L1414:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089904
    lea rdx, qword ptr [L1413]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 32
# return
    dec r14
    jl L1235
    ret
# label_L
label_73:
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
label_74:
# i_func_info_IaaI
# erlang:crc32/1
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xB5, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
crc32/1:
# i_breakpoint_trampoline
    short jmp L1415
.db 0x00
    call L1236
    align 8
L1415:
# call_bif_mfa_aaI
L1416:
    lea rsi, qword ptr [crc32/1-24]
    lea rdx, qword ptr [L1416]
    mov rcx, 94919179858768
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1417
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1417:
# call_light_bif_be
    align 4
L1418:
L1419:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L1418]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_76:
# i_func_info_IaaI
# erlang:crc32/2
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xB5, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
crc32/2:
# i_breakpoint_trampoline
    short jmp L1420
.db 0x00
    call L1236
    align 8
L1420:
# call_bif_mfa_aaI
L1421:
    lea rsi, qword ptr [crc32/2-24]
    lea rdx, qword ptr [L1421]
    mov rcx, 94919179859056
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1422
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1422:
# call_light_bif_be
    align 4
L1423:
L1424:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L1423]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_78:
# i_func_info_IaaI
# erlang:crc32_combine/3
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xB6, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
crc32_combine/3:
# i_breakpoint_trampoline
    short jmp L1425
.db 0x00
    call L1236
    align 8
L1425:
# call_bif_mfa_aaI
L1426:
    lea rsi, qword ptr [crc32_combine/3-24]
    lea rdx, qword ptr [L1426]
    mov rcx, 94919179859376
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1427
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1427:
# call_light_bif_be
    align 4
L1428:
L1429:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L1428]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_80:
# i_func_info_IaaI
# erlang:date/0
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xB6, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
date/0:
# i_breakpoint_trampoline
    short jmp L1430
.db 0x00
    call L1236
    align 8
L1430:
# call_bif_mfa_aaI
L1431:
    lea rsi, qword ptr [date/0-24]
    lea rdx, qword ptr [L1431]
    mov rcx, 94919179104368
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1432
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1432:
# call_light_bif_be
    align 4
L1433:
L1434:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L1433]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_82:
# i_func_info_IaaI
# erlang:decode_packet/3
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xF0, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
decode_packet/3:
# i_breakpoint_trampoline
    short jmp L1435
.db 0x00
    call L1236
    align 8
L1435:
# call_bif_mfa_aaI
L1436:
    lea rsi, qword ptr [decode_packet/3-24]
    lea rdx, qword ptr [L1436]
    mov rcx, 94919179767792
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1437
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1437:
# call_light_bif_be
    align 4
L1438:
L1439:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L1438]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_84:
# i_func_info_IaaI
# erlang:delete_element/2
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xFB, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
delete_element/2:
# i_breakpoint_trampoline
    short jmp L1440
.db 0x00
    call L1236
    align 8
L1440:
# call_bif_mfa_aaI
L1441:
    lea rsi, qword ptr [delete_element/2-24]
    lea rdx, qword ptr [L1441]
    mov rcx, 94919179100224
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1442
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1442:
# call_light_bif_be
    align 4
L1443:
L1444:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L1443]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_86:
# i_func_info_IaaI
# erlang:delete_module/1
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xB6, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
delete_module/1:
# i_breakpoint_trampoline
    short jmp L1445
.db 0x00
    call L1236
    align 8
L1445:
# call_bif_mfa_aaI
L1446:
    lea rsi, qword ptr [delete_module/1-24]
    lea rdx, qword ptr [L1446]
    mov rcx, 94919178658176
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1447
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1447:
# call_light_bif_be
    align 4
L1448:
L1449:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L1448]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_88:
# i_func_info_IaaI
# erlang:demonitor/1
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x2C, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
demonitor/1:
# i_breakpoint_trampoline
    short jmp L1450
.db 0x00
    call L1236
    align 8
L1450:
# call_bif_mfa_aaI
L1451:
    lea rsi, qword ptr [demonitor/1-24]
    lea rdx, qword ptr [L1451]
    mov rcx, 94919179085424
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1452
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1452:
# call_light_bif_be
    align 4
L1453:
L1454:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L1453]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_90:
# i_func_info_IaaI
# erlang:demonitor/2
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x2C, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
demonitor/2:
# i_breakpoint_trampoline
    short jmp L1455
.db 0x00
    call L1236
    align 8
L1455:
# call_bif_mfa_aaI
L1456:
    lea rsi, qword ptr [demonitor/2-24]
    lea rdx, qword ptr [L1456]
    mov rcx, 94919179085664
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1457
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1457:
# call_light_bif_be
    align 4
L1458:
L1459:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L1458]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_92:
# i_func_info_IaaI
# erlang:alias/0
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
alias/0:
# i_breakpoint_trampoline
    short jmp L1460
.db 0x00
    call L1236
    align 8
L1460:
# i_test_yield
    lea rdx, qword ptr [alias/0+24]
    dec r14
    jle L1234
# i_move_sd
    mov qword ptr [rbx], 59
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1461
    mov ecx, 1
.db 0x90
    call 140320710850576
L1461:
# call_light_bif_be
    align 4
L1462:
L1463:
    long mov rcx, 9223372036854775807
    mov rax, 94919179121744
    lea rdx, qword ptr [L1462]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_94:
# i_func_info_IaaI
# erlang:alias/1
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
alias/1:
# i_breakpoint_trampoline
    short jmp L1464
.db 0x00
    call L1236
    align 8
L1464:
# call_bif_mfa_aaI
L1465:
    lea rsi, qword ptr [alias/1-24]
    lea rdx, qword ptr [L1465]
    mov rcx, 94919179121744
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1466
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1466:
# call_light_bif_be
    align 4
L1467:
L1468:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L1467]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_96:
# i_func_info_IaaI
# erlang:unalias/1
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x0B, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
unalias/1:
# i_breakpoint_trampoline
    short jmp L1469
.db 0x00
    call L1236
    align 8
L1469:
# call_bif_mfa_aaI
L1470:
    lea rsi, qword ptr [unalias/1-24]
    lea rdx, qword ptr [L1470]
    mov rcx, 94919179121920
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1471
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1471:
# call_light_bif_be
    align 4
L1472:
L1473:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L1472]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_98:
# i_func_info_IaaI
# erlang:display/1
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xB6, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
display/1:
# i_breakpoint_trampoline
    short jmp L1474
.db 0x00
    call L1236
    align 8
L1474:
# call_bif_mfa_aaI
L1475:
    lea rsi, qword ptr [display/1-24]
    lea rdx, qword ptr [L1475]
    mov rcx, 94919179107008
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1476
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1476:
# call_light_bif_be
    align 4
L1477:
L1478:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L1477]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_100:
# i_func_info_IaaI
# erlang:display_nl/0
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xB7, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
display_nl/0:
# i_breakpoint_trampoline
    short jmp L1479
.db 0x00
    call L1236
    align 8
L1479:
# call_bif_mfa_aaI
L1480:
    lea rsi, qword ptr [display_nl/0-24]
    lea rdx, qword ptr [L1480]
    mov rcx, 94919179107600
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1481
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1481:
# call_light_bif_be
    align 4
L1482:
L1483:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L1482]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_102:
# i_func_info_IaaI
# erlang:display_string/1
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xB7, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
display_string/1:
# i_breakpoint_trampoline
    short jmp L1484
.db 0x00
    call L1236
    align 8
L1484:
# call_bif_mfa_aaI
L1485:
    lea rsi, qword ptr [display_string/1-24]
    lea rdx, qword ptr [L1485]
    mov rcx, 94919179107344
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1486
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1486:
# call_light_bif_be
    align 4
L1487:
L1488:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L1487]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_104:
# i_func_info_IaaI
# erlang:dt_append_vm_tag_data/1
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xFA, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
dt_append_vm_tag_data/1:
# i_breakpoint_trampoline
    short jmp L1489
.db 0x00
    call L1236
    align 8
L1489:
# call_bif_mfa_aaI
L1490:
    lea rsi, qword ptr [dt_append_vm_tag_data/1-24]
    lea rdx, qword ptr [L1490]
    mov rcx, 94919179122224
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1491
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1491:
# call_light_bif_be
    align 4
L1492:
L1493:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L1492]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_106:
# i_func_info_IaaI
# erlang:dt_get_tag/0
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xF9, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
dt_get_tag/0:
# i_breakpoint_trampoline
    short jmp L1494
.db 0x00
    call L1236
    align 8
L1494:
# call_bif_mfa_aaI
L1495:
    lea rsi, qword ptr [dt_get_tag/0-24]
    lea rdx, qword ptr [L1495]
    mov rcx, 94919179122176
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1496
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1496:
# call_light_bif_be
    align 4
L1497:
L1498:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L1497]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_108:
# i_func_info_IaaI
# erlang:dt_get_tag_data/0
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xF9, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
dt_get_tag_data/0:
# i_breakpoint_trampoline
    short jmp L1499
.db 0x00
    call L1236
    align 8
L1499:
# call_bif_mfa_aaI
L1500:
    lea rsi, qword ptr [dt_get_tag_data/0-24]
    lea rdx, qword ptr [L1500]
    mov rcx, 94919179122192
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1501
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1501:
# call_light_bif_be
    align 4
L1502:
L1503:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L1502]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_110:
# i_func_info_IaaI
# erlang:dt_prepend_vm_tag_data/1
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xFA, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
dt_prepend_vm_tag_data/1:
# i_breakpoint_trampoline
    short jmp L1504
.db 0x00
    call L1236
    align 8
L1504:
# call_bif_mfa_aaI
L1505:
    lea rsi, qword ptr [dt_prepend_vm_tag_data/1-24]
    lea rdx, qword ptr [L1505]
    mov rcx, 94919179122208
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1506
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1506:
# call_light_bif_be
    align 4
L1507:
L1508:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L1507]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_112:
# i_func_info_IaaI
# erlang:dt_put_tag/1
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xF9, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
dt_put_tag/1:
# i_breakpoint_trampoline
    short jmp L1509
.db 0x00
    call L1236
    align 8
L1509:
# call_bif_mfa_aaI
L1510:
    lea rsi, qword ptr [dt_put_tag/1-24]
    lea rdx, qword ptr [L1510]
    mov rcx, 94919179122160
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1511
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1511:
# call_light_bif_be
    align 4
L1512:
L1513:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L1512]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_114:
# i_func_info_IaaI
# erlang:dt_restore_tag/1
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xFA, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
dt_restore_tag/1:
# i_breakpoint_trampoline
    short jmp L1514
.db 0x00
    call L1236
    align 8
L1514:
# call_bif_mfa_aaI
L1515:
    lea rsi, qword ptr [dt_restore_tag/1-24]
    lea rdx, qword ptr [L1515]
    mov rcx, 94919179122272
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1516
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1516:
# call_light_bif_be
    align 4
L1517:
L1518:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L1517]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_116:
# i_func_info_IaaI
# erlang:dt_spread_tag/1
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xFA, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
dt_spread_tag/1:
# i_breakpoint_trampoline
    short jmp L1519
.db 0x00
    call L1236
    align 8
L1519:
# call_bif_mfa_aaI
L1520:
    lea rsi, qword ptr [dt_spread_tag/1-24]
    lea rdx, qword ptr [L1520]
    mov rcx, 94919179122240
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1521
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1521:
# call_light_bif_be
    align 4
L1522:
L1523:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L1522]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_118:
# i_func_info_IaaI
# erlang:erase/0
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xB7, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
erase/0:
# i_breakpoint_trampoline
    short jmp L1524
.db 0x00
    call L1236
    align 8
L1524:
# call_bif_mfa_aaI
L1525:
    lea rsi, qword ptr [erase/0-24]
    lea rdx, qword ptr [L1525]
    mov rcx, 94919179277360
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1526
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1526:
# call_light_bif_be
    align 4
L1527:
L1528:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L1527]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_120:
# i_func_info_IaaI
# erlang:erase/1
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xB7, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
erase/1:
# i_breakpoint_trampoline
    short jmp L1529
.db 0x00
    call L1236
    align 8
L1529:
# call_bif_mfa_aaI
L1530:
    lea rsi, qword ptr [erase/1-24]
    lea rdx, qword ptr [L1530]
    mov rcx, 94919179277440
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1531
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1531:
# call_light_bif_be
    align 4
L1532:
L1533:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L1532]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_122:
# i_func_info_IaaI
# erlang:error/1
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
error/1:
# i_breakpoint_trampoline
    short jmp L1534
.db 0x00
    call L1236
    align 8
L1534:
# call_bif_mfa_aaI
L1535:
    lea rsi, qword ptr [error/1-24]
    lea rdx, qword ptr [L1535]
    mov rcx, 94919179089728
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1536
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1536:
# call_light_bif_be
    align 4
L1537:
L1538:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L1537]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_124:
# i_func_info_IaaI
# erlang:error/2
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
error/2:
# i_breakpoint_trampoline
    short jmp L1539
.db 0x00
    call L1236
    align 8
L1539:
# call_bif_mfa_aaI
L1540:
    lea rsi, qword ptr [error/2-24]
    lea rdx, qword ptr [L1540]
    mov rcx, 94919179089760
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1541
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1541:
# call_light_bif_be
    align 4
L1542:
L1543:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L1542]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_126:
# i_func_info_IaaI
# erlang:error/3
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
error/3:
# i_breakpoint_trampoline
    short jmp L1544
.db 0x00
    call L1236
    align 8
L1544:
# call_bif_mfa_aaI
L1545:
    lea rsi, qword ptr [error/3-24]
    lea rdx, qword ptr [L1545]
    mov rcx, 94919179089904
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1546
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1546:
# call_light_bif_be
    align 4
L1547:
L1548:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L1547]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_128:
# i_func_info_IaaI
# erlang:exit/1
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
exit/1:
# i_breakpoint_trampoline
    short jmp L1549
.db 0x00
    call L1236
    align 8
L1549:
# call_bif_mfa_aaI
L1550:
    lea rsi, qword ptr [exit/1-24]
    lea rdx, qword ptr [L1550]
    mov rcx, 94919179090480
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1551
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1551:
# call_light_bif_be
    align 4
L1552:
L1553:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L1552]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_130:
# i_func_info_IaaI
# erlang:exit/2
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
exit/2:
# i_breakpoint_trampoline
    short jmp L1554
.db 0x00
    call L1236
    align 8
L1554:
# call_bif_mfa_aaI
L1555:
    lea rsi, qword ptr [exit/2-24]
    lea rdx, qword ptr [L1555]
    mov rcx, 94919179091616
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1556
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1556:
# call_light_bif_be
    align 4
L1557:
L1558:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L1557]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_132:
# i_func_info_IaaI
# erlang:exit_signal/2
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xB8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
exit_signal/2:
# i_breakpoint_trampoline
    short jmp L1559
.db 0x00
    call L1236
    align 8
L1559:
# call_bif_mfa_aaI
L1560:
    lea rsi, qword ptr [exit_signal/2-24]
    lea rdx, qword ptr [L1560]
    mov rcx, 94919179091648
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1561
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1561:
# call_light_bif_be
    align 4
L1562:
L1563:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L1562]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_134:
# i_func_info_IaaI
# erlang:external_size/1
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xB8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
external_size/1:
# i_breakpoint_trampoline
    short jmp L1564
.db 0x00
    call L1236
    align 8
L1564:
# call_bif_mfa_aaI
L1565:
    lea rsi, qword ptr [external_size/1-24]
    lea rdx, qword ptr [L1565]
    mov rcx, 94919179382336
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1566
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1566:
# call_light_bif_be
    align 4
L1567:
L1568:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L1567]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_136:
# i_func_info_IaaI
# erlang:external_size/2
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xB8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
external_size/2:
# i_breakpoint_trampoline
    short jmp L1569
.db 0x00
    call L1236
    align 8
L1569:
# call_bif_mfa_aaI
L1570:
    lea rsi, qword ptr [external_size/2-24]
    lea rdx, qword ptr [L1570]
    mov rcx, 94919179382608
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1571
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1571:
# call_light_bif_be
    align 4
L1572:
L1573:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L1572]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_138:
# i_func_info_IaaI
# erlang:finish_loading/1
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xFB, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
finish_loading/1:
# i_breakpoint_trampoline
    short jmp L1574
.db 0x00
    call L1236
    align 8
L1574:
# call_bif_mfa_aaI
L1575:
    lea rsi, qword ptr [finish_loading/1-24]
    lea rdx, qword ptr [L1575]
    mov rcx, 94919178655680
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1576
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1576:
# call_light_bif_be
    align 4
L1577:
L1578:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L1577]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_140:
# i_func_info_IaaI
# erlang:finish_after_on_load/2
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xF3, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
finish_after_on_load/2:
# i_breakpoint_trampoline
    short jmp L1579
.db 0x00
    call L1236
    align 8
L1579:
# call_bif_mfa_aaI
L1580:
    lea rsi, qword ptr [finish_after_on_load/2-24]
    lea rdx, qword ptr [L1580]
    mov rcx, 94919178659216
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1581
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1581:
# call_light_bif_be
    align 4
L1582:
L1583:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L1582]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_142:
# i_func_info_IaaI
# erlang:float/1
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xB8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
float/1:
# i_breakpoint_trampoline
    short jmp L1584
.db 0x00
    call L1236
    align 8
L1584:
# call_bif_mfa_aaI
L1585:
    lea rsi, qword ptr [float/1-24]
    lea rdx, qword ptr [L1585]
    mov rcx, 94919178857248
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1586
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1586:
# call_light_bif_be
    align 4
L1587:
L1588:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L1587]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_144:
# i_func_info_IaaI
# erlang:float_to_binary/1
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xFC, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
float_to_binary/1:
# i_breakpoint_trampoline
    short jmp L1589
.db 0x00
    call L1236
    align 8
L1589:
# call_bif_mfa_aaI
L1590:
    lea rsi, qword ptr [float_to_binary/1-24]
    lea rdx, qword ptr [L1590]
    mov rcx, 94919179101840
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1591
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1591:
# call_light_bif_be
    align 4
L1592:
L1593:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L1592]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_146:
# i_func_info_IaaI
# erlang:float_to_binary/2
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xFC, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
float_to_binary/2:
# i_breakpoint_trampoline
    short jmp L1594
.db 0x00
    call L1236
    align 8
L1594:
# call_bif_mfa_aaI
L1595:
    lea rsi, qword ptr [float_to_binary/2-24]
    lea rdx, qword ptr [L1595]
    mov rcx, 94919179101952
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1596
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1596:
# call_light_bif_be
    align 4
L1597:
L1598:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L1597]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_148:
# i_func_info_IaaI
# erlang:float_to_list/1
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xB8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
float_to_list/1:
# i_breakpoint_trampoline
    short jmp L1599
.db 0x00
    call L1236
    align 8
L1599:
# call_bif_mfa_aaI
L1600:
    lea rsi, qword ptr [float_to_list/1-24]
    lea rdx, qword ptr [L1600]
    mov rcx, 94919179101808
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1601
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1601:
# call_light_bif_be
    align 4
L1602:
L1603:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L1602]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_150:
# i_func_info_IaaI
# erlang:float_to_list/2
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xB8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
float_to_list/2:
# i_breakpoint_trampoline
    short jmp L1604
.db 0x00
    call L1236
    align 8
L1604:
# call_bif_mfa_aaI
L1605:
    lea rsi, qword ptr [float_to_list/2-24]
    lea rdx, qword ptr [L1605]
    mov rcx, 94919179101824
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1606
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1606:
# call_light_bif_be
    align 4
L1607:
L1608:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L1607]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_152:
# i_func_info_IaaI
# erlang:floor/1
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x02, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
floor/1:
# i_breakpoint_trampoline
    short jmp L1609
.db 0x00
    call L1236
    align 8
L1609:
# call_bif_mfa_aaI
L1610:
    lea rsi, qword ptr [floor/1-24]
    lea rdx, qword ptr [L1610]
    mov rcx, 94919178857664
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 43851
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1611
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1611:
# call_light_bif_be
    align 4
L1612:
L1613:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L1612]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_154:
# i_func_info_IaaI
# erlang:fun_info/2
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xB9, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
fun_info/2:
# i_breakpoint_trampoline
    short jmp L1614
.db 0x00
    call L1236
    align 8
L1614:
# call_bif_mfa_aaI
L1615:
    lea rsi, qword ptr [fun_info/2-24]
    lea rdx, qword ptr [L1615]
    mov rcx, 94919178882288
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1616
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1616:
# call_light_bif_be
    align 4
L1617:
L1618:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L1617]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_156:
# i_func_info_IaaI
# erlang:fun_info_mfa/1
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
fun_info_mfa/1:
# i_breakpoint_trampoline
    short jmp L1619
.db 0x00
    call L1236
    align 8
L1619:
# call_bif_mfa_aaI
L1620:
    lea rsi, qword ptr [fun_info_mfa/1-24]
    lea rdx, qword ptr [L1620]
    mov rcx, 94919178883392
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1621
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1621:
# call_light_bif_be
    align 4
L1622:
L1623:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L1622]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_158:
# i_func_info_IaaI
# erlang:fun_to_list/1
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xDA, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
fun_to_list/1:
# i_breakpoint_trampoline
    short jmp L1624
.db 0x00
    call L1236
    align 8
L1624:
# call_bif_mfa_aaI
L1625:
    lea rsi, qword ptr [fun_to_list/1-24]
    lea rdx, qword ptr [L1625]
    mov rcx, 94919179108864
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1626
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1626:
# call_light_bif_be
    align 4
L1627:
L1628:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L1627]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_160:
# i_func_info_IaaI
# erlang:function_exported/3
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xBF, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
function_exported/3:
# i_breakpoint_trampoline
    short jmp L1629
.db 0x00
    call L1236
    align 8
L1629:
# call_bif_mfa_aaI
L1630:
    lea rsi, qword ptr [function_exported/3-24]
    lea rdx, qword ptr [L1630]
    mov rcx, 94919179108272
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1631
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1631:
# call_light_bif_be
    align 4
L1632:
L1633:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L1632]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_162:
# i_func_info_IaaI
# erlang:garbage_collect/0
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x43, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
garbage_collect/0:
# i_breakpoint_trampoline
    short jmp L1634
.db 0x00
    call L1236
    align 8
L1634:
# i_test_yield
    lea rdx, qword ptr [garbage_collect/0+24]
    dec r14
    jle L1234
# i_move_sd
    mov qword ptr [rbx], 24139
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1635
    mov ecx, 1
.db 0x90
    call 140320710850576
L1635:
# i_call_ext_e
L1636:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_164:
# i_func_info_IaaI
# erlang:garbage_collect/1
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x43, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
garbage_collect/1:
# i_breakpoint_trampoline
    short jmp L1637
.db 0x00
    call L1236
    align 8
L1637:
# i_test_yield
    lea rdx, qword ptr [garbage_collect/1+24]
    dec r14
    jle L1234
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1638
    mov ecx, 1
    call 140320710850576
L1638:
    sub rsp, 16
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# catch_yf
    inc qword ptr [r13+264]
L1639:
    mov eax, 2147483647
    mov qword ptr [rsp+8], rax
# i_move_sd
    mov qword ptr [rbx+8], 59
# line_I
# i_call_ext_e
L1640:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# try_end_y
    dec qword ptr [r13+264]
    mov qword ptr [rsp+8], 59
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L1235
    ret
# label_L
label_166:
# try_case_y
    dec qword ptr [r13+264]
    mov rax, qword ptr [rbx+24]
    mov qword ptr [rbx], rax
# is_eq_exact_fss
    cmp qword ptr [rbx], 779
    jne label_167
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1641
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1641:
# put_cons_ss
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# i_move_sd
L1642:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+16], rdi
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rbx], xmm0
# line_I
# call_light_bif_be
    align 4
L1643:
L1644:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089904
    lea rdx, qword ptr [L1643]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L1235
    ret
# label_L
label_167:
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
label_168:
# i_func_info_IaaI
# erlang:garbage_collect/2
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x43, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
garbage_collect/2:
# i_breakpoint_trampoline
    short jmp L1645
.db 0x00
    call L1236
    align 8
L1645:
# i_test_yield
    lea rdx, qword ptr [garbage_collect/2+24]
    dec r14
    jle L1234
# allocate_tt
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L1646
    mov ecx, 2
    call 140320710850576
L1646:
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
# catch_yf
    inc qword ptr [r13+264]
L1647:
    mov eax, 2147483647
    mov qword ptr [rsp+32], rax
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# i_move_sd
L1648:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+8], rdi
# line_I
# i_call_f
.db 0x90
    call label_181
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# i_is_tuple_fs
    mov rsi, qword ptr [rbx]
# simplified tuple test since the source is always a tuple when boxed
    rex test sil, 1
    jne label_170
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1649
    mov ecx, 1
.db 0x90
    call 140320710850576
L1649:
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx+8], rdi
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 17355
# (moving two elements at once)
    movups xmm0, xmmword ptr [rbx]
    movups xmmword ptr [r15+16], xmm0
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx+8], 21195
# init_yregs_I
    mov qword ptr [rsp+8], 59
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L1650:
L1651:
    long mov rcx, 9223372036854775807
    mov rax, 94919178119552
    lea rdx, qword ptr [L1650]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov qword ptr [rbx], 3723
# jump_f
    jmp label_173
# label_L
label_170:
# self_d
    mov rdi, qword ptr [r13]
    mov qword ptr [rbx], rdi
# is_eq_fss
    mov rsi, qword ptr [rbx]
    mov rdi, qword ptr [rsp+24]
    cmp rdi, rsi
    short je L1652
    mov eax, edi
    and eax, esi
    and al, 3
    cmp al, 3
    je label_171
    call 140320710848744
    jne label_171
L1652:
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx], rdi
# init_yregs_I
    mov qword ptr [rsp+8], 59
# line_I
# i_call_ext_e
L1653:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# jump_f
    jmp label_173
# label_L
label_171:
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
    mov qword ptr [rsp], rax
# call_light_bif_be
    align 4
L1654:
L1655:
    long mov rcx, 9223372036854775807
    mov rax, 94919178976592
    lea rdx, qword ptr [L1654]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1656
    mov ecx, 1
    call 140320710850576
L1656:
# recv_marker_bind_SS
    mov rsi, qword ptr [rsp]
    mov rdx, qword ptr [rbx]
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919178492288
    mov rsp, rbp
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx+8], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 17355
# (moving two elements at once)
    movups xmm0, xmmword ptr [rbx]
    movups xmmword ptr [r15+16], xmm0
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# i_move_sd
    mov qword ptr [rbx+8], 21195
# init_yregs_I
    mov qword ptr [rsp], 59
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L1657:
L1658:
    long mov rcx, 9223372036854775807
    mov rax, 94919178119552
    lea rdx, qword ptr [L1657]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# recv_marker_use_S
    mov rsi, qword ptr [rsp+8]
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919178492864
    mov rsp, rbp
# aligned_label_Lt
    align 4
label_172:
# i_loop_rec_f
    align 4
L1659:
    lea rdi, qword ptr [L1659]
    lea rsi, qword ptr [label_175]
    call 140320710852712
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_174
    cmp dword ptr [rsi-2], 192
    jne label_174
    cmp qword ptr [rsi+6], 17355
    jne label_174
# get_two_tuple_elements_sPSS
    vpermilpd xmm0, xmmword ptr [rsi+14], 1
    vmovups xmmword ptr [rbx], xmm0
# is_eq_exact_fss
    mov rsi, qword ptr [rsp+8]
    mov rdi, qword ptr [rbx+8]
    cmp rdi, rsi
    short je L1660
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
L1660:
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
# label_L
label_173:
# try_end_y
    dec qword ptr [r13+264]
    mov qword ptr [rsp+32], 59
# deallocate_t
    add rsp, 40
# return
    dec r14
    jl L1235
    ret
# label_L
label_174:
# loop_rec_end_f
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919178491472
    mov rsp, rbp
    dec r14
    jmp label_172
# aligned_label_Lt
    align 4
label_175:
# wait_locked_f
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    lea rsi, qword ptr [label_172]
    call 94919178213328
    mov rsp, rbp
    jmp 140320710854321
# label_L
label_176:
# try_case_y
    dec qword ptr [r13+264]
    mov rax, qword ptr [rbx+24]
    mov qword ptr [rbx], rax
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 715
    je label_177
    cmp rsi, 779
    je label_178
    jmp label_179
# label_L
label_177:
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 150987
    jne label_179
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1661
    xor ecx, ecx
.db 0x90
    call 140320710850576
L1661:
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
L1662:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx], 4747
# line_I
# call_light_bif_be
    align 4
L1663:
L1664:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089904
    lea rdx, qword ptr [L1663]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 40
# return
    dec r14
    jl L1235
    ret
# label_L
label_178:
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1665
    xor ecx, ecx
.db 0x90
    call 140320710850576
L1665:
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
L1666:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx], 4747
# line_I
# call_light_bif_be
    align 4
L1667:
L1668:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089904
    lea rdx, qword ptr [L1667]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 40
# return
    dec r14
    jl L1235
    ret
# label_L
label_179:
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
label_180:
# i_func_info_IaaI
# erlang:get_gc_opts/2
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x4E, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_181:
# i_breakpoint_trampoline
    short jmp L1669
.db 0x00
    call L1236
    align 8
L1669:
# i_test_yield
    lea rdx, qword ptr [label_181+24]
    dec r14
    jle L1234
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_184
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+16], rsi
    mov qword ptr [rbx], rdx
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx+16]
    rex test sil, 1
    jne label_185
    cmp dword ptr [rsi-2], 128
    jne label_185
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+24], rdi
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+24]
    cmp rsi, 3723
    je label_183
    cmp rsi, 43595
    je label_182
    jmp label_185
# label_L
label_182:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1670
    mov ecx, 3
    call 140320710850576
L1670:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+16]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx], 63
# line_I
# call_light_bif_be
    align 4
L1671:
L1672:
    long mov rcx, 9223372036854775807
    mov rax, 94919179098736
    lea rdx, qword ptr [L1671]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 8
    jmp label_181
# label_L
label_183:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1673
    mov ecx, 3
.db 0x90
    call 140320710850576
L1673:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov qword ptr [rbx], 47
# line_I
# call_light_bif_be
    align 4
L1674:
L1675:
    long mov rcx, 9223372036854775807
    mov rax, 94919179098736
    lea rdx, qword ptr [L1674]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 8
    jmp label_181
# label_L
label_184:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_185
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L1235
    ret
# label_L
label_185:
# i_move_sd
    mov qword ptr [rbx], 150987
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1676
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1676:
# call_light_bif_be
    align 4
L1677:
L1678:
    long mov rcx, 9223372036854775807
    mov rax, 94919179106976
    lea rdx, qword ptr [L1677]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_186:
# i_func_info_IaaI
# erlang:garbage_collect_message_area/0
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x4E, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
garbage_collect_message_area/0:
# i_breakpoint_trampoline
    short jmp L1679
.db 0x00
    call L1236
    align 8
L1679:
# i_test_yield
    lea rdx, qword ptr [garbage_collect_message_area/0+24]
    dec r14
    jle L1234
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1680
    mov ecx, 1
.db 0x90
    call 140320710850576
L1680:
# call_light_bif_be
    align 4
L1681:
L1682:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L1681]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_188:
# i_func_info_IaaI
# erlang:get/0
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xB9, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
get/0:
# i_breakpoint_trampoline
    short jmp L1683
.db 0x00
    call L1236
    align 8
L1683:
# call_bif_mfa_aaI
L1684:
    lea rsi, qword ptr [get/0-24]
    lea rdx, qword ptr [L1684]
    mov rcx, 94919179274368
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1685
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1685:
# call_light_bif_be
    align 4
L1686:
L1687:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L1686]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_190:
# i_func_info_IaaI
# erlang:get/1
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xB9, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
get/1:
# i_breakpoint_trampoline
    short jmp L1688
.db 0x00
    call L1236
    align 8
L1688:
# call_bif_mfa_aaI
L1689:
    lea rsi, qword ptr [get/1-24]
    lea rdx, qword ptr [L1689]
    mov rcx, 94919179274400
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1690
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1690:
# call_light_bif_be
    align 4
L1691:
L1692:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L1691]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_192:
# i_func_info_IaaI
# erlang:get_keys/0
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xB9, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
get_keys/0:
# i_breakpoint_trampoline
    short jmp L1693
.db 0x00
    call L1236
    align 8
L1693:
# call_bif_mfa_aaI
L1694:
    lea rsi, qword ptr [get_keys/0-24]
    lea rdx, qword ptr [L1694]
    mov rcx, 94919179274544
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1695
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1695:
# call_light_bif_be
    align 4
L1696:
L1697:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L1696]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_194:
# i_func_info_IaaI
# erlang:get_keys/1
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xB9, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
get_keys/1:
# i_breakpoint_trampoline
    short jmp L1698
.db 0x00
    call L1236
    align 8
L1698:
# call_bif_mfa_aaI
L1699:
    lea rsi, qword ptr [get_keys/1-24]
    lea rdx, qword ptr [L1699]
    mov rcx, 94919179274848
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1700
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1700:
# call_light_bif_be
    align 4
L1701:
L1702:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L1701]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_196:
# i_func_info_IaaI
# erlang:get_module_info/1
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xED, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
get_module_info/1:
# i_breakpoint_trampoline
    short jmp L1703
.db 0x00
    call L1236
    align 8
L1703:
# call_bif_mfa_aaI
L1704:
    lea rsi, qword ptr [get_module_info/1-24]
    lea rdx, qword ptr [L1704]
    mov rcx, 94919178912304
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1705
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1705:
# call_light_bif_be
    align 4
L1706:
L1707:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L1706]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_198:
# i_func_info_IaaI
# erlang:group_leader/0
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x4A, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
group_leader/0:
# i_breakpoint_trampoline
    short jmp L1708
.db 0x00
    call L1236
    align 8
L1708:
# call_bif_mfa_aaI
L1709:
    lea rsi, qword ptr [group_leader/0-24]
    lea rdx, qword ptr [L1709]
    mov rcx, 94919179111344
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1710
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1710:
# call_light_bif_be
    align 4
L1711:
L1712:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L1711]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_200:
# i_func_info_IaaI
# erlang:group_leader/2
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x4A, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
group_leader/2:
# i_breakpoint_trampoline
    short jmp L1713
.db 0x00
    call L1236
    align 8
L1713:
# i_test_yield
    lea rdx, qword ptr [group_leader/2+24]
    dec r14
    jle L1234
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1714
    mov ecx, 2
    call 140320710850576
L1714:
    sub rsp, 24
# init_yregs_I
    mov qword ptr [rsp], 59
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp+8], xmm0
# line_I
# call_light_bif_be
    align 4
L1715:
L1716:
    long mov rcx, 9223372036854775807
    mov rax, 94919179111744
    lea rdx, qword ptr [L1715]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx], 11
    jne label_205
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
    mov qword ptr [rsp], rax
# call_light_bif_be
    align 4
L1717:
L1718:
    long mov rcx, 9223372036854775807
    mov rax, 94919178976592
    lea rdx, qword ptr [L1717]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# recv_marker_bind_SS
    mov rsi, qword ptr [rsp]
    mov rdx, qword ptr [rbx]
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919178492288
    mov rsp, rbp
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+8], rdi
# swap_dd
    mov rdi, qword ptr [rbx]
    mov rsi, qword ptr [rbx+16]
    mov qword ptr [rbx+16], rdi
    mov qword ptr [rbx], rsi
# line_I
# call_light_bif_be
    align 4
L1719:
L1720:
    long mov rcx, 9223372036854775807
    mov rax, 94919179111632
    lea rdx, qword ptr [L1719]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# recv_marker_use_S
    mov rsi, qword ptr [rsp]
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919178492864
    mov rsp, rbp
# aligned_label_Lt
    align 4
label_202:
# i_loop_rec_f
    align 4
L1721:
    lea rdi, qword ptr [L1721]
    lea rsi, qword ptr [label_204]
    call 140320710852712
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_203
    cmp dword ptr [rsi-2], 128
    jne label_203
# get_two_tuple_elements_sPSS
    vpermilpd xmm0, xmmword ptr [rsi+6], 1
    vmovups xmmword ptr [rbx], xmm0
# is_eq_exact_fss
    mov rsi, qword ptr [rsp]
    mov rdi, qword ptr [rbx+8]
    cmp rdi, rsi
    short je L1722
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_203
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_203
L1722:
# recv_marker_clear_S
    mov rsi, qword ptr [rsp]
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
# jump_f
    jmp label_206
# label_L
label_203:
# loop_rec_end_f
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919178491472
    mov rsp, rbp
    dec r14
    jmp label_202
# aligned_label_Lt
    align 4
label_204:
# wait_locked_f
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    lea rsi, qword ptr [label_202]
    call 94919178213328
    mov rsp, rbp
    jmp 140320710854321
# label_L
label_205:
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# label_L
label_206:
# is_eq_exact_fss
    cmp qword ptr [rbx], 75
    jne label_207
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L1235
    ret
# label_L
label_207:
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1723
    mov ecx, 1
.db 0x90
    call 140320710850576
L1723:
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
# store_cons_Id
    add r15, 32
    mov qword ptr [rbx+8], rsi
# i_move_sd
L1724:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+16], rdi
# line_I
# call_light_bif_be
    align 4
L1725:
L1726:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089904
    lea rdx, qword ptr [L1725]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_208:
# i_func_info_IaaI
# erlang:halt/0
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xB9, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
halt/0:
# i_breakpoint_trampoline
    short jmp L1727
.db 0x00
    call L1236
    align 8
L1727:
# i_test_yield
    lea rdx, qword ptr [halt/0+24]
    dec r14
    jle L1234
# i_move_sd
    mov qword ptr [rbx+8], 59
# i_move_sd
    mov qword ptr [rbx], 15
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1728
    mov ecx, 2
.db 0x90
    call 140320710850576
L1728:
# call_light_bif_be
    align 4
L1729:
L1730:
    long mov rcx, 9223372036854775807
    mov rax, 94919179107648
    lea rdx, qword ptr [L1729]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_210:
# i_func_info_IaaI
# erlang:halt/1
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xB9, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
halt/1:
# i_breakpoint_trampoline
    short jmp L1731
.db 0x00
    call L1236
    align 8
L1731:
# i_test_yield
    lea rdx, qword ptr [halt/1+24]
    dec r14
    jle L1234
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1732
    mov ecx, 1
    call 140320710850576
L1732:
    sub rsp, 16
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# catch_yf
    inc qword ptr [r13+264]
L1733:
    mov eax, 2147483647
    mov qword ptr [rsp+8], rax
# i_move_sd
    mov qword ptr [rbx+8], 59
# line_I
# call_light_bif_be
    align 4
L1734:
L1735:
    long mov rcx, 9223372036854775807
    mov rax, 94919179107648
    lea rdx, qword ptr [L1734]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# try_end_y
    dec qword ptr [r13+264]
    mov qword ptr [rsp+8], 59
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L1235
    ret
# label_L
label_212:
# try_case_y
    dec qword ptr [r13+264]
    mov rax, qword ptr [rbx+24]
    mov qword ptr [rbx], rax
# is_eq_exact_fss
    cmp qword ptr [rbx], 779
    jne label_213
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1736
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1736:
# put_cons_ss
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# i_move_sd
L1737:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+16], rdi
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rbx], xmm0
# line_I
# call_light_bif_be
    align 4
L1738:
L1739:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089904
    lea rdx, qword ptr [L1738]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L1235
    ret
# label_L
label_213:
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
label_214:
# i_func_info_IaaI
# erlang:halt/2
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xB9, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
halt/2:
# i_breakpoint_trampoline
    short jmp L1740
.db 0x00
    call L1236
    align 8
L1740:
# call_bif_mfa_aaI
L1741:
    lea rsi, qword ptr [halt/2-24]
    lea rdx, qword ptr [L1741]
    mov rcx, 94919179107648
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1742
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1742:
# call_light_bif_be
    align 4
L1743:
L1744:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L1743]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_216:
# i_func_info_IaaI
# erlang:has_prepared_code_on_load/1
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x02, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
has_prepared_code_on_load/1:
# i_breakpoint_trampoline
    short jmp L1745
.db 0x00
    call L1236
    align 8
L1745:
# call_bif_mfa_aaI
L1746:
    lea rsi, qword ptr [has_prepared_code_on_load/1-24]
    lea rdx, qword ptr [L1746]
    mov rcx, 94919178655616
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1747
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1747:
# call_light_bif_be
    align 4
L1748:
L1749:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L1748]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_218:
# i_func_info_IaaI
# erlang:hibernate/3
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xEC, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
hibernate/3:
# i_breakpoint_trampoline
    short jmp L1750
.db 0x00
    call L1236
    align 8
L1750:
# call_bif_mfa_aaI
L1751:
    lea rsi, qword ptr [hibernate/3-24]
    lea rdx, qword ptr [L1751]
    mov rcx, 94919179089664
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1752
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1752:
# call_light_bif_be
    align 4
L1753:
L1754:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L1753]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_220:
# i_func_info_IaaI
# erlang:insert_element/3
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xFB, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
insert_element/3:
# i_breakpoint_trampoline
    short jmp L1755
.db 0x00
    call L1236
    align 8
L1755:
# call_bif_mfa_aaI
L1756:
    lea rsi, qword ptr [insert_element/3-24]
    lea rdx, qword ptr [L1756]
    mov rcx, 94919179099840
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1757
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1757:
# call_light_bif_be
    align 4
L1758:
L1759:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L1758]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_222:
# i_func_info_IaaI
# erlang:integer_to_binary/1
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xFC, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
integer_to_binary/1:
# i_breakpoint_trampoline
    short jmp L1760
.db 0x00
    call L1236
    align 8
L1760:
# call_bif_mfa_aaI
L1761:
    lea rsi, qword ptr [integer_to_binary/1-24]
    lea rdx, qword ptr [L1761]
    mov rcx, 94919179442624
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1762
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1762:
# call_light_bif_be
    align 4
L1763:
L1764:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L1763]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_224:
# i_func_info_IaaI
# erlang:integer_to_list/1
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xBA, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
integer_to_list/1:
# i_breakpoint_trampoline
    short jmp L1765
.db 0x00
    call L1236
    align 8
L1765:
# call_bif_mfa_aaI
L1766:
    lea rsi, qword ptr [integer_to_list/1-24]
    lea rdx, qword ptr [L1766]
    mov rcx, 94919179120432
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1767
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1767:
# call_light_bif_be
    align 4
L1768:
L1769:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L1768]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_226:
# i_func_info_IaaI
# erlang:iolist_size/1
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xEE, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
iolist_size/1:
# i_breakpoint_trampoline
    short jmp L1770
.db 0x00
    call L1236
    align 8
L1770:
# call_bif_mfa_aaI
L1771:
    lea rsi, qword ptr [iolist_size/1-24]
    lea rdx, qword ptr [L1771]
    mov rcx, 94919179095824
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1772
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1772:
# call_light_bif_be
    align 4
L1773:
L1774:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L1773]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_228:
# i_func_info_IaaI
# erlang:iolist_to_binary/1
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xEE, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
iolist_to_binary/1:
# i_breakpoint_trampoline
    short jmp L1775
.db 0x00
    call L1236
    align 8
L1775:
# call_bif_mfa_aaI
L1776:
    lea rsi, qword ptr [iolist_to_binary/1-24]
    lea rdx, qword ptr [L1776]
    mov rcx, 94919179448912
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1777
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1777:
# call_light_bif_be
    align 4
L1778:
L1779:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L1778]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_230:
# i_func_info_IaaI
# erlang:iolist_to_iovec/1
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x03, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
iolist_to_iovec/1:
# i_breakpoint_trampoline
    short jmp L1780
.db 0x00
    call L1236
    align 8
L1780:
# call_bif_mfa_aaI
L1781:
    lea rsi, qword ptr [iolist_to_iovec/1-24]
    lea rdx, qword ptr [L1781]
    mov rcx, 94919180058832
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1782
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1782:
# call_light_bif_be
    align 4
L1783:
L1784:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L1783]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_232:
# i_func_info_IaaI
# erlang:is_alive/0
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x4E, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
is_alive/0:
# i_breakpoint_trampoline
    short jmp L1785
.db 0x00
    call L1236
    align 8
L1785:
# i_test_yield
    lea rdx, qword ptr [is_alive/0+24]
    dec r14
    jle L1234
# node_d
    mov rdi, 94919182011968
    mov rdi, qword ptr [rdi]
    mov rdi, qword ptr [rdi+24]
    mov qword ptr [rbx], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx], 203
    jne label_234
# line_I
# i_call_ext_only_e
L1786:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# label_L
label_234:
# i_move_sd
    mov qword ptr [rbx], 75
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_235:
# i_func_info_IaaI
# erlang:is_builtin/3
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xDB, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
is_builtin/3:
# i_breakpoint_trampoline
    short jmp L1787
.db 0x00
    call L1236
    align 8
L1787:
# call_bif_mfa_aaI
L1788:
    lea rsi, qword ptr [is_builtin/3-24]
    lea rdx, qword ptr [L1788]
    mov rcx, 94919179108416
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1789
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1789:
# call_light_bif_be
    align 4
L1790:
L1791:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L1790]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_237:
# i_func_info_IaaI
# erlang:is_map_key/2
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x05, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
is_map_key/2:
# i_breakpoint_trampoline
    short jmp L1792
.db 0x00
    call L1236
    align 8
L1792:
# call_bif_mfa_aaI
L1793:
    lea rsi, qword ptr [is_map_key/2-24]
    lea rdx, qword ptr [L1793]
    mov rcx, 94919180022896
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 43851
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1794
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1794:
# call_light_bif_be
    align 4
L1795:
L1796:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L1795]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_239:
# i_func_info_IaaI
# erlang:is_process_alive/1
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xDA, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
is_process_alive/1:
# i_breakpoint_trampoline
    short jmp L1797
.db 0x00
    call L1236
    align 8
L1797:
# call_bif_mfa_aaI
L1798:
    lea rsi, qword ptr [is_process_alive/1-24]
    lea rdx, qword ptr [L1798]
    mov rcx, 94919178883904
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1799
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1799:
# call_light_bif_be
    align 4
L1800:
L1801:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L1800]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_241:
# i_func_info_IaaI
# erlang:length/1
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xBB, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
length/1:
# i_breakpoint_trampoline
    short jmp L1802
.db 0x00
    call L1236
    align 8
L1802:
# call_bif_mfa_aaI
L1803:
    lea rsi, qword ptr [length/1-24]
    lea rdx, qword ptr [L1803]
    mov rcx, 94919178858544
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1804
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1804:
# call_light_bif_be
    align 4
L1805:
L1806:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L1805]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_243:
# i_func_info_IaaI
# erlang:link/1
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xBB, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
link/1:
# i_breakpoint_trampoline
    short jmp L1807
.db 0x00
    call L1236
    align 8
L1807:
# call_bif_mfa_aaI
L1808:
    lea rsi, qword ptr [link/1-24]
    lea rdx, qword ptr [L1808]
    mov rcx, 94919179083056
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1809
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1809:
# call_light_bif_be
    align 4
L1810:
L1811:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L1810]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_245:
# i_func_info_IaaI
# erlang:list_to_atom/1
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xBB, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
list_to_atom/1:
# i_breakpoint_trampoline
    short jmp L1812
.db 0x00
    call L1236
    align 8
L1812:
# call_bif_mfa_aaI
L1813:
    lea rsi, qword ptr [list_to_atom/1-24]
    lea rdx, qword ptr [L1813]
    mov rcx, 94919179100768
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1814
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1814:
# call_light_bif_be
    align 4
L1815:
L1816:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L1815]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_247:
# i_func_info_IaaI
# erlang:list_to_binary/1
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xBB, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
list_to_binary/1:
# i_breakpoint_trampoline
    short jmp L1817
.db 0x00
    call L1236
    align 8
L1817:
# call_bif_mfa_aaI
L1818:
    lea rsi, qword ptr [list_to_binary/1-24]
    lea rdx, qword ptr [L1818]
    mov rcx, 94919179448896
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1819
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1819:
# call_light_bif_be
    align 4
L1820:
L1821:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L1820]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_249:
# i_func_info_IaaI
# erlang:list_to_bitstring/1
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xEF, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
list_to_bitstring/1:
# i_breakpoint_trampoline
    short jmp L1822
.db 0x00
    call L1236
    align 8
L1822:
# call_bif_mfa_aaI
L1823:
    lea rsi, qword ptr [list_to_bitstring/1-24]
    lea rdx, qword ptr [L1823]
    mov rcx, 94919179448992
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1824
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1824:
# call_light_bif_be
    align 4
L1825:
L1826:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L1825]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_251:
# i_func_info_IaaI
# erlang:list_to_existing_atom/1
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xEE, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
list_to_existing_atom/1:
# i_breakpoint_trampoline
    short jmp L1827
.db 0x00
    call L1236
    align 8
L1827:
# call_bif_mfa_aaI
L1828:
    lea rsi, qword ptr [list_to_existing_atom/1-24]
    lea rdx, qword ptr [L1828]
    mov rcx, 94919179100992
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1829
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1829:
# call_light_bif_be
    align 4
L1830:
L1831:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L1830]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_253:
# i_func_info_IaaI
# erlang:list_to_float/1
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xBC, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
list_to_float/1:
# i_breakpoint_trampoline
    short jmp L1832
.db 0x00
    call L1236
    align 8
L1832:
# call_bif_mfa_aaI
L1833:
    lea rsi, qword ptr [list_to_float/1-24]
    lea rdx, qword ptr [L1833]
    mov rcx, 94919179103040
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1834
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1834:
# call_light_bif_be
    align 4
L1835:
L1836:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L1835]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_255:
# i_func_info_IaaI
# erlang:list_to_integer/1
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xBC, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
list_to_integer/1:
# i_breakpoint_trampoline
    short jmp L1837
.db 0x00
    call L1236
    align 8
L1837:
# call_bif_mfa_aaI
L1838:
    lea rsi, qword ptr [list_to_integer/1-24]
    lea rdx, qword ptr [L1838]
    mov rcx, 94919179101616
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1839
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1839:
# call_light_bif_be
    align 4
L1840:
L1841:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L1840]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_257:
# i_func_info_IaaI
# erlang:list_to_integer/2
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xBC, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
list_to_integer/2:
# i_breakpoint_trampoline
    short jmp L1842
.db 0x00
    call L1236
    align 8
L1842:
# call_bif_mfa_aaI
L1843:
    lea rsi, qword ptr [list_to_integer/2-24]
    lea rdx, qword ptr [L1843]
    mov rcx, 94919179101696
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1844
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1844:
# call_light_bif_be
    align 4
L1845:
L1846:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L1845]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_259:
# i_func_info_IaaI
# erlang:list_to_pid/1
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xBC, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
list_to_pid/1:
# i_breakpoint_trampoline
    short jmp L1847
.db 0x00
    call L1236
    align 8
L1847:
# call_bif_mfa_aaI
L1848:
    lea rsi, qword ptr [list_to_pid/1-24]
    lea rdx, qword ptr [L1848]
    mov rcx, 94919179109040
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1849
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1849:
# call_light_bif_be
    align 4
L1850:
L1851:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L1850]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_261:
# i_func_info_IaaI
# erlang:list_to_port/1
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xBC, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
list_to_port/1:
# i_breakpoint_trampoline
    short jmp L1852
.db 0x00
    call L1236
    align 8
L1852:
# call_bif_mfa_aaI
L1853:
    lea rsi, qword ptr [list_to_port/1-24]
    lea rdx, qword ptr [L1853]
    mov rcx, 94919179109728
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1854
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1854:
# call_light_bif_be
    align 4
L1855:
L1856:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L1855]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_263:
# i_func_info_IaaI
# erlang:list_to_ref/1
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xBD, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
list_to_ref/1:
# i_breakpoint_trampoline
    short jmp L1857
.db 0x00
    call L1236
    align 8
L1857:
# call_bif_mfa_aaI
L1858:
    lea rsi, qword ptr [list_to_ref/1-24]
    lea rdx, qword ptr [L1858]
    mov rcx, 94919179110208
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1859
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1859:
# call_light_bif_be
    align 4
L1860:
L1861:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L1860]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_265:
# i_func_info_IaaI
# erlang:list_to_tuple/1
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xBD, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
list_to_tuple/1:
# i_breakpoint_trampoline
    short jmp L1862
.db 0x00
    call L1236
    align 8
L1862:
# call_bif_mfa_aaI
L1863:
    lea rsi, qword ptr [list_to_tuple/1-24]
    lea rdx, qword ptr [L1863]
    mov rcx, 94919179103952
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1864
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1864:
# call_light_bif_be
    align 4
L1865:
L1866:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L1865]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_267:
# i_func_info_IaaI
# erlang:loaded/0
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x5B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
loaded/0:
# i_breakpoint_trampoline
    short jmp L1867
.db 0x00
    call L1236
    align 8
L1867:
# call_bif_mfa_aaI
L1868:
    lea rsi, qword ptr [loaded/0-24]
    lea rdx, qword ptr [L1868]
    mov rcx, 94919178658912
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1869
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1869:
# call_light_bif_be
    align 4
L1870:
L1871:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L1870]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_269:
# i_func_info_IaaI
# erlang:localtime/0
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xBD, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
localtime/0:
# i_breakpoint_trampoline
    short jmp L1872
.db 0x00
    call L1236
    align 8
L1872:
# call_bif_mfa_aaI
L1873:
    lea rsi, qword ptr [localtime/0-24]
    lea rdx, qword ptr [L1873]
    mov rcx, 94919179104848
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1874
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1874:
# call_light_bif_be
    align 4
L1875:
L1876:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L1875]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_271:
# i_func_info_IaaI
# erlang:make_ref/0
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xBE, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
make_ref/0:
# i_breakpoint_trampoline
    short jmp L1877
.db 0x00
    call L1236
    align 8
L1877:
# call_bif_mfa_aaI
L1878:
    lea rsi, qword ptr [make_ref/0-24]
    lea rdx, qword ptr [L1878]
    mov rcx, 94919178976592
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1879
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1879:
# call_light_bif_be
    align 4
L1880:
L1881:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L1880]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_273:
# i_func_info_IaaI
# erlang:map_size/1
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xFD, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
map_size/1:
# i_breakpoint_trampoline
    short jmp L1882
.db 0x00
    call L1236
    align 8
L1882:
# call_bif_mfa_aaI
L1883:
    lea rsi, qword ptr [map_size/1-24]
    lea rdx, qword ptr [L1883]
    mov rcx, 94919180007984
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1884
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1884:
# call_light_bif_be
    align 4
L1885:
L1886:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L1885]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_275:
# i_func_info_IaaI
# erlang:map_get/2
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x05, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
map_get/2:
# i_breakpoint_trampoline
    short jmp L1887
.db 0x00
    call L1236
    align 8
L1887:
# call_bif_mfa_aaI
L1888:
    lea rsi, qword ptr [map_get/2-24]
    lea rdx, qword ptr [L1888]
    mov rcx, 94919180022976
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1889
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1889:
# call_light_bif_be
    align 4
L1890:
L1891:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L1890]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_277:
# i_func_info_IaaI
# erlang:match_spec_test/3
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xDF, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
match_spec_test/3:
# i_breakpoint_trampoline
    short jmp L1892
.db 0x00
    call L1236
    align 8
L1892:
# call_bif_mfa_aaI
L1893:
    lea rsi, qword ptr [match_spec_test/3-24]
    lea rdx, qword ptr [L1893]
    mov rcx, 94919179561104
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1894
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1894:
# call_light_bif_be
    align 4
L1895:
L1896:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L1895]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_279:
# i_func_info_IaaI
# erlang:md5/1
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x60, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
md5/1:
# i_breakpoint_trampoline
    short jmp L1897
.db 0x00
    call L1236
    align 8
L1897:
# call_bif_mfa_aaI
L1898:
    lea rsi, qword ptr [md5/1-24]
    lea rdx, qword ptr [L1898]
    mov rcx, 94919179860336
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1899
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1899:
# call_light_bif_be
    align 4
L1900:
L1901:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L1900]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_281:
# i_func_info_IaaI
# erlang:md5_final/1
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xBF, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
md5_final/1:
# i_breakpoint_trampoline
    short jmp L1902
.db 0x00
    call L1236
    align 8
L1902:
# call_bif_mfa_aaI
L1903:
    lea rsi, qword ptr [md5_final/1-24]
    lea rdx, qword ptr [L1903]
    mov rcx, 94919179861216
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1904
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1904:
# call_light_bif_be
    align 4
L1905:
L1906:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L1905]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_283:
# i_func_info_IaaI
# erlang:md5_init/0
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xBE, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
md5_init/0:
# i_breakpoint_trampoline
    short jmp L1907
.db 0x00
    call L1236
    align 8
L1907:
# call_bif_mfa_aaI
L1908:
    lea rsi, qword ptr [md5_init/0-24]
    lea rdx, qword ptr [L1908]
    mov rcx, 94919179860688
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1909
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1909:
# call_light_bif_be
    align 4
L1910:
L1911:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L1910]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_285:
# i_func_info_IaaI
# erlang:md5_update/2
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xBE, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
md5_update/2:
# i_breakpoint_trampoline
    short jmp L1912
.db 0x00
    call L1236
    align 8
L1912:
# call_bif_mfa_aaI
L1913:
    lea rsi, qword ptr [md5_update/2-24]
    lea rdx, qword ptr [L1913]
    mov rcx, 94919179860736
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1914
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1914:
# call_light_bif_be
    align 4
L1915:
L1916:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L1915]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_287:
# i_func_info_IaaI
# erlang:module_loaded/1
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xBF, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
module_loaded/1:
# i_breakpoint_trampoline
    short jmp L1917
.db 0x00
    call L1236
    align 8
L1917:
# call_bif_mfa_aaI
L1918:
    lea rsi, qword ptr [module_loaded/1-24]
    lea rdx, qword ptr [L1918]
    mov rcx, 94919178658816
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1919
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1919:
# call_light_bif_be
    align 4
L1920:
L1921:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L1920]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_289:
# i_func_info_IaaI
# erlang:monitor/2
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x67, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
monitor/2:
# i_breakpoint_trampoline
    short jmp L1922
.db 0x00
    call L1236
    align 8
L1922:
# call_bif_mfa_aaI
L1923:
    lea rsi, qword ptr [monitor/2-24]
    lea rdx, qword ptr [L1923]
    mov rcx, 94919179086448
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1924
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1924:
# call_light_bif_be
    align 4
L1925:
L1926:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L1925]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_291:
# i_func_info_IaaI
# erlang:monitor/3
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x67, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
monitor/3:
# i_breakpoint_trampoline
    short jmp L1927
.db 0x00
    call L1236
    align 8
L1927:
# call_bif_mfa_aaI
L1928:
    lea rsi, qword ptr [monitor/3-24]
    lea rdx, qword ptr [L1928]
    mov rcx, 94919179086480
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1929
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1929:
# call_light_bif_be
    align 4
L1930:
L1931:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L1930]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_293:
# i_func_info_IaaI
# erlang:monitor_node/2
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xBF, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
monitor_node/2:
# i_breakpoint_trampoline
    short jmp L1932
.db 0x00
    call L1236
    align 8
L1932:
# call_bif_mfa_aaI
L1933:
    lea rsi, qword ptr [monitor_node/2-24]
    lea rdx, qword ptr [L1933]
    mov rcx, 94919179434464
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1934
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1934:
# call_light_bif_be
    align 4
L1935:
L1936:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L1935]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_295:
# i_func_info_IaaI
# erlang:monitor_node/3
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xBF, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
monitor_node/3:
# i_breakpoint_trampoline
    short jmp L1937
.db 0x00
    call L1236
    align 8
L1937:
# call_bif_mfa_aaI
L1938:
    lea rsi, qword ptr [monitor_node/3-24]
    lea rdx, qword ptr [L1938]
    mov rcx, 94919179434448
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1939
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1939:
# call_light_bif_be
    align 4
L1940:
L1941:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L1940]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_297:
# i_func_info_IaaI
# erlang:nif_error/1
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xF6, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
nif_error/1:
# i_breakpoint_trampoline
    short jmp L1942
.db 0x00
    call L1236
    align 8
L1942:
# call_bif_mfa_aaI
L1943:
    lea rsi, qword ptr [nif_error/1-24]
    lea rdx, qword ptr [L1943]
    mov rcx, 94919179090304
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1944
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1944:
# call_light_bif_be
    align 4
L1945:
L1946:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L1945]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_299:
# i_func_info_IaaI
# erlang:nif_error/2
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xF6, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
nif_error/2:
# i_breakpoint_trampoline
    short jmp L1947
.db 0x00
    call L1236
    align 8
L1947:
# call_bif_mfa_aaI
L1948:
    lea rsi, qword ptr [nif_error/2-24]
    lea rdx, qword ptr [L1948]
    mov rcx, 94919179090336
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1949
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1949:
# call_light_bif_be
    align 4
L1950:
L1951:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L1950]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_301:
# i_func_info_IaaI
# erlang:node/0
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x6F, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
node/0:
# i_breakpoint_trampoline
    short jmp L1952
.db 0x00
    call L1236
    align 8
L1952:
# call_bif_mfa_aaI
L1953:
    lea rsi, qword ptr [node/0-24]
    lea rdx, qword ptr [L1953]
    mov rcx, 94919179434384
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1954
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1954:
# call_light_bif_be
    align 4
L1955:
L1956:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L1955]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_303:
# i_func_info_IaaI
# erlang:node/1
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x6F, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
node/1:
# i_breakpoint_trampoline
    short jmp L1957
.db 0x00
    call L1236
    align 8
L1957:
# call_bif_mfa_aaI
L1958:
    lea rsi, qword ptr [node/1-24]
    lea rdx, qword ptr [L1958]
    mov rcx, 94919179434272
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1959
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1959:
# call_light_bif_be
    align 4
L1960:
L1961:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L1960]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_305:
# i_func_info_IaaI
# erlang:now/0
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xC0, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
now/0:
# i_breakpoint_trampoline
    short jmp L1962
.db 0x00
    call L1236
    align 8
L1962:
# call_bif_mfa_aaI
L1963:
    lea rsi, qword ptr [now/0-24]
    lea rdx, qword ptr [L1963]
    mov rcx, 94919179106672
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1964
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1964:
# call_light_bif_be
    align 4
L1965:
L1966:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L1965]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_307:
# i_func_info_IaaI
# erlang:phash/2
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xBA, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
phash/2:
# i_breakpoint_trampoline
    short jmp L1967
.db 0x00
    call L1236
    align 8
L1967:
# call_bif_mfa_aaI
L1968:
    lea rsi, qword ptr [phash/2-24]
    lea rdx, qword ptr [L1968]
    mov rcx, 94919179117920
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1969
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1969:
# call_light_bif_be
    align 4
L1970:
L1971:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L1970]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_309:
# i_func_info_IaaI
# erlang:phash2/1
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xBA, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
phash2/1:
# i_breakpoint_trampoline
    short jmp L1972
.db 0x00
    call L1236
    align 8
L1972:
# call_bif_mfa_aaI
L1973:
    lea rsi, qword ptr [phash2/1-24]
    lea rdx, qword ptr [L1973]
    mov rcx, 94919179118112
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1974
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1974:
# call_light_bif_be
    align 4
L1975:
L1976:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L1975]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_311:
# i_func_info_IaaI
# erlang:phash2/2
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xBA, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
phash2/2:
# i_breakpoint_trampoline
    short jmp L1977
.db 0x00
    call L1236
    align 8
L1977:
# call_bif_mfa_aaI
L1978:
    lea rsi, qword ptr [phash2/2-24]
    lea rdx, qword ptr [L1978]
    mov rcx, 94919179118288
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1979
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1979:
# call_light_bif_be
    align 4
L1980:
L1981:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L1980]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_313:
# i_func_info_IaaI
# erlang:pid_to_list/1
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xC1, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
pid_to_list/1:
# i_breakpoint_trampoline
    short jmp L1982
.db 0x00
    call L1236
    align 8
L1982:
# call_bif_mfa_aaI
L1983:
    lea rsi, qword ptr [pid_to_list/1-24]
    lea rdx, qword ptr [L1983]
    mov rcx, 94919179108912
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1984
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1984:
# call_light_bif_be
    align 4
L1985:
L1986:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L1985]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_315:
# i_func_info_IaaI
# erlang:port_to_list/1
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xDA, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
port_to_list/1:
# i_breakpoint_trampoline
    short jmp L1987
.db 0x00
    call L1236
    align 8
L1987:
# call_bif_mfa_aaI
L1988:
    lea rsi, qword ptr [port_to_list/1-24]
    lea rdx, qword ptr [L1988]
    mov rcx, 94919179108976
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1989
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1989:
# call_light_bif_be
    align 4
L1990:
L1991:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L1990]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_317:
# i_func_info_IaaI
# erlang:ports/0
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x80, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
ports/0:
# i_breakpoint_trampoline
    short jmp L1992
.db 0x00
    call L1236
    align 8
L1992:
# call_bif_mfa_aaI
L1993:
    lea rsi, qword ptr [ports/0-24]
    lea rdx, qword ptr [L1993]
    mov rcx, 94919179106960
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1994
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1994:
# call_light_bif_be
    align 4
L1995:
L1996:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L1995]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_319:
# i_func_info_IaaI
# erlang:posixtime_to_universaltime/1
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xF9, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
posixtime_to_universaltime/1:
# i_breakpoint_trampoline
    short jmp L1997
.db 0x00
    call L1236
    align 8
L1997:
# call_bif_mfa_aaI
L1998:
    lea rsi, qword ptr [posixtime_to_universaltime/1-24]
    lea rdx, qword ptr [L1998]
    mov rcx, 94919179106320
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1999
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1999:
# call_light_bif_be
    align 4
L2000:
L2001:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L2000]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_321:
# i_func_info_IaaI
# erlang:unique_integer/1
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xBE, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
unique_integer/1:
# i_breakpoint_trampoline
    short jmp L2002
.db 0x00
    call L1236
    align 8
L2002:
# call_bif_mfa_aaI
L2003:
    lea rsi, qword ptr [unique_integer/1-24]
    lea rdx, qword ptr [L2003]
    mov rcx, 94919178977568
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L2004
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2004:
# call_light_bif_be
    align 4
L2005:
L2006:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L2005]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_323:
# i_func_info_IaaI
# erlang:unique_integer/0
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xBE, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
unique_integer/0:
# i_breakpoint_trampoline
    short jmp L2007
.db 0x00
    call L1236
    align 8
L2007:
# call_bif_mfa_aaI
L2008:
    lea rsi, qword ptr [unique_integer/0-24]
    lea rdx, qword ptr [L2008]
    mov rcx, 94919178976800
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L2009
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2009:
# call_light_bif_be
    align 4
L2010:
L2011:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L2010]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_325:
# i_func_info_IaaI
# erlang:monotonic_time/0
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xC0, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
monotonic_time/0:
# i_breakpoint_trampoline
    short jmp L2012
.db 0x00
    call L1236
    align 8
L2012:
# call_bif_mfa_aaI
L2013:
    lea rsi, qword ptr [monotonic_time/0-24]
    lea rdx, qword ptr [L2013]
    mov rcx, 94919179332128
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L2014
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2014:
# call_light_bif_be
    align 4
L2015:
L2016:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L2015]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_327:
# i_func_info_IaaI
# erlang:monotonic_time/1
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xC0, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
monotonic_time/1:
# i_breakpoint_trampoline
    short jmp L2017
.db 0x00
    call L1236
    align 8
L2017:
# call_bif_mfa_aaI
L2018:
    lea rsi, qword ptr [monotonic_time/1-24]
    lea rdx, qword ptr [L2018]
    mov rcx, 94919179332416
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L2019
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2019:
# call_light_bif_be
    align 4
L2020:
L2021:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L2020]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_329:
# i_func_info_IaaI
# erlang:system_time/0
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xC0, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
system_time/0:
# i_breakpoint_trampoline
    short jmp L2022
.db 0x00
    call L1236
    align 8
L2022:
# call_bif_mfa_aaI
L2023:
    lea rsi, qword ptr [system_time/0-24]
    lea rdx, qword ptr [L2023]
    mov rcx, 94919179332560
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L2024
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2024:
# call_light_bif_be
    align 4
L2025:
L2026:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L2025]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_331:
# i_func_info_IaaI
# erlang:system_time/1
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xC0, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
system_time/1:
# i_breakpoint_trampoline
    short jmp L2027
.db 0x00
    call L1236
    align 8
L2027:
# call_bif_mfa_aaI
L2028:
    lea rsi, qword ptr [system_time/1-24]
    lea rdx, qword ptr [L2028]
    mov rcx, 94919179332848
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L2029
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2029:
# call_light_bif_be
    align 4
L2030:
L2031:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L2030]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_333:
# i_func_info_IaaI
# erlang:convert_time_unit/3
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x25, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
convert_time_unit/3:
# i_breakpoint_trampoline
    short jmp L2032
.db 0x00
    call L1236
    align 8
L2032:
# i_test_yield
    lea rdx, qword ptr [convert_time_unit/3+24]
    dec r14
    jle L1234
# allocate_tt
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L2033
    mov ecx, 3
    call 140320710850576
L2033:
    sub rsp, 40
# init_yregs_I
    mov qword ptr [rsp], 59
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rsp+8], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+24], rdi
# catch_yf
    inc qword ptr [r13+264]
L2034:
    mov eax, 2147483647
    mov qword ptr [rsp+32], rax
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+8]
    cmp rsi, 25483
    je label_340
    cmp rsi, 25547
    je label_340
    cmp rsi, 25675
    je label_339
    cmp rsi, 25739
    je label_339
    cmp rsi, 26955
    je label_338
    cmp rsi, 27019
    je label_338
    cmp rsi, 27275
    je label_337
    cmp rsi, 37963
    je label_335
    cmp rsi, 38027
    je label_335
    cmp rsi, 58955
    je label_336
    jmp label_341
# label_L
label_335:
# i_move_sd
    mov qword ptr [rsp], 31
# jump_f
    jmp label_342
# label_L
label_336:
# line_I
# call_light_bif_be
    align 4
L2035:
L2036:
    long mov rcx, 9223372036854775807
    mov rax, 94919179335776
    lea rdx, qword ptr [L2035]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# jump_f
    jmp label_342
# label_L
label_337:
# line_I
# call_light_bif_be
    align 4
L2037:
L2038:
    long mov rcx, 9223372036854775807
    mov rax, 94919179333008
    lea rdx, qword ptr [L2037]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# jump_f
    jmp label_342
# label_L
label_338:
# i_move_sd
    mov rdi, 16000000015
    mov qword ptr [rsp], rdi
# jump_f
    jmp label_342
# label_L
label_339:
# i_move_sd
    mov qword ptr [rsp], 16015
# jump_f
    jmp label_342
# label_L
label_340:
# i_move_sd
    mov qword ptr [rsp], 16000015
# jump_f
    jmp label_342
# label_L
label_341:
# is_lt_fss
    mov rsi, qword ptr [rbx+8]
    mov edi, 15
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L2039
    cmp rdi, rsi
    short jmp L2040
L2039:
    call 140320710848608
L2040:
    jge label_355
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rsp], rdi
# label_L
label_342:
# i_select_val_lins_sfI
    mov rsi, qword ptr [rsp+8]
    cmp rsi, 25483
    je label_348
    cmp rsi, 25547
    je label_348
    cmp rsi, 25675
    je label_347
    cmp rsi, 25739
    je label_347
    cmp rsi, 26955
    je label_346
    cmp rsi, 27019
    je label_346
    cmp rsi, 27275
    je label_345
    cmp rsi, 37963
    je label_343
    cmp rsi, 38027
    je label_343
    cmp rsi, 58955
    je label_344
    jmp label_349
# label_L
label_343:
# i_move_sd
    mov qword ptr [rbx], 31
# jump_f
    jmp label_350
# label_L
label_344:
# line_I
# call_light_bif_be
    align 4
L2041:
L2042:
    long mov rcx, 9223372036854775807
    mov rax, 94919179335776
    lea rdx, qword ptr [L2041]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# jump_f
    jmp label_350
# label_L
label_345:
# line_I
# call_light_bif_be
    align 4
L2043:
L2044:
    long mov rcx, 9223372036854775807
    mov rax, 94919179333008
    lea rdx, qword ptr [L2043]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# jump_f
    jmp label_350
# label_L
label_346:
# i_move_sd
    mov rdi, 16000000015
    mov qword ptr [rbx], rdi
# jump_f
    jmp label_350
# label_L
label_347:
# i_move_sd
    mov qword ptr [rbx], 16015
# jump_f
    jmp label_350
# label_L
label_348:
# i_move_sd
    mov qword ptr [rbx], 16000015
# jump_f
    jmp label_350
# label_L
label_349:
# is_lt_fss
    mov rsi, qword ptr [rsp+8]
    mov edi, 15
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L2045
    cmp rdi, rsi
    short jmp L2046
L2045:
    call 140320710848608
L2046:
    jge label_354
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# label_L
label_350:
# is_lt_fss
    mov esi, 15
    mov rdi, qword ptr [rsp+24]
    mov eax, edi
    and al, 15
    cmp al, 15
    short jne L2047
    cmp rdi, rsi
    short jmp L2048
L2047:
    call 140320710848608
L2048:
    jge label_351
# line_I
# i_times_jssd
    mov rsi, qword ptr [rbx]
    mov rdx, qword ptr [rsp+24]
# are both operands small?
    mov eax, esi
    and eax, edx
    and al, 15
    cmp al, 15
    short jne L2050
# mul with overflow check
    mov rax, rsi
    mov rcx, rdx
    sar rcx, 4
    and rax, -16
    imul rax, rcx
    short jo L2050
    or rax, 15
    short jmp L2049
L2050:
    call 140320710854432
L2049:
    mov qword ptr [rbx], rax
# i_increment_SWd
    mov rsi, qword ptr [rsp]
    mov rdx, -16
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L2051
    mov rax, rsi
    add rax, rdx
    short jno L2052
L2051:
    call 140320710853080
L2052:
    mov qword ptr [rbx+8], rax
# i_minus_ssjd
    mov rsi, qword ptr [rbx]
    mov rdx, qword ptr [rbx+8]
# simplified test for small operands since both are numbers
    mov eax, esi
    and eax, edx
    test al, 1
    short je L2054
# sub with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    sub rax, rcx
    short jno L2053
L2054:
    call 140320710853584
L2053:
    mov qword ptr [rbx], rax
# jump_f
    jmp label_352
# label_L
label_351:
# line_I
# i_times_jssd
    mov rsi, qword ptr [rbx]
    mov rdx, qword ptr [rsp+24]
# are both operands small?
    mov eax, esi
    and eax, edx
    and al, 15
    cmp al, 15
    short jne L2056
# mul with overflow check
    mov rax, rsi
    mov rcx, rdx
    sar rcx, 4
    and rax, -16
    imul rax, rcx
    short jo L2056
    or rax, 15
    short jmp L2055
L2056:
    call 140320710854432
L2055:
    mov qword ptr [rbx], rax
# label_L
label_352:
# line_I
# i_int_div_jssd
L2057:
    mov rcx, qword ptr [rsp]
    mov rdi, qword ptr [rbx]
    mov r8, 94919180917712
    call 140320710853120
L2058:
    mov qword ptr [rbx], rax
# try_end_y
    dec qword ptr [r13+264]
    mov qword ptr [rsp+32], 59
# deallocate_t
    add rsp, 40
# return
    dec r14
    jl L1235
    ret
# label_L
label_353:
# try_case_y
    dec qword ptr [r13+264]
    mov rax, qword ptr [rbx+24]
    mov qword ptr [rbx], rax
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L2059
    xor ecx, ecx
.db 0x90
    call 140320710850576
L2059:
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
# store_cons_Id
    add r15, 32
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
L2060:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx], 4747
# line_I
# call_light_bif_be
    align 4
L2061:
L2062:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089904
    lea rdx, qword ptr [L2061]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 40
# return
    dec r14
    jl L1235
    ret
# label_L
label_354:
# line_I
# case_end_s
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 7248
    xor ecx, ecx
    call 140320710854352
# label_L
label_355:
# line_I
    nop
# case_end_s
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 7248
    xor ecx, ecx
    call 140320710854352
# func_line_I
    nop
# aligned_label_Lt
    align 8
label_356:
# i_func_info_IaaI
# erlang:time_offset/0
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xA5, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
time_offset/0:
# i_breakpoint_trampoline
    short jmp L2063
.db 0x00
    call L1236
    align 8
L2063:
# call_bif_mfa_aaI
L2064:
    lea rsi, qword ptr [time_offset/0-24]
    lea rdx, qword ptr [L2064]
    mov rcx, 94919179333024
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L2065
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2065:
# call_light_bif_be
    align 4
L2066:
L2067:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L2066]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_358:
# i_func_info_IaaI
# erlang:time_offset/1
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xA5, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
time_offset/1:
# i_breakpoint_trampoline
    short jmp L2068
.db 0x00
    call L1236
    align 8
L2068:
# call_bif_mfa_aaI
L2069:
    lea rsi, qword ptr [time_offset/1-24]
    lea rdx, qword ptr [L2069]
    mov rcx, 94919179333200
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L2070
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2070:
# call_light_bif_be
    align 4
L2071:
L2072:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L2071]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_360:
# i_func_info_IaaI
# erlang:timestamp/0
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xA6, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
timestamp/0:
# i_breakpoint_trampoline
    short jmp L2073
.db 0x00
    call L1236
    align 8
L2073:
# call_bif_mfa_aaI
L2074:
    lea rsi, qword ptr [timestamp/0-24]
    lea rdx, qword ptr [L2074]
    mov rcx, 94919179334160
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L2075
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2075:
# call_light_bif_be
    align 4
L2076:
L2077:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L2076]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_362:
# i_func_info_IaaI
# erlang:prepare_loading/2
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x0B, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
prepare_loading/2:
# i_breakpoint_trampoline
    short jmp L2078
.db 0x00
    call L1236
    align 8
L2078:
# i_test_yield
    lea rdx, qword ptr [prepare_loading/2+24]
    dec r14
    jle L1234
# i_bs_start_match3_Stjd
    mov rsi, qword ptr [rbx+8]
    rex test sil, 1
    jne label_366
    mov eax, dword ptr [rsi-2]
    and al, 60
    cmp al, 4
    short je L2080
# is_binary_header
    cmp al, 40
    short je L2079
    and al, -5
    cmp al, 32
    jne label_366
L2079:
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L2081
    mov qword ptr [rbx+16], rsi
    mov ecx, 3
.db 0x0F, 0x1F, 0x00
    call 140320710850576
    mov rsi, qword ptr [rbx+16]
L2081:
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
L2080:
    mov qword ptr [rbx+16], rsi
# i_bs_get_position_SS
    mov rdi, qword ptr [rbx+16]
    mov rdi, qword ptr [rdi+22]
    sal rdi, 4
    or rdi, 15
    mov qword ptr [rbx+8], rdi
# i_bs_match_string_SfWM
    mov rdi, qword ptr [rbx+16]
    mov rsi, qword ptr [rdi+22]
    lea rdx, qword ptr [rsi+32]
    cmp rdx, qword ptr [rdi+30]
    ja label_364
    mov qword ptr [rbx-120], rdi
    mov rcx, rsi
    and rcx, 7
    shr rsi, 3
    mov rdx, qword ptr [rdi+14]
    add rdx, rsi
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
L2082:
    long mov rdi, 9223372036854775807
    xor esi, esi
    mov r8d, 32
    call 94919179751184
    mov rsp, rbp
    test rax, rax
    jne label_364
    mov rdi, qword ptr [rbx-120]
    add qword ptr [rdi+22], 32
# bs_set_position_SS
    mov rdi, qword ptr [rbx+16]
    mov rsi, qword ptr [rbx+8]
    sar rsi, 4
    mov qword ptr [rdi+22], rsi
# bs_get_tail_Sdt
    mov rdi, qword ptr [rbx+16]
    lea rdx, qword ptr [r15+112]
    cmp rdx, rsp
    short jbe L2083
    mov qword ptr [rbx+24], rdi
    mov ecx, 4
.db 0x90
    call 140320710850576
    mov rdi, qword ptr [rbx+24]
L2083:
    call 140320710849224
    mov qword ptr [rbx+8], rax
# i_call_only_f
    jmp label_370
# label_L
label_364:
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L2084
    mov ecx, 3
.db 0x90
    call 140320710850576
L2084:
    sub rsp, 24
# init_yregs_I
    mov qword ptr [rsp+16], 59
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# bs_get_tail_Sdt
    mov rdi, qword ptr [rbx+16]
    lea rdx, qword ptr [r15+112]
    cmp rdx, rsp
    short jbe L2085
    mov qword ptr [rbx+24], rdi
    mov ecx, 4
.db 0x0F, 0x1F, 0x00
    call 140320710850576
    mov rdi, qword ptr [rbx+24]
L2085:
    call 140320710849224
    mov qword ptr [rbx], rax
# catch_yf
    inc qword ptr [r13+264]
L2086:
    mov eax, 2147483647
    mov qword ptr [rsp+16], rax
# line_I
# i_call_ext_e
L2087:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# try_end_y
    dec qword ptr [r13+264]
    mov qword ptr [rsp+16], 59
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# jump_f
    jmp label_368
# label_L
label_365:
# try_case_y
    dec qword ptr [r13+264]
    mov rax, qword ptr [rbx+24]
    mov qword ptr [rbx], rax
# bs_get_tail_Sdt
    mov rdi, qword ptr [rsp]
    lea rdx, qword ptr [r15+112]
    cmp rdx, rsp
    short jbe L2088
    mov qword ptr [rbx], rdi
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
    mov rdi, qword ptr [rbx]
L2088:
    call 140320710849224
    mov qword ptr [rbx+8], rax
# jump_f
    jmp label_368
# label_L
label_366:
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L2089
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L2089:
    sub rsp, 24
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp], xmm0
# catch_yf
    inc qword ptr [r13+264]
L2090:
    mov eax, 2147483647
    mov qword ptr [rsp+16], rax
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# i_call_ext_e
L2091:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# try_end_y
    dec qword ptr [r13+264]
    mov qword ptr [rsp+16], 59
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# jump_f
    jmp label_368
# label_L
label_367:
# try_case_y
    dec qword ptr [r13+264]
    mov rax, qword ptr [rbx+24]
    mov qword ptr [rbx], rax
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# label_L
label_368:
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 24
    jmp label_370
# func_line_I
# aligned_label_Lt
    align 8
label_369:
# i_func_info_IaaI
# erlang:prepare_loading_1/2
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x4E, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_370:
# i_breakpoint_trampoline
    short jmp L2092
.db 0x00
    call L1236
    align 8
L2092:
# i_test_yield
    lea rdx, qword ptr [label_370+24]
    dec r14
    jle L1234
# allocate_tt
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L2093
    mov ecx, 2
    call 140320710850576
L2093:
    sub rsp, 32
# init_yregs_I
    mov qword ptr [rsp], 59
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp+8], xmm0
# catch_yf
    inc qword ptr [r13+264]
L2094:
    mov eax, 2147483647
    mov qword ptr [rsp+24], rax
# line_I
# call_light_bif_be
    align 4
L2095:
L2096:
    long mov rcx, 9223372036854775807
    mov rax, 94919178655120
    lea rdx, qword ptr [L2095]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# try_end_y
    dec qword ptr [r13+264]
    mov qword ptr [rsp+24], 59
# deallocate_t
    add rsp, 32
# return
    dec r14
    jl L1235
    ret
# label_L
label_371:
# try_case_y
    dec qword ptr [r13+264]
    mov rax, qword ptr [rbx+24]
    mov qword ptr [rbx], rax
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx+8], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx], 779
    jne label_374
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L2097
    xor ecx, ecx
.db 0x66, 0x90
    call 140320710850576
L2097:
# put_cons_ss
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# append_cons_Is
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], rsi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# catch_yf
    inc qword ptr [r13+264]
L2098:
    mov eax, 2147483647
    mov qword ptr [rsp+24], rax
# i_move_sd
    mov qword ptr [rbx], 151307
# line_I
# call_light_bif_be
    align 4
L2099:
L2100:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089760
    lea rdx, qword ptr [L2099]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# label_L
label_372:
# try_case_y
    dec qword ptr [r13+264]
    mov rax, qword ptr [rbx+24]
    mov qword ptr [rbx], rax
# is_eq_exact_fss
    cmp qword ptr [rbx], 779
    jne label_373
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 151307
    jne label_373
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
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_375
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+8], xmm0
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx+8]
    rex test sil, 1
    jne label_375
    cmp dword ptr [rsi-2], 256
    jne label_375
# test_heap_It
    lea rdx, qword ptr [r15+104]
    cmp rdx, rsp
    short jbe L2101
    mov ecx, 3
    call 140320710850576
L2101:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx], rdi
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx+24], rdi
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+30]
    mov qword ptr [rbx+8], rdi
# put_cons_ss
L2102:
    long mov rdi, 9223372036854775807
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# put_tuple2_SA
# Move arity word
    mov edi, 256
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    mov qword ptr [r15+16], 68363
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [r15+24], rdi
    mov rdi, qword ptr [rbx+8]
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
    mov qword ptr [rbx+16], rsi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx], 779
# line_I
# call_light_bif_be
    align 4
L2103:
L2104:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090512
    lea rdx, qword ptr [L2103]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 32
# return
    dec r14
    jl L1235
    ret
# label_L
label_373:
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
label_374:
# raise_ss
    mov rdx, qword ptr [rsp]
    mov rsi, qword ptr [rbx+8]
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
label_375:
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
label_376:
# i_func_info_IaaI
# erlang:pre_loaded/0
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xC1, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
pre_loaded/0:
# i_breakpoint_trampoline
    short jmp L2105
.db 0x00
    call L1236
    align 8
L2105:
# call_bif_mfa_aaI
L2106:
    lea rsi, qword ptr [pre_loaded/0-24]
    lea rdx, qword ptr [L2106]
    mov rcx, 94919178658896
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L2107
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2107:
# call_light_bif_be
    align 4
L2108:
L2109:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L2108]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_378:
# i_func_info_IaaI
# erlang:process_display/2
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x84, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
process_display/2:
# i_breakpoint_trampoline
    short jmp L2110
.db 0x00
    call L1236
    align 8
L2110:
# i_test_yield
    lea rdx, qword ptr [process_display/2+24]
    dec r14
    jle L1234
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L2111
    mov ecx, 2
    call 140320710850576
L2111:
    sub rsp, 24
# init_yregs_I
    mov qword ptr [rsp], 59
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp+8], xmm0
# line_I
# call_light_bif_be
    align 4
L2112:
L2113:
    long mov rcx, 9223372036854775807
    mov rax, 94919178884336
    lea rdx, qword ptr [L2112]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# is_reference_fs
    mov rax, qword ptr [rbx]
    test al, 1
    jne label_383
    mov eax, dword ptr [rax-2]
    and al, 63
    cmp al, 16
    short je L2114
    cmp al, 56
    jne label_383
L2114:
# aligned_label_Lt
    align 4
label_380:
# i_loop_rec_f
    align 4
L2115:
    lea rdi, qword ptr [L2115]
    lea rsi, qword ptr [label_382]
    call 140320710852712
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_381
    cmp dword ptr [rsi-2], 128
    jne label_381
# get_two_tuple_elements_sPSS
    vpermilpd xmm0, xmmword ptr [rsi+6], 1
    vmovups xmmword ptr [rbx], xmm0
# is_eq_exact_fss
    mov rsi, qword ptr [rsp]
    mov rdi, qword ptr [rbx+8]
    cmp rdi, rsi
    short je L2116
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_381
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_381
L2116:
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
    jmp label_384
# label_L
label_381:
# loop_rec_end_f
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919178491472
    mov rsp, rbp
    dec r14
    jmp label_380
# aligned_label_Lt
    align 4
label_382:
# wait_locked_f
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    lea rsi, qword ptr [label_380]
    call 94919178213328
    mov rsp, rbp
    jmp 140320710854321
# label_L
label_383:
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# label_L
label_384:
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 4747
    je label_386
    cmp rsi, 5387
    je label_385
    jmp label_387
# label_L
label_385:
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L2117
    xor ecx, ecx
.db 0x66, 0x90
    call 140320710850576
L2117:
# put_cons_ss
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# append_cons_Is
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], rsi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_move_sd
L2118:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx], 4747
# line_I
# call_light_bif_be
    align 4
L2119:
L2120:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089904
    lea rdx, qword ptr [L2119]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L1235
    ret
# label_L
label_386:
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L2121
    xor ecx, ecx
.db 0x90
    call 140320710850576
L2121:
# put_cons_ss
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# append_cons_Is
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], rsi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_move_sd
L2122:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx], 4747
# line_I
# call_light_bif_be
    align 4
L2123:
L2124:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089904
    lea rdx, qword ptr [L2123]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L1235
    ret
# label_L
label_387:
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_388:
# i_func_info_IaaI
# erlang:process_flag/3
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xC1, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
process_flag/3:
# i_breakpoint_trampoline
    short jmp L2125
.db 0x00
    call L1236
    align 8
L2125:
# i_test_yield
    lea rdx, qword ptr [process_flag/3+24]
    dec r14
    jle L1234
# allocate_tt
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L2126
    mov ecx, 3
    call 140320710850576
L2126:
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
# line_I
# call_light_bif_be
    align 4
L2127:
L2128:
    long mov rcx, 9223372036854775807
    mov rax, 94919179093376
    lea rdx, qword ptr [L2127]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# is_reference_fs
    mov rax, qword ptr [rbx]
    test al, 1
    jne label_393
    mov eax, dword ptr [rax-2]
    and al, 63
    cmp al, 16
    short je L2129
    cmp al, 56
    jne label_393
L2129:
# aligned_label_Lt
    align 4
label_390:
# i_loop_rec_f
    align 4
L2130:
    lea rdi, qword ptr [L2130]
    lea rsi, qword ptr [label_392]
    call 140320710852712
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_391
    cmp dword ptr [rsi-2], 128
    jne label_391
# get_two_tuple_elements_sPSS
    vpermilpd xmm0, xmmword ptr [rsi+6], 1
    vmovups xmmword ptr [rbx], xmm0
# is_eq_exact_fss
    mov rsi, qword ptr [rsp]
    mov rdi, qword ptr [rbx+8]
    cmp rdi, rsi
    short je L2131
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_391
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_391
L2131:
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
    jmp label_394
# label_L
label_391:
# loop_rec_end_f
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919178491472
    mov rsp, rbp
    dec r14
    jmp label_390
# aligned_label_Lt
    align 4
label_392:
# wait_locked_f
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    lea rsi, qword ptr [label_390]
    call 94919178213328
    mov rsp, rbp
    jmp 140320710854321
# label_L
label_393:
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# label_L
label_394:
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 4747
    je label_396
    cmp rsi, 5451
    je label_395
    jmp label_397
# label_L
label_395:
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L2132
    xor ecx, ecx
.db 0x66, 0x90
    call 140320710850576
L2132:
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
# store_cons_Id
    add r15, 32
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
L2133:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx], 4747
# line_I
# call_light_bif_be
    align 4
L2134:
L2135:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089904
    lea rdx, qword ptr [L2134]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 32
# return
    dec r14
    jl L1235
    ret
# label_L
label_396:
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L2136
    xor ecx, ecx
.db 0x90
    call 140320710850576
L2136:
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
# store_cons_Id
    add r15, 32
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
L2137:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx], 4747
# line_I
# call_light_bif_be
    align 4
L2138:
L2139:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089904
    lea rdx, qword ptr [L2138]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 32
# return
    dec r14
    jl L1235
    ret
# label_L
label_397:
# deallocate_t
    add rsp, 32
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_398:
# i_func_info_IaaI
# erlang:process_info/1
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xC2, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
process_info/1:
# i_breakpoint_trampoline
    short jmp L2140
.db 0x00
    call L1236
    align 8
L2140:
# call_bif_mfa_aaI
L2141:
    lea rsi, qword ptr [process_info/1-24]
    lea rdx, qword ptr [L2141]
    mov rcx, 94919178880336
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L2142
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2142:
# call_light_bif_be
    align 4
L2143:
L2144:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L2143]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_400:
# i_func_info_IaaI
# erlang:processes/0
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x83, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
processes/0:
# i_breakpoint_trampoline
    short jmp L2145
.db 0x00
    call L1236
    align 8
L2145:
# call_bif_mfa_aaI
L2146:
    lea rsi, qword ptr [processes/0-24]
    lea rdx, qword ptr [L2146]
    mov rcx, 94919179106944
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L2147
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2147:
# call_light_bif_be
    align 4
L2148:
L2149:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L2148]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_402:
# i_func_info_IaaI
# erlang:purge_module/1
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x01, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
purge_module/1:
# i_breakpoint_trampoline
    short jmp L2150
.db 0x00
    call L1236
    align 8
L2150:
# i_test_yield
    lea rdx, qword ptr [purge_module/1+24]
    dec r14
    jle L1234
# is_atom_fs
    mov rax, qword ptr [rbx]
    and al, 63
    cmp al, 11
    jne label_406
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L2151
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2151:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# line_I
# i_call_ext_e
L2152:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_407
    cmp dword ptr [rsi-2], 128
    jne label_407
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+8]
    cmp rsi, 11
    je label_405
    cmp rsi, 75
    je label_404
    jmp label_407
# label_L
label_404:
# i_move_sd
    mov qword ptr [rbx], 75
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L1235
    ret
# label_L
label_405:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2153
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2153:
# put_cons_ss
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_move_sd
L2154:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx], 4747
# line_I
# call_light_bif_be
    align 4
L2155:
L2156:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089904
    lea rdx, qword ptr [L2155]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L1235
    ret
# label_L
label_406:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2157
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L2157:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_move_sd
L2158:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx], 4747
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L2159
    mov ecx, 3
.db 0x90
    call 140320710850576
L2159:
# call_light_bif_be
    align 4
L2160:
L2161:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089904
    lea rdx, qword ptr [L2160]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# label_L
label_407:
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
label_408:
# i_func_info_IaaI
# erlang:put/2
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xC2, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
put/2:
# i_breakpoint_trampoline
    short jmp L2162
.db 0x00
    call L1236
    align 8
L2162:
# call_bif_mfa_aaI
L2163:
    lea rsi, qword ptr [put/2-24]
    lea rdx, qword ptr [L2163]
    mov rcx, 94919179275296
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L2164
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2164:
# call_light_bif_be
    align 4
L2165:
L2166:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L2165]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_410:
# i_func_info_IaaI
# erlang:raise/3
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xDA, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
raise/3:
# i_breakpoint_trampoline
    short jmp L2167
.db 0x00
    call L1236
    align 8
L2167:
# call_bif_mfa_aaI
L2168:
    lea rsi, qword ptr [raise/3-24]
    lea rdx, qword ptr [L2168]
    mov rcx, 94919179090512
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L2169
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2169:
# call_light_bif_be
    align 4
L2170:
L2171:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L2170]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_412:
# i_func_info_IaaI
# erlang:read_timer/1
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xD8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
read_timer/1:
# i_breakpoint_trampoline
    short jmp L2172
.db 0x00
    call L1236
    align 8
L2172:
# call_bif_mfa_aaI
L2173:
    lea rsi, qword ptr [read_timer/1-24]
    lea rdx, qword ptr [L2173]
    mov rcx, 94919179832480
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L2174
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2174:
# call_light_bif_be
    align 4
L2175:
L2176:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L2175]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_414:
# i_func_info_IaaI
# erlang:read_timer/2
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xD8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
read_timer/2:
# i_breakpoint_trampoline
    short jmp L2177
.db 0x00
    call L1236
    align 8
L2177:
# call_bif_mfa_aaI
L2178:
    lea rsi, qword ptr [read_timer/2-24]
    lea rdx, qword ptr [L2178]
    mov rcx, 94919179832512
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L2179
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2179:
# call_light_bif_be
    align 4
L2180:
L2181:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L2180]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_416:
# i_func_info_IaaI
# erlang:ref_to_list/1
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xD9, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
ref_to_list/1:
# i_breakpoint_trampoline
    short jmp L2182
.db 0x00
    call L1236
    align 8
L2182:
# call_bif_mfa_aaI
L2183:
    lea rsi, qword ptr [ref_to_list/1-24]
    lea rdx, qword ptr [L2183]
    mov rcx, 94919179108512
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L2184
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2184:
# call_light_bif_be
    align 4
L2185:
L2186:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L2185]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_418:
# i_func_info_IaaI
# erlang:register/2
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x8A, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
register/2:
# i_breakpoint_trampoline
    short jmp L2187
.db 0x00
    call L1236
    align 8
L2187:
# call_bif_mfa_aaI
L2188:
    lea rsi, qword ptr [register/2-24]
    lea rdx, qword ptr [L2188]
    mov rcx, 94919179093792
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L2189
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2189:
# call_light_bif_be
    align 4
L2190:
L2191:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L2190]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_420:
# i_func_info_IaaI
# erlang:registered/0
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xC2, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
registered/0:
# i_breakpoint_trampoline
    short jmp L2192
.db 0x00
    call L1236
    align 8
L2192:
# call_bif_mfa_aaI
L2193:
    lea rsi, qword ptr [registered/0-24]
    lea rdx, qword ptr [L2193]
    mov rcx, 94919179683968
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L2194
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2194:
# call_light_bif_be
    align 4
L2195:
L2196:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L2195]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_422:
# i_func_info_IaaI
# erlang:resume_process/1
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xD1, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
resume_process/1:
# i_breakpoint_trampoline
    short jmp L2197
.db 0x00
    call L1236
    align 8
L2197:
# call_bif_mfa_aaI
L2198:
    lea rsi, qword ptr [resume_process/1-24]
    lea rdx, qword ptr [L2198]
    mov rcx, 94919178114256
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L2199
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2199:
# call_light_bif_be
    align 4
L2200:
L2201:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L2200]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_424:
# i_func_info_IaaI
# erlang:round/1
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xC2, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
round/1:
# i_breakpoint_trampoline
    short jmp L2202
.db 0x00
    call L1236
    align 8
L2202:
# call_bif_mfa_aaI
L2203:
    lea rsi, qword ptr [round/1-24]
    lea rdx, qword ptr [L2203]
    mov rcx, 94919178858016
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L2204
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2204:
# call_light_bif_be
    align 4
L2205:
L2206:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L2205]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_426:
# i_func_info_IaaI
# erlang:self/0
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xC3, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
self/0:
# i_breakpoint_trampoline
    short jmp L2207
.db 0x00
    call L1236
    align 8
L2207:
# call_bif_mfa_aaI
L2208:
    lea rsi, qword ptr [self/0-24]
    lea rdx, qword ptr [L2208]
    mov rcx, 94919179104160
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L2209
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2209:
# call_light_bif_be
    align 4
L2210:
L2211:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L2210]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_428:
# i_func_info_IaaI
# erlang:send_after/3
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xD7, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
send_after/3:
# i_breakpoint_trampoline
    short jmp L2212
.db 0x00
    call L1236
    align 8
L2212:
# call_bif_mfa_aaI
L2213:
    lea rsi, qword ptr [send_after/3-24]
    lea rdx, qword ptr [L2213]
    mov rcx, 94919179830656
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L2214
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2214:
# call_light_bif_be
    align 4
L2215:
L2216:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L2215]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_430:
# i_func_info_IaaI
# erlang:send_after/4
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xD7, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
send_after/4:
# i_breakpoint_trampoline
    short jmp L2217
.db 0x00
    call L1236
    align 8
L2217:
# call_bif_mfa_aaI
L2218:
    lea rsi, qword ptr [send_after/4-24]
    lea rdx, qword ptr [L2218]
    mov rcx, 94919179830912
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L2219
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2219:
# call_light_bif_be
    align 4
L2220:
L2221:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L2220]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_432:
# i_func_info_IaaI
# erlang:seq_trace/2
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xD0, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
seq_trace/2:
# i_breakpoint_trampoline
    short jmp L2222
.db 0x00
    call L1236
    align 8
L2222:
# call_bif_mfa_aaI
L2223:
    lea rsi, qword ptr [seq_trace/2-24]
    lea rdx, qword ptr [L2223]
    mov rcx, 94919178966560
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L2224
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2224:
# call_light_bif_be
    align 4
L2225:
L2226:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L2225]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_434:
# i_func_info_IaaI
# erlang:seq_trace_print/1
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xD0, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
seq_trace_print/1:
# i_breakpoint_trampoline
    short jmp L2227
.db 0x00
    call L1236
    align 8
L2227:
# call_bif_mfa_aaI
L2228:
    lea rsi, qword ptr [seq_trace_print/1-24]
    lea rdx, qword ptr [L2228]
    mov rcx, 94919178967424
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L2229
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2229:
# call_light_bif_be
    align 4
L2230:
L2231:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L2230]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_436:
# i_func_info_IaaI
# erlang:seq_trace_print/2
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xD0, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
seq_trace_print/2:
# i_breakpoint_trampoline
    short jmp L2232
.db 0x00
    call L1236
    align 8
L2232:
# call_bif_mfa_aaI
L2233:
    lea rsi, qword ptr [seq_trace_print/2-24]
    lea rdx, qword ptr [L2233]
    mov rcx, 94919178967520
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L2234
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2234:
# call_light_bif_be
    align 4
L2235:
L2236:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L2235]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_438:
# i_func_info_IaaI
# erlang:setnode/2
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xC7, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
setnode/2:
# i_breakpoint_trampoline
    short jmp L2237
.db 0x00
    call L1236
    align 8
L2237:
# call_bif_mfa_aaI
L2238:
    lea rsi, qword ptr [setnode/2-24]
    lea rdx, qword ptr [L2238]
    mov rcx, 94919179411264
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L2239
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2239:
# call_light_bif_be
    align 4
L2240:
L2241:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L2240]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_440:
# i_func_info_IaaI
# erlang:setnode/3
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xC7, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
setnode/3:
# i_breakpoint_trampoline
    short jmp L2242
.db 0x00
    call L1236
    align 8
L2242:
# i_test_yield
    lea rdx, qword ptr [setnode/3+24]
    dec r14
    jle L1234
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx+16]
    rex test sil, 1
    jne label_449
    cmp dword ptr [rsi-2], 128
    jne label_449
# allocate_tt
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L2243
    mov ecx, 3
.db 0x90
    call 140320710850576
L2243:
    sub rsp, 40
# init_yregs_I
    mov eax, 59
    mov rdi, rsp
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rsp+16], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+32], rdi
# line_I
# call_light_bif_be
    align 4
L2244:
L2245:
    long mov rcx, 9223372036854775807
    mov rax, 94919179412048
    lea rdx, qword ptr [L2244]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_446
    cmp dword ptr [rsi-2], 128
    jne label_446
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx], rdi
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rsp], rdi
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 25035
    je label_443
    cmp rsi, 30603
    je label_442
    jmp label_446
# label_L
label_442:
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# jump_f
    jmp label_447
# aligned_label_Lt
    align 4
label_443:
# i_loop_rec_f
    align 4
L2246:
    lea rdi, qword ptr [L2246]
    lea rsi, qword ptr [label_445]
    call 140320710852712
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_444
    cmp dword ptr [rsi-2], 128
    jne label_444
# get_two_tuple_elements_sPSS
    vpermilpd xmm0, xmmword ptr [rsi+6], 1
    vmovups xmmword ptr [rbx], xmm0
# is_eq_exact_fss
    mov rsi, qword ptr [rsp]
    mov rdi, qword ptr [rbx+8]
    cmp rdi, rsi
    short je L2247
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
L2247:
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
    jmp label_447
# label_L
label_444:
# loop_rec_end_f
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919178491472
    mov rsp, rbp
    dec r14
    jmp label_443
# aligned_label_Lt
    align 4
label_445:
# wait_locked_f
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    lea rsi, qword ptr [label_443]
    call 94919178213328
    mov rsp, rbp
    jmp 140320710854321
# label_L
label_446:
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# label_L
label_447:
# is_atom_fs
    mov rax, qword ptr [rbx]
    and al, 63
    cmp al, 11
    jne label_448
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L2248
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2248:
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
# append_cons_Is
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [r15+32], rdi
    mov qword ptr [r15+40], rsi
    lea rsi, qword ptr [r15+33]
# store_cons_Id
    add r15, 48
    mov qword ptr [rbx+8], rsi
# line_I
# call_light_bif_be
    align 4
L2249:
L2250:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089760
    lea rdx, qword ptr [L2249]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 40
# return
    dec r14
    jl L1235
    ret
# label_L
label_448:
# deallocate_t
    add rsp, 40
# return
    dec r14
    jl L1235
    ret
# label_L
label_449:
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L2251
    mov ecx, 3
    call 140320710850576
L2251:
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
# append_cons_Is
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# store_cons_Id
    add r15, 32
    mov qword ptr [rbx+8], rsi
# i_move_sd
L2252:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx], 4747
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L2253
    mov ecx, 3
.db 0x66, 0x90
    call 140320710850576
L2253:
# call_light_bif_be
    align 4
L2254:
L2255:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089904
    lea rdx, qword ptr [L2254]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_450:
# i_func_info_IaaI
# erlang:size/1
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x9C, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
size/1:
# i_breakpoint_trampoline
    short jmp L2256
.db 0x00
    call L1236
    align 8
L2256:
# call_bif_mfa_aaI
L2257:
    lea rsi, qword ptr [size/1-24]
    lea rdx, qword ptr [L2257]
    mov rcx, 94919178858784
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L2258
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2258:
# call_light_bif_be
    align 4
L2259:
L2260:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L2259]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_452:
# i_func_info_IaaI
# erlang:spawn/3
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xC3, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
spawn/3:
# i_breakpoint_trampoline
    short jmp L2261
.db 0x00
    call L1236
    align 8
L2261:
# call_bif_mfa_aaI
L2262:
    lea rsi, qword ptr [spawn/3-24]
    lea rdx, qword ptr [L2262]
    mov rcx, 94919179082800
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L2263
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2263:
# call_light_bif_be
    align 4
L2264:
L2265:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L2264]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_454:
# i_func_info_IaaI
# erlang:spawn_link/3
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xC3, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
spawn_link/3:
# i_breakpoint_trampoline
    short jmp L2266
.db 0x00
    call L1236
    align 8
L2266:
# call_bif_mfa_aaI
L2267:
    lea rsi, qword ptr [spawn_link/3-24]
    lea rdx, qword ptr [L2267]
    mov rcx, 94919179086576
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L2268
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2268:
# call_light_bif_be
    align 4
L2269:
L2270:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L2269]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_456:
# i_func_info_IaaI
# erlang:split_binary/2
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xC4, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
split_binary/2:
# i_breakpoint_trampoline
    short jmp L2271
.db 0x00
    call L1236
    align 8
L2271:
# call_bif_mfa_aaI
L2272:
    lea rsi, qword ptr [split_binary/2-24]
    lea rdx, qword ptr [L2272]
    mov rcx, 94919179449728
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L2273
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2273:
# call_light_bif_be
    align 4
L2274:
L2275:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L2274]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_458:
# i_func_info_IaaI
# erlang:start_timer/3
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xD7, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
start_timer/3:
# i_breakpoint_trampoline
    short jmp L2276
.db 0x00
    call L1236
    align 8
L2276:
# call_bif_mfa_aaI
L2277:
    lea rsi, qword ptr [start_timer/3-24]
    lea rdx, qword ptr [L2277]
    mov rcx, 94919179831456
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L2278
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2278:
# call_light_bif_be
    align 4
L2279:
L2280:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L2279]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_460:
# i_func_info_IaaI
# erlang:start_timer/4
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xD7, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
start_timer/4:
# i_breakpoint_trampoline
    short jmp L2281
.db 0x00
    call L1236
    align 8
L2281:
# call_bif_mfa_aaI
L2282:
    lea rsi, qword ptr [start_timer/4-24]
    lea rdx, qword ptr [L2282]
    mov rcx, 94919179831712
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L2283
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2283:
# call_light_bif_be
    align 4
L2284:
L2285:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L2284]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_462:
# i_func_info_IaaI
# erlang:suspend_process/2
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xD1, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
suspend_process/2:
# i_breakpoint_trampoline
    short jmp L2286
.db 0x00
    call L1236
    align 8
L2286:
# i_test_yield
    lea rdx, qword ptr [suspend_process/2+24]
    dec r14
    jle L1234
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L2287
    mov ecx, 2
    call 140320710850576
L2287:
    sub rsp, 24
# init_yregs_I
    mov qword ptr [rsp], 59
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp+8], xmm0
# line_I
# call_light_bif_be
    align 4
L2288:
L2289:
    long mov rcx, 9223372036854775807
    mov rax, 94919178155872
    lea rdx, qword ptr [L2288]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# is_reference_fs
    mov rax, qword ptr [rbx]
    test al, 1
    jne label_467
    mov eax, dword ptr [rax-2]
    and al, 63
    cmp al, 16
    short je L2290
    cmp al, 56
    jne label_467
L2290:
# aligned_label_Lt
    align 4
label_464:
# i_loop_rec_f
    align 4
L2291:
    lea rdi, qword ptr [L2291]
    lea rsi, qword ptr [label_466]
    call 140320710852712
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_465
    cmp dword ptr [rsi-2], 128
    jne label_465
# get_two_tuple_elements_sPSS
    vpermilpd xmm0, xmmword ptr [rsi+6], 1
    vmovups xmmword ptr [rbx], xmm0
# is_eq_exact_fss
    mov rsi, qword ptr [rsp]
    mov rdi, qword ptr [rbx+8]
    cmp rdi, rsi
    short je L2292
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_465
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_465
L2292:
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
    jmp label_468
# label_L
label_465:
# loop_rec_end_f
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919178491472
    mov rsp, rbp
    dec r14
    jmp label_464
# aligned_label_Lt
    align 4
label_466:
# wait_locked_f
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    lea rsi, qword ptr [label_464]
    call 94919178213328
    mov rsp, rbp
    jmp 140320710854321
# label_L
label_467:
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# label_L
label_468:
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 11
    je label_469
    cmp rsi, 75
    je label_469
    cmp rsi, 5387
    je label_470
    jmp label_471
# label_L
label_469:
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L1235
    ret
# label_L
label_470:
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L2293
    xor ecx, ecx
.db 0x90
    call 140320710850576
L2293:
# put_cons_ss
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# append_cons_Is
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], rsi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_move_sd
L2294:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx], 4747
# line_I
# call_light_bif_be
    align 4
L2295:
L2296:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089904
    lea rdx, qword ptr [L2295]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L1235
    ret
# label_L
label_471:
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L2297
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L2297:
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
# store_cons_Id
    add r15, 32
    mov qword ptr [rbx+8], rsi
# i_move_sd
L2298:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+16], rdi
# line_I
# call_light_bif_be
    align 4
L2299:
L2300:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089904
    lea rdx, qword ptr [L2299]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_472:
# i_func_info_IaaI
# erlang:suspend_process/1
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xD1, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
suspend_process/1:
# i_breakpoint_trampoline
    short jmp L2301
.db 0x00
    call L1236
    align 8
L2301:
# i_test_yield
    lea rdx, qword ptr [suspend_process/1+24]
    dec r14
    jle L1234
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2302
    mov ecx, 1
    call 140320710850576
L2302:
    sub rsp, 16
# init_yregs_I
    mov qword ptr [rsp], 59
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# i_move_sd
    mov qword ptr [rbx+8], 59
# line_I
# call_light_bif_be
    align 4
L2303:
L2304:
    long mov rcx, 9223372036854775807
    mov rax, 94919178155872
    lea rdx, qword ptr [L2303]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# is_reference_fs
    mov rax, qword ptr [rbx]
    test al, 1
    jne label_477
    mov eax, dword ptr [rax-2]
    and al, 63
    cmp al, 16
    short je L2305
    cmp al, 56
    jne label_477
L2305:
# aligned_label_Lt
    align 4
label_474:
# i_loop_rec_f
    align 4
L2306:
    lea rdi, qword ptr [L2306]
    lea rsi, qword ptr [label_476]
    call 140320710852712
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_475
    cmp dword ptr [rsi-2], 128
    jne label_475
# get_two_tuple_elements_sPSS
    vpermilpd xmm0, xmmword ptr [rsi+6], 1
    vmovups xmmword ptr [rbx], xmm0
# is_eq_exact_fss
    mov rsi, qword ptr [rsp]
    mov rdi, qword ptr [rbx+8]
    cmp rdi, rsi
    short je L2307
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_475
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_475
L2307:
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
    jmp label_478
# label_L
label_475:
# loop_rec_end_f
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919178491472
    mov rsp, rbp
    dec r14
    jmp label_474
# aligned_label_Lt
    align 4
label_476:
# wait_locked_f
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    lea rsi, qword ptr [label_474]
    call 94919178213328
    mov rsp, rbp
    jmp 140320710854321
# label_L
label_477:
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# label_L
label_478:
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 11
    je label_480
    cmp rsi, 75
    je label_479
    jmp label_481
# label_L
label_479:
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L1235
    ret
# label_L
label_480:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2308
    xor ecx, ecx
.db 0x66, 0x90
    call 140320710850576
L2308:
# put_cons_ss
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_move_sd
    mov qword ptr [rbx], 21579
# line_I
# call_light_bif_be
    align 4
L2309:
L2310:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089760
    lea rdx, qword ptr [L2309]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L1235
    ret
# label_L
label_481:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2311
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L2311:
# put_cons_ss
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_move_sd
L2312:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+16], rdi
# line_I
# call_light_bif_be
    align 4
L2313:
L2314:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089904
    lea rdx, qword ptr [L2313]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_482:
# i_func_info_IaaI
# erlang:system_monitor/0
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xD9, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
system_monitor/0:
# i_breakpoint_trampoline
    short jmp L2315
.db 0x00
    call L1236
    align 8
L2315:
# call_bif_mfa_aaI
L2316:
    lea rsi, qword ptr [system_monitor/0-24]
    lea rdx, qword ptr [L2316]
    mov rcx, 94919178968688
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L2317
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2317:
# call_light_bif_be
    align 4
L2318:
L2319:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L2318]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_484:
# i_func_info_IaaI
# erlang:system_monitor/1
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xD9, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
system_monitor/1:
# i_breakpoint_trampoline
    short jmp L2320
.db 0x00
    call L1236
    align 8
L2320:
# call_bif_mfa_aaI
L2321:
    lea rsi, qword ptr [system_monitor/1-24]
    lea rdx, qword ptr [L2321]
    mov rcx, 94919178968704
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L2322
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2322:
# call_light_bif_be
    align 4
L2323:
L2324:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L2323]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_486:
# i_func_info_IaaI
# erlang:system_monitor/2
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xD9, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
system_monitor/2:
# i_breakpoint_trampoline
    short jmp L2325
.db 0x00
    call L1236
    align 8
L2325:
# call_bif_mfa_aaI
L2326:
    lea rsi, qword ptr [system_monitor/2-24]
    lea rdx, qword ptr [L2326]
    mov rcx, 94919178968816
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L2327
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2327:
# call_light_bif_be
    align 4
L2328:
L2329:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L2328]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_488:
# i_func_info_IaaI
# erlang:system_profile/0
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xD9, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
system_profile/0:
# i_breakpoint_trampoline
    short jmp L2330
.db 0x00
    call L1236
    align 8
L2330:
# call_bif_mfa_aaI
L2331:
    lea rsi, qword ptr [system_profile/0-24]
    lea rdx, qword ptr [L2331]
    mov rcx, 94919178969024
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L2332
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2332:
# call_light_bif_be
    align 4
L2333:
L2334:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L2333]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_490:
# i_func_info_IaaI
# erlang:system_profile/2
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xD9, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
system_profile/2:
# i_breakpoint_trampoline
    short jmp L2335
.db 0x00
    call L1236
    align 8
L2335:
# call_bif_mfa_aaI
L2336:
    lea rsi, qword ptr [system_profile/2-24]
    lea rdx, qword ptr [L2336]
    mov rcx, 94919178969040
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L2337
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2337:
# call_light_bif_be
    align 4
L2338:
L2339:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L2338]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_492:
# i_func_info_IaaI
# erlang:throw/1
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
throw/1:
# i_breakpoint_trampoline
    short jmp L2340
.db 0x00
    call L1236
    align 8
L2340:
# call_bif_mfa_aaI
L2341:
    lea rsi, qword ptr [throw/1-24]
    lea rdx, qword ptr [L2341]
    mov rcx, 94919179106976
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L2342
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2342:
# call_light_bif_be
    align 4
L2343:
L2344:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L2343]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_494:
# i_func_info_IaaI
# erlang:time/0
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xC5, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
time/0:
# i_breakpoint_trampoline
    short jmp L2345
.db 0x00
    call L1236
    align 8
L2345:
# call_bif_mfa_aaI
L2346:
    lea rsi, qword ptr [time/0-24]
    lea rdx, qword ptr [L2346]
    mov rcx, 94919179104176
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L2347
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2347:
# call_light_bif_be
    align 4
L2348:
L2349:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L2348]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_496:
# i_func_info_IaaI
# erlang:trace/3
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xA8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
trace/3:
# i_breakpoint_trampoline
    short jmp L2350
.db 0x00
    call L1236
    align 8
L2350:
# i_test_yield
    lea rdx, qword ptr [trace/3+24]
    dec r14
    jle L1234
# allocate_tt
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L2351
    mov ecx, 3
    call 140320710850576
L2351:
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
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx], 43275
# line_I
# i_call_f
.db 0x90
    call label_1222
# catch_yf
    inc qword ptr [r13+264]
L2352:
    mov eax, 2147483647
    mov qword ptr [rsp+32], rax
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+8], 1
    vmovups xmmword ptr [rbx+8], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L2353:
L2354:
    long mov rcx, 9223372036854775807
    mov rax, 94919178951680
    lea rdx, qword ptr [L2353]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# try_end_y
    dec qword ptr [r13+264]
    mov qword ptr [rsp+32], 59
# deallocate_t
    add rsp, 40
# return
    dec r14
    jl L1235
    ret
# label_L
label_498:
# try_case_y
    dec qword ptr [r13+264]
    mov rax, qword ptr [rbx+24]
    mov qword ptr [rbx], rax
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx+8], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx], 779
    jne label_501
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L2355
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
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
# store_cons_Id
    add r15, 32
    mov qword ptr [rbx], rsi
# append_cons_Is
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], rsi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rsp+32], rsi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
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
# is_nonempty_list_get_hd_fSd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_500
    mov rsi, qword ptr [rax-1]
    mov qword ptr [rbx+8], rsi
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx+8]
    rex test sil, 1
    jne label_500
    cmp dword ptr [rsi-2], 256
    jne label_500
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+30]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx+8], 31
# init_yregs_I
    mov eax, 59
    lea rdi, qword ptr [rsp+8]
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# i_move_sd
    mov qword ptr [rbx], 14859
# line_I
# call_light_bif_be
    align 4
L2356:
L2357:
    long mov rcx, 9223372036854775807
    mov rax, 94919178929168
    lea rdx, qword ptr [L2356]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_is_tagged_tuple_ff_ffsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_499
    mov rdi, qword ptr [rsi-2]
    rex test dil, 63
    jne label_499
    cmp edi, 128
    jne label_502
    cmp qword ptr [rsi+6], 14859
    jne label_502
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2358
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2358:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+16], rsi
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L2359:
L2360:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089904
    lea rdx, qword ptr [L2359]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 40
# return
    dec r14
    jl L1235
    ret
# label_L
label_499:
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx+8], rdi
# i_move_sd
L2361:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L2362:
L2363:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089904
    lea rdx, qword ptr [L2362]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 40
# return
    dec r14
    jl L1235
    ret
# label_L
label_500:
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 40
    jmp label_1232
# label_L
label_501:
# raise_ss
    mov rdx, qword ptr [rsp]
    mov rsi, qword ptr [rbx+8]
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
label_502:
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
label_503:
# i_func_info_IaaI
# erlang:trace_delivered/1
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xD0, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
trace_delivered/1:
# i_breakpoint_trampoline
    short jmp L2364
.db 0x00
    call L1236
    align 8
L2364:
# call_bif_mfa_aaI
L2365:
    lea rsi, qword ptr [trace_delivered/1-24]
    lea rdx, qword ptr [L2365]
    mov rcx, 94919178969888
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L2366
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2366:
# call_light_bif_be
    align 4
L2367:
L2368:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L2367]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_505:
# i_func_info_IaaI
# erlang:trace_info/2
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xCF, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
trace_info/2:
# i_breakpoint_trampoline
    short jmp L2369
.db 0x00
    call L1236
    align 8
L2369:
# call_bif_mfa_aaI
L2370:
    lea rsi, qword ptr [trace_info/2-24]
    lea rdx, qword ptr [L2370]
    mov rcx, 94919178955072
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L2371
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2371:
# call_light_bif_be
    align 4
L2372:
L2373:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L2372]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_507:
# i_func_info_IaaI
# erlang:trunc/1
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xC5, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
trunc/1:
# i_breakpoint_trampoline
    short jmp L2374
.db 0x00
    call L1236
    align 8
L2374:
# call_bif_mfa_aaI
L2375:
    lea rsi, qword ptr [trunc/1-24]
    lea rdx, qword ptr [L2375]
    mov rcx, 94919178857424
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L2376
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2376:
# call_light_bif_be
    align 4
L2377:
L2378:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L2377]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_509:
# i_func_info_IaaI
# erlang:tuple_size/1
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xEF, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
tuple_size/1:
# i_breakpoint_trampoline
    short jmp L2379
.db 0x00
    call L1236
    align 8
L2379:
# call_bif_mfa_aaI
L2380:
    lea rsi, qword ptr [tuple_size/1-24]
    lea rdx, qword ptr [L2380]
    mov rcx, 94919179098688
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L2381
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2381:
# call_light_bif_be
    align 4
L2382:
L2383:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L2382]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_511:
# i_func_info_IaaI
# erlang:universaltime/0
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xC6, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
universaltime/0:
# i_breakpoint_trampoline
    short jmp L2384
.db 0x00
    call L1236
    align 8
L2384:
# call_bif_mfa_aaI
L2385:
    lea rsi, qword ptr [universaltime/0-24]
    lea rdx, qword ptr [L2385]
    mov rcx, 94919179104560
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L2386
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2386:
# call_light_bif_be
    align 4
L2387:
L2388:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L2387]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_513:
# i_func_info_IaaI
# erlang:universaltime_to_posixtime/1
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xF8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
universaltime_to_posixtime/1:
# i_breakpoint_trampoline
    short jmp L2389
.db 0x00
    call L1236
    align 8
L2389:
# call_bif_mfa_aaI
L2390:
    lea rsi, qword ptr [universaltime_to_posixtime/1-24]
    lea rdx, qword ptr [L2390]
    mov rcx, 94919179106032
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L2391
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2391:
# call_light_bif_be
    align 4
L2392:
L2393:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L2392]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_515:
# i_func_info_IaaI
# erlang:unlink/1
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xC6, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
unlink/1:
# i_breakpoint_trampoline
    short jmp L2394
.db 0x00
    call L1236
    align 8
L2394:
# call_bif_mfa_aaI
L2395:
    lea rsi, qword ptr [unlink/1-24]
    lea rdx, qword ptr [L2395]
    mov rcx, 94919179088544
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L2396
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2396:
# call_light_bif_be
    align 4
L2397:
L2398:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L2397]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_517:
# i_func_info_IaaI
# erlang:unregister/1
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xAC, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
unregister/1:
# i_breakpoint_trampoline
    short jmp L2399
.db 0x00
    call L1236
    align 8
L2399:
# call_bif_mfa_aaI
L2400:
    lea rsi, qword ptr [unregister/1-24]
    lea rdx, qword ptr [L2400]
    mov rcx, 94919179093840
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L2401
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2401:
# call_light_bif_be
    align 4
L2402:
L2403:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L2402]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_519:
# i_func_info_IaaI
# erlang:whereis/1
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xC6, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
whereis/1:
# i_breakpoint_trampoline
    short jmp L2404
.db 0x00
    call L1236
    align 8
L2404:
# call_bif_mfa_aaI
L2405:
    lea rsi, qword ptr [whereis/1-24]
    lea rdx, qword ptr [L2405]
    mov rcx, 94919179093904
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L2406
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2406:
# call_light_bif_be
    align 4
L2407:
L2408:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L2407]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_521:
# i_func_info_IaaI
# erlang:abs/1
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xB4, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
abs/1:
# i_breakpoint_trampoline
    short jmp L2409
.db 0x00
    call L1236
    align 8
L2409:
# call_bif_mfa_aaI
L2410:
    lea rsi, qword ptr [abs/1-24]
    lea rdx, qword ptr [L2410]
    mov rcx, 94919178856864
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L2411
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2411:
# call_light_bif_be
    align 4
L2412:
L2413:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L2412]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_523:
# i_func_info_IaaI
# erlang:append/2
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xDB, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
append/2:
# i_breakpoint_trampoline
    short jmp L2414
.db 0x00
    call L1236
    align 8
L2414:
# call_bif_mfa_aaI
L2415:
    lea rsi, qword ptr [append/2-24]
    lea rdx, qword ptr [L2415]
    mov rcx, 94919178927856
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L2416
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2416:
# call_light_bif_be
    align 4
L2417:
L2418:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L2417]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_525:
# i_func_info_IaaI
# erlang:element/2
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xB7, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
element/2:
# i_breakpoint_trampoline
    short jmp L2419
.db 0x00
    call L1236
    align 8
L2419:
# call_bif_mfa_aaI
L2420:
    lea rsi, qword ptr [element/2-24]
    lea rdx, qword ptr [L2420]
    mov rcx, 94919179098608
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L2421
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2421:
# call_light_bif_be
    align 4
L2422:
L2423:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L2422]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_527:
# i_func_info_IaaI
# erlang:get_module_info/2
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xED, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
get_module_info/2:
# i_breakpoint_trampoline
    short jmp L2424
.db 0x00
    call L1236
    align 8
L2424:
# call_bif_mfa_aaI
L2425:
    lea rsi, qword ptr [get_module_info/2-24]
    lea rdx, qword ptr [L2425]
    mov rcx, 94919178913216
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L2426
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2426:
# call_light_bif_be
    align 4
L2427:
L2428:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L2427]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_529:
# i_func_info_IaaI
# erlang:hd/1
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xBA, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
hd/1:
# i_breakpoint_trampoline
    short jmp L2429
.db 0x00
    call L1236
    align 8
L2429:
# call_bif_mfa_aaI
L2430:
    lea rsi, qword ptr [hd/1-24]
    lea rdx, qword ptr [L2430]
    mov rcx, 94919179095760
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L2431
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2431:
# call_light_bif_be
    align 4
L2432:
L2433:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L2432]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_531:
# i_func_info_IaaI
# erlang:is_atom/1
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xDC, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
is_atom/1:
# i_breakpoint_trampoline
    short jmp L2434
.db 0x00
    call L1236
    align 8
L2434:
# call_bif_mfa_aaI
L2435:
    lea rsi, qword ptr [is_atom/1-24]
    lea rdx, qword ptr [L2435]
    mov rcx, 94919178916128
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L2436
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2436:
# call_light_bif_be
    align 4
L2437:
L2438:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L2437]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_533:
# i_func_info_IaaI
# erlang:is_binary/1
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xDE, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
is_binary/1:
# i_breakpoint_trampoline
    short jmp L2439
.db 0x00
    call L1236
    align 8
L2439:
# call_bif_mfa_aaI
L2440:
    lea rsi, qword ptr [is_binary/1-24]
    lea rdx, qword ptr [L2440]
    mov rcx, 94919178916608
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L2441
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2441:
# call_light_bif_be
    align 4
L2442:
L2443:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L2442]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_535:
# i_func_info_IaaI
# erlang:is_bitstring/1
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xEE, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
is_bitstring/1:
# i_breakpoint_trampoline
    short jmp L2444
.db 0x00
    call L1236
    align 8
L2444:
# call_bif_mfa_aaI
L2445:
    lea rsi, qword ptr [is_bitstring/1-24]
    lea rdx, qword ptr [L2445]
    mov rcx, 94919178916688
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L2446
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2446:
# call_light_bif_be
    align 4
L2447:
L2448:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L2447]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_537:
# i_func_info_IaaI
# erlang:is_boolean/1
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xED, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
is_boolean/1:
# i_breakpoint_trampoline
    short jmp L2449
.db 0x00
    call L1236
    align 8
L2449:
# call_bif_mfa_aaI
L2450:
    lea rsi, qword ptr [is_boolean/1-24]
    lea rdx, qword ptr [L2450]
    mov rcx, 94919178917024
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L2451
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2451:
# call_light_bif_be
    align 4
L2452:
L2453:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L2452]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_539:
# i_func_info_IaaI
# erlang:is_float/1
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xDC, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
is_float/1:
# i_breakpoint_trampoline
    short jmp L2454
.db 0x00
    call L1236
    align 8
L2454:
# call_bif_mfa_aaI
L2455:
    lea rsi, qword ptr [is_float/1-24]
    lea rdx, qword ptr [L2455]
    mov rcx, 94919178916160
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L2456
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2456:
# call_light_bif_be
    align 4
L2457:
L2458:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L2457]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_541:
# i_func_info_IaaI
# erlang:is_function/1
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xDE, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
is_function/1:
# i_breakpoint_trampoline
    short jmp L2459
.db 0x00
    call L1236
    align 8
L2459:
# call_bif_mfa_aaI
L2460:
    lea rsi, qword ptr [is_function/1-24]
    lea rdx, qword ptr [L2460]
    mov rcx, 94919178916752
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L2461
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2461:
# call_light_bif_be
    align 4
L2462:
L2463:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L2462]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_543:
# i_func_info_IaaI
# erlang:is_function/2
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xDE, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
is_function/2:
# i_breakpoint_trampoline
    short jmp L2464
.db 0x00
    call L1236
    align 8
L2464:
# call_bif_mfa_aaI
L2465:
    lea rsi, qword ptr [is_function/2-24]
    lea rdx, qword ptr [L2465]
    mov rcx, 94919178916784
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L2466
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2466:
# call_light_bif_be
    align 4
L2467:
L2468:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L2467]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_545:
# i_func_info_IaaI
# erlang:is_integer/1
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xDD, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
is_integer/1:
# i_breakpoint_trampoline
    short jmp L2469
.db 0x00
    call L1236
    align 8
L2469:
# call_bif_mfa_aaI
L2470:
    lea rsi, qword ptr [is_integer/1-24]
    lea rdx, qword ptr [L2470]
    mov rcx, 94919178916192
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L2471
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2471:
# call_light_bif_be
    align 4
L2472:
L2473:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L2472]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_547:
# i_func_info_IaaI
# erlang:is_list/1
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xDC, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
is_list/1:
# i_breakpoint_trampoline
    short jmp L2474
.db 0x00
    call L1236
    align 8
L2474:
# call_bif_mfa_aaI
L2475:
    lea rsi, qword ptr [is_list/1-24]
    lea rdx, qword ptr [L2475]
    mov rcx, 94919178916256
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L2476
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2476:
# call_light_bif_be
    align 4
L2477:
L2478:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L2477]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_549:
# i_func_info_IaaI
# erlang:is_number/1
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xDD, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
is_number/1:
# i_breakpoint_trampoline
    short jmp L2479
.db 0x00
    call L1236
    align 8
L2479:
# call_bif_mfa_aaI
L2480:
    lea rsi, qword ptr [is_number/1-24]
    lea rdx, qword ptr [L2480]
    mov rcx, 94919178916288
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L2481
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2481:
# call_light_bif_be
    align 4
L2482:
L2483:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L2482]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_551:
# i_func_info_IaaI
# erlang:is_pid/1
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xDD, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
is_pid/1:
# i_breakpoint_trampoline
    short jmp L2484
.db 0x00
    call L1236
    align 8
L2484:
# call_bif_mfa_aaI
L2485:
    lea rsi, qword ptr [is_pid/1-24]
    lea rdx, qword ptr [L2485]
    mov rcx, 94919178916368
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L2486
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2486:
# call_light_bif_be
    align 4
L2487:
L2488:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L2487]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_553:
# i_func_info_IaaI
# erlang:is_map/1
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xFD, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
is_map/1:
# i_breakpoint_trampoline
    short jmp L2489
.db 0x00
    call L1236
    align 8
L2489:
# call_bif_mfa_aaI
L2490:
    lea rsi, qword ptr [is_map/1-24]
    lea rdx, qword ptr [L2490]
    mov rcx, 94919178917248
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L2491
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2491:
# call_light_bif_be
    align 4
L2492:
L2493:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L2492]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_555:
# i_func_info_IaaI
# erlang:is_port/1
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xDD, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
is_port/1:
# i_breakpoint_trampoline
    short jmp L2494
.db 0x00
    call L1236
    align 8
L2494:
# call_bif_mfa_aaI
L2495:
    lea rsi, qword ptr [is_port/1-24]
    lea rdx, qword ptr [L2495]
    mov rcx, 94919178916432
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L2496
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2496:
# call_light_bif_be
    align 4
L2497:
L2498:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L2497]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_557:
# i_func_info_IaaI
# erlang:is_record/2
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xDE, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
is_record/2:
# i_breakpoint_trampoline
    short jmp L2499
.db 0x00
    call L1236
    align 8
L2499:
# call_bif_mfa_aaI
L2500:
    lea rsi, qword ptr [is_record/2-24]
    lea rdx, qword ptr [L2500]
    mov rcx, 94919178917056
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L2501
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2501:
# call_light_bif_be
    align 4
L2502:
L2503:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L2502]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_559:
# i_func_info_IaaI
# erlang:is_record/3
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xDE, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
is_record/3:
# i_breakpoint_trampoline
    short jmp L2504
.db 0x00
    call L1236
    align 8
L2504:
# call_bif_mfa_aaI
L2505:
    lea rsi, qword ptr [is_record/3-24]
    lea rdx, qword ptr [L2505]
    mov rcx, 94919178917136
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L2506
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2506:
# call_light_bif_be
    align 4
L2507:
L2508:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L2507]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_561:
# i_func_info_IaaI
# erlang:is_reference/1
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xDE, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
is_reference/1:
# i_breakpoint_trampoline
    short jmp L2509
.db 0x00
    call L1236
    align 8
L2509:
# call_bif_mfa_aaI
L2510:
    lea rsi, qword ptr [is_reference/1-24]
    lea rdx, qword ptr [L2510]
    mov rcx, 94919178916496
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L2511
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2511:
# call_light_bif_be
    align 4
L2512:
L2513:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L2512]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_563:
# i_func_info_IaaI
# erlang:is_tuple/1
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xDC, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
is_tuple/1:
# i_breakpoint_trampoline
    short jmp L2514
.db 0x00
    call L1236
    align 8
L2514:
# call_bif_mfa_aaI
L2515:
    lea rsi, qword ptr [is_tuple/1-24]
    lea rdx, qword ptr [L2515]
    mov rcx, 94919178916560
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L2516
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2516:
# call_light_bif_be
    align 4
L2517:
L2518:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L2517]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_565:
# i_func_info_IaaI
# erlang:load_module/2
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x6A, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
load_module/2:
# i_breakpoint_trampoline
    short jmp L2519
.db 0x00
    call L1236
    align 8
L2519:
# i_test_yield
    lea rdx, qword ptr [load_module/2+24]
    dec r14
    jle L1234
# allocate_tt
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L2520
    mov ecx, 2
    call 140320710850576
L2520:
    sub rsp, 32
# init_yregs_I
    mov qword ptr [rsp], 59
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp+8], xmm0
# catch_yf
    inc qword ptr [r13+264]
L2521:
    mov eax, 2147483647
    mov qword ptr [rsp+24], rax
# i_move_sd
    mov qword ptr [rbx], 151371
# line_I
# call_light_bif_be
    align 4
L2522:
L2523:
    long mov rcx, 9223372036854775807
    mov rax, 94919178658816
    lea rdx, qword ptr [L2522]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 11
    je label_569
    cmp rsi, 75
    je label_567
    jmp label_578
# label_L
label_567:
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L2524:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# i_is_tagged_tuple_ff_ffsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_568
    mov rdi, qword ptr [rsi-2]
    rex test dil, 63
    jne label_568
    cmp edi, 128
    jne label_575
    cmp qword ptr [rsi+6], 97227
    jne label_575
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L2525
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2525:
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
    mov qword ptr [r15+8], 151499
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
# jump_f
    jmp label_572
# label_L
label_568:
# is_eq_exact_fss
    cmp qword ptr [rbx], 30603
    jne label_575
# label_L
label_569:
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+8], 1
    vmovups xmmword ptr [rbx], xmm0
# line_I
# i_call_ext_e
L2526:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_570
    cmp dword ptr [rsi-2], 128
    jne label_570
    cmp qword ptr [rsi+6], 779
    jne label_570
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# jump_f
    jmp label_572
# label_L
label_570:
# is_reference_fs
    mov rax, qword ptr [rbx]
    test al, 1
    jne label_577
    mov eax, dword ptr [rax-2]
    and al, 63
    cmp al, 16
    short je L2527
    cmp al, 56
    jne label_577
L2527:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2528
    xor ecx, ecx
    call 140320710850576
L2528:
# put_cons_ss
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# init_yregs_I
    mov qword ptr [rsp], 59
# line_I
# call_light_bif_be
    align 4
L2529:
L2530:
    long mov rcx, 9223372036854775807
    mov rax, 94919178655680
    lea rdx, qword ptr [L2529]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_is_tuple_fs
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_571
    test byte ptr [rsi-2], 63
    jne label_571
# i_test_arity_fsA
    mov rsi, qword ptr [rbx]
    cmp dword ptr [rsi-2], 128
    jne label_576
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+8], rdi
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_576
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx+8], xmm0
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_576
# is_eq_exact_fss
    mov rsi, qword ptr [rsp+16]
    mov rdi, qword ptr [rbx+16]
    cmp rdi, rsi
    short je L2531
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_576
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_576
L2531:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L2532
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L2532:
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
    mov qword ptr [r15+8], 779
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# jump_f
    jmp label_572
# label_L
label_571:
# is_eq_exact_fss
    cmp qword ptr [rbx], 30603
    jne label_576
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L2533
    xor ecx, ecx
.db 0x90
    call 140320710850576
L2533:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 26251
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# label_L
label_572:
# try_end_y
    dec qword ptr [r13+264]
    mov qword ptr [rsp+24], 59
# deallocate_t
    add rsp, 32
# return
    dec r14
    jl L1235
    ret
# label_L
label_573:
# try_case_y
    dec qword ptr [r13+264]
    mov rax, qword ptr [rbx+24]
    mov qword ptr [rbx], rax
# is_eq_exact_fss
    cmp qword ptr [rbx], 779
    jne label_574
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L2534
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2534:
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
# store_cons_Id
    add r15, 32
    mov qword ptr [rbx], rsi
# i_move_sd
L2535:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+16], rdi
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rbx], xmm0
# line_I
# call_light_bif_be
    align 4
L2536:
L2537:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089904
    lea rdx, qword ptr [L2536]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 32
# return
    dec r14
    jl L1235
    ret
# label_L
label_574:
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
label_575:
# line_I
    nop
# case_end_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 7248
    xor ecx, ecx
    call 140320710854352
# label_L
label_576:
# line_I
    nop
# case_end_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 7248
    xor ecx, ecx
    call 140320710854352
# label_L
label_577:
# line_I
    nop
# case_end_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 7248
    xor ecx, ecx
    call 140320710854352
# label_L
label_578:
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
label_579:
# i_func_info_IaaI
# erlang:load_nif/2
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xF3, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
load_nif/2:
# i_breakpoint_trampoline
    short jmp L2538
.db 0x00
    call L1236
    align 8
L2538:
# call_bif_mfa_aaI
L2539:
    lea rsi, qword ptr [load_nif/2-24]
    lea rdx, qword ptr [L2539]
    mov rcx, 94919179938640
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L2540
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2540:
# call_light_bif_be
    align 4
L2541:
L2542:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L2541]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_581:
# i_func_info_IaaI
# erlang:localtime_to_universaltime/2
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xBD, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
localtime_to_universaltime/2:
# i_breakpoint_trampoline
    short jmp L2543
.db 0x00
    call L1236
    align 8
L2543:
# call_bif_mfa_aaI
L2544:
    lea rsi, qword ptr [localtime_to_universaltime/2-24]
    lea rdx, qword ptr [L2544]
    mov rcx, 94919179105136
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L2545
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2545:
# call_light_bif_be
    align 4
L2546:
L2547:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L2546]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_583:
# i_func_info_IaaI
# erlang:make_fun/3
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xED, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
make_fun/3:
# i_breakpoint_trampoline
    short jmp L2548
.db 0x00
    call L1236
    align 8
L2548:
# call_bif_mfa_aaI
L2549:
    lea rsi, qword ptr [make_fun/3-24]
    lea rdx, qword ptr [L2549]
    mov rcx, 94919179108624
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L2550
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2550:
# call_light_bif_be
    align 4
L2551:
L2552:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L2551]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_585:
# i_func_info_IaaI
# erlang:make_tuple/2
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xD8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
make_tuple/2:
# i_breakpoint_trampoline
    short jmp L2553
.db 0x00
    call L1236
    align 8
L2553:
# call_bif_mfa_aaI
L2554:
    lea rsi, qword ptr [make_tuple/2-24]
    lea rdx, qword ptr [L2554]
    mov rcx, 94919179098992
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L2555
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2555:
# call_light_bif_be
    align 4
L2556:
L2557:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L2556]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_587:
# i_func_info_IaaI
# erlang:make_tuple/3
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xD8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
make_tuple/3:
# i_breakpoint_trampoline
    short jmp L2558
.db 0x00
    call L1236
    align 8
L2558:
# call_bif_mfa_aaI
L2559:
    lea rsi, qword ptr [make_tuple/3-24]
    lea rdx, qword ptr [L2559]
    mov rcx, 94919179099232
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L2560
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2560:
# call_light_bif_be
    align 4
L2561:
L2562:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L2561]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_589:
# i_func_info_IaaI
# erlang:open_port/2
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xC1, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
open_port/2:
# i_breakpoint_trampoline
    short jmp L2563
.db 0x00
    call L1236
    align 8
L2563:
# i_test_yield
    lea rdx, qword ptr [open_port/2+24]
    dec r14
    jle L1234
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L2564
    mov ecx, 2
    call 140320710850576
L2564:
    sub rsp, 24
# init_yregs_I
    mov qword ptr [rsp], 59
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp+8], xmm0
# line_I
# call_light_bif_be
    align 4
L2565:
L2566:
    long mov rcx, 9223372036854775807
    mov rax, 94919179758208
    lea rdx, qword ptr [L2565]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# is_reference_fs
    mov rax, qword ptr [rbx]
    test al, 1
    jne label_594
    mov eax, dword ptr [rax-2]
    and al, 63
    cmp al, 16
    short je L2567
    cmp al, 56
    jne label_594
L2567:
# aligned_label_Lt
    align 4
label_591:
# i_loop_rec_f
    align 4
L2568:
    lea rdi, qword ptr [L2568]
    lea rsi, qword ptr [label_593]
    call 140320710852712
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_592
    cmp dword ptr [rsi-2], 128
    jne label_592
# get_two_tuple_elements_sPSS
    vpermilpd xmm0, xmmword ptr [rsi+6], 1
    vmovups xmmword ptr [rbx], xmm0
# is_eq_exact_fss
    mov rsi, qword ptr [rsp]
    mov rdi, qword ptr [rbx+8]
    cmp rdi, rsi
    short je L2569
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_592
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_592
L2569:
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
    jmp label_595
# label_L
label_592:
# loop_rec_end_f
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919178491472
    mov rsp, rbp
    dec r14
    jmp label_591
# aligned_label_Lt
    align 4
label_593:
# wait_locked_f
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    lea rsi, qword ptr [label_591]
    call 94919178213328
    mov rsp, rbp
    jmp 140320710854321
# label_L
label_594:
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# label_L
label_595:
# is_port_fs
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 7
    short je L2570
    test al, 1
    jne label_596
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 52
    jne label_596
L2570:
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L1235
    ret
# label_L
label_596:
# is_eq_exact_fss
    cmp qword ptr [rbx], 5387
    jne label_597
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L2571
    xor ecx, ecx
.db 0x90
    call 140320710850576
L2571:
# put_cons_ss
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# append_cons_Is
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], rsi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_move_sd
L2572:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx], 4747
# line_I
# call_light_bif_be
    align 4
L2573:
L2574:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089904
    lea rdx, qword ptr [L2573]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L1235
    ret
# label_L
label_597:
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L2575
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L2575:
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
# store_cons_Id
    add r15, 32
    mov qword ptr [rbx+8], rsi
# i_move_sd
L2576:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+16], rdi
# line_I
# call_light_bif_be
    align 4
L2577:
L2578:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089904
    lea rdx, qword ptr [L2577]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_598:
# i_func_info_IaaI
# erlang:process_flag/2
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xC1, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
process_flag/2:
# i_breakpoint_trampoline
    short jmp L2579
.db 0x00
    call L1236
    align 8
L2579:
# call_bif_mfa_aaI
L2580:
    lea rsi, qword ptr [process_flag/2-24]
    lea rdx, qword ptr [L2580]
    mov rcx, 94919179091664
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L2581
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2581:
# call_light_bif_be
    align 4
L2582:
L2583:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L2582]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_600:
# i_func_info_IaaI
# erlang:process_info/2
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xC2, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
process_info/2:
# i_breakpoint_trampoline
    short jmp L2584
.db 0x00
    call L1236
    align 8
L2584:
# call_bif_mfa_aaI
L2585:
    lea rsi, qword ptr [process_info/2-24]
    lea rdx, qword ptr [L2585]
    mov rcx, 94919178880288
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L2586
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2586:
# call_light_bif_be
    align 4
L2587:
L2588:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L2587]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_602:
# i_func_info_IaaI
# erlang:send/2
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x94, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
send/2:
# i_breakpoint_trampoline
    short jmp L2589
.db 0x00
    call L1236
    align 8
L2589:
# call_bif_mfa_aaI
L2590:
    lea rsi, qword ptr [send/2-24]
    lea rdx, qword ptr [L2590]
    mov rcx, 94919179095744
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L2591
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2591:
# call_light_bif_be
    align 4
L2592:
L2593:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L2592]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_604:
# i_func_info_IaaI
# erlang:send/3
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x94, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
send/3:
# i_breakpoint_trampoline
    short jmp L2594
.db 0x00
    call L1236
    align 8
L2594:
# call_bif_mfa_aaI
L2595:
    lea rsi, qword ptr [send/3-24]
    lea rdx, qword ptr [L2595]
    mov rcx, 94919179093952
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L2596
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2596:
# call_light_bif_be
    align 4
L2597:
L2598:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L2597]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_606:
# i_func_info_IaaI
# erlang:seq_trace_info/1
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xD0, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
seq_trace_info/1:
# i_breakpoint_trampoline
    short jmp L2599
.db 0x00
    call L1236
    align 8
L2599:
# call_bif_mfa_aaI
L2600:
    lea rsi, qword ptr [seq_trace_info/1-24]
    lea rdx, qword ptr [L2600]
    mov rcx, 94919178967408
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L2601
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2601:
# call_light_bif_be
    align 4
L2602:
L2603:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L2602]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_608:
# i_func_info_IaaI
# erlang:setelement/3
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xC3, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
setelement/3:
# i_breakpoint_trampoline
    short jmp L2604
.db 0x00
    call L1236
    align 8
L2604:
# call_bif_mfa_aaI
L2605:
    lea rsi, qword ptr [setelement/3-24]
    lea rdx, qword ptr [L2605]
    mov rcx, 94919179098736
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L2606
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2606:
# call_light_bif_be
    align 4
L2607:
L2608:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L2607]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_610:
# i_func_info_IaaI
# erlang:statistics/1
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xC4, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
statistics/1:
# i_breakpoint_trampoline
    short jmp L2609
.db 0x00
    call L1236
    align 8
L2609:
# call_bif_mfa_aaI
L2610:
    lea rsi, qword ptr [statistics/1-24]
    lea rdx, qword ptr [L2610]
    mov rcx, 94919178884608
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L2611
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2611:
# call_light_bif_be
    align 4
L2612:
L2613:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L2612]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_612:
# i_func_info_IaaI
# erlang:subtract/2
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xDB, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
subtract/2:
# i_breakpoint_trampoline
    short jmp L2614
.db 0x00
    call L1236
    align 8
L2614:
# call_bif_mfa_aaI
L2615:
    lea rsi, qword ptr [subtract/2-24]
    lea rdx, qword ptr [L2615]
    mov rcx, 94919178927920
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L2616
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2616:
# call_light_bif_be
    align 4
L2617:
L2618:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L2617]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_614:
# i_func_info_IaaI
# erlang:system_flag/2
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xD8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
system_flag/2:
# i_breakpoint_trampoline
    short jmp L2619
.db 0x00
    call L1236
    align 8
L2619:
# call_bif_mfa_aaI
L2620:
    lea rsi, qword ptr [system_flag/2-24]
    lea rdx, qword ptr [L2620]
    mov rcx, 94919179112448
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L2621
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2621:
# call_light_bif_be
    align 4
L2622:
L2623:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L2622]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_616:
# i_func_info_IaaI
# erlang:term_to_binary/1
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xC4, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
term_to_binary/1:
# i_breakpoint_trampoline
    short jmp L2624
.db 0x00
    call L1236
    align 8
L2624:
# call_bif_mfa_aaI
L2625:
    lea rsi, qword ptr [term_to_binary/1-24]
    lea rdx, qword ptr [L2625]
    mov rcx, 94919179379568
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L2626
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2626:
# call_light_bif_be
    align 4
L2627:
L2628:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L2627]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_618:
# i_func_info_IaaI
# erlang:term_to_binary/2
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xC4, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
term_to_binary/2:
# i_breakpoint_trampoline
    short jmp L2629
.db 0x00
    call L1236
    align 8
L2629:
# call_bif_mfa_aaI
L2630:
    lea rsi, qword ptr [term_to_binary/2-24]
    lea rdx, qword ptr [L2630]
    mov rcx, 94919179379984
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L2631
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2631:
# call_light_bif_be
    align 4
L2632:
L2633:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L2632]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_620:
# i_func_info_IaaI
# erlang:term_to_iovec/1
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xC4, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
term_to_iovec/1:
# i_breakpoint_trampoline
    short jmp L2634
.db 0x00
    call L1236
    align 8
L2634:
# call_bif_mfa_aaI
L2635:
    lea rsi, qword ptr [term_to_iovec/1-24]
    lea rdx, qword ptr [L2635]
    mov rcx, 94919179379776
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L2636
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2636:
# call_light_bif_be
    align 4
L2637:
L2638:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L2637]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_622:
# i_func_info_IaaI
# erlang:term_to_iovec/2
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xC4, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
term_to_iovec/2:
# i_breakpoint_trampoline
    short jmp L2639
.db 0x00
    call L1236
    align 8
L2639:
# call_bif_mfa_aaI
L2640:
    lea rsi, qword ptr [term_to_iovec/2-24]
    lea rdx, qword ptr [L2640]
    mov rcx, 94919179380512
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L2641
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2641:
# call_light_bif_be
    align 4
L2642:
L2643:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L2642]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_624:
# i_func_info_IaaI
# erlang:tl/1
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xC5, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
tl/1:
# i_breakpoint_trampoline
    short jmp L2644
.db 0x00
    call L1236
    align 8
L2644:
# call_bif_mfa_aaI
L2645:
    lea rsi, qword ptr [tl/1-24]
    lea rdx, qword ptr [L2645]
    mov rcx, 94919179095792
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L2646
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2646:
# call_light_bif_be
    align 4
L2647:
L2648:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L2647]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_626:
# i_func_info_IaaI
# erlang:trace_pattern/2
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xCF, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
trace_pattern/2:
# i_breakpoint_trampoline
    short jmp L2649
.db 0x00
    call L1236
    align 8
L2649:
# i_test_yield
    lea rdx, qword ptr [trace_pattern/2+24]
    dec r14
    jle L1234
# allocate_tt
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L2650
    mov ecx, 2
    call 140320710850576
L2650:
    sub rsp, 32
# init_yregs_I
    mov qword ptr [rsp], 59
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp+8], xmm0
# catch_yf
    inc qword ptr [r13+264]
L2651:
    mov eax, 2147483647
    mov qword ptr [rsp+24], rax
# i_move_sd
    mov qword ptr [rbx+16], 59
# line_I
# call_light_bif_be
    align 4
L2652:
L2653:
    long mov rcx, 9223372036854775807
    mov rax, 94919178962528
    lea rdx, qword ptr [L2652]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# try_end_y
    dec qword ptr [r13+264]
    mov qword ptr [rsp+24], 59
# deallocate_t
    add rsp, 32
# return
    dec r14
    jl L1235
    ret
# label_L
label_628:
# try_case_y
    dec qword ptr [r13+264]
    mov rax, qword ptr [rbx+24]
    mov qword ptr [rbx], rax
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx+8], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx], 779
    jne label_631
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L2654
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2654:
# put_cons_ss
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# append_cons_Is
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], rsi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rsp+24], rsi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
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
# is_nonempty_list_get_hd_fSd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_630
    mov rsi, qword ptr [rax-1]
    mov qword ptr [rbx+8], rsi
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx+8]
    rex test sil, 1
    jne label_630
    cmp dword ptr [rsi-2], 256
    jne label_630
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+30]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx+8], 31
# init_yregs_I
    mov eax, 59
    lea rdi, qword ptr [rsp+8]
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# i_move_sd
    mov qword ptr [rbx], 14859
# line_I
# call_light_bif_be
    align 4
L2655:
L2656:
    long mov rcx, 9223372036854775807
    mov rax, 94919178929168
    lea rdx, qword ptr [L2655]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_is_tagged_tuple_ff_ffsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_629
    mov rdi, qword ptr [rsi-2]
    rex test dil, 63
    jne label_629
    cmp edi, 128
    jne label_632
    cmp qword ptr [rsi+6], 14859
    jne label_632
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2657
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2657:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+16], rsi
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L2658:
L2659:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089904
    lea rdx, qword ptr [L2658]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 32
# return
    dec r14
    jl L1235
    ret
# label_L
label_629:
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx+8], rdi
# i_move_sd
L2660:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L2661:
L2662:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089904
    lea rdx, qword ptr [L2661]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 32
# return
    dec r14
    jl L1235
    ret
# label_L
label_630:
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 32
    jmp label_1232
# label_L
label_631:
# raise_ss
    mov rdx, qword ptr [rsp]
    mov rsi, qword ptr [rbx+8]
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
label_632:
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
label_633:
# i_func_info_IaaI
# erlang:trace_pattern/3
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xCF, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
trace_pattern/3:
# i_breakpoint_trampoline
    short jmp L2663
.db 0x00
    call L1236
    align 8
L2663:
# i_test_yield
    lea rdx, qword ptr [trace_pattern/3+24]
    dec r14
    jle L1234
# allocate_tt
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L2664
    mov ecx, 3
    call 140320710850576
L2664:
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
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx], 25355
# line_I
# i_call_f
.db 0x90
    call label_1222
# catch_yf
    inc qword ptr [r13+264]
L2665:
    mov eax, 2147483647
    mov qword ptr [rsp+32], rax
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+8], 1
    vmovups xmmword ptr [rbx+8], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L2666:
L2667:
    long mov rcx, 9223372036854775807
    mov rax, 94919178962528
    lea rdx, qword ptr [L2666]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# try_end_y
    dec qword ptr [r13+264]
    mov qword ptr [rsp+32], 59
# deallocate_t
    add rsp, 40
# return
    dec r14
    jl L1235
    ret
# label_L
label_635:
# try_case_y
    dec qword ptr [r13+264]
    mov rax, qword ptr [rbx+24]
    mov qword ptr [rbx], rax
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx+8], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx], 779
    jne label_638
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L2668
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2668:
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
# store_cons_Id
    add r15, 32
    mov qword ptr [rbx], rsi
# append_cons_Is
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], rsi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rsp+32], rsi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
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
# is_nonempty_list_get_hd_fSd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_637
    mov rsi, qword ptr [rax-1]
    mov qword ptr [rbx+8], rsi
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx+8]
    rex test sil, 1
    jne label_637
    cmp dword ptr [rsi-2], 256
    jne label_637
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+30]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx+8], 31
# init_yregs_I
    mov eax, 59
    lea rdi, qword ptr [rsp+8]
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# i_move_sd
    mov qword ptr [rbx], 14859
# line_I
# call_light_bif_be
    align 4
L2669:
L2670:
    long mov rcx, 9223372036854775807
    mov rax, 94919178929168
    lea rdx, qword ptr [L2669]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_is_tagged_tuple_ff_ffsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_636
    mov rdi, qword ptr [rsi-2]
    rex test dil, 63
    jne label_636
    cmp edi, 128
    jne label_639
    cmp qword ptr [rsi+6], 14859
    jne label_639
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2671
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2671:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+16], rsi
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L2672:
L2673:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089904
    lea rdx, qword ptr [L2672]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 40
# return
    dec r14
    jl L1235
    ret
# label_L
label_636:
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx+8], rdi
# i_move_sd
L2674:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L2675:
L2676:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089904
    lea rdx, qword ptr [L2675]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 40
# return
    dec r14
    jl L1235
    ret
# label_L
label_637:
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 40
    jmp label_1232
# label_L
label_638:
# raise_ss
    mov rdx, qword ptr [rsp]
    mov rsi, qword ptr [rbx+8]
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
label_639:
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
label_640:
# i_func_info_IaaI
# erlang:tuple_to_list/1
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xC5, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
tuple_to_list/1:
# i_breakpoint_trampoline
    short jmp L2677
.db 0x00
    call L1236
    align 8
L2677:
# call_bif_mfa_aaI
L2678:
    lea rsi, qword ptr [tuple_to_list/1-24]
    lea rdx, qword ptr [L2678]
    mov rcx, 94919179103664
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L2679
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2679:
# call_light_bif_be
    align 4
L2680:
L2681:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L2680]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_642:
# i_func_info_IaaI
# erlang:system_info/1
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xD9, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
system_info/1:
# i_breakpoint_trampoline
    short jmp L2682
.db 0x00
    call L1236
    align 8
L2682:
# call_bif_mfa_aaI
L2683:
    lea rsi, qword ptr [system_info/1-24]
    lea rdx, qword ptr [L2683]
    mov rcx, 94919178901248
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L2684
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2684:
# call_light_bif_be
    align 4
L2685:
L2686:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L2685]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_644:
# i_func_info_IaaI
# erlang:universaltime_to_localtime/1
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xC6, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
universaltime_to_localtime/1:
# i_breakpoint_trampoline
    short jmp L2687
.db 0x00
    call L1236
    align 8
L2687:
# call_bif_mfa_aaI
L2688:
    lea rsi, qword ptr [universaltime_to_localtime/1-24]
    lea rdx, qword ptr [L2688]
    mov rcx, 94919179105632
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L2689
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2689:
# call_light_bif_be
    align 4
L2690:
L2691:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L2690]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_646:
# i_func_info_IaaI
# erlang:apply/2
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x0D, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
apply/2:
# i_breakpoint_trampoline
    short jmp L2692
.db 0x00
    call L1236
    align 8
L2692:
# line_I
# i_test_yield
    lea rdx, qword ptr [apply/2+24]
    dec r14
    jle L1234
# i_apply_fun_only
    call 140320710848512
    mov rsi, 140320710850960
    lea r8, qword ptr [L2693]
    test ecx, 1
    short jne L2693
    cmp qword ptr [rcx-2], 212
    short jne L2693
    cmp byte ptr [rcx+22], dl
    mov rax, qword ptr [rcx+6]
    mov rdi, qword ptr [rax+r12*8]
L2693:
    cmovne rdi, rsi
    jmp rdi
# func_line_I
# aligned_label_Lt
    align 8
label_648:
# i_func_info_IaaI
# erlang:apply/3
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x0D, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
apply/3:
# i_breakpoint_trampoline
    short jmp L2694
.db 0x00
    call L1236
    align 8
L2694:
# line_I
# i_test_yield
    lea rdx, qword ptr [apply/3+24]
    dec r14
    jle L1234
# i_apply_only
    align 4
L2696:
    movq xmm0, r15
    movq xmm1, rsp
    punpcklqdq xmm0, xmm1
    movups xmmword ptr [r13+80], xmm0
    mov qword ptr [r13+104], r14
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    mov rsi, rbx
    lea rdx, qword ptr [L2696]
    xor ecx, ecx
    call 94919178643168
    mov rsp, qword ptr [r13+88]
    mov r15, qword ptr [r13+80]
    mov r14, qword ptr [r13+104]
    test rax, rax
    short jne L2695
    lea rsi, qword ptr [L2696]
    mov rcx, 94919181695328
    push rsi
    jmp 140320710854368
L2695:
    jmp qword ptr [rax+r12*8]
# func_line_I
# aligned_label_Lt
    align 8
label_650:
# i_func_info_IaaI
# erlang:spawn/1
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xC3, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
spawn/1:
# i_breakpoint_trampoline
    short jmp L2697
.db 0x00
    call L1236
    align 8
L2697:
# i_test_yield
    lea rdx, qword ptr [spawn/1+24]
    dec r14
    jle L1234
# is_function_fS
    mov rax, qword ptr [rbx]
    test al, 1
    jne label_652
    mov eax, dword ptr [rax-2]
    cmp rax, 212
    jne label_652
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2698
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L2698:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
L2699:
    long mov rdi, 9223372036854775807
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+16], rsi
# i_move_sd
    mov qword ptr [rbx+8], 3403
# i_move_sd
    mov qword ptr [rbx], 14667
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L2700
    mov ecx, 3
.db 0x90
    call 140320710850576
L2700:
# call_light_bif_be
    align 4
L2701:
L2702:
    long mov rcx, 9223372036854775807
    mov rax, 94919179082800
    lea rdx, qword ptr [L2701]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# label_L
label_652:
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_653
    cmp dword ptr [rsi-2], 128
    jne label_653
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# is_atom_fs
    mov rax, qword ptr [rbx+8]
    and al, 63
    cmp al, 11
    jne label_653
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+8], rdi
# is_atom_fs
    mov rax, qword ptr [rbx+8]
    and al, 63
    cmp al, 11
    jne label_653
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2703
    mov ecx, 1
.db 0x90
    call 140320710850576
L2703:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
L2704:
    long mov rdi, 9223372036854775807
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+16], rsi
# i_move_sd
    mov qword ptr [rbx+8], 3403
# i_move_sd
    mov qword ptr [rbx], 14667
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L2705
    mov ecx, 3
.db 0x90
    call 140320710850576
L2705:
# call_light_bif_be
    align 4
L2706:
L2707:
    long mov rcx, 9223372036854775807
    mov rax, 94919179082800
    lea rdx, qword ptr [L2706]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# label_L
label_653:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2708
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L2708:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_move_sd
L2709:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx], 4747
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L2710
    mov ecx, 3
.db 0x90
    call 140320710850576
L2710:
# call_light_bif_be
    align 4
L2711:
L2712:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089904
    lea rdx, qword ptr [L2711]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_654:
# i_func_info_IaaI
# erlang:spawn/2
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xC3, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
spawn/2:
# i_breakpoint_trampoline
    short jmp L2713
.db 0x00
    call L1236
    align 8
L2713:
# i_test_yield
    lea rdx, qword ptr [spawn/2+24]
    dec r14
    jle L1234
# node_d
    mov rdi, 94919182011968
    mov rdi, qword ptr [rdi]
    mov rdi, qword ptr [rdi+24]
    mov qword ptr [rbx+16], rdi
# is_eq_exact_fss
# simplified check since one argument is an immediate
    mov rdi, qword ptr [rbx+16]
    cmp qword ptr [rbx], rdi
    jne label_656
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# i_call_ext_only_e
L2714:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# label_L
label_656:
# is_function_fS
    mov rax, qword ptr [rbx+8]
    test al, 1
    jne label_657
    mov eax, dword ptr [rax-2]
    cmp rax, 212
    jne label_657
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2715
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L2715:
# put_cons_ss
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15], rdi
L2716:
    long mov rdi, 9223372036854775807
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+24], rsi
# i_move_sd
    mov qword ptr [rbx+16], 3403
# i_move_sd
    mov qword ptr [rbx+8], 14667
# line_I
# i_call_ext_only_e
L2717:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# label_L
label_657:
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx+8]
    rex test sil, 1
    jne label_658
    cmp dword ptr [rsi-2], 128
    jne label_658
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+16], rdi
# is_atom_fs
    mov rax, qword ptr [rbx+16]
    and al, 63
    cmp al, 11
    jne label_658
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+16], rdi
# is_atom_fs
    mov rax, qword ptr [rbx+16]
    and al, 63
    cmp al, 11
    jne label_658
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2718
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L2718:
# put_cons_ss
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15], rdi
L2719:
    long mov rdi, 9223372036854775807
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+24], rsi
# i_move_sd
    mov qword ptr [rbx+16], 3403
# i_move_sd
    mov qword ptr [rbx+8], 14667
# line_I
# i_call_ext_only_e
L2720:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# label_L
label_658:
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L2721
    mov ecx, 2
.db 0x90
    call 140320710850576
L2721:
# put_cons_ss
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# store_cons_Id
    add r15, 32
    mov qword ptr [rbx+8], rsi
# i_move_sd
L2722:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx], 4747
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L2723
    mov ecx, 3
.db 0x90
    call 140320710850576
L2723:
# call_light_bif_be
    align 4
L2724:
L2725:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089904
    lea rdx, qword ptr [L2724]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_659:
# i_func_info_IaaI
# erlang:spawn_link/1
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xC3, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
spawn_link/1:
# i_breakpoint_trampoline
    short jmp L2726
.db 0x00
    call L1236
    align 8
L2726:
# i_test_yield
    lea rdx, qword ptr [spawn_link/1+24]
    dec r14
    jle L1234
# is_function_fS
    mov rax, qword ptr [rbx]
    test al, 1
    jne label_661
    mov eax, dword ptr [rax-2]
    cmp rax, 212
    jne label_661
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2727
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L2727:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
L2728:
    long mov rdi, 9223372036854775807
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+16], rsi
# i_move_sd
    mov qword ptr [rbx+8], 3403
# i_move_sd
    mov qword ptr [rbx], 14667
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L2729
    mov ecx, 3
.db 0x90
    call 140320710850576
L2729:
# call_light_bif_be
    align 4
L2730:
L2731:
    long mov rcx, 9223372036854775807
    mov rax, 94919179086576
    lea rdx, qword ptr [L2730]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# label_L
label_661:
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_662
    cmp dword ptr [rsi-2], 128
    jne label_662
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# is_atom_fs
    mov rax, qword ptr [rbx+8]
    and al, 63
    cmp al, 11
    jne label_662
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+8], rdi
# is_atom_fs
    mov rax, qword ptr [rbx+8]
    and al, 63
    cmp al, 11
    jne label_662
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2732
    mov ecx, 1
.db 0x90
    call 140320710850576
L2732:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
L2733:
    long mov rdi, 9223372036854775807
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+16], rsi
# i_move_sd
    mov qword ptr [rbx+8], 3403
# i_move_sd
    mov qword ptr [rbx], 14667
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L2734
    mov ecx, 3
.db 0x90
    call 140320710850576
L2734:
# call_light_bif_be
    align 4
L2735:
L2736:
    long mov rcx, 9223372036854775807
    mov rax, 94919179086576
    lea rdx, qword ptr [L2735]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# label_L
label_662:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2737
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L2737:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_move_sd
L2738:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx], 4747
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L2739
    mov ecx, 3
.db 0x90
    call 140320710850576
L2739:
# call_light_bif_be
    align 4
L2740:
L2741:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089904
    lea rdx, qword ptr [L2740]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_663:
# i_func_info_IaaI
# erlang:spawn_link/2
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xC3, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
spawn_link/2:
# i_breakpoint_trampoline
    short jmp L2742
.db 0x00
    call L1236
    align 8
L2742:
# i_test_yield
    lea rdx, qword ptr [spawn_link/2+24]
    dec r14
    jle L1234
# node_d
    mov rdi, 94919182011968
    mov rdi, qword ptr [rdi]
    mov rdi, qword ptr [rdi+24]
    mov qword ptr [rbx+16], rdi
# is_eq_exact_fss
# simplified check since one argument is an immediate
    mov rdi, qword ptr [rbx+16]
    cmp qword ptr [rbx], rdi
    jne label_665
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp spawn_link/1
# label_L
label_665:
# is_function_fS
    mov rax, qword ptr [rbx+8]
    test al, 1
    jne label_666
    mov eax, dword ptr [rax-2]
    cmp rax, 212
    jne label_666
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2743
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2743:
# put_cons_ss
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15], rdi
L2744:
    long mov rdi, 9223372036854775807
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+24], rsi
# i_move_sd
    mov qword ptr [rbx+16], 3403
# i_move_sd
    mov qword ptr [rbx+8], 14667
# i_call_only_f
    jmp spawn_link/4
# label_L
label_666:
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx+8]
    rex test sil, 1
    jne label_667
    cmp dword ptr [rsi-2], 128
    jne label_667
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+16], rdi
# is_atom_fs
    mov rax, qword ptr [rbx+16]
    and al, 63
    cmp al, 11
    jne label_667
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+16], rdi
# is_atom_fs
    mov rax, qword ptr [rbx+16]
    and al, 63
    cmp al, 11
    jne label_667
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2745
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2745:
# put_cons_ss
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15], rdi
L2746:
    long mov rdi, 9223372036854775807
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+24], rsi
# i_move_sd
    mov qword ptr [rbx+16], 3403
# i_move_sd
    mov qword ptr [rbx+8], 14667
# i_call_only_f
    jmp spawn_link/4
# label_L
label_667:
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L2747
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L2747:
# put_cons_ss
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# store_cons_Id
    add r15, 32
    mov qword ptr [rbx+8], rsi
# i_move_sd
L2748:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx], 4747
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L2749
    mov ecx, 3
.db 0x90
    call 140320710850576
L2749:
# call_light_bif_be
    align 4
L2750:
L2751:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089904
    lea rdx, qword ptr [L2750]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_668:
# i_func_info_IaaI
# erlang:spawn_monitor/1
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x72, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
spawn_monitor/1:
# i_breakpoint_trampoline
    short jmp L2752
.db 0x00
    call L1236
    align 8
L2752:
# i_test_yield
    lea rdx, qword ptr [spawn_monitor/1+24]
    dec r14
    jle L1234
# is_function2_fss
    mov rdi, qword ptr [rbx]
    rex test dil, 1
    jne label_670
    mov eax, dword ptr [rdi-2]
    cmp eax, 212
    jne label_670
    cmp byte ptr [rdi+22], 0
    jne label_670
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2753
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2753:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
L2754:
    long mov rdi, 9223372036854775807
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+16], rsi
# i_move_sd
    mov qword ptr [rbx+8], 3403
# i_move_sd
L2755:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov qword ptr [rbx], 14667
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L2756
    mov ecx, 4
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2756:
# call_light_bif_be
    align 4
L2757:
L2758:
    long mov rcx, 9223372036854775807
    mov rax, 94919179086848
    lea rdx, qword ptr [L2757]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# label_L
label_670:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2759
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L2759:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_move_sd
L2760:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx], 4747
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L2761
    mov ecx, 3
.db 0x90
    call 140320710850576
L2761:
# call_light_bif_be
    align 4
L2762:
L2763:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089904
    lea rdx, qword ptr [L2762]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_671:
# i_func_info_IaaI
# erlang:spawn_monitor/2
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x72, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
spawn_monitor/2:
# i_breakpoint_trampoline
    short jmp L2764
.db 0x00
    call L1236
    align 8
L2764:
# i_test_yield
    lea rdx, qword ptr [spawn_monitor/2+24]
    dec r14
    jle L1234
# is_atom_fs
    mov rax, qword ptr [rbx]
    and al, 63
    cmp al, 11
    jne label_675
# is_function2_fss
    mov rdi, qword ptr [rbx+8]
    rex test dil, 1
    jne label_675
    mov eax, dword ptr [rdi-2]
    cmp eax, 212
    jne label_675
    cmp byte ptr [rdi+22], 0
    jne label_675
# allocate_heap_tIt
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L2765
    mov ecx, 2
.db 0x90
    call 140320710850576
L2765:
    sub rsp, 24
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp], xmm0
# put_cons_ss
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15], rdi
L2766:
    long mov rdi, 9223372036854775807
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+24], rsi
# catch_yf
    inc qword ptr [r13+264]
L2767:
    mov eax, 2147483647
    mov qword ptr [rsp+16], rax
# i_move_sd
    mov qword ptr [rbx+16], 3403
# i_move_sd
    mov qword ptr [rbx+8], 14667
# line_I
# i_call_ext_e
L2768:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x90
    call qword ptr [rax+r12*8]
# try_end_y
    dec qword ptr [r13+264]
    mov qword ptr [rsp+16], 59
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L1235
    ret
# label_L
label_673:
# try_case_y
    dec qword ptr [r13+264]
    mov rax, qword ptr [rbx+24]
    mov qword ptr [rbx], rax
# is_eq_exact_fss
    cmp qword ptr [rbx], 779
    jne label_674
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L2769
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2769:
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
    mov qword ptr [rbx], rsi
# i_move_sd
L2770:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+16], rdi
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rbx], xmm0
# line_I
# call_light_bif_be
    align 4
L2771:
L2772:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089904
    lea rdx, qword ptr [L2771]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L1235
    ret
# label_L
label_674:
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
label_675:
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L2773
    mov ecx, 2
    call 140320710850576
L2773:
# put_cons_ss
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# store_cons_Id
    add r15, 32
    mov qword ptr [rbx+8], rsi
# i_move_sd
L2774:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx], 4747
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L2775
    mov ecx, 3
.db 0x90
    call 140320710850576
L2775:
# call_light_bif_be
    align 4
L2776:
L2777:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089904
    lea rdx, qword ptr [L2776]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_676:
# i_func_info_IaaI
# erlang:spawn_monitor/3
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x72, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
spawn_monitor/3:
# i_breakpoint_trampoline
    short jmp L2778
.db 0x00
    call L1236
    align 8
L2778:
# i_test_yield
    lea rdx, qword ptr [spawn_monitor/3+24]
    dec r14
    jle L1234
# is_atom_fs
    mov rax, qword ptr [rbx]
    and al, 63
    cmp al, 11
    jne label_678
# is_atom_fs
    mov rax, qword ptr [rbx+8]
    and al, 63
    cmp al, 11
    jne label_678
# is_list_fs
    mov rax, qword ptr [rbx+16]
    cmp rax, 59
    short je L2779
    test al, 2
    jne label_678
L2779:
# i_move_sd
L2780:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+24], rdi
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L2781
    mov ecx, 4
.db 0x90
    call 140320710850576
L2781:
# call_light_bif_be
    align 4
L2782:
L2783:
    long mov rcx, 9223372036854775807
    mov rax, 94919179086848
    lea rdx, qword ptr [L2782]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# label_L
label_678:
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L2784
    mov ecx, 3
.db 0x66, 0x90
    call 140320710850576
L2784:
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
# append_cons_Is
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# store_cons_Id
    add r15, 32
    mov qword ptr [rbx+8], rsi
# i_move_sd
L2785:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx], 4747
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L2786
    mov ecx, 3
.db 0x66, 0x90
    call 140320710850576
L2786:
# call_light_bif_be
    align 4
L2787:
L2788:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089904
    lea rdx, qword ptr [L2787]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_679:
# i_func_info_IaaI
# erlang:spawn_opt/2
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xC7, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
spawn_opt/2:
# i_breakpoint_trampoline
    short jmp L2789
.db 0x00
    call L1236
    align 8
L2789:
# i_test_yield
    lea rdx, qword ptr [spawn_opt/2+24]
    dec r14
    jle L1234
# is_function_fS
    mov rax, qword ptr [rbx]
    test al, 1
    jne label_685
    mov eax, dword ptr [rax-2]
    cmp rax, 212
    jne label_685
# allocate_heap_tIt
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L2790
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L2790:
    sub rsp, 32
# init_yregs_I
    mov qword ptr [rsp], 59
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp+8], xmm0
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
L2791:
    long mov rdi, 9223372036854775807
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+16], rsi
# catch_yf
    inc qword ptr [r13+264]
L2792:
    mov eax, 2147483647
    mov qword ptr [rsp+24], rax
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov qword ptr [rbx+8], 3403
# i_move_sd
    mov qword ptr [rbx], 14667
# line_I
# call_light_bif_be
    align 4
L2793:
L2794:
    long mov rcx, 9223372036854775807
    mov rax, 94919179086848
    lea rdx, qword ptr [L2793]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# try_end_y
    dec qword ptr [r13+264]
    mov qword ptr [rsp+24], 59
# deallocate_t
    add rsp, 32
# return
    dec r14
    jl L1235
    ret
# label_L
label_681:
# try_case_y
    dec qword ptr [r13+264]
    mov rax, qword ptr [rbx+24]
    mov qword ptr [rbx], rax
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx+8], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx], 779
    jne label_684
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L2795
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2795:
# put_cons_ss
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# append_cons_Is
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], rsi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rsp+24], rsi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
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
# is_nonempty_list_get_hd_fSd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_683
    mov rsi, qword ptr [rax-1]
    mov qword ptr [rbx+8], rsi
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx+8]
    rex test sil, 1
    jne label_683
    cmp dword ptr [rsi-2], 256
    jne label_683
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+30]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx+8], 31
# init_yregs_I
    mov eax, 59
    lea rdi, qword ptr [rsp+8]
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# i_move_sd
    mov qword ptr [rbx], 14859
# line_I
# call_light_bif_be
    align 4
L2796:
L2797:
    long mov rcx, 9223372036854775807
    mov rax, 94919178929168
    lea rdx, qword ptr [L2796]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_is_tagged_tuple_ff_ffsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_682
    mov rdi, qword ptr [rsi-2]
    rex test dil, 63
    jne label_682
    cmp edi, 128
    jne label_687
    cmp qword ptr [rsi+6], 14859
    jne label_687
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2798
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2798:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+16], rsi
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L2799:
L2800:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089904
    lea rdx, qword ptr [L2799]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 32
# return
    dec r14
    jl L1235
    ret
# label_L
label_682:
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx+8], rdi
# i_move_sd
L2801:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L2802:
L2803:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089904
    lea rdx, qword ptr [L2802]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 32
# return
    dec r14
    jl L1235
    ret
# label_L
label_683:
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 32
    jmp label_1232
# label_L
label_684:
# raise_ss
    mov rdx, qword ptr [rsp]
    mov rsi, qword ptr [rbx+8]
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
label_685:
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_686
    cmp dword ptr [rsi-2], 128
    jne label_686
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+16], rdi
# is_atom_fs
    mov rax, qword ptr [rbx+16]
    and al, 63
    cmp al, 11
    jne label_686
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+16], rdi
# is_atom_fs
    mov rax, qword ptr [rbx+16]
    and al, 63
    cmp al, 11
    jne label_686
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2804
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2804:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
L2805:
    long mov rdi, 9223372036854775807
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+16], rsi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov qword ptr [rbx+8], 3403
# i_move_sd
    mov qword ptr [rbx], 14667
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L2806
    mov ecx, 4
.db 0x90
    call 140320710850576
L2806:
# call_light_bif_be
    align 4
L2807:
L2808:
    long mov rcx, 9223372036854775807
    mov rax, 94919179086848
    lea rdx, qword ptr [L2807]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# label_L
label_686:
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L2809
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L2809:
# put_cons_ss
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# store_cons_Id
    add r15, 32
    mov qword ptr [rbx+8], rsi
# i_move_sd
L2810:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx], 4747
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L2811
    mov ecx, 3
.db 0x90
    call 140320710850576
L2811:
# call_light_bif_be
    align 4
L2812:
L2813:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089904
    lea rdx, qword ptr [L2812]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# label_L
label_687:
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
label_688:
# i_func_info_IaaI
# erlang:spawn_opt/3
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xC7, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
spawn_opt/3:
# i_breakpoint_trampoline
    short jmp L2814
.db 0x00
    call L1236
    align 8
L2814:
# i_test_yield
    lea rdx, qword ptr [spawn_opt/3+24]
    dec r14
    jle L1234
# node_d
    mov rdi, 94919182011968
    mov rdi, qword ptr [rdi]
    mov rdi, qword ptr [rdi+24]
    mov qword ptr [rbx+24], rdi
# is_eq_exact_fss
# simplified check since one argument is an immediate
    mov rdi, qword ptr [rbx+24]
    cmp qword ptr [rbx], rdi
    jne label_692
# allocate_tt
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L2815
    mov ecx, 3
.db 0x66, 0x90
    call 140320710850576
L2815:
    sub rsp, 40
# init_yregs_I
    mov qword ptr [rsp], 59
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rsp+8], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+24], rdi
# catch_yf
    inc qword ptr [r13+264]
L2816:
    mov eax, 2147483647
    mov qword ptr [rsp+32], rax
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+8]
    movups xmmword ptr [rbx], xmm0
# line_I
# i_call_ext_e
L2817:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x90
    call qword ptr [rax+r12*8]
# try_end_y
    dec qword ptr [r13+264]
    mov qword ptr [rsp+32], 59
# deallocate_t
    add rsp, 40
# return
    dec r14
    jl L1235
    ret
# label_L
label_690:
# try_case_y
    dec qword ptr [r13+264]
    mov rax, qword ptr [rbx+24]
    mov qword ptr [rbx], rax
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx+8], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx], 779
    jne label_696
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L2818
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2818:
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
# store_cons_Id
    add r15, 32
    mov qword ptr [rbx], rsi
# append_cons_Is
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], rsi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rsp+32], rsi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
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
# is_nonempty_list_get_hd_fSd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_695
    mov rsi, qword ptr [rax-1]
    mov qword ptr [rbx+8], rsi
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx+8]
    rex test sil, 1
    jne label_695
    cmp dword ptr [rsi-2], 256
    jne label_695
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+30]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx+8], 31
# init_yregs_I
    mov eax, 59
    lea rdi, qword ptr [rsp+8]
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# i_move_sd
    mov qword ptr [rbx], 14859
# line_I
# call_light_bif_be
    align 4
L2819:
L2820:
    long mov rcx, 9223372036854775807
    mov rax, 94919178929168
    lea rdx, qword ptr [L2819]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_is_tagged_tuple_ff_ffsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_691
    mov rdi, qword ptr [rsi-2]
    rex test dil, 63
    jne label_691
    cmp edi, 128
    jne label_699
    cmp qword ptr [rsi+6], 14859
    jne label_699
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2821
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2821:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+16], rsi
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L2822:
L2823:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089904
    lea rdx, qword ptr [L2822]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 40
# return
    dec r14
    jl L1235
    ret
# label_L
label_691:
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx+8], rdi
# i_move_sd
L2824:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L2825:
L2826:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089904
    lea rdx, qword ptr [L2825]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 40
# return
    dec r14
    jl L1235
    ret
# label_L
label_692:
# is_function2_fss
    mov rdi, qword ptr [rbx+8]
    rex test dil, 1
    jne label_697
    mov eax, dword ptr [rdi-2]
    cmp eax, 212
    jne label_697
    cmp byte ptr [rdi+22], 0
    jne label_697
# allocate_heap_tIt
    lea rdx, qword ptr [r15+88]
    cmp rdx, rsp
    short jbe L2827
    mov ecx, 3
    call 140320710850576
L2827:
    sub rsp, 40
# init_yregs_I
    mov qword ptr [rsp], 59
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rsp+8], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+24], rdi
# put_cons_ss
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15], rdi
L2828:
    long mov rdi, 9223372036854775807
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+24], rsi
# catch_yf
    inc qword ptr [r13+264]
L2829:
    mov eax, 2147483647
    mov qword ptr [rsp+32], rax
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx+32], rdi
# i_move_sd
    mov qword ptr [rbx+16], 3403
# i_move_sd
    mov qword ptr [rbx+8], 14667
# line_I
# i_call_ext_e
L2830:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# try_end_y
    dec qword ptr [r13+264]
    mov qword ptr [rsp+32], 59
# deallocate_t
    add rsp, 40
# return
    dec r14
    jl L1235
    ret
# label_L
label_693:
# try_case_y
    dec qword ptr [r13+264]
    mov rax, qword ptr [rbx+24]
    mov qword ptr [rbx], rax
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx+8], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx], 779
    jne label_696
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L2831
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2831:
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
# store_cons_Id
    add r15, 32
    mov qword ptr [rbx], rsi
# append_cons_Is
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], rsi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rsp+32], rsi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
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
# is_nonempty_list_get_hd_fSd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_695
    mov rsi, qword ptr [rax-1]
    mov qword ptr [rbx+8], rsi
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx+8]
    rex test sil, 1
    jne label_695
    cmp dword ptr [rsi-2], 256
    jne label_695
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+30]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx+8], 31
# init_yregs_I
    mov eax, 59
    lea rdi, qword ptr [rsp+8]
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# i_move_sd
    mov qword ptr [rbx], 14859
# line_I
# call_light_bif_be
    align 4
L2832:
L2833:
    long mov rcx, 9223372036854775807
    mov rax, 94919178929168
    lea rdx, qword ptr [L2832]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_is_tagged_tuple_ff_ffsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_694
    mov rdi, qword ptr [rsi-2]
    rex test dil, 63
    jne label_694
    cmp edi, 128
    jne label_700
    cmp qword ptr [rsi+6], 14859
    jne label_700
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2834
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2834:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+16], rsi
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L2835:
L2836:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089904
    lea rdx, qword ptr [L2835]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 40
# return
    dec r14
    jl L1235
    ret
# label_L
label_694:
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx+8], rdi
# i_move_sd
L2837:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L2838:
L2839:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089904
    lea rdx, qword ptr [L2838]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 40
# return
    dec r14
    jl L1235
    ret
# label_L
label_695:
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 40
    jmp label_1232
# label_L
label_696:
# raise_ss
    mov rdx, qword ptr [rsp]
    mov rsi, qword ptr [rbx+8]
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
label_697:
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx+8]
    rex test sil, 1
    jne label_698
    cmp dword ptr [rsi-2], 128
    jne label_698
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+24], rdi
# is_atom_fs
    mov rax, qword ptr [rbx+24]
    and al, 63
    cmp al, 11
    jne label_698
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+24], rdi
# is_atom_fs
    mov rax, qword ptr [rbx+24]
    and al, 63
    cmp al, 11
    jne label_698
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2840
    mov ecx, 3
.db 0x90
    call 140320710850576
L2840:
# put_cons_ss
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15], rdi
L2841:
    long mov rdi, 9223372036854775807
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+24], rsi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx+32], rdi
# i_move_sd
    mov qword ptr [rbx+16], 3403
# i_move_sd
    mov qword ptr [rbx+8], 14667
# line_I
# i_call_ext_only_e
L2842:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# label_L
label_698:
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L2843
    mov ecx, 3
.db 0x90
    call 140320710850576
L2843:
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
# append_cons_Is
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# store_cons_Id
    add r15, 32
    mov qword ptr [rbx+8], rsi
# i_move_sd
L2844:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx], 4747
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L2845
    mov ecx, 3
.db 0x66, 0x90
    call 140320710850576
L2845:
# call_light_bif_be
    align 4
L2846:
L2847:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089904
    lea rdx, qword ptr [L2846]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# label_L
label_699:
# line_I
# case_end_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 7248
    xor ecx, ecx
    call 140320710854352
# label_L
label_700:
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
label_701:
# i_func_info_IaaI
# erlang:spawn/4
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xC3, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
spawn/4:
# i_breakpoint_trampoline
    short jmp L2848
.db 0x00
    call L1236
    align 8
L2848:
# i_test_yield
    lea rdx, qword ptr [spawn/4+24]
    dec r14
    jle L1234
# node_d
    mov rdi, 94919182011968
    mov rdi, qword ptr [rdi]
    mov rdi, qword ptr [rdi+24]
    mov qword ptr [rbx+32], rdi
# is_eq_exact_fss
# simplified check since one argument is an immediate
    mov rdi, qword ptr [rbx+32]
    cmp qword ptr [rbx], rdi
    jne label_703
# is_atom_fs
    mov rax, qword ptr [rbx+8]
    and al, 63
    cmp al, 11
    jne label_705
# is_atom_fs
    mov rax, qword ptr [rbx+16]
    and al, 63
    cmp al, 11
    jne label_705
# is_list_fs
    mov rax, qword ptr [rbx+24]
    cmp rax, 59
    short je L2849
    test al, 2
    jne label_703
L2849:
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+8]
    movups xmmword ptr [rbx], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx+16], rdi
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L2850
    mov ecx, 3
.db 0x90
    call 140320710850576
L2850:
# call_light_bif_be
    align 4
L2851:
L2852:
    long mov rcx, 9223372036854775807
    mov rax, 94919179082800
    lea rdx, qword ptr [L2851]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# label_L
label_703:
# is_atom_fs
    mov rax, qword ptr [rbx]
    and al, 63
    cmp al, 11
    jne label_705
# is_atom_fs
    mov rax, qword ptr [rbx+8]
    and al, 63
    cmp al, 11
    jne label_705
# is_atom_fs
    mov rax, qword ptr [rbx+16]
    and al, 63
    cmp al, 11
    jne label_705
# allocate_tt
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L2853
    mov ecx, 4
.db 0x90
    call 140320710850576
L2853:
    sub rsp, 40
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+16], 1
    vmovups xmmword ptr [rsp], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp+16], xmm0
# catch_yf
    inc qword ptr [r13+264]
L2854:
    mov eax, 2147483647
    mov qword ptr [rsp+32], rax
# i_move_sd
    mov qword ptr [rbx+32], 59
# line_I
# i_call_ext_e
L2855:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x90
    call qword ptr [rax+r12*8]
# try_end_y
    dec qword ptr [r13+264]
    mov qword ptr [rsp+32], 59
# deallocate_t
    add rsp, 40
# return
    dec r14
    jl L1235
    ret
# label_L
label_704:
# try_case_y
    dec qword ptr [r13+264]
    mov rax, qword ptr [rbx+24]
    mov qword ptr [rbx], rax
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# test_heap_It
    lea rdx, qword ptr [r15+96]
    cmp rdx, rsp
    short jbe L2856
    mov ecx, 1
.db 0x90
    call 140320710850576
L2856:
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
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [r15+32], rdi
    mov qword ptr [r15+40], rsi
    lea rsi, qword ptr [r15+33]
# append_cons_Is
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [r15+48], rdi
    mov qword ptr [r15+56], rsi
    lea rsi, qword ptr [r15+49]
# store_cons_Id
    add r15, 64
    mov qword ptr [rbx+8], rsi
# i_move_sd
L2857:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+16], rdi
# line_I
# call_light_bif_be
    align 4
L2858:
L2859:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089904
    lea rdx, qword ptr [L2858]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 40
# return
    dec r14
    jl L1235
    ret
# label_L
label_705:
# test_heap_It
    lea rdx, qword ptr [r15+96]
    cmp rdx, rsp
    short jbe L2860
    mov ecx, 4
.db 0x66, 0x90
    call 140320710850576
L2860:
# put_cons_ss
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
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
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# store_cons_Id
    add r15, 32
    mov qword ptr [rbx+8], rsi
# i_move_sd
L2861:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx], 4747
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L2862
    mov ecx, 3
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2862:
# call_light_bif_be
    align 4
L2863:
L2864:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089904
    lea rdx, qword ptr [L2863]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_706:
# i_func_info_IaaI
# erlang:spawn_link/4
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xC3, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
spawn_link/4:
# i_breakpoint_trampoline
    short jmp L2865
.db 0x00
    call L1236
    align 8
L2865:
# i_test_yield
    lea rdx, qword ptr [spawn_link/4+24]
    dec r14
    jle L1234
# node_d
    mov rdi, 94919182011968
    mov rdi, qword ptr [rdi]
    mov rdi, qword ptr [rdi+24]
    mov qword ptr [rbx+32], rdi
# is_eq_exact_fss
# simplified check since one argument is an immediate
    mov rdi, qword ptr [rbx+32]
    cmp qword ptr [rbx], rdi
    jne label_708
# is_atom_fs
    mov rax, qword ptr [rbx+8]
    and al, 63
    cmp al, 11
    jne label_710
# is_atom_fs
    mov rax, qword ptr [rbx+16]
    and al, 63
    cmp al, 11
    jne label_710
# is_list_fs
    mov rax, qword ptr [rbx+24]
    cmp rax, 59
    short je L2866
    test al, 2
    jne label_708
L2866:
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+8]
    movups xmmword ptr [rbx], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx+16], rdi
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L2867
    mov ecx, 3
.db 0x90
    call 140320710850576
L2867:
# call_light_bif_be
    align 4
L2868:
L2869:
    long mov rcx, 9223372036854775807
    mov rax, 94919179086576
    lea rdx, qword ptr [L2868]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# label_L
label_708:
# is_atom_fs
    mov rax, qword ptr [rbx]
    and al, 63
    cmp al, 11
    jne label_710
# is_atom_fs
    mov rax, qword ptr [rbx+8]
    and al, 63
    cmp al, 11
    jne label_710
# is_atom_fs
    mov rax, qword ptr [rbx+16]
    and al, 63
    cmp al, 11
    jne label_710
# allocate_tt
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L2870
    mov ecx, 4
.db 0x90
    call 140320710850576
L2870:
    sub rsp, 40
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+16], 1
    vmovups xmmword ptr [rsp], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp+16], xmm0
# catch_yf
    inc qword ptr [r13+264]
L2871:
    mov eax, 2147483647
    mov qword ptr [rsp+32], rax
# i_move_sd
L2872:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+32], rdi
# line_I
# i_call_ext_e
L2873:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# try_end_y
    dec qword ptr [r13+264]
    mov qword ptr [rsp+32], 59
# deallocate_t
    add rsp, 40
# return
    dec r14
    jl L1235
    ret
# label_L
label_709:
# try_case_y
    dec qword ptr [r13+264]
    mov rax, qword ptr [rbx+24]
    mov qword ptr [rbx], rax
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# test_heap_It
    lea rdx, qword ptr [r15+96]
    cmp rdx, rsp
    short jbe L2874
    mov ecx, 1
.db 0x90
    call 140320710850576
L2874:
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
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [r15+32], rdi
    mov qword ptr [r15+40], rsi
    lea rsi, qword ptr [r15+33]
# append_cons_Is
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [r15+48], rdi
    mov qword ptr [r15+56], rsi
    lea rsi, qword ptr [r15+49]
# store_cons_Id
    add r15, 64
    mov qword ptr [rbx+8], rsi
# i_move_sd
L2875:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+16], rdi
# line_I
# call_light_bif_be
    align 4
L2876:
L2877:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089904
    lea rdx, qword ptr [L2876]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 40
# return
    dec r14
    jl L1235
    ret
# label_L
label_710:
# test_heap_It
    lea rdx, qword ptr [r15+96]
    cmp rdx, rsp
    short jbe L2878
    mov ecx, 4
.db 0x66, 0x90
    call 140320710850576
L2878:
# put_cons_ss
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
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
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# store_cons_Id
    add r15, 32
    mov qword ptr [rbx+8], rsi
# i_move_sd
L2879:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx], 4747
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L2880
    mov ecx, 3
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2880:
# call_light_bif_be
    align 4
L2881:
L2882:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089904
    lea rdx, qword ptr [L2881]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_711:
# i_func_info_IaaI
# erlang:spawn_monitor/4
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x72, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
spawn_monitor/4:
# i_breakpoint_trampoline
    short jmp L2883
.db 0x00
    call L1236
    align 8
L2883:
# i_test_yield
    lea rdx, qword ptr [spawn_monitor/4+24]
    dec r14
    jle L1234
# node_d
    mov rdi, 94919182011968
    mov rdi, qword ptr [rdi]
    mov rdi, qword ptr [rdi+24]
    mov qword ptr [rbx+32], rdi
# is_eq_exact_fss
# simplified check since one argument is an immediate
    mov rdi, qword ptr [rbx+32]
    cmp qword ptr [rbx], rdi
    jne label_714
# is_atom_fs
    mov rax, qword ptr [rbx+8]
    and al, 63
    cmp al, 11
    jne label_726
# is_atom_fs
    mov rax, qword ptr [rbx+16]
    and al, 63
    cmp al, 11
    jne label_726
# is_list_fs
    mov rax, qword ptr [rbx+24]
    cmp rax, 59
    short je L2884
    test al, 2
    jne label_714
L2884:
# allocate_tt
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L2885
    mov ecx, 4
    call 140320710850576
L2885:
    sub rsp, 40
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+16], 1
    vmovups xmmword ptr [rsp], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp+16], xmm0
# catch_yf
    inc qword ptr [r13+264]
L2886:
    mov eax, 2147483647
    mov qword ptr [rsp+32], rax
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+8]
    movups xmmword ptr [rbx], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx+16], rdi
# line_I
# i_call_ext_e
L2887:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# try_end_y
    dec qword ptr [r13+264]
    mov qword ptr [rsp+32], 59
# deallocate_t
    add rsp, 40
# return
    dec r14
    jl L1235
    ret
# label_L
label_713:
# try_case_y
    dec qword ptr [r13+264]
    mov rax, qword ptr [rbx+24]
    mov qword ptr [rbx], rax
# is_eq_exact_fss
    cmp qword ptr [rbx], 779
    jne label_725
# test_heap_It
    lea rdx, qword ptr [r15+96]
    cmp rdx, rsp
    short jbe L2888
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2888:
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
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [r15+32], rdi
    mov qword ptr [r15+40], rsi
    lea rsi, qword ptr [r15+33]
# append_cons_Is
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [r15+48], rdi
    mov qword ptr [r15+56], rsi
    lea rsi, qword ptr [r15+49]
# store_cons_Id
    add r15, 64
    mov qword ptr [rbx], rsi
# i_move_sd
L2889:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+16], rdi
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rbx], xmm0
# line_I
# call_light_bif_be
    align 4
L2890:
L2891:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089904
    lea rdx, qword ptr [L2890]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 40
# return
    dec r14
    jl L1235
    ret
# label_L
label_714:
# is_atom_fs
    mov rax, qword ptr [rbx]
    and al, 63
    cmp al, 11
    jne label_726
# is_atom_fs
    mov rax, qword ptr [rbx+8]
    and al, 63
    cmp al, 11
    jne label_726
# is_atom_fs
    mov rax, qword ptr [rbx+16]
    and al, 63
    cmp al, 11
    jne label_726
# allocate_tt
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L2892
    mov ecx, 4
.db 0x90
    call 140320710850576
L2892:
    sub rsp, 40
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+16], 1
    vmovups xmmword ptr [rsp], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp+16], xmm0
# catch_yf
    inc qword ptr [r13+264]
L2893:
    mov eax, 2147483647
    mov qword ptr [rsp+32], rax
# i_move_sd
L2894:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+32], rdi
# line_I
# i_call_ext_e
L2895:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# try_end_y
    dec qword ptr [r13+264]
    mov qword ptr [rsp+32], 59
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+32], rdi
# jump_f
    jmp label_716
# label_L
label_715:
# try_case_y
    dec qword ptr [r13+264]
    mov rax, qword ptr [rbx+24]
    mov qword ptr [rbx], rax
# is_eq_exact_fss
    cmp qword ptr [rbx], 779
    jne label_725
# test_heap_It
    lea rdx, qword ptr [r15+96]
    cmp rdx, rsp
    short jbe L2896
    mov ecx, 2
    call 140320710850576
L2896:
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
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [r15+32], rdi
    mov qword ptr [r15+40], rsi
    lea rsi, qword ptr [r15+33]
# append_cons_Is
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [r15+48], rdi
    mov qword ptr [r15+56], rsi
    lea rsi, qword ptr [r15+49]
# store_cons_Id
    add r15, 64
    mov qword ptr [rbx], rsi
# i_move_sd
L2897:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+16], rdi
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rbx], xmm0
# line_I
# call_light_bif_be
    align 4
L2898:
L2899:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089904
    lea rdx, qword ptr [L2898]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+32], rdi
# aligned_label_Lt
    align 4
label_716:
# i_loop_rec_f
    align 4
L2900:
    lea rdi, qword ptr [L2900]
    lea rsi, qword ptr [label_724]
    call 140320710852712
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_723
    cmp dword ptr [rsi-2], 256
    jne label_723
    cmp qword ptr [rsi+6], 40331
    jne label_723
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+14]
    movups xmmword ptr [rbx+8], xmm0
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+30]
    mov qword ptr [rbx], rdi
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+16]
    cmp rsi, 779
    je label_718
    cmp rsi, 30603
    je label_717
    jmp label_723
# label_L
label_717:
# is_eq_exact_fss
    mov rsi, qword ptr [rsp+32]
    mov rdi, qword ptr [rbx+8]
    cmp rdi, rsi
    short je L2901
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_723
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_723
L2901:
# is_pid_fs
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 3
    short je L2902
    test al, 1
    jne label_723
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 48
    jne label_723
L2902:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L2903
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L2903:
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
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 40
# return
    dec r14
    jl L1235
    ret
# label_L
label_718:
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 5387
    je label_721
    cmp rsi, 28491
    je label_719
    jmp label_722
# label_L
label_719:
# is_eq_exact_fss
    mov rsi, qword ptr [rsp+32]
    mov rdi, qword ptr [rbx+8]
    cmp rdi, rsi
    short je L2904
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_723
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_723
L2904:
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
# catch_yf
    inc qword ptr [r13+264]
L2905:
    mov eax, 2147483647
    mov qword ptr [rsp+32], rax
# test_heap_It
    lea rdx, qword ptr [r15+96]
    cmp rdx, rsp
    short jbe L2906
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2906:
# put_cons_ss
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15], rdi
L2907:
    long mov rdi, 9223372036854775807
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# append_cons_Is
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [r15+32], rdi
    mov qword ptr [r15+40], rsi
    lea rsi, qword ptr [r15+33]
# store_cons_Id
    add r15, 48
    mov qword ptr [rbx], rsi
# append_cons_Is
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], rsi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+16], rsi
# i_move_sd
    mov qword ptr [rbx+8], 151563
# i_move_sd
L2908:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov qword ptr [rbx], 15243
# line_I
# call_light_bif_be
    align 4
L2909:
L2910:
    long mov rcx, 9223372036854775807
    mov rax, 94919179086848
    lea rdx, qword ptr [L2909]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# try_end_y
    dec qword ptr [r13+264]
    mov qword ptr [rsp+32], 59
# deallocate_t
    add rsp, 40
# return
    dec r14
    jl L1235
    ret
# label_L
label_720:
# try_case_y
    dec qword ptr [r13+264]
    mov rax, qword ptr [rbx+24]
    mov qword ptr [rbx], rax
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# test_heap_It
    lea rdx, qword ptr [r15+96]
    cmp rdx, rsp
    short jbe L2911
    mov ecx, 1
.db 0x90
    call 140320710850576
L2911:
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
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [r15+32], rdi
    mov qword ptr [r15+40], rsi
    lea rsi, qword ptr [r15+33]
# append_cons_Is
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [r15+48], rdi
    mov qword ptr [r15+56], rsi
    lea rsi, qword ptr [r15+49]
# store_cons_Id
    add r15, 64
    mov qword ptr [rbx+8], rsi
# i_move_sd
L2912:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+16], rdi
# line_I
# call_light_bif_be
    align 4
L2913:
L2914:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089904
    lea rdx, qword ptr [L2913]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 40
# return
    dec r14
    jl L1235
    ret
# label_L
label_721:
# is_eq_exact_fss
    mov rsi, qword ptr [rsp+32]
    mov rdi, qword ptr [rbx+8]
    cmp rdi, rsi
    short je L2915
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_723
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_723
L2915:
# test_heap_It
    lea rdx, qword ptr [r15+96]
    cmp rdx, rsp
    short jbe L2916
    xor ecx, ecx
.db 0x90
    call 140320710850576
L2916:
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
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [r15+32], rdi
    mov qword ptr [r15+40], rsi
    lea rsi, qword ptr [r15+33]
# store_cons_Id
    add r15, 48
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
L2917:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx], 4747
# line_I
# call_light_bif_be
    align 4
L2918:
L2919:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089904
    lea rdx, qword ptr [L2918]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 40
# return
    dec r14
    jl L1235
    ret
# label_L
label_722:
# is_eq_exact_fss
    mov rsi, qword ptr [rsp+32]
    mov rdi, qword ptr [rbx+8]
    cmp rdi, rsi
    short je L2920
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_723
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_723
L2920:
# test_heap_It
    lea rdx, qword ptr [r15+96]
    cmp rdx, rsp
    short jbe L2921
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L2921:
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
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [r15+32], rdi
    mov qword ptr [r15+40], rsi
    lea rsi, qword ptr [r15+33]
# append_cons_Is
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [r15+48], rdi
    mov qword ptr [r15+56], rsi
    lea rsi, qword ptr [r15+49]
# store_cons_Id
    add r15, 64
    mov qword ptr [rbx+8], rsi
# i_move_sd
L2922:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+16], rdi
# line_I
# call_light_bif_be
    align 4
L2923:
L2924:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089904
    lea rdx, qword ptr [L2923]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 40
# return
    dec r14
    jl L1235
    ret
# label_L
label_723:
# loop_rec_end_f
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919178491472
    mov rsp, rbp
    dec r14
    jmp label_716
# aligned_label_Lt
    align 4
label_724:
# wait_locked_f
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    lea rsi, qword ptr [label_716]
    call 94919178213328
    mov rsp, rbp
    jmp 140320710854321
# label_L
label_725:
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
label_726:
# test_heap_It
    lea rdx, qword ptr [r15+96]
    cmp rdx, rsp
    short jbe L2925
    mov ecx, 4
.db 0x66, 0x90
    call 140320710850576
L2925:
# put_cons_ss
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
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
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# store_cons_Id
    add r15, 32
    mov qword ptr [rbx+8], rsi
# i_move_sd
L2926:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx], 4747
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L2927
    mov ecx, 3
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2927:
# call_light_bif_be
    align 4
L2928:
L2929:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089904
    lea rdx, qword ptr [L2928]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_727:
# i_func_info_IaaI
# erlang:spawn_opt/4
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xC7, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
spawn_opt/4:
# i_breakpoint_trampoline
    short jmp L2930
.db 0x00
    call L1236
    align 8
L2930:
# call_bif_mfa_aaI
L2931:
    lea rsi, qword ptr [spawn_opt/4-24]
    lea rdx, qword ptr [L2931]
    mov rcx, 94919179086848
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L2932
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2932:
# call_light_bif_be
    align 4
L2933:
L2934:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L2933]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_729:
# i_func_info_IaaI
# erlang:spawn_opt/5
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xC7, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
spawn_opt/5:
# i_breakpoint_trampoline
    short jmp L2935
.db 0x00
    call L1236
    align 8
L2935:
# i_test_yield
    lea rdx, qword ptr [spawn_opt/5+24]
    dec r14
    jle L1234
# node_d
    mov rdi, 94919182011968
    mov rdi, qword ptr [rdi]
    mov rdi, qword ptr [rdi+24]
    mov qword ptr [rbx+40], rdi
# is_eq_exact_fss
# simplified check since one argument is an immediate
    mov rdi, qword ptr [rbx+40]
    cmp qword ptr [rbx], rdi
    jne label_735
# is_atom_fs
    mov rax, qword ptr [rbx+8]
    and al, 63
    cmp al, 11
    jne label_749
# is_atom_fs
    mov rax, qword ptr [rbx+16]
    and al, 63
    cmp al, 11
    jne label_749
# is_list_fs
    mov rax, qword ptr [rbx+24]
    cmp rax, 59
    short je L2936
    test al, 2
    jne label_735
L2936:
# is_list_fs
    mov rax, qword ptr [rbx+32]
    cmp rax, 59
    short je L2937
    test al, 2
    jne label_735
L2937:
# allocate_tt
    lea rdx, qword ptr [r15+88]
    cmp rdx, rsp
    short jbe L2938
    mov ecx, 5
.db 0x66, 0x90
    call 140320710850576
L2938:
    sub rsp, 56
# init_yregs_I
    mov qword ptr [rsp], 59
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+24], 1
    vmovups xmmword ptr [rsp+8], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rsp+24], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+40], rdi
# catch_yf
    inc qword ptr [r13+264]
L2939:
    mov eax, 2147483647
    mov qword ptr [rsp+48], rax
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+8]
    movups xmmword ptr [rbx], xmm0
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+24]
    movups xmmword ptr [rbx+16], xmm0
# line_I
# call_light_bif_be
    align 4
L2940:
L2941:
    long mov rcx, 9223372036854775807
    mov rax, 94919179086848
    lea rdx, qword ptr [L2940]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# try_end_y
    dec qword ptr [r13+264]
    mov qword ptr [rsp+48], 59
# deallocate_t
    add rsp, 56
# return
    dec r14
    jl L1235
    ret
# label_L
label_731:
# try_case_y
    dec qword ptr [r13+264]
    mov rax, qword ptr [rbx+24]
    mov qword ptr [rbx], rax
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx+8], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx], 779
    jne label_734
# test_heap_It
    lea rdx, qword ptr [r15+112]
    cmp rdx, rsp
    short jbe L2942
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2942:
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
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [r15+32], rdi
    mov qword ptr [r15+40], rsi
    lea rsi, qword ptr [r15+33]
# append_cons_Is
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [r15+48], rdi
    mov qword ptr [r15+56], rsi
    lea rsi, qword ptr [r15+49]
# store_cons_Id
    add r15, 64
    mov qword ptr [rbx], rsi
# append_cons_Is
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], rsi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rsp+48], rsi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
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
# is_nonempty_list_get_hd_fSd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_733
    mov rsi, qword ptr [rax-1]
    mov qword ptr [rbx+8], rsi
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx+8]
    rex test sil, 1
    jne label_733
    cmp dword ptr [rsi-2], 256
    jne label_733
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+30]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx+8], 31
# init_yregs_I
    mov eax, 59
    lea rdi, qword ptr [rsp+8]
    mov ecx, 5
    rep stos qword ptr [rdi], rax
# i_move_sd
    mov qword ptr [rbx], 14859
# line_I
# call_light_bif_be
    align 4
L2943:
L2944:
    long mov rcx, 9223372036854775807
    mov rax, 94919178929168
    lea rdx, qword ptr [L2943]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_is_tagged_tuple_ff_ffsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_732
    mov rdi, qword ptr [rsi-2]
    rex test dil, 63
    jne label_732
    cmp edi, 128
    jne label_750
    cmp qword ptr [rsi+6], 14859
    jne label_750
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2945
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2945:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+16], rsi
# i_move_sd
    mov rdi, qword ptr [rsp+48]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L2946:
L2947:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089904
    lea rdx, qword ptr [L2946]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 56
# return
    dec r14
    jl L1235
    ret
# label_L
label_732:
# i_move_sd
    mov rdi, qword ptr [rsp+48]
    mov qword ptr [rbx+8], rdi
# i_move_sd
L2948:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L2949:
L2950:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089904
    lea rdx, qword ptr [L2949]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 56
# return
    dec r14
    jl L1235
    ret
# label_L
label_733:
# i_move_sd
    mov rdi, qword ptr [rsp+48]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 56
    jmp label_1232
# label_L
label_734:
# raise_ss
    mov rdx, qword ptr [rsp]
    mov rsi, qword ptr [rbx+8]
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
label_735:
# is_atom_fs
    mov rax, qword ptr [rbx]
    and al, 63
    cmp al, 11
    jne label_749
# is_atom_fs
    mov rax, qword ptr [rbx+8]
    and al, 63
    cmp al, 11
    jne label_749
# is_atom_fs
    mov rax, qword ptr [rbx+16]
    and al, 63
    cmp al, 11
    jne label_749
# allocate_heap_tIt
    lea rdx, qword ptr [r15+120]
    cmp rdx, rsp
    short jbe L2951
    mov ecx, 5
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2951:
    sub rsp, 56
# init_yregs_I
    mov eax, 59
    mov qword ptr [rsp], rax
    mov qword ptr [rsp+48], rax
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+24], 1
    vmovups xmmword ptr [rsp+8], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rsp+24], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+40], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
# (moving two elements at once)
    movups xmm0, xmmword ptr [rbx+8]
    movups xmmword ptr [r15+8], xmm0
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [r15+24], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx+24], 50955
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx+16], rdi
# line_I
# call_light_bif_be
    align 4
L2952:
L2953:
    long mov rcx, 9223372036854775807
    mov rax, 94919179430704
    lea rdx, qword ptr [L2952]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+48], rdi
# i_is_tuple_fs
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_736
    test byte ptr [rsi-2], 63
    jne label_736
# i_test_arity_fsA
    mov rsi, qword ptr [rbx]
    cmp dword ptr [rsi-2], 128
    jne label_753
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+48]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx], rdi
# is_reference_fs
    mov rax, qword ptr [rbx]
    test al, 1
    jne label_753
    mov eax, dword ptr [rax-2]
    and al, 63
    cmp al, 16
    short je L2954
    cmp al, 56
    jne label_753
L2954:
# jump_f
    jmp label_737
# label_L
label_736:
# is_eq_exact_fss
    cmp qword ptr [rbx], 4747
    jne label_753
# test_heap_It
    lea rdx, qword ptr [r15+112]
    cmp rdx, rsp
    short jbe L2955
    xor ecx, ecx
.db 0x66, 0x90
    call 140320710850576
L2955:
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
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [r15+32], rdi
    mov qword ptr [r15+40], rsi
    lea rsi, qword ptr [r15+33]
# append_cons_Is
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [r15+48], rdi
    mov qword ptr [r15+56], rsi
    lea rsi, qword ptr [r15+49]
# store_cons_Id
    add r15, 64
    mov qword ptr [rbx], rsi
# append_cons_Is
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], rsi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_move_sd
L2956:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+16], rdi
# init_yregs_I
    mov qword ptr [rsp+48], 59
# i_move_sd
    mov qword ptr [rbx], 4747
# line_I
# call_light_bif_be
    align 4
L2957:
L2958:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089904
    lea rdx, qword ptr [L2957]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+48], rdi
# label_L
label_737:
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rsp+48]
    rex test sil, 1
    jne label_752
    cmp dword ptr [rsi-2], 128
    jne label_752
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rsp], rdi
# aligned_label_Lt
    align 4
label_738:
# i_loop_rec_f
    align 4
L2959:
    lea rdi, qword ptr [L2959]
    lea rsi, qword ptr [label_748]
    call 140320710852712
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_747
    cmp dword ptr [rsi-2], 256
    jne label_747
    cmp qword ptr [rsi+6], 40331
    jne label_747
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+14]
    movups xmmword ptr [rbx+8], xmm0
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+30]
    mov qword ptr [rbx], rdi
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+16]
    cmp rsi, 779
    je label_742
    cmp rsi, 30603
    je label_739
    jmp label_747
# label_L
label_739:
# is_eq_exact_fss
    mov rsi, qword ptr [rsp]
    mov rdi, qword ptr [rbx+8]
    cmp rdi, rsi
    short je L2960
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_747
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_747
L2960:
# is_pid_fs
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 3
    short je L2961
    test al, 1
    jne label_747
    mov eax, dword ptr [rdi-2]
    and al, 63
    cmp al, 48
    jne label_747
L2961:
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+48]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
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
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+8]
    cmp rsi, 11
    je label_741
    cmp rsi, 75
    je label_740
    jmp label_751
# label_L
label_740:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L2962
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2962:
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
    add rsp, 56
# return
    dec r14
    jl L1235
    ret
# label_L
label_741:
# deallocate_t
    add rsp, 56
# return
    dec r14
    jl L1235
    ret
# label_L
label_742:
# is_eq_exact_fss
    cmp qword ptr [rbx], 5387
    jne label_743
# is_eq_exact_fss
    mov rsi, qword ptr [rsp]
    mov rdi, qword ptr [rbx+8]
    cmp rdi, rsi
    short je L2963
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_747
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_747
L2963:
# test_heap_It
    lea rdx, qword ptr [r15+112]
    cmp rdx, rsp
    short jbe L2964
    xor ecx, ecx
.db 0x90
    call 140320710850576
L2964:
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
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [r15+32], rdi
    mov qword ptr [r15+40], rsi
    lea rsi, qword ptr [r15+33]
# append_cons_Is
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [r15+48], rdi
    mov qword ptr [r15+56], rsi
    lea rsi, qword ptr [r15+49]
# store_cons_Id
    add r15, 64
    mov qword ptr [rbx], rsi
# append_cons_Is
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], rsi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_move_sd
L2965:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx], 4747
# line_I
# call_light_bif_be
    align 4
L2966:
L2967:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089904
    lea rdx, qword ptr [L2966]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 56
# return
    dec r14
    jl L1235
    ret
# label_L
label_743:
# is_eq_exact_fss
    mov rsi, qword ptr [rsp]
    mov rdi, qword ptr [rbx+8]
    cmp rdi, rsi
    short je L2968
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_747
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_747
L2968:
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 28491
    je label_744
    cmp rsi, 30347
    je label_744
    jmp label_746
# label_L
label_744:
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
# catch_yf
    inc qword ptr [r13+264]
L2969:
    mov eax, 2147483647
    mov qword ptr [rsp+48], rax
# test_heap_It
    lea rdx, qword ptr [r15+128]
    cmp rdx, rsp
    short jbe L2970
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2970:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# append_cons_Is
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [r15+32], rdi
    mov qword ptr [r15+40], rsi
    lea rsi, qword ptr [r15+33]
# append_cons_Is
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [r15+48], rdi
    mov qword ptr [r15+56], rsi
    lea rsi, qword ptr [r15+49]
# append_cons_Is
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [r15+64], rdi
    mov qword ptr [r15+72], rsi
    lea rsi, qword ptr [r15+65]
# store_cons_Id
    add r15, 80
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
    mov qword ptr [rbx+8], 151563
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+24], rdi
# init_yregs_I
    mov qword ptr [rsp], 59
# i_move_sd
    mov qword ptr [rbx], 15243
# line_I
# call_light_bif_be
    align 4
L2971:
L2972:
    long mov rcx, 9223372036854775807
    mov rax, 94919179086848
    lea rdx, qword ptr [L2971]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# try_end_y
    dec qword ptr [r13+264]
    mov qword ptr [rsp+48], 59
# deallocate_t
    add rsp, 56
# return
    dec r14
    jl L1235
    ret
# label_L
label_745:
# try_case_y
    dec qword ptr [r13+264]
    mov rax, qword ptr [rbx+24]
    mov qword ptr [rbx], rax
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# test_heap_It
    lea rdx, qword ptr [r15+112]
    cmp rdx, rsp
    short jbe L2973
    mov ecx, 1
.db 0x90
    call 140320710850576
L2973:
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
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [r15+32], rdi
    mov qword ptr [r15+40], rsi
    lea rsi, qword ptr [r15+33]
# append_cons_Is
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [r15+48], rdi
    mov qword ptr [r15+56], rsi
    lea rsi, qword ptr [r15+49]
# append_cons_Is
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [r15+64], rdi
    mov qword ptr [r15+72], rsi
    lea rsi, qword ptr [r15+65]
# store_cons_Id
    add r15, 80
    mov qword ptr [rbx+8], rsi
# i_move_sd
L2974:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+16], rdi
# line_I
# call_light_bif_be
    align 4
L2975:
L2976:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089904
    lea rdx, qword ptr [L2975]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 56
# return
    dec r14
    jl L1235
    ret
# label_L
label_746:
# test_heap_It
    lea rdx, qword ptr [r15+112]
    cmp rdx, rsp
    short jbe L2977
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L2977:
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
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [r15+32], rdi
    mov qword ptr [r15+40], rsi
    lea rsi, qword ptr [r15+33]
# append_cons_Is
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [r15+48], rdi
    mov qword ptr [r15+56], rsi
    lea rsi, qword ptr [r15+49]
# append_cons_Is
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [r15+64], rdi
    mov qword ptr [r15+72], rsi
    lea rsi, qword ptr [r15+65]
# store_cons_Id
    add r15, 80
    mov qword ptr [rbx+8], rsi
# i_move_sd
L2978:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+16], rdi
# line_I
# call_light_bif_be
    align 4
L2979:
L2980:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089904
    lea rdx, qword ptr [L2979]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 56
# return
    dec r14
    jl L1235
    ret
# label_L
label_747:
# loop_rec_end_f
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919178491472
    mov rsp, rbp
    dec r14
    jmp label_738
# aligned_label_Lt
    align 4
label_748:
# wait_locked_f
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    lea rsi, qword ptr [label_738]
    call 94919178213328
    mov rsp, rbp
    jmp 140320710854321
# label_L
label_749:
# test_heap_It
    lea rdx, qword ptr [r15+112]
    cmp rdx, rsp
    short jbe L2981
    mov ecx, 5
    call 140320710850576
L2981:
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
# append_cons_Is
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# store_cons_Id
    add r15, 32
    mov qword ptr [rbx+8], rsi
# i_move_sd
L2982:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx], 4747
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L2983
    mov ecx, 3
    call 140320710850576
L2983:
# call_light_bif_be
    align 4
L2984:
L2985:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089904
    lea rdx, qword ptr [L2984]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# label_L
label_750:
# line_I
# case_end_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 7248
    xor ecx, ecx
    call 140320710854352
# label_L
label_751:
# line_I
    nop
# case_end_s
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 7248
    xor ecx, ecx
    call 140320710854352
# label_L
label_752:
# line_I
    nop
# badmatch_s
    mov rdi, qword ptr [rsp+48]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 5200
    xor ecx, ecx
    call 140320710854352
# label_L
label_753:
# case_end_s
    mov rdi, qword ptr [rsp+48]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 7248
    xor ecx, ecx
    call 140320710854352
# func_line_I
    nop
# aligned_label_Lt
    align 8
label_754:
# i_func_info_IaaI
# erlang:spawn_request/1
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x9D, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
spawn_request/1:
# i_breakpoint_trampoline
    short jmp L2986
.db 0x00
    call L1236
    align 8
L2986:
# i_test_yield
    lea rdx, qword ptr [spawn_request/1+24]
    dec r14
    jle L1234
# is_function2_fss
    mov rdi, qword ptr [rbx]
    rex test dil, 1
    jne label_758
    mov eax, dword ptr [rdi-2]
    cmp eax, 212
    jne label_758
    cmp byte ptr [rdi+22], 0
    jne label_758
# allocate_heap_tIt
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L2987
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2987:
    sub rsp, 16
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
L2988:
    long mov rdi, 9223372036854775807
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+16], rsi
# catch_yf
    inc qword ptr [r13+264]
L2989:
    mov eax, 2147483647
    mov qword ptr [rsp+8], rax
# i_move_sd
    mov qword ptr [rbx+8], 3403
# i_move_sd
    mov qword ptr [rbx+24], 59
# i_move_sd
    mov qword ptr [rbx], 14667
# line_I
# i_call_ext_e
L2990:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x0F, 0x1F, 0x00
    call qword ptr [rax+r12*8]
# try_end_y
    dec qword ptr [r13+264]
    mov qword ptr [rsp+8], 59
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L1235
    ret
# label_L
label_756:
# try_case_y
    dec qword ptr [r13+264]
    mov rax, qword ptr [rbx+24]
    mov qword ptr [rbx], rax
# is_eq_exact_fss
    cmp qword ptr [rbx], 779
    jne label_757
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2991
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2991:
# put_cons_ss
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# i_move_sd
L2992:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+16], rdi
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rbx], xmm0
# line_I
# call_light_bif_be
    align 4
L2993:
L2994:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089904
    lea rdx, qword ptr [L2993]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L1235
    ret
# label_L
label_757:
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
label_758:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2995
    mov ecx, 1
    call 140320710850576
L2995:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_move_sd
L2996:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx], 4747
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L2997
    mov ecx, 3
.db 0x90
    call 140320710850576
L2997:
# call_light_bif_be
    align 4
L2998:
L2999:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089904
    lea rdx, qword ptr [L2998]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_759:
# i_func_info_IaaI
# erlang:spawn_request/2
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x9D, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
spawn_request/2:
# i_breakpoint_trampoline
    short jmp L3000
.db 0x00
    call L1236
    align 8
L3000:
# i_test_yield
    lea rdx, qword ptr [spawn_request/2+24]
    dec r14
    jle L1234
# is_function2_fss
    mov rdi, qword ptr [rbx]
    rex test dil, 1
    jne label_763
    mov eax, dword ptr [rdi-2]
    cmp eax, 212
    jne label_763
    cmp byte ptr [rdi+22], 0
    jne label_763
# allocate_heap_tIt
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L3001
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L3001:
    sub rsp, 32
# init_yregs_I
    mov qword ptr [rsp], 59
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp+8], xmm0
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
L3002:
    long mov rdi, 9223372036854775807
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+16], rsi
# catch_yf
    inc qword ptr [r13+264]
L3003:
    mov eax, 2147483647
    mov qword ptr [rsp+24], rax
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov qword ptr [rbx+8], 3403
# i_move_sd
    mov qword ptr [rbx], 14667
# line_I
# i_call_ext_e
L3004:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x66, 0x90
    call qword ptr [rax+r12*8]
# try_end_y
    dec qword ptr [r13+264]
    mov qword ptr [rsp+24], 59
# deallocate_t
    add rsp, 32
# return
    dec r14
    jl L1235
    ret
# label_L
label_761:
# try_case_y
    dec qword ptr [r13+264]
    mov rax, qword ptr [rbx+24]
    mov qword ptr [rbx], rax
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx+8], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx], 779
    jne label_767
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L3005
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L3005:
# put_cons_ss
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# append_cons_Is
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], rsi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rsp+24], rsi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
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
# is_nonempty_list_get_hd_fSd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_766
    mov rsi, qword ptr [rax-1]
    mov qword ptr [rbx+8], rsi
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx+8]
    rex test sil, 1
    jne label_766
    cmp dword ptr [rsi-2], 256
    jne label_766
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+30]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx+8], 31
# init_yregs_I
    mov eax, 59
    lea rdi, qword ptr [rsp+8]
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# i_move_sd
    mov qword ptr [rbx], 14859
# line_I
# call_light_bif_be
    align 4
L3006:
L3007:
    long mov rcx, 9223372036854775807
    mov rax, 94919178929168
    lea rdx, qword ptr [L3006]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_is_tagged_tuple_ff_ffsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_762
    mov rdi, qword ptr [rsi-2]
    rex test dil, 63
    jne label_762
    cmp edi, 128
    jne label_769
    cmp qword ptr [rsi+6], 14859
    jne label_769
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L3008
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L3008:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+16], rsi
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L3009:
L3010:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089904
    lea rdx, qword ptr [L3009]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 32
# return
    dec r14
    jl L1235
    ret
# label_L
label_762:
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx+8], rdi
# i_move_sd
L3011:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L3012:
L3013:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089904
    lea rdx, qword ptr [L3012]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 32
# return
    dec r14
    jl L1235
    ret
# label_L
label_763:
# is_function2_fss
    mov rdi, qword ptr [rbx+8]
    rex test dil, 1
    jne label_768
    mov eax, dword ptr [rdi-2]
    cmp eax, 212
    jne label_768
    cmp byte ptr [rdi+22], 0
    jne label_768
# allocate_heap_tIt
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L3014
    mov ecx, 2
    call 140320710850576
L3014:
    sub rsp, 32
# init_yregs_I
    mov qword ptr [rsp], 59
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp+8], xmm0
# put_cons_ss
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15], rdi
L3015:
    long mov rdi, 9223372036854775807
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+24], rsi
# catch_yf
    inc qword ptr [r13+264]
L3016:
    mov eax, 2147483647
    mov qword ptr [rsp+24], rax
# i_move_sd
    mov qword ptr [rbx+16], 3403
# i_move_sd
    mov qword ptr [rbx+32], 59
# i_move_sd
    mov qword ptr [rbx+8], 14667
# line_I
# i_call_ext_e
L3017:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# try_end_y
    dec qword ptr [r13+264]
    mov qword ptr [rsp+24], 59
# deallocate_t
    add rsp, 32
# return
    dec r14
    jl L1235
    ret
# label_L
label_764:
# try_case_y
    dec qword ptr [r13+264]
    mov rax, qword ptr [rbx+24]
    mov qword ptr [rbx], rax
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx+8], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx], 779
    jne label_767
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L3018
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L3018:
# put_cons_ss
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# append_cons_Is
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], rsi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rsp+24], rsi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
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
# is_nonempty_list_get_hd_fSd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_766
    mov rsi, qword ptr [rax-1]
    mov qword ptr [rbx+8], rsi
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx+8]
    rex test sil, 1
    jne label_766
    cmp dword ptr [rsi-2], 256
    jne label_766
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+30]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx+8], 31
# init_yregs_I
    mov eax, 59
    lea rdi, qword ptr [rsp+8]
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# i_move_sd
    mov qword ptr [rbx], 14859
# line_I
# call_light_bif_be
    align 4
L3019:
L3020:
    long mov rcx, 9223372036854775807
    mov rax, 94919178929168
    lea rdx, qword ptr [L3019]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_is_tagged_tuple_ff_ffsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_765
    mov rdi, qword ptr [rsi-2]
    rex test dil, 63
    jne label_765
    cmp edi, 128
    jne label_770
    cmp qword ptr [rsi+6], 14859
    jne label_770
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L3021
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L3021:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+16], rsi
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L3022:
L3023:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089904
    lea rdx, qword ptr [L3022]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 32
# return
    dec r14
    jl L1235
    ret
# label_L
label_765:
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx+8], rdi
# i_move_sd
L3024:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L3025:
L3026:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089904
    lea rdx, qword ptr [L3025]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 32
# return
    dec r14
    jl L1235
    ret
# label_L
label_766:
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 32
    jmp label_1232
# label_L
label_767:
# raise_ss
    mov rdx, qword ptr [rsp]
    mov rsi, qword ptr [rbx+8]
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
label_768:
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L3027
    mov ecx, 2
    call 140320710850576
L3027:
# put_cons_ss
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# store_cons_Id
    add r15, 32
    mov qword ptr [rbx+8], rsi
# i_move_sd
L3028:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx], 4747
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
    mov rax, 94919179089904
    lea rdx, qword ptr [L3030]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# label_L
label_769:
# line_I
# case_end_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 7248
    xor ecx, ecx
    call 140320710854352
# label_L
label_770:
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
label_771:
# i_func_info_IaaI
# erlang:spawn_request/3
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x9D, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
spawn_request/3:
# i_breakpoint_trampoline
    short jmp L3032
.db 0x00
    call L1236
    align 8
L3032:
# i_test_yield
    lea rdx, qword ptr [spawn_request/3+24]
    dec r14
    jle L1234
# is_function2_fss
    mov rdi, qword ptr [rbx+8]
    rex test dil, 1
    jne label_774
    mov eax, dword ptr [rdi-2]
    cmp eax, 212
    jne label_774
    cmp byte ptr [rdi+22], 0
    jne label_774
# allocate_heap_tIt
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L3033
    mov ecx, 3
.db 0x66, 0x90
    call 140320710850576
L3033:
    sub rsp, 32
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rsp], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+16], rdi
# put_cons_ss
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15], rdi
L3034:
    long mov rdi, 9223372036854775807
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+24], rsi
# catch_yf
    inc qword ptr [r13+264]
L3035:
    mov eax, 2147483647
    mov qword ptr [rsp+24], rax
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx+32], rdi
# i_move_sd
    mov qword ptr [rbx+16], 3403
# i_move_sd
    mov qword ptr [rbx+8], 14667
# line_I
# i_call_ext_e
L3036:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# try_end_y
    dec qword ptr [r13+264]
    mov qword ptr [rsp+24], 59
# deallocate_t
    add rsp, 32
# return
    dec r14
    jl L1235
    ret
# label_L
label_773:
# try_case_y
    dec qword ptr [r13+264]
    mov rax, qword ptr [rbx+24]
    mov qword ptr [rbx], rax
# is_eq_exact_fss
    cmp qword ptr [rbx], 779
    jne label_776
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L3037
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L3037:
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
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [r15+32], rdi
    mov qword ptr [r15+40], rsi
    lea rsi, qword ptr [r15+33]
# store_cons_Id
    add r15, 48
    mov qword ptr [rbx], rsi
# i_move_sd
L3038:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+16], rdi
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rbx], xmm0
# line_I
# call_light_bif_be
    align 4
L3039:
L3040:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089904
    lea rdx, qword ptr [L3039]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 32
# return
    dec r14
    jl L1235
    ret
# label_L
label_774:
# allocate_tt
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L3041
    mov ecx, 3
.db 0x66, 0x90
    call 140320710850576
L3041:
    sub rsp, 32
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rsp], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+16], rdi
# catch_yf
    inc qword ptr [r13+264]
L3042:
    mov eax, 2147483647
    mov qword ptr [rsp+24], rax
# i_move_sd
    mov qword ptr [rbx+24], 59
# line_I
# i_call_ext_e
L3043:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x90
    call qword ptr [rax+r12*8]
# try_end_y
    dec qword ptr [r13+264]
    mov qword ptr [rsp+24], 59
# deallocate_t
    add rsp, 32
# return
    dec r14
    jl L1235
    ret
# label_L
label_775:
# try_case_y
    dec qword ptr [r13+264]
    mov rax, qword ptr [rbx+24]
    mov qword ptr [rbx], rax
# is_eq_exact_fss
    cmp qword ptr [rbx], 779
    jne label_776
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L3044
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L3044:
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
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [r15+32], rdi
    mov qword ptr [r15+40], rsi
    lea rsi, qword ptr [r15+33]
# store_cons_Id
    add r15, 48
    mov qword ptr [rbx], rsi
# i_move_sd
L3045:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+16], rdi
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rbx], xmm0
# line_I
# call_light_bif_be
    align 4
L3046:
L3047:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089904
    lea rdx, qword ptr [L3046]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 32
# return
    dec r14
    jl L1235
    ret
# label_L
label_776:
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
label_777:
# i_func_info_IaaI
# erlang:spawn_request/4
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x9D, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
spawn_request/4:
# i_breakpoint_trampoline
    short jmp L3048
.db 0x00
    call L1236
    align 8
L3048:
# i_test_yield
    lea rdx, qword ptr [spawn_request/4+24]
    dec r14
    jle L1234
# is_atom_fs
    mov rax, qword ptr [rbx+16]
    and al, 63
    cmp al, 11
    jne label_781
# allocate_tt
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L3049
    mov ecx, 4
.db 0x66, 0x90
    call 140320710850576
L3049:
    sub rsp, 40
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+16], 1
    vmovups xmmword ptr [rsp], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp+16], xmm0
# catch_yf
    inc qword ptr [r13+264]
L3050:
    mov eax, 2147483647
    mov qword ptr [rsp+32], rax
# i_move_sd
    mov qword ptr [rbx+32], 59
# line_I
# i_call_ext_e
L3051:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
.db 0x90
    call qword ptr [rax+r12*8]
# try_end_y
    dec qword ptr [r13+264]
    mov qword ptr [rsp+32], 59
# deallocate_t
    add rsp, 40
# return
    dec r14
    jl L1235
    ret
# label_L
label_779:
# try_case_y
    dec qword ptr [r13+264]
    mov rax, qword ptr [rbx+24]
    mov qword ptr [rbx], rax
# is_eq_exact_fss
    cmp qword ptr [rbx], 779
    jne label_780
# test_heap_It
    lea rdx, qword ptr [r15+96]
    cmp rdx, rsp
    short jbe L3052
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L3052:
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
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [r15+32], rdi
    mov qword ptr [r15+40], rsi
    lea rsi, qword ptr [r15+33]
# append_cons_Is
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [r15+48], rdi
    mov qword ptr [r15+56], rsi
    lea rsi, qword ptr [r15+49]
# store_cons_Id
    add r15, 64
    mov qword ptr [rbx], rsi
# i_move_sd
L3053:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+16], rdi
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rbx], xmm0
# line_I
# call_light_bif_be
    align 4
L3054:
L3055:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089904
    lea rdx, qword ptr [L3054]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 40
# return
    dec r14
    jl L1235
    ret
# label_L
label_780:
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
label_781:
# allocate_tt
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L3056
    mov ecx, 4
    call 140320710850576
L3056:
    sub rsp, 32
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+16], 1
    vmovups xmmword ptr [rsp], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp+16], xmm0
# line_I
# call_light_bif_be
    align 4
L3057:
L3058:
    long mov rcx, 9223372036854775807
    mov rax, 94919179087344
    lea rdx, qword ptr [L3057]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# is_reference_fs
    mov rax, qword ptr [rbx]
    test al, 1
    jne label_782
    mov eax, dword ptr [rax-2]
    and al, 63
    cmp al, 16
    short je L3059
    cmp al, 56
    jne label_782
L3059:
# deallocate_t
    add rsp, 32
# return
    dec r14
    jl L1235
    ret
# label_L
label_782:
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 4747
    je label_784
    cmp rsi, 5387
    je label_783
    jmp label_785
# label_L
label_783:
# test_heap_It
    lea rdx, qword ptr [r15+96]
    cmp rdx, rsp
    short jbe L3060
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L3060:
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
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [r15+32], rdi
    mov qword ptr [r15+40], rsi
    lea rsi, qword ptr [r15+33]
# store_cons_Id
    add r15, 48
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
L3061:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx], 4747
# line_I
# call_light_bif_be
    align 4
L3062:
L3063:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089904
    lea rdx, qword ptr [L3062]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 32
# return
    dec r14
    jl L1235
    ret
# label_L
label_784:
# test_heap_It
    lea rdx, qword ptr [r15+96]
    cmp rdx, rsp
    short jbe L3064
    xor ecx, ecx
.db 0x90
    call 140320710850576
L3064:
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
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [r15+32], rdi
    mov qword ptr [r15+40], rsi
    lea rsi, qword ptr [r15+33]
# store_cons_Id
    add r15, 48
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
L3065:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx], 4747
# line_I
# call_light_bif_be
    align 4
L3066:
L3067:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089904
    lea rdx, qword ptr [L3066]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 32
# return
    dec r14
    jl L1235
    ret
# label_L
label_785:
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
label_786:
# i_func_info_IaaI
# erlang:spawn_request/5
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x9D, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
spawn_request/5:
# i_breakpoint_trampoline
    short jmp L3068
.db 0x00
    call L1236
    align 8
L3068:
# i_test_yield
    lea rdx, qword ptr [spawn_request/5+24]
    dec r14
    jle L1234
# node_d
    mov rdi, 94919182011968
    mov rdi, qword ptr [rdi]
    mov rdi, qword ptr [rdi+24]
    mov qword ptr [rbx+40], rdi
# is_eq_exact_fss
# simplified check since one argument is an immediate
    mov rdi, qword ptr [rbx+40]
    cmp qword ptr [rbx], rdi
    jne label_792
# allocate_tt
    lea rdx, qword ptr [r15+88]
    cmp rdx, rsp
    short jbe L3069
    mov ecx, 5
.db 0x66, 0x90
    call 140320710850576
L3069:
    sub rsp, 56
# init_yregs_I
    mov qword ptr [rsp], 59
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+24], 1
    vmovups xmmword ptr [rsp+8], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rsp+24], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+40], rdi
# catch_yf
    inc qword ptr [r13+264]
L3070:
    mov eax, 2147483647
    mov qword ptr [rsp+48], rax
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+8]
    movups xmmword ptr [rbx], xmm0
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+24]
    movups xmmword ptr [rbx+16], xmm0
# line_I
# i_call_ext_e
L3071:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# try_end_y
    dec qword ptr [r13+264]
    mov qword ptr [rsp+48], 59
# deallocate_t
    add rsp, 56
# return
    dec r14
    jl L1235
    ret
# label_L
label_788:
# try_case_y
    dec qword ptr [r13+264]
    mov rax, qword ptr [rbx+24]
    mov qword ptr [rbx], rax
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx+8], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx], 779
    jne label_791
# test_heap_It
    lea rdx, qword ptr [r15+112]
    cmp rdx, rsp
    short jbe L3072
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L3072:
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
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [r15+32], rdi
    mov qword ptr [r15+40], rsi
    lea rsi, qword ptr [r15+33]
# append_cons_Is
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [r15+48], rdi
    mov qword ptr [r15+56], rsi
    lea rsi, qword ptr [r15+49]
# store_cons_Id
    add r15, 64
    mov qword ptr [rbx], rsi
# append_cons_Is
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], rsi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rsp+48], rsi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
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
# is_nonempty_list_get_hd_fSd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_790
    mov rsi, qword ptr [rax-1]
    mov qword ptr [rbx+8], rsi
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx+8]
    rex test sil, 1
    jne label_790
    cmp dword ptr [rsi-2], 256
    jne label_790
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+30]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx+8], 31
# init_yregs_I
    mov eax, 59
    lea rdi, qword ptr [rsp+8]
    mov ecx, 5
    rep stos qword ptr [rdi], rax
# i_move_sd
    mov qword ptr [rbx], 14859
# line_I
# call_light_bif_be
    align 4
L3073:
L3074:
    long mov rcx, 9223372036854775807
    mov rax, 94919178929168
    lea rdx, qword ptr [L3073]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_is_tagged_tuple_ff_ffsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_789
    mov rdi, qword ptr [rsi-2]
    rex test dil, 63
    jne label_789
    cmp edi, 128
    jne label_794
    cmp qword ptr [rsi+6], 14859
    jne label_794
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L3075
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L3075:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+16], rsi
# i_move_sd
    mov rdi, qword ptr [rsp+48]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L3076:
L3077:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089904
    lea rdx, qword ptr [L3076]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 56
# return
    dec r14
    jl L1235
    ret
# label_L
label_789:
# i_move_sd
    mov rdi, qword ptr [rsp+48]
    mov qword ptr [rbx+8], rdi
# i_move_sd
L3078:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L3079:
L3080:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089904
    lea rdx, qword ptr [L3079]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 56
# return
    dec r14
    jl L1235
    ret
# label_L
label_790:
# i_move_sd
    mov rdi, qword ptr [rsp+48]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 56
    jmp label_1232
# label_L
label_791:
# raise_ss
    mov rdx, qword ptr [rsp]
    mov rsi, qword ptr [rbx+8]
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
label_792:
# allocate_heap_tIt
    lea rdx, qword ptr [r15+104]
    cmp rdx, rsp
    short jbe L3081
    mov ecx, 5
    call 140320710850576
L3081:
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
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
# (moving two elements at once)
    movups xmm0, xmmword ptr [rbx+8]
    movups xmmword ptr [r15+8], xmm0
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [r15+24], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx+24], 40395
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx+16], rdi
# line_I
# call_light_bif_be
    align 4
L3082:
L3083:
    long mov rcx, 9223372036854775807
    mov rax, 94919179430704
    lea rdx, qword ptr [L3082]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# is_reference_fs
    mov rax, qword ptr [rbx]
    test al, 1
    jne label_793
    mov eax, dword ptr [rax-2]
    and al, 63
    cmp al, 16
    short je L3084
    cmp al, 56
    jne label_793
L3084:
# deallocate_t
    add rsp, 40
# return
    dec r14
    jl L1235
    ret
# label_L
label_793:
# is_eq_exact_fss
    cmp qword ptr [rbx], 4747
    jne label_795
# test_heap_It
    lea rdx, qword ptr [r15+112]
    cmp rdx, rsp
    short jbe L3085
    xor ecx, ecx
    call 140320710850576
L3085:
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
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [r15+32], rdi
    mov qword ptr [r15+40], rsi
    lea rsi, qword ptr [r15+33]
# append_cons_Is
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [r15+48], rdi
    mov qword ptr [r15+56], rsi
    lea rsi, qword ptr [r15+49]
# store_cons_Id
    add r15, 64
    mov qword ptr [rbx], rsi
# append_cons_Is
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], rsi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_move_sd
L3086:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx], 4747
# line_I
# call_light_bif_be
    align 4
L3087:
L3088:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089904
    lea rdx, qword ptr [L3087]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 40
# return
    dec r14
    jl L1235
    ret
# label_L
label_794:
# line_I
# case_end_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 7248
    xor ecx, ecx
    call 140320710854352
# label_L
label_795:
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
label_796:
# i_func_info_IaaI
# erlang:spawn_request_abandon/1
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xCE, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
spawn_request_abandon/1:
# i_breakpoint_trampoline
    short jmp L3089
.db 0x00
    call L1236
    align 8
L3089:
# call_bif_mfa_aaI
L3090:
    lea rsi, qword ptr [spawn_request_abandon/1-24]
    lea rdx, qword ptr [L3090]
    mov rcx, 94919179088064
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L3091
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L3091:
# call_light_bif_be
    align 4
L3092:
L3093:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L3092]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_798:
# i_func_info_IaaI
# erlang:yield/0
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xB3, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
yield/0:
# i_breakpoint_trampoline
    short jmp L3094
.db 0x00
    call L1236
    align 8
L3094:
# line_I
# i_test_yield
    lea rdx, qword ptr [yield/0+24]
    dec r14
    jle L1234
# i_yield
    mov qword ptr [rbx], 75
    call L1235
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_800:
# i_func_info_IaaI
# erlang:nodes/0
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xC0, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
nodes/0:
# i_breakpoint_trampoline
    short jmp L3095
.db 0x00
    call L1236
    align 8
L3095:
# call_bif_mfa_aaI
L3096:
    lea rsi, qword ptr [nodes/0-24]
    lea rdx, qword ptr [L3096]
    mov rcx, 94919179434400
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L3097
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L3097:
# call_light_bif_be
    align 4
L3098:
L3099:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L3098]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_802:
# i_func_info_IaaI
# erlang:nodes/1
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xC0, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
nodes/1:
# i_breakpoint_trampoline
    short jmp L3100
.db 0x00
    call L1236
    align 8
L3100:
# call_bif_mfa_aaI
L3101:
    lea rsi, qword ptr [nodes/1-24]
    lea rdx, qword ptr [L3101]
    mov rcx, 94919179434416
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L3102
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L3102:
# call_light_bif_be
    align 4
L3103:
L3104:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L3103]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_804:
# i_func_info_IaaI
# erlang:nodes/2
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xC0, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
nodes/2:
# i_breakpoint_trampoline
    short jmp L3105
.db 0x00
    call L1236
    align 8
L3105:
# call_bif_mfa_aaI
L3106:
    lea rsi, qword ptr [nodes/2-24]
    lea rdx, qword ptr [L3106]
    mov rcx, 94919179434432
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L3107
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L3107:
# call_light_bif_be
    align 4
L3108:
L3109:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L3108]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_806:
# i_func_info_IaaI
# erlang:disconnect_node/1
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x50, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
disconnect_node/1:
# i_breakpoint_trampoline
    short jmp L3110
.db 0x00
    call L1236
    align 8
L3110:
# line_I
# i_test_yield
    lea rdx, qword ptr [disconnect_node/1+24]
    dec r14
    jle L1234
# i_call_ext_only_e
L3111:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# func_line_I
# aligned_label_Lt
    align 8
label_808:
# i_func_info_IaaI
# erlang:fun_info/1
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xB9, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
fun_info/1:
# i_breakpoint_trampoline
    short jmp L3112
.db 0x00
    call L1236
    align 8
L3112:
# i_test_yield
    lea rdx, qword ptr [fun_info/1+24]
    dec r14
    jle L1234
# is_function_fS
    mov rax, qword ptr [rbx]
    test al, 1
    jne label_810
    mov eax, dword ptr [rax-2]
    cmp rax, 212
    jne label_810
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx+16], 59
# i_move_sd
L3113:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp label_812
# label_L
label_810:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L3114
    mov ecx, 1
.db 0x90
    call 140320710850576
L3114:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_move_sd
L3115:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx], 4747
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L3116
    mov ecx, 3
.db 0x90
    call 140320710850576
L3116:
# call_light_bif_be
    align 4
L3117:
L3118:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089904
    lea rdx, qword ptr [L3117]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_811:
# i_func_info_IaaI
# erlang:fun_info_1/3
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x50, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_812:
# i_breakpoint_trampoline
    short jmp L3119
.db 0x00
    call L1236
    align 8
L3119:
# i_test_yield
    lea rdx, qword ptr [label_812+24]
    dec r14
    jle L1234
# is_nonempty_list_fS
    test byte ptr [rbx], 2
    jne label_814
# allocate_tt
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L3120
    mov ecx, 3
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L3120:
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
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+8], rdi
# line_I
# call_light_bif_be
    align 4
L3121:
L3122:
    long mov rcx, 9223372036854775807
    mov rax, 94919178882288
    lea rdx, qword ptr [L3121]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_815
    cmp dword ptr [rsi-2], 128
    jne label_815
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+6]
    movups xmmword ptr [rbx+8], xmm0
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 907
    jne label_813
# is_eq_exact_fss
# simplified check since one argument is an immediate
    mov rdi, qword ptr [rsp+8]
    cmp qword ptr [rbx+8], rdi
    jne label_815
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+16], 1
    vmovups xmmword ptr [rbx+8], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 32
    jmp label_812
# label_L
label_813:
# is_eq_exact_fss
# simplified check since one argument is an immediate
    mov rdi, qword ptr [rsp+8]
    cmp qword ptr [rbx+8], rdi
    jne label_815
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L3123
    mov ecx, 1
.db 0x90
    call 140320710850576
L3123:
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
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 32
    jmp label_812
# label_L
label_814:
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L1235
    ret
# label_L
label_815:
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
label_816:
# i_func_info_IaaI
# erlang:send_nosuspend/2
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x51, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
send_nosuspend/2:
# i_breakpoint_trampoline
    short jmp L3124
.db 0x00
    call L1236
    align 8
L3124:
# i_test_yield
    lea rdx, qword ptr [send_nosuspend/2+24]
    dec r14
    jle L1234
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L3125
    mov ecx, 2
    call 140320710850576
L3125:
    sub rsp, 24
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp], xmm0
# catch_yf
    inc qword ptr [r13+264]
L3126:
    mov eax, 2147483647
    mov qword ptr [rsp+16], rax
# i_move_sd
    mov qword ptr [rbx+16], 59
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call send_nosuspend/3
# try_end_y
    dec qword ptr [r13+264]
    mov qword ptr [rsp+16], 59
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L1235
    ret
# label_L
label_818:
# try_case_y
    dec qword ptr [r13+264]
    mov rax, qword ptr [rbx+24]
    mov qword ptr [rbx], rax
# is_eq_exact_fss
    cmp qword ptr [rbx], 779
    jne label_819
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L3127
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L3127:
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
    mov qword ptr [rbx], rsi
# i_move_sd
L3128:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+16], rdi
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rbx], xmm0
# line_I
# call_light_bif_be
    align 4
L3129:
L3130:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089904
    lea rdx, qword ptr [L3129]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L1235
    ret
# label_L
label_819:
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
label_820:
# i_func_info_IaaI
# erlang:send_nosuspend/3
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x51, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
send_nosuspend/3:
# i_breakpoint_trampoline
    short jmp L3131
.db 0x00
    call L1236
    align 8
L3131:
# i_test_yield
    lea rdx, qword ptr [send_nosuspend/3+24]
    dec r14
    jle L1234
# allocate_heap_tIt
    lea rdx, qword ptr [r15+88]
    cmp rdx, rsp
    short jbe L3132
    mov ecx, 3
    call 140320710850576
L3132:
    sub rsp, 40
# init_yregs_I
    mov qword ptr [rsp], 59
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rsp+8], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+24], rdi
# put_cons_ss
    mov qword ptr [r15], 29067
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+16], rsi
# catch_yf
    inc qword ptr [r13+264]
L3133:
    mov eax, 2147483647
    mov qword ptr [rsp+32], rax
# line_I
# call_light_bif_be
    align 4
L3134:
L3135:
    long mov rcx, 9223372036854775807
    mov rax, 94919179093952
    lea rdx, qword ptr [L3134]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# try_end_y
    dec qword ptr [r13+264]
    mov qword ptr [rsp+32], 59
# bif_is_eq_exact_Ssd
    mov eax, 75
    cmp qword ptr [rbx], 30603
    mov edi, 11
    cmovne rax, rdi
    mov qword ptr [rbx], rax
# deallocate_t
    add rsp, 40
# return
    dec r14
    jl L1235
    ret
# label_L
label_822:
# try_case_y
    dec qword ptr [r13+264]
    mov rax, qword ptr [rbx+24]
    mov qword ptr [rbx], rax
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx+8], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx], 779
    jne label_825
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L3136
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L3136:
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
# store_cons_Id
    add r15, 32
    mov qword ptr [rbx], rsi
# append_cons_Is
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], rsi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rsp+32], rsi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
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
# is_nonempty_list_get_hd_fSd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_824
    mov rsi, qword ptr [rax-1]
    mov qword ptr [rbx+8], rsi
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx+8]
    rex test sil, 1
    jne label_824
    cmp dword ptr [rsi-2], 256
    jne label_824
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+30]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx+8], 31
# init_yregs_I
    mov eax, 59
    lea rdi, qword ptr [rsp+8]
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
    stos qword ptr [rdi], rax
# i_move_sd
    mov qword ptr [rbx], 14859
# line_I
# call_light_bif_be
    align 4
L3137:
L3138:
    long mov rcx, 9223372036854775807
    mov rax, 94919178929168
    lea rdx, qword ptr [L3137]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_is_tagged_tuple_ff_ffsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_823
    mov rdi, qword ptr [rsi-2]
    rex test dil, 63
    jne label_823
    cmp edi, 128
    jne label_826
    cmp qword ptr [rsi+6], 14859
    jne label_826
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L3139
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L3139:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+16], rsi
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L3140:
L3141:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089904
    lea rdx, qword ptr [L3140]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 40
# return
    dec r14
    jl L1235
    ret
# label_L
label_823:
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx+8], rdi
# i_move_sd
L3142:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L3143:
L3144:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089904
    lea rdx, qword ptr [L3143]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 40
# return
    dec r14
    jl L1235
    ret
# label_L
label_824:
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 40
    jmp label_1232
# label_L
label_825:
# raise_ss
    mov rdx, qword ptr [rsp]
    mov rsi, qword ptr [rbx+8]
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
label_826:
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
label_827:
# i_func_info_IaaI
# erlang:localtime_to_universaltime/1
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xBD, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
localtime_to_universaltime/1:
# i_breakpoint_trampoline
    short jmp L3145
.db 0x00
    call L1236
    align 8
L3145:
# i_test_yield
    lea rdx, qword ptr [localtime_to_universaltime/1+24]
    dec r14
    jle L1234
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L3146
    mov ecx, 1
    call 140320710850576
L3146:
    sub rsp, 16
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# catch_yf
    inc qword ptr [r13+264]
L3147:
    mov eax, 2147483647
    mov qword ptr [rsp+8], rax
# i_move_sd
    mov qword ptr [rbx+8], 907
# line_I
# call_light_bif_be
    align 4
L3148:
L3149:
    long mov rcx, 9223372036854775807
    mov rax, 94919179105136
    lea rdx, qword ptr [L3148]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# try_end_y
    dec qword ptr [r13+264]
    mov qword ptr [rsp+8], 59
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L1235
    ret
# label_L
label_829:
# try_case_y
    dec qword ptr [r13+264]
    mov rax, qword ptr [rbx+24]
    mov qword ptr [rbx], rax
# is_eq_exact_fss
    cmp qword ptr [rbx], 779
    jne label_830
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L3150
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L3150:
# put_cons_ss
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# i_move_sd
L3151:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+16], rdi
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rbx], xmm0
# line_I
# call_light_bif_be
    align 4
L3152:
L3153:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089904
    lea rdx, qword ptr [L3152]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L1235
    ret
# label_L
label_830:
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
label_831:
# i_func_info_IaaI
# erlang:port_command/2
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xC9, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
port_command/2:
# i_breakpoint_trampoline
    short jmp L3154
.db 0x00
    call L1236
    align 8
L3154:
# i_test_yield
    lea rdx, qword ptr [port_command/2+24]
    dec r14
    jle L1234
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L3155
    mov ecx, 2
    call 140320710850576
L3155:
    sub rsp, 24
# init_yregs_I
    mov qword ptr [rsp], 59
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp+8], xmm0
# i_move_sd
    mov qword ptr [rbx+16], 59
# line_I
# call_light_bif_be
    align 4
L3156:
L3157:
    long mov rcx, 9223372036854775807
    mov rax, 94919179762960
    lea rdx, qword ptr [L3156]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# is_reference_fs
    mov rax, qword ptr [rbx]
    test al, 1
    jne label_836
    mov eax, dword ptr [rax-2]
    and al, 63
    cmp al, 16
    short je L3158
    cmp al, 56
    jne label_836
L3158:
# aligned_label_Lt
    align 4
label_833:
# i_loop_rec_f
    align 4
L3159:
    lea rdi, qword ptr [L3159]
    lea rsi, qword ptr [label_835]
    call 140320710852712
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_834
    cmp dword ptr [rsi-2], 128
    jne label_834
# get_two_tuple_elements_sPSS
    vpermilpd xmm0, xmmword ptr [rsi+6], 1
    vmovups xmmword ptr [rbx], xmm0
# is_eq_exact_fss
    mov rsi, qword ptr [rsp]
    mov rdi, qword ptr [rbx+8]
    cmp rdi, rsi
    short je L3160
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_834
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_834
L3160:
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
    jmp label_837
# label_L
label_834:
# loop_rec_end_f
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919178491472
    mov rsp, rbp
    dec r14
    jmp label_833
# aligned_label_Lt
    align 4
label_835:
# wait_locked_f
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    lea rsi, qword ptr [label_833]
    call 94919178213328
    mov rsp, rbp
    jmp 140320710854321
# label_L
label_836:
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# label_L
label_837:
# is_eq_exact_fss
    cmp qword ptr [rbx], 75
    jne label_838
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L1235
    ret
# label_L
label_838:
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L3161
    mov ecx, 1
.db 0x90
    call 140320710850576
L3161:
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
# store_cons_Id
    add r15, 32
    mov qword ptr [rbx+8], rsi
# i_move_sd
L3162:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+16], rdi
# line_I
# call_light_bif_be
    align 4
L3163:
L3164:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089904
    lea rdx, qword ptr [L3163]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_839:
# i_func_info_IaaI
# erlang:port_command/3
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xC9, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
port_command/3:
# i_breakpoint_trampoline
    short jmp L3165
.db 0x00
    call L1236
    align 8
L3165:
# i_test_yield
    lea rdx, qword ptr [port_command/3+24]
    dec r14
    jle L1234
# allocate_tt
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L3166
    mov ecx, 3
    call 140320710850576
L3166:
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
# line_I
# call_light_bif_be
    align 4
L3167:
L3168:
    long mov rcx, 9223372036854775807
    mov rax, 94919179762960
    lea rdx, qword ptr [L3167]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# is_reference_fs
    mov rax, qword ptr [rbx]
    test al, 1
    jne label_844
    mov eax, dword ptr [rax-2]
    and al, 63
    cmp al, 16
    short je L3169
    cmp al, 56
    jne label_844
L3169:
# aligned_label_Lt
    align 4
label_841:
# i_loop_rec_f
    align 4
L3170:
    lea rdi, qword ptr [L3170]
    lea rsi, qword ptr [label_843]
    call 140320710852712
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_842
    cmp dword ptr [rsi-2], 128
    jne label_842
# get_two_tuple_elements_sPSS
    vpermilpd xmm0, xmmword ptr [rsi+6], 1
    vmovups xmmword ptr [rbx], xmm0
# is_eq_exact_fss
    mov rsi, qword ptr [rsp]
    mov rdi, qword ptr [rbx+8]
    cmp rdi, rsi
    short je L3171
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_842
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_842
L3171:
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
    jmp label_845
# label_L
label_842:
# loop_rec_end_f
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919178491472
    mov rsp, rbp
    dec r14
    jmp label_841
# aligned_label_Lt
    align 4
label_843:
# wait_locked_f
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    lea rsi, qword ptr [label_841]
    call 94919178213328
    mov rsp, rbp
    jmp 140320710854321
# label_L
label_844:
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# label_L
label_845:
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 11
    je label_846
    cmp rsi, 75
    je label_846
    cmp rsi, 5387
    je label_847
    jmp label_848
# label_L
label_846:
# deallocate_t
    add rsp, 32
# return
    dec r14
    jl L1235
    ret
# label_L
label_847:
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L3172
    xor ecx, ecx
.db 0x90
    call 140320710850576
L3172:
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
# store_cons_Id
    add r15, 32
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
L3173:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx], 4747
# line_I
# call_light_bif_be
    align 4
L3174:
L3175:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089904
    lea rdx, qword ptr [L3174]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 32
# return
    dec r14
    jl L1235
    ret
# label_L
label_848:
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L3176
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L3176:
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
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [r15+32], rdi
    mov qword ptr [r15+40], rsi
    lea rsi, qword ptr [r15+33]
# store_cons_Id
    add r15, 48
    mov qword ptr [rbx+8], rsi
# i_move_sd
L3177:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+16], rdi
# line_I
# call_light_bif_be
    align 4
L3178:
L3179:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089904
    lea rdx, qword ptr [L3178]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 32
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_849:
# i_func_info_IaaI
# erlang:port_connect/2
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xCA, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
port_connect/2:
# i_breakpoint_trampoline
    short jmp L3180
.db 0x00
    call L1236
    align 8
L3180:
# i_test_yield
    lea rdx, qword ptr [port_connect/2+24]
    dec r14
    jle L1234
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L3181
    mov ecx, 2
    call 140320710850576
L3181:
    sub rsp, 24
# init_yregs_I
    mov qword ptr [rsp], 59
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp+8], xmm0
# line_I
# call_light_bif_be
    align 4
L3182:
L3183:
    long mov rcx, 9223372036854775807
    mov rax, 94919179765280
    lea rdx, qword ptr [L3182]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# is_reference_fs
    mov rax, qword ptr [rbx]
    test al, 1
    jne label_854
    mov eax, dword ptr [rax-2]
    and al, 63
    cmp al, 16
    short je L3184
    cmp al, 56
    jne label_854
L3184:
# aligned_label_Lt
    align 4
label_851:
# i_loop_rec_f
    align 4
L3185:
    lea rdi, qword ptr [L3185]
    lea rsi, qword ptr [label_853]
    call 140320710852712
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_852
    cmp dword ptr [rsi-2], 128
    jne label_852
# get_two_tuple_elements_sPSS
    vpermilpd xmm0, xmmword ptr [rsi+6], 1
    vmovups xmmword ptr [rbx], xmm0
# is_eq_exact_fss
    mov rsi, qword ptr [rsp]
    mov rdi, qword ptr [rbx+8]
    cmp rdi, rsi
    short je L3186
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_852
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_852
L3186:
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
    jmp label_855
# label_L
label_852:
# loop_rec_end_f
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919178491472
    mov rsp, rbp
    dec r14
    jmp label_851
# aligned_label_Lt
    align 4
label_853:
# wait_locked_f
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    lea rsi, qword ptr [label_851]
    call 94919178213328
    mov rsp, rbp
    jmp 140320710854321
# label_L
label_854:
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# label_L
label_855:
# is_eq_exact_fss
    cmp qword ptr [rbx], 75
    jne label_856
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L1235
    ret
# label_L
label_856:
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L3187
    mov ecx, 1
.db 0x90
    call 140320710850576
L3187:
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
# store_cons_Id
    add r15, 32
    mov qword ptr [rbx+8], rsi
# i_move_sd
L3188:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+16], rdi
# line_I
# call_light_bif_be
    align 4
L3189:
L3190:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089904
    lea rdx, qword ptr [L3189]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_857:
# i_func_info_IaaI
# erlang:port_close/1
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xCA, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
port_close/1:
# i_breakpoint_trampoline
    short jmp L3191
.db 0x00
    call L1236
    align 8
L3191:
# i_test_yield
    lea rdx, qword ptr [port_close/1+24]
    dec r14
    jle L1234
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L3192
    mov ecx, 1
    call 140320710850576
L3192:
    sub rsp, 16
# init_yregs_I
    mov qword ptr [rsp], 59
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# line_I
# call_light_bif_be
    align 4
L3193:
L3194:
    long mov rcx, 9223372036854775807
    mov rax, 94919179764832
    lea rdx, qword ptr [L3193]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# is_reference_fs
    mov rax, qword ptr [rbx]
    test al, 1
    jne label_862
    mov eax, dword ptr [rax-2]
    and al, 63
    cmp al, 16
    short je L3195
    cmp al, 56
    jne label_862
L3195:
# aligned_label_Lt
    align 4
label_859:
# i_loop_rec_f
    align 4
L3196:
    lea rdi, qword ptr [L3196]
    lea rsi, qword ptr [label_861]
    call 140320710852712
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_860
    cmp dword ptr [rsi-2], 128
    jne label_860
# get_two_tuple_elements_sPSS
    vpermilpd xmm0, xmmword ptr [rsi+6], 1
    vmovups xmmword ptr [rbx], xmm0
# is_eq_exact_fss
    mov rsi, qword ptr [rsp]
    mov rdi, qword ptr [rbx+8]
    cmp rdi, rsi
    short je L3197
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_860
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_860
L3197:
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
    jmp label_863
# label_L
label_860:
# loop_rec_end_f
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919178491472
    mov rsp, rbp
    dec r14
    jmp label_859
# aligned_label_Lt
    align 4
label_861:
# wait_locked_f
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    lea rsi, qword ptr [label_859]
    call 94919178213328
    mov rsp, rbp
    jmp 140320710854321
# label_L
label_862:
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# label_L
label_863:
# is_eq_exact_fss
    cmp qword ptr [rbx], 75
    jne label_864
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L1235
    ret
# label_L
label_864:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L3198
    mov ecx, 1
.db 0x90
    call 140320710850576
L3198:
# put_cons_ss
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_move_sd
L3199:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+16], rdi
# line_I
# call_light_bif_be
    align 4
L3200:
L3201:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089904
    lea rdx, qword ptr [L3200]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_865:
# i_func_info_IaaI
# erlang:port_control/3
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xC9, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
port_control/3:
# i_breakpoint_trampoline
    short jmp L3202
.db 0x00
    call L1236
    align 8
L3202:
# i_test_yield
    lea rdx, qword ptr [port_control/3+24]
    dec r14
    jle L1234
# allocate_tt
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L3203
    mov ecx, 3
    call 140320710850576
L3203:
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
# line_I
# call_light_bif_be
    align 4
L3204:
L3205:
    long mov rcx, 9223372036854775807
    mov rax, 94919179764304
    lea rdx, qword ptr [L3204]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# is_reference_fs
    mov rax, qword ptr [rbx]
    test al, 1
    jne label_870
    mov eax, dword ptr [rax-2]
    and al, 63
    cmp al, 16
    short je L3206
    cmp al, 56
    jne label_870
L3206:
# aligned_label_Lt
    align 4
label_867:
# i_loop_rec_f
    align 4
L3207:
    lea rdi, qword ptr [L3207]
    lea rsi, qword ptr [label_869]
    call 140320710852712
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_868
    cmp dword ptr [rsi-2], 128
    jne label_868
# get_two_tuple_elements_sPSS
    vpermilpd xmm0, xmmword ptr [rsi+6], 1
    vmovups xmmword ptr [rbx], xmm0
# is_eq_exact_fss
    mov rsi, qword ptr [rsp]
    mov rdi, qword ptr [rbx+8]
    cmp rdi, rsi
    short je L3208
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_868
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_868
L3208:
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
    jmp label_871
# label_L
label_868:
# loop_rec_end_f
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919178491472
    mov rsp, rbp
    dec r14
    jmp label_867
# aligned_label_Lt
    align 4
label_869:
# wait_locked_f
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    lea rsi, qword ptr [label_867]
    call 94919178213328
    mov rsp, rbp
    jmp 140320710854321
# label_L
label_870:
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# label_L
label_871:
# is_eq_exact_fss
    cmp qword ptr [rbx], 4747
    jne label_872
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L3209
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L3209:
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
# store_cons_Id
    add r15, 32
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
L3210:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx], 4747
# line_I
# call_light_bif_be
    align 4
L3211:
L3212:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089904
    lea rdx, qword ptr [L3211]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 32
# return
    dec r14
    jl L1235
    ret
# label_L
label_872:
# deallocate_t
    add rsp, 32
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_873:
# i_func_info_IaaI
# erlang:port_call/2
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xC9, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
port_call/2:
# i_breakpoint_trampoline
    short jmp L3213
.db 0x00
    call L1236
    align 8
L3213:
# i_test_yield
    lea rdx, qword ptr [port_call/2+24]
    dec r14
    jle L1234
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L3214
    mov ecx, 2
    call 140320710850576
L3214:
    sub rsp, 24
# init_yregs_I
    mov qword ptr [rsp], 59
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp+8], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx+8], 15
# line_I
# call_light_bif_be
    align 4
L3215:
L3216:
    long mov rcx, 9223372036854775807
    mov rax, 94919179763776
    lea rdx, qword ptr [L3215]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# is_reference_fs
    mov rax, qword ptr [rbx]
    test al, 1
    jne label_878
    mov eax, dword ptr [rax-2]
    and al, 63
    cmp al, 16
    short je L3217
    cmp al, 56
    jne label_878
L3217:
# aligned_label_Lt
    align 4
label_875:
# i_loop_rec_f
    align 4
L3218:
    lea rdi, qword ptr [L3218]
    lea rsi, qword ptr [label_877]
    call 140320710852712
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_876
    cmp dword ptr [rsi-2], 128
    jne label_876
# get_two_tuple_elements_sPSS
    vpermilpd xmm0, xmmword ptr [rsi+6], 1
    vmovups xmmword ptr [rbx], xmm0
# is_eq_exact_fss
    mov rsi, qword ptr [rsp]
    mov rdi, qword ptr [rbx+8]
    cmp rdi, rsi
    short je L3219
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_876
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_876
L3219:
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
    jmp label_879
# label_L
label_876:
# loop_rec_end_f
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919178491472
    mov rsp, rbp
    dec r14
    jmp label_875
# aligned_label_Lt
    align 4
label_877:
# wait_locked_f
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    lea rsi, qword ptr [label_875]
    call 94919178213328
    mov rsp, rbp
    jmp 140320710854321
# label_L
label_878:
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# label_L
label_879:
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_880
    cmp dword ptr [rsi-2], 128
    jne label_880
    cmp qword ptr [rsi+6], 30603
    jne label_880
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L1235
    ret
# label_L
label_880:
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L3220
    mov ecx, 1
    call 140320710850576
L3220:
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
# store_cons_Id
    add r15, 32
    mov qword ptr [rbx+8], rsi
# i_move_sd
L3221:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+16], rdi
# line_I
# call_light_bif_be
    align 4
L3222:
L3223:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089904
    lea rdx, qword ptr [L3222]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_881:
# i_func_info_IaaI
# erlang:port_call/3
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xC9, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
port_call/3:
# i_breakpoint_trampoline
    short jmp L3224
.db 0x00
    call L1236
    align 8
L3224:
# i_test_yield
    lea rdx, qword ptr [port_call/3+24]
    dec r14
    jle L1234
# allocate_tt
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L3225
    mov ecx, 3
    call 140320710850576
L3225:
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
# line_I
# call_light_bif_be
    align 4
L3226:
L3227:
    long mov rcx, 9223372036854775807
    mov rax, 94919179763776
    lea rdx, qword ptr [L3226]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# is_reference_fs
    mov rax, qword ptr [rbx]
    test al, 1
    jne label_886
    mov eax, dword ptr [rax-2]
    and al, 63
    cmp al, 16
    short je L3228
    cmp al, 56
    jne label_886
L3228:
# aligned_label_Lt
    align 4
label_883:
# i_loop_rec_f
    align 4
L3229:
    lea rdi, qword ptr [L3229]
    lea rsi, qword ptr [label_885]
    call 140320710852712
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_884
    cmp dword ptr [rsi-2], 128
    jne label_884
# get_two_tuple_elements_sPSS
    vpermilpd xmm0, xmmword ptr [rsi+6], 1
    vmovups xmmword ptr [rbx], xmm0
# is_eq_exact_fss
    mov rsi, qword ptr [rsp]
    mov rdi, qword ptr [rbx+8]
    cmp rdi, rsi
    short je L3230
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_884
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_884
L3230:
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
    jmp label_887
# label_L
label_884:
# loop_rec_end_f
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919178491472
    mov rsp, rbp
    dec r14
    jmp label_883
# aligned_label_Lt
    align 4
label_885:
# wait_locked_f
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    lea rsi, qword ptr [label_883]
    call 94919178213328
    mov rsp, rbp
    jmp 140320710854321
# label_L
label_886:
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# label_L
label_887:
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_888
    cmp dword ptr [rsi-2], 128
    jne label_888
    cmp qword ptr [rsi+6], 30603
    jne label_888
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 32
# return
    dec r14
    jl L1235
    ret
# label_L
label_888:
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L3231
    mov ecx, 1
    call 140320710850576
L3231:
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
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [r15+32], rdi
    mov qword ptr [r15+40], rsi
    lea rsi, qword ptr [r15+33]
# store_cons_Id
    add r15, 48
    mov qword ptr [rbx+8], rsi
# i_move_sd
L3232:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+16], rdi
# line_I
# call_light_bif_be
    align 4
L3233:
L3234:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089904
    lea rdx, qword ptr [L3233]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 32
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_889:
# i_func_info_IaaI
# erlang:port_info/1
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xC9, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
port_info/1:
# i_breakpoint_trampoline
    short jmp L3235
.db 0x00
    call L1236
    align 8
L3235:
# i_test_yield
    lea rdx, qword ptr [port_info/1+24]
    dec r14
    jle L1234
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L3236
    mov ecx, 1
    call 140320710850576
L3236:
    sub rsp, 16
# init_yregs_I
    mov qword ptr [rsp], 59
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# line_I
# call_light_bif_be
    align 4
L3237:
L3238:
    long mov rcx, 9223372036854775807
    mov rax, 94919179765728
    lea rdx, qword ptr [L3237]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# is_reference_fs
    mov rax, qword ptr [rbx]
    test al, 1
    jne label_894
    mov eax, dword ptr [rax-2]
    and al, 63
    cmp al, 16
    short je L3239
    cmp al, 56
    jne label_894
L3239:
# aligned_label_Lt
    align 4
label_891:
# i_loop_rec_f
    align 4
L3240:
    lea rdi, qword ptr [L3240]
    lea rsi, qword ptr [label_893]
    call 140320710852712
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_892
    cmp dword ptr [rsi-2], 128
    jne label_892
# get_two_tuple_elements_sPSS
    vpermilpd xmm0, xmmword ptr [rsi+6], 1
    vmovups xmmword ptr [rbx], xmm0
# is_eq_exact_fss
    mov rsi, qword ptr [rsp]
    mov rdi, qword ptr [rbx+8]
    cmp rdi, rsi
    short je L3241
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_892
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_892
L3241:
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
    jmp label_895
# label_L
label_892:
# loop_rec_end_f
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919178491472
    mov rsp, rbp
    dec r14
    jmp label_891
# aligned_label_Lt
    align 4
label_893:
# wait_locked_f
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    lea rsi, qword ptr [label_891]
    call 94919178213328
    mov rsp, rbp
    jmp 140320710854321
# label_L
label_894:
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# label_L
label_895:
# is_eq_exact_fss
    cmp qword ptr [rbx], 4747
    jne label_896
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L3242
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L3242:
# put_cons_ss
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_move_sd
L3243:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx], 4747
# line_I
# call_light_bif_be
    align 4
L3244:
L3245:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089904
    lea rdx, qword ptr [L3244]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L1235
    ret
# label_L
label_896:
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_897:
# i_func_info_IaaI
# erlang:port_info/2
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xC9, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
port_info/2:
# i_breakpoint_trampoline
    short jmp L3246
.db 0x00
    call L1236
    align 8
L3246:
# i_test_yield
    lea rdx, qword ptr [port_info/2+24]
    dec r14
    jle L1234
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L3247
    mov ecx, 2
    call 140320710850576
L3247:
    sub rsp, 24
# init_yregs_I
    mov qword ptr [rsp], 59
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp+8], xmm0
# line_I
# call_light_bif_be
    align 4
L3248:
L3249:
    long mov rcx, 9223372036854775807
    mov rax, 94919179766288
    lea rdx, qword ptr [L3248]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# is_reference_fs
    mov rax, qword ptr [rbx]
    test al, 1
    jne label_902
    mov eax, dword ptr [rax-2]
    and al, 63
    cmp al, 16
    short je L3250
    cmp al, 56
    jne label_902
L3250:
# aligned_label_Lt
    align 4
label_899:
# i_loop_rec_f
    align 4
L3251:
    lea rdi, qword ptr [L3251]
    lea rsi, qword ptr [label_901]
    call 140320710852712
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_900
    cmp dword ptr [rsi-2], 128
    jne label_900
# get_two_tuple_elements_sPSS
    vpermilpd xmm0, xmmword ptr [rsi+6], 1
    vmovups xmmword ptr [rbx], xmm0
# is_eq_exact_fss
    mov rsi, qword ptr [rsp]
    mov rdi, qword ptr [rbx+8]
    cmp rdi, rsi
    short je L3252
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_900
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_900
L3252:
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
    jmp label_903
# label_L
label_900:
# loop_rec_end_f
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919178491472
    mov rsp, rbp
    dec r14
    jmp label_899
# aligned_label_Lt
    align 4
label_901:
# wait_locked_f
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    lea rsi, qword ptr [label_899]
    call 94919178213328
    mov rsp, rbp
    jmp 140320710854321
# label_L
label_902:
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# label_L
label_903:
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 4747
    je label_905
    cmp rsi, 5451
    je label_904
    jmp label_906
# label_L
label_904:
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L3253
    xor ecx, ecx
.db 0x66, 0x90
    call 140320710850576
L3253:
# put_cons_ss
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# append_cons_Is
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], rsi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_move_sd
L3254:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx], 4747
# line_I
# call_light_bif_be
    align 4
L3255:
L3256:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089904
    lea rdx, qword ptr [L3255]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L1235
    ret
# label_L
label_905:
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L3257
    xor ecx, ecx
.db 0x90
    call 140320710850576
L3257:
# put_cons_ss
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# append_cons_Is
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], rsi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_move_sd
L3258:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx], 4747
# line_I
# call_light_bif_be
    align 4
L3259:
L3260:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089904
    lea rdx, qword ptr [L3259]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L1235
    ret
# label_L
label_906:
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_907:
# i_func_info_IaaI
# erlang:port_set_data/2
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xCF, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
port_set_data/2:
# i_breakpoint_trampoline
    short jmp L3261
.db 0x00
    call L1236
    align 8
L3261:
# call_bif_mfa_aaI
L3262:
    lea rsi, qword ptr [port_set_data/2-24]
    lea rdx, qword ptr [L3262]
    mov rcx, 94919179766992
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L3263
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L3263:
# call_light_bif_be
    align 4
L3264:
L3265:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L3264]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_909:
# i_func_info_IaaI
# erlang:port_get_data/1
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xCF, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
port_get_data/1:
# i_breakpoint_trampoline
    short jmp L3266
.db 0x00
    call L1236
    align 8
L3266:
# call_bif_mfa_aaI
L3267:
    lea rsi, qword ptr [port_get_data/1-24]
    lea rdx, qword ptr [L3267]
    mov rcx, 94919179767424
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L3268
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L3268:
# call_light_bif_be
    align 4
L3269:
L3270:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L3269]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_911:
# i_func_info_IaaI
# erlang:dist_ctrl_input_handler/2
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xC7, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
dist_ctrl_input_handler/2:
# i_breakpoint_trampoline
    short jmp L3271
.db 0x00
    call L1236
    align 8
L3271:
# call_bif_mfa_aaI
L3272:
    lea rsi, qword ptr [dist_ctrl_input_handler/2-24]
    lea rdx, qword ptr [L3272]
    mov rcx, 94919179408624
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L3273
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L3273:
# call_light_bif_be
    align 4
L3274:
L3275:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L3274]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_913:
# i_func_info_IaaI
# erlang:dist_ctrl_put_data/2
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x30, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
dist_ctrl_put_data/2:
# i_breakpoint_trampoline
    short jmp L3276
.db 0x00
    call L1236
    align 8
L3276:
# call_bif_mfa_aaI
L3277:
    lea rsi, qword ptr [dist_ctrl_put_data/2-24]
    lea rdx, qword ptr [L3277]
    mov rcx, 94919179428288
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L3278
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L3278:
# call_light_bif_be
    align 4
L3279:
L3280:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L3279]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_915:
# i_func_info_IaaI
# erlang:dist_ctrl_get_data/1
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xC8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
dist_ctrl_get_data/1:
# i_breakpoint_trampoline
    short jmp L3281
.db 0x00
    call L1236
    align 8
L3281:
# call_bif_mfa_aaI
L3282:
    lea rsi, qword ptr [dist_ctrl_get_data/1-24]
    lea rdx, qword ptr [L3282]
    mov rcx, 94919179408832
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L3283
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L3283:
# call_light_bif_be
    align 4
L3284:
L3285:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L3284]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_917:
# i_func_info_IaaI
# erlang:dist_ctrl_get_data_notification/1
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xC8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
dist_ctrl_get_data_notification/1:
# i_breakpoint_trampoline
    short jmp L3286
.db 0x00
    call L1236
    align 8
L3286:
# call_bif_mfa_aaI
L3287:
    lea rsi, qword ptr [dist_ctrl_get_data_notification/1-24]
    lea rdx, qword ptr [L3287]
    mov rcx, 94919179407312
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L3288
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L3288:
# call_light_bif_be
    align 4
L3289:
L3290:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L3289]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_919:
# i_func_info_IaaI
# erlang:dist_ctrl_set_opt/3
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xC8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
dist_ctrl_set_opt/3:
# i_breakpoint_trampoline
    short jmp L3291
.db 0x00
    call L1236
    align 8
L3291:
# call_bif_mfa_aaI
L3292:
    lea rsi, qword ptr [dist_ctrl_set_opt/3-24]
    lea rdx, qword ptr [L3292]
    mov rcx, 94919179407744
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L3293
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L3293:
# call_light_bif_be
    align 4
L3294:
L3295:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L3294]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_921:
# i_func_info_IaaI
# erlang:dist_ctrl_get_opt/2
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xC8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
dist_ctrl_get_opt/2:
# i_breakpoint_trampoline
    short jmp L3296
.db 0x00
    call L1236
    align 8
L3296:
# call_bif_mfa_aaI
L3297:
    lea rsi, qword ptr [dist_ctrl_get_opt/2-24]
    lea rdx, qword ptr [L3297]
    mov rcx, 94919179407984
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L3298
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L3298:
# call_light_bif_be
    align 4
L3299:
L3300:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L3299]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_923:
# i_func_info_IaaI
# erlang:dist_get_stat/1
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xC7, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
dist_get_stat/1:
# i_breakpoint_trampoline
    short jmp L3301
.db 0x00
    call L1236
    align 8
L3301:
# call_bif_mfa_aaI
L3302:
    lea rsi, qword ptr [dist_get_stat/1-24]
    lea rdx, qword ptr [L3302]
    mov rcx, 94919179408192
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L3303
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L3303:
# call_light_bif_be
    align 4
L3304:
L3305:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L3304]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_925:
# i_func_info_IaaI
# erlang:dmonitor_node/3
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x32, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
dmonitor_node/3:
# i_breakpoint_trampoline
    short jmp L3306
.db 0x00
    call L1236
    align 8
L3306:
# i_test_yield
    lea rdx, qword ptr [dmonitor_node/3+24]
    dec r14
    jle L1234
# is_nil_fS
    cmp qword ptr [rbx+16], 59
    jne label_927
# allocate_heap_tIt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L3307
    mov ecx, 1
.db 0x90
    call 140320710850576
L3307:
# self_d
    mov rdi, qword ptr [r13]
    mov qword ptr [rbx+8], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 28683
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rbx], xmm0
# line_I
# send
    align 4
L3308:
    mov rcx, 94919181868960
    mov rax, 94919179095744
    lea rdx, qword ptr [L3308]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov qword ptr [rbx], 75
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# label_L
label_927:
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L3309
    mov ecx, 3
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L3309:
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
# i_move_sd
    mov qword ptr [rbx], 2763
# line_I
# call_light_bif_be
    align 4
L3310:
L3311:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927952
    lea rdx, qword ptr [L3310]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# is_eq_exact_fss
    cmp qword ptr [rbx], 75
    jne label_930
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# line_I
# i_call_ext_e
L3312:
    long mov rax, 9223372036854775807
    call qword ptr [rax+r12*8]
    call qword ptr [rax+r12*8]
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 11
    je label_929
    cmp rsi, 75
    je label_928
    jmp label_931
# label_L
label_928:
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp], 1
    vmovups xmmword ptr [rbx+8], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L3313:
L3314:
    long mov rcx, 9223372036854775807
    mov rax, 94919179434448
    lea rdx, qword ptr [L3313]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L1235
    ret
# label_L
label_929:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L3315
    xor ecx, ecx
.db 0x90
    call 140320710850576
L3315:
# self_d
    mov rdi, qword ptr [r13]
    mov qword ptr [rbx], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 28683
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx+8], rdi
# i_trim_t
    add rsp, 24
# line_I
# send
    align 4
L3316:
    mov rcx, 94919181868960
    mov rax, 94919179095744
    lea rdx, qword ptr [L3316]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov qword ptr [rbx], 75
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# label_L
label_930:
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx+16], 59
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 24
    jmp dmonitor_node/3
# label_L
label_931:
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
label_932:
# i_func_info_IaaI
# erlang:delay_trap/2
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x2C, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
delay_trap/2:
# i_breakpoint_trampoline
    short jmp L3317
.db 0x00
    call L1236
    align 8
L3317:
# i_test_yield
    lea rdx, qword ptr [delay_trap/2+24]
    dec r14
    jle L1234
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 15
    jne label_934
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L3318
    mov ecx, 1
.db 0x90
    call 140320710850576
L3318:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# i_yield
    mov qword ptr [rbx], 75
.db 0x90
    call L1235
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L1235
    ret
# label_L
label_934:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L3319
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L3319:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# aligned_label_Lt
    align 4
label_935:
# wait_timeout_unlocked_sf
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919178213264
    mov rsp, rbp
    mov rsi, qword ptr [rbx+8]
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    lea rdx, qword ptr [L3321]
    call 94919178213728
    mov rsp, rbp
    cmp rax, 1
    short je L3320
    short jl L3321
    lea rsi, qword ptr [label_935]
    xor ecx, ecx
    push rsi
    jmp 140320710854368
L3320:
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    lea rsi, qword ptr [label_935]
    call 94919178213328
    mov rsp, rbp
    jmp 140320710854321
    align 4
L3321:
# timeout
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919178214144
    mov rsp, rbp
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_936:
# i_func_info_IaaI
# erlang:set_cookie/1
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x51, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
set_cookie/1:
# i_breakpoint_trampoline
    short jmp L3322
.db 0x00
    call L1236
    align 8
L3322:
# i_test_yield
    lea rdx, qword ptr [set_cookie/1+24]
    dec r14
    jle L1234
# is_atom_fs
    mov rax, qword ptr [rbx]
    and al, 63
    cmp al, 11
    jne label_938
# line_I
# i_call_ext_only_e
L3323:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# label_L
label_938:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L3324
    mov ecx, 1
.db 0x90
    call 140320710850576
L3324:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_move_sd
L3325:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx], 4747
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L3326
    mov ecx, 3
.db 0x90
    call 140320710850576
L3326:
# call_light_bif_be
    align 4
L3327:
L3328:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089904
    lea rdx, qword ptr [L3327]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_939:
# i_func_info_IaaI
# erlang:set_cookie/2
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x51, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
set_cookie/2:
# i_breakpoint_trampoline
    short jmp L3329
.db 0x00
    call L1236
    align 8
L3329:
# i_test_yield
    lea rdx, qword ptr [set_cookie/2+24]
    dec r14
    jle L1234
# is_ne_exact_fss
    cmp qword ptr [rbx], 203
    je label_941
# is_atom_fs
    mov rax, qword ptr [rbx]
    and al, 63
    cmp al, 11
    jne label_941
# is_atom_fs
    mov rax, qword ptr [rbx+8]
    and al, 63
    cmp al, 11
    jne label_941
# line_I
# i_call_ext_only_e
L3330:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# label_L
label_941:
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L3331
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L3331:
# put_cons_ss
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# store_cons_Id
    add r15, 32
    mov qword ptr [rbx+8], rsi
# i_move_sd
L3332:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx], 4747
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L3333
    mov ecx, 3
.db 0x90
    call 140320710850576
L3333:
# call_light_bif_be
    align 4
L3334:
L3335:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089904
    lea rdx, qword ptr [L3334]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_942:
# i_func_info_IaaI
# erlang:get_cookie/0
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x52, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
get_cookie/0:
# i_breakpoint_trampoline
    short jmp L3336
.db 0x00
    call L1236
    align 8
L3336:
# line_I
# i_test_yield
    lea rdx, qword ptr [get_cookie/0+24]
    dec r14
    jle L1234
# i_call_ext_only_e
L3337:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# func_line_I
# aligned_label_Lt
    align 8
label_944:
# i_func_info_IaaI
# erlang:get_cookie/1
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x52, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
get_cookie/1:
# i_breakpoint_trampoline
    short jmp L3338
.db 0x00
    call L1236
    align 8
L3338:
# i_test_yield
    lea rdx, qword ptr [get_cookie/1+24]
    dec r14
    jle L1234
# is_atom_fs
    mov rax, qword ptr [rbx]
    and al, 63
    cmp al, 11
    jne label_946
# line_I
# i_call_ext_only_e
L3339:
    long mov rax, 9223372036854775807
    jmp qword ptr [rax+r12*8]
# label_L
label_946:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L3340
    mov ecx, 1
.db 0x90
    call 140320710850576
L3340:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_move_sd
L3341:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx], 4747
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L3342
    mov ecx, 3
.db 0x90
    call 140320710850576
L3342:
# call_light_bif_be
    align 4
L3343:
L3344:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089904
    lea rdx, qword ptr [L3343]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_947:
# i_func_info_IaaI
# erlang:integer_to_list/2
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xBA, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
integer_to_list/2:
# i_breakpoint_trampoline
    short jmp L3345
.db 0x00
    call L1236
    align 8
L3345:
# call_bif_mfa_aaI
L3346:
    lea rsi, qword ptr [integer_to_list/2-24]
    lea rdx, qword ptr [L3346]
    mov rcx, 94919179120608
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L3347
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L3347:
# call_light_bif_be
    align 4
L3348:
L3349:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L3348]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_949:
# i_func_info_IaaI
# erlang:integer_to_binary/2
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xFC, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
integer_to_binary/2:
# i_breakpoint_trampoline
    short jmp L3350
.db 0x00
    call L1236
    align 8
L3350:
# call_bif_mfa_aaI
L3351:
    lea rsi, qword ptr [integer_to_binary/2-24]
    lea rdx, qword ptr [L3351]
    mov rcx, 94919179442800
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L3352
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L3352:
# call_light_bif_be
    align 4
L3353:
L3354:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L3353]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_951:
# i_func_info_IaaI
# erlang:set_cpu_topology/1
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x96, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
set_cpu_topology/1:
# i_breakpoint_trampoline
    short jmp L3355
.db 0x00
    call L1236
    align 8
L3355:
# i_test_yield
    lea rdx, qword ptr [set_cpu_topology/1+24]
    dec r14
    jle L1234
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L3356
    mov ecx, 1
    call 140320710850576
L3356:
    sub rsp, 16
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# catch_yf
    inc qword ptr [r13+264]
L3357:
    mov eax, 2147483647
    mov qword ptr [rsp+8], rax
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call label_969
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx], 152139
# line_I
# call_light_bif_be
    align 4
L3358:
L3359:
    long mov rcx, 9223372036854775807
    mov rax, 94919179112448
    lea rdx, qword ptr [L3358]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_call_f
.db 0x0F, 0x1F, 0x00
    call format_cpu_topology/1
# try_end_y
    dec qword ptr [r13+264]
    mov qword ptr [rsp+8], 59
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L1235
    ret
# label_L
label_953:
# try_case_y
    dec qword ptr [r13+264]
    mov rax, qword ptr [rbx+24]
    mov qword ptr [rbx], rax
# is_eq_exact_fss
    cmp qword ptr [rbx], 779
    jne label_954
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 21579
    jne label_954
# raise_ss
    mov edx, 21579
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
label_954:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L3360
    xor ecx, ecx
.db 0x90
    call 140320710850576
L3360:
# put_cons_ss
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_move_sd
L3361:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx], 4747
# line_I
# call_light_bif_be
    align 4
L3362:
L3363:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089904
    lea rdx, qword ptr [L3362]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_955:
# i_func_info_IaaI
# erlang:cput_e2i_clvl/2
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x52, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_956:
# i_breakpoint_trampoline
    short jmp L3364
.db 0x00
    call L1236
    align 8
L3364:
# i_test_yield
    lea rdx, qword ptr [label_956+24]
    dec r14
    jle L1234
# is_nonempty_list_get_hd_fSd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_964
    mov rsi, qword ptr [rax-1]
    mov qword ptr [rbx], rsi
# line_I
# bif_element_jssd
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    short jne L3365
    mov eax, dword ptr [rsi-2]
    cmp eax, 64
    short jb L3365
    and al, 63
    short je L3366
L3365:
    mov edi, 31
    call 140320710851136
L3366:
    mov rax, qword ptr [rsi+6]
    mov qword ptr [rbx], rax
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 28555
    je label_960
    cmp rsi, 152267
    je label_963
    cmp rsi, 152331
    je label_958
    cmp rsi, 152395
    je label_957
    jmp label_967
# label_L
label_957:
# i_move_sd
    mov qword ptr [rbx], 111
# return
    dec r14
    jl L1235
    ret
# label_L
label_958:
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+8]
    cmp rsi, 15
    je label_962
    cmp rsi, 47
    je label_959
    jmp label_965
# label_L
label_959:
# i_move_sd
    mov qword ptr [rbx], 63
# return
    dec r14
    jl L1235
    ret
# label_L
label_960:
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+8]
    cmp rsi, 15
    je label_962
    cmp rsi, 63
    je label_961
    jmp label_966
# label_L
label_961:
# i_move_sd
    mov qword ptr [rbx], 79
# return
    dec r14
    jl L1235
    ret
# label_L
label_962:
# i_move_sd
    mov qword ptr [rbx], 47
# return
    dec r14
    jl L1235
    ret
# label_L
label_963:
# i_move_sd
    mov qword ptr [rbx], 95
# return
    dec r14
    jl L1235
    ret
# label_L
label_964:
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_955
    cmp dword ptr [rsi-2], 128
    jne label_955
    cmp qword ptr [rsi+6], 152459
    jne label_955
# i_move_sd
    mov qword ptr [rbx], 127
# return
    dec r14
    jl L1235
    ret
# label_L
label_965:
# line_I
# case_end_s
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 7248
    xor ecx, ecx
    call 140320710854352
# label_L
label_966:
# line_I
    nop
# case_end_s
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 7248
    xor ecx, ecx
    call 140320710854352
# label_L
label_967:
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
label_968:
# i_func_info_IaaI
# erlang:cput_e2i/1
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x53, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_969:
# i_breakpoint_trampoline
    short jmp L3367
.db 0x00
    call L1236
    align 8
L3367:
# i_test_yield
    lea rdx, qword ptr [label_969+24]
    dec r14
    jle L1234
# is_eq_exact_fss
    cmp qword ptr [rbx], 907
    jne label_970
# return
    dec r14
    jl L1235
    ret
# label_L
label_970:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L3368
    mov ecx, 1
.db 0x90
    call 140320710850576
L3368:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov qword ptr [rbx+8], 15
# line_I
# i_call_f
    call label_956
# i_move_sd
L3369:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov qword ptr [rbx+32], 15
# i_move_sd
    mov qword ptr [rbx+16], -1
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+40], rdi
# i_move_sd
    mov qword ptr [rbx+8], -1
# i_move_sd
    mov qword ptr [rbx+48], 59
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_trim_t
    add rsp, 8
# i_call_f
.db 0x0F, 0x1F, 0x00
    call label_972
# i_call_last_ft
    jmp label_1013
# func_line_I
# aligned_label_Lt
    align 8
label_971:
# i_func_info_IaaI
# erlang:cput_e2i/7
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x53, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_972:
# i_breakpoint_trampoline
    short jmp L3370
.db 0x00
    call L1236
    align 8
L3370:
# i_test_yield
    lea rdx, qword ptr [label_972+24]
    dec r14
    jle L1234
# is_nonempty_list_fS
    test byte ptr [rbx], 2
    jne label_975
# allocate_tt
    lea rdx, qword ptr [r15+88]
    cmp rdx, rsp
    short jbe L3371
    mov ecx, 7
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L3371:
    sub rsp, 56
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+40], 1
    vmovups xmmword ptr [rsp+8], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+24], 1
    vmovups xmmword ptr [rsp+24], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rsp+40], xmm0
# get_list_Sdd
    mov rdi, qword ptr [rbx]
    mov rsi, qword ptr [rdi-1]
    mov rdx, qword ptr [rdi+7]
    mov qword ptr [rbx], rsi
    mov qword ptr [rsp], rdx
# line_I
# i_call_f
.db 0x66, 0x90
    call label_972
# is_nonempty_list_get_hd_fSd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_974
    mov rsi, qword ptr [rax-1]
    mov qword ptr [rbx+8], rsi
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+16], rdi
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+30]
    mov qword ptr [rbx+24], rdi
# is_ge_fss
    mov rsi, qword ptr [rbx+16]
    mov rdi, qword ptr [rbx+24]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L3372
    cmp rdi, rsi
    short jmp L3373
L3372:
    call 140320710848608
L3373:
    jl label_973
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx+16], rdi
# label_L
label_973:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx+24], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+16], 1
    vmovups xmmword ptr [rbx+32], xmm0
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx+16], 1
    vmovups xmmword ptr [rbx+16], xmm0
# swap_dd
    mov rdi, qword ptr [rbx+8]
    mov rsi, qword ptr [rbx+24]
    mov qword ptr [rbx+24], rdi
    mov qword ptr [rbx+8], rsi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+48], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 56
    jmp label_972
# label_L
label_974:
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+8], 1
    vmovups xmmword ptr [rbx+40], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+24], 1
    vmovups xmmword ptr [rbx+24], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+40], 1
    vmovups xmmword ptr [rbx+8], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 56
    jmp label_972
# label_L
label_975:
# i_is_tuple_fs
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_989
    test byte ptr [rsi-2], 63
    jne label_989
# i_select_tuple_arity_SfI
    mov rsi, qword ptr [rbx]
# skipped box test since argument is always boxed
    mov esi, dword ptr [rsi-2]
# simplified tuple test since the source is always a tuple when boxed
    cmp esi, 128
    je label_977
    cmp esi, 192
    je label_976
    jne label_971
# label_L
label_976:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+56], rdi
# is_nil_fS
    cmp qword ptr [rbx+56], 59
    jne label_971
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L3374
    mov ecx, 7
    call 140320710850576
L3374:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+56], rdi
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rbx+56]
    mov qword ptr [r15+8], rdi
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp label_972
# label_L
label_977:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+6]
    movups xmmword ptr [rbx+56], xmm0
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+56]
    cmp rsi, 28555
    je label_981
    cmp rsi, 152267
    je label_988
    cmp rsi, 152331
    je label_979
    cmp rsi, 152395
    je label_978
    cmp rsi, 152459
    je label_984
    jmp label_971
# label_L
label_978:
# is_eq_exact_fss
    cmp qword ptr [rbx+40], 111
    jne label_971
# is_lt_fss
    mov esi, 111
    mov rdi, qword ptr [rbx+32]
# skipped test for small operands since they are always small
    cmp rdi, rsi
L3375:
L3376:
    jge label_971
# allocate_tt
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L3377
    mov ecx, 9
.db 0x90
    call 140320710850576
L3377:
    sub rsp, 40
# i_move_sd
    mov rdi, qword ptr [rbx+64]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rsp+8], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+16], 1
    vmovups xmmword ptr [rsp+16], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp+32], rdi
# i_move_sd
    mov qword ptr [rbx+8], 111
# i_move_sd
    mov rdi, qword ptr [rbx+64]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x90
    call label_956
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+16]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+46]
    mov qword ptr [rbx+8], rdi
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rbx+8]
    mov edx, 16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L3378
    add rax, rdx
    short jno L3379
L3378:
    call 140320710853080
L3379:
    mov qword ptr [rbx+16], rax
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+16], rdi
# i_move_sd
    mov qword ptr [rbx], 111
# call_light_bif_be
    align 4
L3380:
L3381:
    long mov rcx, 9223372036854775807
    mov rax, 94919179098736
    lea rdx, qword ptr [L3380]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov qword ptr [rbx+32], 111
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+8], 1
    vmovups xmmword ptr [rbx+40], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+24], 1
    vmovups xmmword ptr [rbx+8], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 40
    jmp label_972
# label_L
label_979:
# is_eq_exact_fss
    cmp qword ptr [rbx+32], 15
    jne label_980
# is_eq_exact_fss
    cmp qword ptr [rbx+40], 47
    jne label_980
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rbx+16]
    mov edx, 16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L3382
    add rax, rdx
    short jno L3383
L3382:
    call 140320710853080
L3383:
    mov qword ptr [rbx], rax
# allocate_tt
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L3384
    mov ecx, 9
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L3384:
    sub rsp, 32
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+64]
    mov qword ptr [rsp+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rsp+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp+24], rdi
# i_move_sd
    mov qword ptr [rbx+8], 63
# i_move_sd
    mov rdi, qword ptr [rbx+64]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x66, 0x90
    call label_956
# test_heap_It
    lea rdx, qword ptr [r15+96]
    cmp rdx, rsp
    short jbe L3385
    mov ecx, 1
    call 140320710850576
L3385:
# put_tuple2_SA
# Move arity word
    mov edi, 448
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 10443
    mov qword ptr [r15+16], -1
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+24], rdi
    mov qword ptr [r15+32], -1
    mov qword ptr [r15+40], -1
    mov qword ptr [r15+48], -1
    mov qword ptr [r15+56], -1
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 64
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov qword ptr [rbx+32], 63
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+40], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+48], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 32
    jmp label_972
# label_L
label_980:
# is_lt_fss
    mov esi, 63
    mov rdi, qword ptr [rbx+32]
# skipped test for small operands since they are always small
    cmp rdi, rsi
L3386:
L3387:
    jge label_971
# is_ge_fss
    mov rsi, qword ptr [rbx+40]
    mov edi, 63
# skipped test for small operands since they are always small
    cmp rdi, rsi
L3388:
L3389:
    jl label_971
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rbx+16]
    mov edx, 16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L3390
    add rax, rdx
    short jno L3391
L3390:
    call 140320710853080
L3391:
    mov qword ptr [rbx], rax
# allocate_tt
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L3392
    mov ecx, 9
    call 140320710850576
L3392:
    sub rsp, 40
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+64]
    mov qword ptr [rsp+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rsp+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rsp+24], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp+32], rdi
# i_move_sd
    mov qword ptr [rbx+8], 63
# i_move_sd
    mov rdi, qword ptr [rbx+64]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x90
    call label_956
# test_heap_It
    lea rdx, qword ptr [r15+96]
    cmp rdx, rsp
    short jbe L3393
    mov ecx, 1
    call 140320710850576
L3393:
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+24]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+8], rdi
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+54]
    mov qword ptr [rbx+16], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 448
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 10443
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+16], rdi
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+24], rdi
    mov qword ptr [r15+32], -1
    mov qword ptr [r15+40], -1
    mov qword ptr [r15+48], -1
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15+56], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 64
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov qword ptr [rbx+32], 63
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+40], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+48], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 40
    jmp label_972
# label_L
label_981:
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+32]
    cmp rsi, 15
    je label_983
    cmp rsi, 63
    je label_982
    jmp label_971
# label_L
label_982:
# is_eq_exact_fss
    cmp qword ptr [rbx+40], 79
    jne label_971
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rbx+8]
    mov edx, 16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L3394
    add rax, rdx
    short jno L3395
L3394:
    call 140320710853080
L3395:
    mov qword ptr [rbx], rax
# allocate_tt
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L3396
    mov ecx, 9
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L3396:
    sub rsp, 40
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+64]
    mov qword ptr [rsp+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rsp+16], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+16], 1
    vmovups xmmword ptr [rsp+24], xmm0
# i_move_sd
    mov qword ptr [rbx+8], 79
# i_move_sd
    mov rdi, qword ptr [rbx+64]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x66, 0x90
    call label_956
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+24], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx], 79
# line_I
# call_light_bif_be
    align 4
L3397:
L3398:
    long mov rcx, 9223372036854775807
    mov rax, 94919179098736
    lea rdx, qword ptr [L3397]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov qword ptr [rbx+32], 79
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+16], 1
    vmovups xmmword ptr [rbx+40], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 40
    jmp label_972
# label_L
label_983:
# is_eq_exact_fss
    cmp qword ptr [rbx+40], 47
    jne label_971
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rbx+8]
    mov edx, 16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L3399
    add rax, rdx
    short jno L3400
L3399:
    call 140320710853080
L3400:
    mov qword ptr [rbx], rax
# allocate_tt
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L3401
    mov ecx, 9
.db 0x90
    call 140320710850576
L3401:
    sub rsp, 32
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+64]
    mov qword ptr [rsp+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rsp+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp+24], rdi
# i_move_sd
    mov qword ptr [rbx+8], 47
# i_move_sd
    mov rdi, qword ptr [rbx+64]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x66, 0x90
    call label_956
# test_heap_It
    lea rdx, qword ptr [r15+96]
    cmp rdx, rsp
    short jbe L3402
    mov ecx, 1
    call 140320710850576
L3402:
# put_tuple2_SA
# Move arity word
    mov edi, 448
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 10443
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], -1
    mov qword ptr [r15+32], -1
    mov qword ptr [r15+40], -1
    mov qword ptr [r15+48], -1
    mov qword ptr [r15+56], -1
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 64
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov qword ptr [rbx+32], 47
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+40], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+48], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 32
    jmp label_972
# label_L
label_984:
# is_eq_exact_fss
    cmp qword ptr [rbx+40], 127
    jne label_971
# is_integer_fs
    mov rdi, qword ptr [rbx+64]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L3403
    test al, 1
    jne label_971
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_971
L3403:
# is_ge_fss
    mov esi, 15
    mov rdi, qword ptr [rbx+64]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L3404
    cmp rdi, rsi
    short jmp L3405
L3404:
    call 140320710848608
L3405:
    jl label_971
# is_lt_fss
    mov esi, 1048591
    mov rdi, qword ptr [rbx+64]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L3406
    cmp rdi, rsi
    short jmp L3407
L3406:
    call 140320710848608
L3407:
    jge label_971
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+24]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx], -1
    jne label_985
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rbx+16]
    mov edx, 16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L3408
    add rax, rdx
    short jno L3409
L3408:
    call 140320710853080
L3409:
    mov qword ptr [rbx], rax
# label_L
label_985:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+24]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+38]
    mov qword ptr [rbx+8], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx+8], -1
    jne label_986
# i_move_sd
    mov qword ptr [rbx+8], 15
# label_L
label_986:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+24]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+46]
    mov qword ptr [rbx+16], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx+16], -1
    jne label_987
# i_move_sd
    mov qword ptr [rbx+16], 15
# label_L
label_987:
# test_heap_It
    lea rdx, qword ptr [r15+112]
    cmp rdx, rsp
    short jbe L3410
    mov ecx, 9
.db 0x90
    call 140320710850576
L3410:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+24]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+32], rdi
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+30]
    mov qword ptr [rbx+24], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 448
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 10443
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [r15+16], rdi
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+24], rdi
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [r15+32], rdi
# (moving two elements at once)
    movups xmm0, xmmword ptr [rbx+8]
    movups xmmword ptr [r15+40], xmm0
    mov rdi, qword ptr [rbx+64]
    mov qword ptr [r15+56], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 64
    mov qword ptr [rbx], rdi
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# return
    dec r14
    jl L1235
    ret
# label_L
label_988:
# is_eq_exact_fss
    cmp qword ptr [rbx+40], 95
    jne label_971
# is_lt_fss
    mov esi, 95
    mov rdi, qword ptr [rbx+32]
# skipped test for small operands since they are always small
    cmp rdi, rsi
L3411:
L3412:
    jge label_971
# allocate_tt
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L3413
    mov ecx, 9
.db 0x90
    call 140320710850576
L3413:
    sub rsp, 48
# init_yregs_I
    mov qword ptr [rsp], 59
# i_move_sd
    mov rdi, qword ptr [rbx+64]
    mov qword ptr [rsp+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rsp+16], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+16], 1
    vmovups xmmword ptr [rsp+24], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp+40], rdi
# i_move_sd
    mov qword ptr [rbx+8], 95
# i_move_sd
    mov rdi, qword ptr [rbx+64]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
    call label_956
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+24]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+38]
    mov qword ptr [rbx+8], rdi
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rbx+8]
    mov edx, 16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L3414
    add rax, rdx
    short jno L3415
L3414:
    call 140320710853080
L3415:
    mov qword ptr [rsp], rax
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+24], rdi
# i_move_sd
    mov qword ptr [rbx+16], -1
# i_move_sd
    mov qword ptr [rbx], 111
# call_light_bif_be
    align 4
L3416:
L3417:
    long mov rcx, 9223372036854775807
    mov rax, 94919179098736
    lea rdx, qword ptr [L3416]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# set_tuple_element_sSP
    mov rdi, qword ptr [rbx]
    mov rsi, qword ptr [rsp]
    mov qword ptr [rdi+38], rsi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov qword ptr [rbx+32], 95
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+16], 1
    vmovups xmmword ptr [rbx+40], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+32], 1
    vmovups xmmword ptr [rbx+8], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 48
    jmp label_972
# label_L
label_989:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_971
# i_move_sd
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_990:
# i_func_info_IaaI
# erlang:format_cpu_topology/1
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x42, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
format_cpu_topology/1:
# i_breakpoint_trampoline
    short jmp L3418
.db 0x00
    call L1236
    align 8
L3418:
# i_test_yield
    lea rdx, qword ptr [format_cpu_topology/1+24]
    dec r14
    jle L1234
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L3419
    mov ecx, 1
    call 140320710850576
L3419:
    sub rsp, 16
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# catch_yf
    inc qword ptr [r13+264]
L3420:
    mov eax, 2147483647
    mov qword ptr [rsp+8], rax
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call label_994
# try_end_y
    dec qword ptr [r13+264]
    mov qword ptr [rsp+8], 59
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L1235
    ret
# label_L
label_992:
# try_case_y
    dec qword ptr [r13+264]
    mov rax, qword ptr [rbx+24]
    mov qword ptr [rbx], rax
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L3421
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L3421:
# put_cons_ss
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_move_sd
    mov qword ptr [rbx], 21579
# line_I
# call_light_bif_be
    align 4
L3422:
L3423:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089760
    lea rdx, qword ptr [L3422]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_993:
# i_func_info_IaaI
# erlang:cput_i2e/1
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x54, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_994:
# i_breakpoint_trampoline
    short jmp L3424
.db 0x00
    call L1236
    align 8
L3424:
# i_test_yield
    lea rdx, qword ptr [label_994+24]
    dec r14
    jle L1234
# is_eq_exact_fss
    cmp qword ptr [rbx], 907
    jne label_995
# return
    dec r14
    jl L1235
    ret
# label_L
label_995:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L3425
    mov ecx, 1
.db 0x90
    call 140320710850576
L3425:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# line_I
# i_call_f
    call label_1008
# i_move_sd
    mov qword ptr [rbx+16], 47
# i_move_sd
    mov qword ptr [rbx+8], 75
# i_move_sd
L3426:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 8
    jmp label_997
# func_line_I
# aligned_label_Lt
    align 8
label_996:
# i_func_info_IaaI
# erlang:cput_i2e/4
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x54, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_997:
# i_breakpoint_trampoline
    short jmp L3427
.db 0x00
    call L1236
    align 8
L3427:
# i_test_yield
    lea rdx, qword ptr [label_997+24]
    dec r14
    jle L1234
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_999
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+32], xmm0
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx+32]
    rex test sil, 1
    short jne label_996
    cmp dword ptr [rsi-2], 448
    short jne label_996
    cmp qword ptr [rsi+6], 10443
    short jne label_996
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 127
    jne label_998
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L3428
    mov ecx, 5
.db 0x90
    call 140320710850576
L3428:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+32]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+54]
    mov qword ptr [rbx], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 152459
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L1235
    ret
# label_L
label_998:
# line_I
# bif_element_jssd
    mov rsi, qword ptr [rbx+32]
    mov rdi, qword ptr [rbx+16]
    xor edx, edx
    call 140320710848960
    mov qword ptr [rbx], rax
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L3429
    mov ecx, 6
.db 0x66, 0x90
    call 140320710850576
L3429:
# put_cons_ss
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+24], rsi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx+32], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rbx+16], rdi
# i_move_sd
L3430:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+40], rdi
# i_call_only_f
    jmp label_1001
# label_L
label_999:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_996
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_1000:
# i_func_info_IaaI
# erlang:cput_i2e/6
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x54, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_1001:
# i_breakpoint_trampoline
    short jmp L3431
.db 0x00
    call L1236
    align 8
L3431:
# i_test_yield
    lea rdx, qword ptr [label_1001+24]
    dec r14
    jle L1234
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+16]
    test al, 2
    jne label_1002
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+48], xmm0
# bif_element_jssd
    mov rsi, qword ptr [rbx+48]
    mov rdi, qword ptr [rbx+32]
    lea rdx, qword ptr [label_1002]
    call 140320710848960
    mov qword ptr [rbx+64], rax
# is_eq_exact_fss
    mov rsi, qword ptr [rbx+64]
    mov rdi, qword ptr [rbx]
    cmp rdi, rsi
    short je L3432
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_1002
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_1002
L3432:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L3433
    mov ecx, 8
.db 0x90
    call 140320710850576
L3433:
# put_cons_ss
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+24], rsi
# i_move_sd
    mov rdi, qword ptr [rbx+56]
    mov qword ptr [rbx+16], rdi
# i_call_only_f
    jmp label_1001
# label_L
label_1002:
# is_eq_exact_fss
    cmp qword ptr [rbx], -1
    jne label_1003
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 75
    jne label_1005
# is_nil_fS
    cmp qword ptr [rbx+16], 59
    jne label_1005
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L3434
    mov ecx, 5
    call 140320710850576
L3434:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
    call label_1013
# i_increment_SWd
# skipped operand and overflow checks
    mov rax, qword ptr [rsp]
    add rax, 16
    mov qword ptr [rbx+16], rax
# i_move_sd
L3435:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov qword ptr [rbx+8], 75
# i_call_last_ft
    add rsp, 8
    jmp label_997
# label_L
label_1003:
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 75
    jne label_1005
# is_nil_fS
    cmp qword ptr [rbx+16], 59
    jne label_1005
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+32]
    cmp rsi, 63
    je label_1006
    cmp rsi, 79
    je label_1006
    jmp label_1004
# label_L
label_1004:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L3436
    mov ecx, 5
.db 0x66, 0x90
    call 140320710850576
L3436:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
    call label_1013
# i_increment_SWd
# skipped operand and overflow checks
    mov rax, qword ptr [rsp]
    add rax, 16
    mov qword ptr [rbx+16], rax
# i_move_sd
L3437:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov qword ptr [rbx+8], 75
# i_call_last_ft
    add rsp, 8
    jmp label_997
# label_L
label_1005:
# is_eq_exact_fss
    cmp qword ptr [rbx], -1
    jne label_1006
# is_eq_exact_fss
    cmp qword ptr [rbx+32], 47
    jne label_1006
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L3438
    mov ecx, 4
    call 140320710850576
L3438:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
    call label_1013
# i_move_sd
    mov qword ptr [rbx+16], 63
# i_move_sd
L3439:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov qword ptr [rbx+8], 75
# i_call_f
.db 0x90
    call label_997
# swap_dd
    mov rdi, qword ptr [rsp]
    mov rsi, qword ptr [rbx]
    mov qword ptr [rbx], rdi
    mov qword ptr [rsp], rsi
# i_move_sd
    mov qword ptr [rbx+16], 47
# i_move_sd
L3440:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov qword ptr [rbx+8], 11
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call label_997
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# call_light_bif_be
    align 4
L3441:
L3442:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927824
    lea rdx, qword ptr [L3441]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L1235
    ret
# label_L
label_1006:
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L3443
    mov ecx, 5
.db 0x66, 0x90
    call 140320710850576
L3443:
    sub rsp, 24
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+24], 1
    vmovups xmmword ptr [rsp], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp+16], rdi
# i_move_sd
L3444:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x90
    call label_1010
# swap_dd
    mov rdi, qword ptr [rsp+8]
    mov rsi, qword ptr [rbx]
    mov qword ptr [rbx], rdi
    mov qword ptr [rsp+8], rsi
# i_call_f
.db 0x0F, 0x1F, 0x00
    call label_1013
# i_increment_SWd
# skipped operand and overflow checks
    mov rax, qword ptr [rsp]
    add rax, 16
    mov qword ptr [rbx+16], rax
# i_move_sd
L3445:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov qword ptr [rbx+8], 75
# i_call_f
.db 0x90
    call label_997
# swap_dd
    mov rdi, qword ptr [rsp+16]
    mov rsi, qword ptr [rbx]
    mov qword ptr [rbx], rdi
    mov qword ptr [rsp+16], rsi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+16], rdi
# i_move_sd
L3446:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov qword ptr [rbx+8], 11
# i_trim_t
    add rsp, 8
# line_I
# i_call_f
.db 0x90
    call label_997
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L3447
    mov ecx, 1
    call 140320710850576
L3447:
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
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_1007:
# i_func_info_IaaI
# erlang:cput_i2e_tag_map/0
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x54, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_1008:
# i_breakpoint_trampoline
    short jmp L3448
.db 0x00
    call L1236
    align 8
L3448:
# i_test_yield
    lea rdx, qword ptr [label_1008+24]
    dec r14
    jle L1234
# i_move_sd
L3449:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_1009:
# i_func_info_IaaI
# erlang:cput_i2e_tag/2
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x54, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_1010:
# i_breakpoint_trampoline
    short jmp L3450
.db 0x00
    call L1236
    align 8
L3450:
# line_I
# i_test_yield
    lea rdx, qword ptr [label_1010+24]
    dec r14
    jle L1234
# bif_element_jssd
# skipped tuple test since source is always a literal tuple
L3453:
    long mov rsi, 9223372036854775807
    mov rdi, qword ptr [rbx]
    lea rcx, qword ptr [rsi-2]
# skipped test for small position since it is always small
    mov rax, rdi
    sar rax, 4
# skipped check for position =:= 0 since it is always >= 1
    cmp rax, 7
    short ja L3451
    mov rax, qword ptr [rcx+rax*8]
    short jmp L3452
L3451:
    call 140320710851136
L3452:
    mov qword ptr [rbx], rax
# is_eq_exact_fss
    cmp qword ptr [rbx], 152779
    jne label_1011
# i_move_sd
    mov qword ptr [rbx], 28555
# return
    dec r14
    jl L1235
    ret
# label_L
label_1011:
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_1012:
# i_func_info_IaaI
# erlang:rvrs/1
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x55, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_1013:
# i_breakpoint_trampoline
    short jmp L3454
.db 0x00
    call L1236
    align 8
L3454:
# i_test_yield
    lea rdx, qword ptr [label_1013+24]
    dec r14
    jle L1234
# is_nonempty_list_get_tl_fSd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_1014
    mov rsi, qword ptr [rax+7]
    mov qword ptr [rbx+8], rsi
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_1014
# return
    dec r14
    jl L1235
    ret
# label_L
label_1014:
# i_move_sd
    mov qword ptr [rbx+8], 59
# i_call_only_f
    jmp label_1016
# func_line_I
# aligned_label_Lt
    align 8
label_1015:
# i_func_info_IaaI
# erlang:rvrs/2
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x55, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_1016:
# i_breakpoint_trampoline
    short jmp L3455
.db 0x00
    call L1236
    align 8
L3455:
# i_test_yield
    lea rdx, qword ptr [label_1016+24]
    dec r14
    jle L1234
# is_nonempty_list_fS
    test byte ptr [rbx], 2
    jne label_1017
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L3456
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L3456:
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
    short jmp label_1016
# label_L
label_1017:
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_1018:
# i_func_info_IaaI
# erlang:min/2
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x64, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
min/2:
# i_breakpoint_trampoline
    short jmp L3457
.db 0x00
    call L1236
    align 8
L3457:
# i_test_yield
    lea rdx, qword ptr [min/2+24]
    dec r14
    jle L1234
# is_lt_fss
    mov rsi, qword ptr [rbx]
    mov rdi, qword ptr [rbx+8]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L3458
    cmp rdi, rsi
    short jmp L3459
L3458:
    call 140320710848608
L3459:
    jge label_1020
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L1235
    ret
# label_L
label_1020:
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_1021:
# i_func_info_IaaI
# erlang:max/2
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x5F, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
max/2:
# i_breakpoint_trampoline
    short jmp L3460
.db 0x00
    call L1236
    align 8
L3460:
# i_test_yield
    lea rdx, qword ptr [max/2+24]
    dec r14
    jle L1234
# is_lt_fss
    mov rsi, qword ptr [rbx+8]
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L3461
    cmp rdi, rsi
    short jmp L3462
L3461:
    call 140320710848608
L3462:
    jge label_1023
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L1235
    ret
# label_L
label_1023:
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_1024:
# i_func_info_IaaI
# erlang:memory/0
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x61, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
memory/0:
# i_breakpoint_trampoline
    short jmp L3463
.db 0x00
    call L1236
    align 8
L3463:
# i_test_yield
    lea rdx, qword ptr [memory/0+24]
    dec r14
    jle L1234
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L3464
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L3464:
# i_move_sd
    mov qword ptr [rbx], 2699
# line_I
# call_light_bif_be
    align 4
L3465:
L3466:
    long mov rcx, 9223372036854775807
    mov rax, 94919178901248
    lea rdx, qword ptr [L3465]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
L3467:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+8], rdi
# call_light_bif_be
    align 4
L3468:
L3469:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927888
    lea rdx, qword ptr [L3468]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_call_f
.db 0x0F, 0x1F, 0x00
    call label_1102
# i_call_f
.db 0x0F, 0x1F, 0x00
    call label_1123
# is_eq_exact_fss
    cmp qword ptr [rbx], 30347
    jne label_1026
# line_I
# call_light_bif_be
    align 4
L3470:
L3471:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089728
    lea rdx, qword ptr [L3470]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# label_L
label_1026:
# test_heap_It
    lea rdx, qword ptr [r15+392]
    cmp rdx, rsp
    short jbe L3472
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L3472:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+14]
    movups xmmword ptr [rbx+8], xmm0
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+30]
    movups xmmword ptr [rbx+24], xmm0
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+46]
    movups xmmword ptr [rbx+40], xmm0
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+62]
    movups xmmword ptr [rbx+56], xmm0
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+78]
    mov qword ptr [rbx], rdi
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 15307
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
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 9035
    mov rdi, qword ptr [rbx+64]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx+64], rdi
# put_cons_ss
    mov rdi, qword ptr [rbx+64]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx]
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
    mov qword ptr [r15+8], 5899
    mov rdi, qword ptr [rbx+56]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx+56], rdi
# put_cons_ss
    mov rdi, qword ptr [rbx+56]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx]
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
    mov qword ptr [r15+8], 3915
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx+48], rdi
# put_cons_ss
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx]
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
    mov qword ptr [r15+8], 3851
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx+40], rdi
# put_cons_ss
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx]
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
    mov qword ptr [r15+8], 41547
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx+32], rdi
# put_cons_ss
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx]
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
    mov qword ptr [r15+8], 33803
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx+24], rdi
# put_cons_ss
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx]
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
    mov qword ptr [r15+8], 33739
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx+16], rdi
# put_cons_ss
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx]
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
    mov qword ptr [r15+8], 42571
    mov rdi, qword ptr [rbx+8]
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
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_1027:
# i_func_info_IaaI
# erlang:memory/1
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x61, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
memory/1:
# i_breakpoint_trampoline
    short jmp L3473
.db 0x00
    call L1236
    align 8
L3473:
# i_test_yield
    lea rdx, qword ptr [memory/1+24]
    dec r14
    jle L1234
# is_atom_fs
    mov rax, qword ptr [rbx]
    and al, 63
    cmp al, 11
    jne label_1032
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L3474
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L3474:
    sub rsp, 16
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# catch_yf
    inc qword ptr [r13+264]
L3475:
    mov eax, 2147483647
    mov qword ptr [rsp+8], rax
# i_move_sd
    mov qword ptr [rbx], 2699
# line_I
# call_light_bif_be
    align 4
L3476:
L3477:
    long mov rcx, 9223372036854775807
    mov rax, 94919178901248
    lea rdx, qword ptr [L3476]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
L3478:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+8], rdi
# call_light_bif_be
    align 4
L3479:
L3480:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927888
    lea rdx, qword ptr [L3479]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_call_f
.db 0x0F, 0x1F, 0x00
    call label_1102
# i_call_f
.db 0x0F, 0x1F, 0x00
    call label_1123
# is_eq_exact_fss
    cmp qword ptr [rbx], 30347
    jne label_1029
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L3481
    xor ecx, ecx
.db 0x66, 0x90
    call 140320710850576
L3481:
# put_cons_ss
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_move_sd
L3482:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx], 30347
# line_I
# call_light_bif_be
    align 4
L3483:
L3484:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089904
    lea rdx, qword ptr [L3483]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# jump_f
    jmp label_1030
# label_L
label_1029:
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
    call label_1042
# label_L
label_1030:
# try_end_y
    dec qword ptr [r13+264]
    mov qword ptr [rsp+8], 59
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L1235
    ret
# label_L
label_1031:
# try_case_y
    dec qword ptr [r13+264]
    mov rax, qword ptr [rbx+24]
    mov qword ptr [rbx], rax
# is_eq_exact_fss
    cmp qword ptr [rbx], 779
    jne label_1036
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 4747
    jne label_1036
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L3485
    xor ecx, ecx
    call 140320710850576
L3485:
# put_cons_ss
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_move_sd
L3486:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx], 4747
# line_I
# call_light_bif_be
    align 4
L3487:
L3488:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089904
    lea rdx, qword ptr [L3487]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L1235
    ret
# label_L
label_1032:
# is_list_fs
    mov rax, qword ptr [rbx]
    cmp rax, 59
    short je L3489
    test al, 2
    jne label_1037
L3489:
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L3490
    mov ecx, 1
.db 0x90
    call 140320710850576
L3490:
    sub rsp, 16
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# catch_yf
    inc qword ptr [r13+264]
L3491:
    mov eax, 2147483647
    mov qword ptr [rsp+8], rax
# i_move_sd
    mov qword ptr [rbx], 2699
# line_I
# call_light_bif_be
    align 4
L3492:
L3493:
    long mov rcx, 9223372036854775807
    mov rax, 94919178901248
    lea rdx, qword ptr [L3492]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
L3494:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+8], rdi
# call_light_bif_be
    align 4
L3495:
L3496:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927888
    lea rdx, qword ptr [L3495]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_call_f
.db 0x0F, 0x1F, 0x00
    call label_1102
# i_call_f
.db 0x0F, 0x1F, 0x00
    call label_1123
# is_eq_exact_fss
    cmp qword ptr [rbx], 30347
    jne label_1033
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L3497
    xor ecx, ecx
.db 0x66, 0x90
    call 140320710850576
L3497:
# put_cons_ss
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_move_sd
L3498:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx], 30347
# line_I
# call_light_bif_be
    align 4
L3499:
L3500:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089904
    lea rdx, qword ptr [L3499]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# jump_f
    jmp label_1034
# label_L
label_1033:
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
    call label_1039
# label_L
label_1034:
# try_end_y
    dec qword ptr [r13+264]
    mov qword ptr [rsp+8], 59
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L1235
    ret
# label_L
label_1035:
# try_case_y
    dec qword ptr [r13+264]
    mov rax, qword ptr [rbx+24]
    mov qword ptr [rbx], rax
# is_eq_exact_fss
    cmp qword ptr [rbx], 779
    jne label_1036
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 4747
    jne label_1036
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L3501
    xor ecx, ecx
    call 140320710850576
L3501:
# put_cons_ss
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_move_sd
L3502:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx], 4747
# line_I
# call_light_bif_be
    align 4
L3503:
L3504:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089904
    lea rdx, qword ptr [L3503]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L1235
    ret
# label_L
label_1036:
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
label_1037:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L3505
    mov ecx, 1
    call 140320710850576
L3505:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_move_sd
L3506:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx], 4747
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L3507
    mov ecx, 3
.db 0x90
    call 140320710850576
L3507:
# call_light_bif_be
    align 4
L3508:
L3509:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089904
    lea rdx, qword ptr [L3508]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_1038:
# i_func_info_IaaI
# erlang:memory_1/2
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x55, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_1039:
# i_breakpoint_trampoline
    short jmp L3510
.db 0x00
    call L1236
    align 8
L3510:
# i_test_yield
    lea rdx, qword ptr [label_1039+24]
    dec r14
    jle L1234
# is_nonempty_list_fS
    test byte ptr [rbx], 2
    jne label_1040
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L3511
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L3511:
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
    call label_1042
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
# i_call_f
.db 0x0F, 0x1F, 0x00
    call label_1039
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L3512
    mov ecx, 1
    call 140320710850576
L3512:
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
    jl L1235
    ret
# label_L
label_1040:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_1038
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_1041:
# i_func_info_IaaI
# erlang:get_memval/2
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x55, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_1042:
# i_breakpoint_trampoline
    short jmp L3513
.db 0x00
    call L1236
    align 8
L3513:
# i_test_yield
    lea rdx, qword ptr [label_1042+24]
    dec r14
    jle L1234
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 3851
    je label_1051
    cmp rsi, 3915
    je label_1050
    cmp rsi, 5899
    je label_1049
    cmp rsi, 9035
    je label_1048
    cmp rsi, 15307
    je label_1047
    cmp rsi, 33739
    je label_1046
    cmp rsi, 33803
    je label_1045
    cmp rsi, 41547
    je label_1044
    cmp rsi, 42571
    je label_1043
    jmp label_1052
# label_L
label_1043:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L1235
    ret
# label_L
label_1044:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+38]
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L1235
    ret
# label_L
label_1045:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+30]
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L1235
    ret
# label_L
label_1046:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L1235
    ret
# label_L
label_1047:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+78]
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L1235
    ret
# label_L
label_1048:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+70]
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L1235
    ret
# label_L
label_1049:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+62]
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L1235
    ret
# label_L
label_1050:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+54]
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L1235
    ret
# label_L
label_1051:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+46]
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L1235
    ret
# label_L
label_1052:
# i_move_sd
    mov qword ptr [rbx], 4747
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L3514
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L3514:
# call_light_bif_be
    align 4
L3515:
L3516:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089728
    lea rdx, qword ptr [L3515]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_1053:
# i_func_info_IaaI
# erlang:get_fix_proc/2
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x55, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_1054:
# i_breakpoint_trampoline
    short jmp L3517
.db 0x00
    call L1236
    align 8
L3517:
# i_test_yield
    lea rdx, qword ptr [label_1054+24]
    dec r14
    jle L1234
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_1057
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+16], rsi
    mov qword ptr [rbx], rdx
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx+16]
    rex test sil, 1
    jne label_1056
    cmp dword ptr [rsi-2], 192
    jne label_1056
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+24], rdi
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+24]
    cmp rsi, 26443
    je label_1055
    cmp rsi, 47947
    je label_1055
    cmp rsi, 153099
    je label_1055
    cmp rsi, 153163
    je label_1055
    cmp rsi, 153227
    je label_1055
    cmp rsi, 153291
    je label_1055
    cmp rsi, 153355
    je label_1055
    cmp rsi, 153419
    je label_1055
    jmp label_1056
# label_L
label_1055:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+24], rdi
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+16]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+32], rdi
# line_I
# i_plus_ssjd
    mov rsi, qword ptr [rbx+24]
    mov rdx, qword ptr [rbx+32]
# are both operands small?
    mov eax, esi
    and eax, edx
    and al, 15
    cmp al, 15
    short jne L3519
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L3518
L3519:
    call 140320710853728
L3518:
    mov qword ptr [rbx+24], rax
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+8], rdi
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+16]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx+16], rdi
# i_plus_ssjd
    mov rsi, qword ptr [rbx+8]
    mov rdx, qword ptr [rbx+16]
# are both operands small?
    mov eax, esi
    and eax, edx
    and al, 15
    cmp al, 15
    short jne L3521
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L3520
L3521:
    call 140320710853728
L3520:
    mov qword ptr [rbx+8], rax
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L3522
    mov ecx, 4
    call 140320710850576
L3522:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [r15+8], rdi
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx+8], rdi
# i_call_only_f
    jmp label_1054
# label_L
label_1056:
# i_call_only_f
    jmp label_1054
# label_L
label_1057:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_1053
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_1058:
# i_func_info_IaaI
# erlang:fix_proc/2
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x57, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_1059:
# i_breakpoint_trampoline
    short jmp L3523
.db 0x00
    call L1236
    align 8
L3523:
# i_test_yield
    lea rdx, qword ptr [label_1059+24]
    dec r14
    jle L1234
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_1063
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+16], rsi
    mov qword ptr [rbx], rdx
# i_select_tuple_arity_SfI
    mov rsi, qword ptr [rbx+16]
    rex test sil, 1
    jne label_1062
    mov esi, dword ptr [rsi-2]
    rex test sil, 63
    jne label_1062
    cmp esi, 128
    je label_1061
    cmp esi, 192
    je label_1060
    jne label_1062
# label_L
label_1060:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+16]
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+6]
    movups xmmword ptr [rbx+24], xmm0
# is_eq_exact_fss
    cmp qword ptr [rbx+24], 153547
    jne label_1062
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L3524
    mov ecx, 5
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L3524:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rsp], rdi
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+16]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
    call label_1054
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L3525
    mov ecx, 1
    call 140320710850576
L3525:
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
    jl L1235
    ret
# label_L
label_1061:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+16]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+24], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx+24], 153547
    jne label_1062
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+16]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp label_1054
# label_L
label_1062:
# i_call_only_f
    jmp label_1059
# label_L
label_1063:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_1058
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_1064:
# i_func_info_IaaI
# erlang:au_mem_fix/2
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x58, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_1065:
# i_breakpoint_trampoline
    short jmp L3526
.db 0x00
    call L1236
    align 8
L3526:
# i_test_yield
    lea rdx, qword ptr [label_1065+24]
    dec r14
    jle L1234
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L3527
    mov ecx, 2
    call 140320710850576
L3527:
    sub rsp, 16
# init_yregs_I
    mov qword ptr [rsp], 59
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# i_move_sd
L3528:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+8], rdi
# line_I
# i_call_f
.db 0x66, 0x90
    call label_1059
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+8]
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+22]
    movups xmmword ptr [rbx+8], xmm0
# i_select_tuple_arity_SfI
    mov rsi, qword ptr [rbx]
# skipped box test since argument is always boxed
    mov esi, dword ptr [rsi-2]
# simplified tuple test since the source is always a tuple when boxed
    cmp esi, 128
    je label_1067
    cmp esi, 192
    je label_1066
    jne label_1068
# label_L
label_1066:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+24], rdi
# line_I
# i_plus_ssjd
    mov rsi, qword ptr [rbx+8]
    mov rdx, qword ptr [rbx+24]
# simplified test for small operands since both are numbers
    mov eax, esi
    and eax, edx
    test al, 1
    short je L3530
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L3529
L3530:
    call 140320710853728
L3529:
    mov qword ptr [rbx+8], rax
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+24], rdi
# i_band_ssjd
    mov rsi, qword ptr [rbx+24]
    mov rax, qword ptr [rbx+8]
# are both operands small?
    mov edi, esi
    and edi, eax
    and edi, 15
    cmp edi, 15
    short jne L3531
    and rax, rsi
    short jmp L3532
L3531:
    call 140320710851200
L3532:
    mov qword ptr [rsp], rax
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx], rdi
# line_I
# i_plus_ssjd
    mov rsi, qword ptr [rbx+16]
    mov rdx, qword ptr [rbx]
# are both operands small?
    mov eax, esi
    and eax, edx
    and al, 15
    cmp al, 15
    short jne L3534
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L3533
L3534:
    call 140320710853728
L3533:
    mov qword ptr [rbx], rax
# i_band_ssjd
    mov rsi, qword ptr [rbx+24]
    mov rax, qword ptr [rbx]
# simplified test for small operands since both are numbers
    mov edi, esi
    and edi, eax
    test edi, 1
    short je L3535
    and rax, rsi
    short jmp L3536
L3535:
    call 140320710851200
L3536:
    mov qword ptr [rbx+16], rax
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+8], rdi
# init_yregs_I
    mov qword ptr [rsp+8], 59
# i_move_sd
    mov qword ptr [rbx], 79
# call_light_bif_be
    align 4
L3537:
L3538:
    long mov rcx, 9223372036854775807
    mov rax, 94919179098736
    lea rdx, qword ptr [L3537]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# set_tuple_element_sSP
    mov rdi, qword ptr [rbx]
    mov rsi, qword ptr [rsp]
    mov qword ptr [rdi+22], rsi
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L1235
    ret
# label_L
label_1067:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+24], rdi
# line_I
# i_plus_ssjd
    mov rsi, qword ptr [rbx+8]
    mov rdx, qword ptr [rbx+24]
# are both operands small?
    mov eax, esi
    and eax, edx
    and al, 15
    cmp al, 15
    short jne L3540
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L3539
L3540:
    call 140320710853728
L3539:
    mov qword ptr [rsp], rax
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# line_I
# i_plus_ssjd
    mov rsi, qword ptr [rbx+16]
    mov rdx, qword ptr [rbx]
# simplified test for small operands since both are numbers
    mov eax, esi
    and eax, edx
    test al, 1
    short je L3542
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L3541
L3542:
    call 140320710853728
L3541:
    mov qword ptr [rbx+16], rax
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+8], rdi
# init_yregs_I
    mov qword ptr [rsp+8], 59
# i_move_sd
    mov qword ptr [rbx], 79
# call_light_bif_be
    align 4
L3543:
L3544:
    long mov rcx, 9223372036854775807
    mov rax, 94919179098736
    lea rdx, qword ptr [L3543]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# set_tuple_element_sSP
    mov rdi, qword ptr [rbx]
    mov rsi, qword ptr [rsp]
    mov qword ptr [rdi+22], rsi
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L1235
    ret
# label_L
label_1068:
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
label_1069:
# i_func_info_IaaI
# erlang:au_mem_acc/3
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x58, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_1070:
# i_breakpoint_trampoline
    short jmp L3545
.db 0x00
    call L1236
    align 8
L3545:
# i_test_yield
    lea rdx, qword ptr [label_1070+24]
    dec r14
    jle L1234
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+24], rdi
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+8]
    cmp rsi, 153739
    je label_1073
    cmp rsi, 153803
    je label_1072
    cmp rsi, 153867
    je label_1071
    jmp label_1074
# label_L
label_1071:
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L3546
    mov ecx, 4
.db 0x90
    call 140320710850576
L3546:
    sub rsp, 16
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# i_move_sd
    mov qword ptr [rbx+8], 15
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
    call label_1076
# line_I
# i_plus_ssjd
    mov rsi, qword ptr [rsp]
    mov rdx, qword ptr [rbx]
# simplified test for small operands since both are numbers
    mov eax, esi
    and eax, edx
    test al, 1
    short je L3548
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L3547
L3548:
    call 140320710853728
L3547:
    mov qword ptr [rsp], rax
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+78]
    mov qword ptr [rbx+8], rdi
# line_I
# i_plus_ssjd
    mov rsi, qword ptr [rbx+8]
    mov rdx, qword ptr [rbx]
# simplified test for small operands since both are numbers
    mov eax, esi
    and eax, edx
    test al, 1
    short je L3550
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L3549
L3550:
    call 140320710853728
L3549:
    mov qword ptr [rbx+16], rax
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+8], rdi
# init_yregs_I
    mov qword ptr [rsp+8], 59
# i_move_sd
    mov qword ptr [rbx], 175
# call_light_bif_be
    align 4
L3551:
L3552:
    long mov rcx, 9223372036854775807
    mov rax, 94919179098736
    lea rdx, qword ptr [L3551]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# set_tuple_element_sSP
    mov rdi, qword ptr [rbx]
    mov rsi, qword ptr [rsp]
    mov qword ptr [rdi+14], rsi
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L1235
    ret
# label_L
label_1072:
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L3553
    mov ecx, 4
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L3553:
    sub rsp, 24
# init_yregs_I
    mov qword ptr [rsp], 59
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rsp+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+16], rdi
# i_move_sd
    mov qword ptr [rbx+8], 15
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call label_1076
# line_I
# i_plus_ssjd
    mov rsi, qword ptr [rsp+8]
    mov rdx, qword ptr [rbx]
# simplified test for small operands since both are numbers
    mov eax, esi
    and eax, edx
    test al, 1
    short je L3555
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L3554
L3555:
    call 140320710853728
L3554:
    mov qword ptr [rsp+8], rax
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+16]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx+8], rdi
# line_I
# i_plus_ssjd
    mov rsi, qword ptr [rbx+8]
    mov rdx, qword ptr [rbx]
# simplified test for small operands since both are numbers
    mov eax, esi
    and eax, edx
    test al, 1
    short je L3557
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L3556
L3557:
    call 140320710853728
L3556:
    mov qword ptr [rsp], rax
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+16]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+30]
    mov qword ptr [rbx+8], rdi
# line_I
# i_plus_ssjd
    mov rsi, qword ptr [rbx+8]
    mov rdx, qword ptr [rbx]
# simplified test for small operands since both are numbers
    mov eax, esi
    and eax, edx
    test al, 1
    short je L3559
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L3558
L3559:
    call 140320710853728
L3558:
    mov qword ptr [rbx+16], rax
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+8], rdi
# init_yregs_I
    mov qword ptr [rsp+16], 59
# i_move_sd
    mov qword ptr [rbx], 79
# call_light_bif_be
    align 4
L3560:
L3561:
    long mov rcx, 9223372036854775807
    mov rax, 94919179098736
    lea rdx, qword ptr [L3560]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# set_tuple_element_sSP
    mov rdi, qword ptr [rbx]
    mov rsi, qword ptr [rsp]
    mov qword ptr [rdi+22], rsi
# set_tuple_element_sSP
    mov rdi, qword ptr [rbx]
    mov rsi, qword ptr [rsp+8]
    mov qword ptr [rdi+14], rsi
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L1235
    ret
# label_L
label_1073:
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L3562
    mov ecx, 4
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L3562:
    sub rsp, 16
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# i_move_sd
    mov qword ptr [rbx+8], 15
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
    call label_1076
# line_I
# i_plus_ssjd
    mov rsi, qword ptr [rsp]
    mov rdx, qword ptr [rbx]
# simplified test for small operands since both are numbers
    mov eax, esi
    and eax, edx
    test al, 1
    short je L3564
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L3563
L3564:
    call 140320710853728
L3563:
    mov qword ptr [rsp], rax
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+62]
    mov qword ptr [rbx+8], rdi
# line_I
# i_plus_ssjd
    mov rsi, qword ptr [rbx+8]
    mov rdx, qword ptr [rbx]
# simplified test for small operands since both are numbers
    mov eax, esi
    and eax, edx
    test al, 1
    short je L3566
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L3565
L3566:
    call 140320710853728
L3565:
    mov qword ptr [rbx+16], rax
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+8], rdi
# init_yregs_I
    mov qword ptr [rsp+8], 59
# i_move_sd
    mov qword ptr [rbx], 143
# call_light_bif_be
    align 4
L3567:
L3568:
    long mov rcx, 9223372036854775807
    mov rax, 94919179098736
    lea rdx, qword ptr [L3567]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# set_tuple_element_sSP
    mov rdi, qword ptr [rbx]
    mov rsi, qword ptr [rsp]
    mov qword ptr [rdi+14], rsi
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L1235
    ret
# label_L
label_1074:
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L3569
    mov ecx, 4
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L3569:
    sub rsp, 16
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# i_move_sd
    mov qword ptr [rbx+8], 15
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
    call label_1076
# line_I
# i_plus_ssjd
    mov rsi, qword ptr [rsp]
    mov rdx, qword ptr [rbx]
# simplified test for small operands since both are numbers
    mov eax, esi
    and eax, edx
    test al, 1
    short je L3571
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L3570
L3571:
    call 140320710853728
L3570:
    mov qword ptr [rbx+16], rax
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx], 47
# call_light_bif_be
    align 4
L3572:
L3573:
    long mov rcx, 9223372036854775807
    mov rax, 94919179098736
    lea rdx, qword ptr [L3572]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_1075:
# i_func_info_IaaI
# erlang:acc_blocks_size/2
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x59, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_1076:
# i_breakpoint_trampoline
    short jmp L3574
.db 0x00
    call L1236
    align 8
L3574:
# i_test_yield
    lea rdx, qword ptr [label_1076+24]
    dec r14
    jle L1234
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_1080
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+16], rsi
    mov qword ptr [rbx], rdx
# i_select_tuple_arity_SfI
    mov rsi, qword ptr [rbx+16]
    rex test sil, 1
    jne label_1079
    mov esi, dword ptr [rsi-2]
    rex test sil, 63
    jne label_1079
    cmp esi, 128
    je label_1078
    cmp esi, 256
    je label_1077
    jne label_1079
# label_L
label_1077:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+16]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+24], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx+24], 40075
    jne label_1079
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+16]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+16], rdi
# line_I
# i_plus_ssjd
    mov rsi, qword ptr [rbx+8]
    mov rdx, qword ptr [rbx+16]
# are both operands small?
    mov eax, esi
    and eax, edx
    and al, 15
    cmp al, 15
    short jne L3576
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L3575
L3576:
    call 140320710853728
L3575:
    mov qword ptr [rbx+8], rax
# i_call_only_f
    jmp label_1076
# label_L
label_1078:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+16]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+24], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx+24], 40075
    jne label_1079
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+16]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+16], rdi
# line_I
# i_plus_ssjd
    mov rsi, qword ptr [rbx+8]
    mov rdx, qword ptr [rbx+16]
# are both operands small?
    mov eax, esi
    and eax, edx
    and al, 15
    cmp al, 15
    short jne L3578
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L3577
L3578:
    call 140320710853728
L3577:
    mov qword ptr [rbx+8], rax
# i_call_only_f
    jmp label_1076
# label_L
label_1079:
# i_call_only_f
    jmp label_1076
# label_L
label_1080:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_1075
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_1081:
# i_func_info_IaaI
# erlang:au_mem_blocks/2
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x59, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_1082:
# i_breakpoint_trampoline
    short jmp L3579
.db 0x00
    call L1236
    align 8
L3579:
# i_test_yield
    lea rdx, qword ptr [label_1082+24]
    dec r14
    jle L1234
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_1084
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+16], rsi
    mov qword ptr [rbx], rdx
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx+16]
    rex test sil, 1
    jne label_1083
    cmp dword ptr [rsi-2], 128
    jne label_1083
    cmp qword ptr [rsi+6], 154059
    jne label_1083
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L3580
    mov ecx, 3
.db 0x90
    call 140320710850576
L3580:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+16]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x90
    call label_1086
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 8
    jmp label_1082
# label_L
label_1083:
# i_call_only_f
    jmp label_1082
# label_L
label_1084:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_1081
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_1085:
# i_func_info_IaaI
# erlang:au_mem_blocks_1/2
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x5A, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_1086:
# i_breakpoint_trampoline
    short jmp L3581
.db 0x00
    call L1236
    align 8
L3581:
# i_test_yield
    lea rdx, qword ptr [label_1086+24]
    dec r14
    jle L1234
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_1087
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+16], xmm0
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx+16]
    rex test sil, 1
    short jne label_1085
    cmp dword ptr [rsi-2], 128
    short jne label_1085
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L3582
    mov ecx, 4
.db 0x66, 0x90
    call 140320710850576
L3582:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rsp], rdi
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+16]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx], rdi
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+16], rdi
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rbx], xmm0
# line_I
# i_call_f
.db 0x66, 0x90
    call label_1070
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 8
    jmp label_1086
# label_L
label_1087:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_1085
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_1088:
# i_func_info_IaaI
# erlang:au_mem_current/3
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x5A, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_1089:
# i_breakpoint_trampoline
    short jmp L3583
.db 0x00
    call L1236
    align 8
L3583:
# i_test_yield
    lea rdx, qword ptr [label_1089+24]
    dec r14
    jle L1234
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+16]
    test al, 2
    jne label_1094
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx+16], xmm0
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx+24]
    rex test sil, 1
    jne label_1093
    cmp dword ptr [rsi-2], 128
    jne label_1093
# get_two_tuple_elements_sPSS
    vpermilpd xmm0, xmmword ptr [rsi+6], 1
    vmovups xmmword ptr [rbx+24], xmm0
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx+32]
    cmp rsi, 154251
    je label_1092
    cmp rsi, 154315
    je label_1091
    cmp rsi, 154379
    je label_1090
    jmp label_1093
# label_L
label_1090:
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L3584
    mov ecx, 4
.db 0x90
    call 140320710850576
L3584:
    sub rsp, 16
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rsp], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x90
    call label_1082
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp], 1
    vmovups xmmword ptr [rbx+8], xmm0
# i_call_last_ft
    add rsp, 16
    jmp label_1089
# label_L
label_1091:
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L3585
    mov ecx, 4
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L3585:
    sub rsp, 16
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rsp], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x90
    call label_1082
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp], 1
    vmovups xmmword ptr [rbx+8], xmm0
# i_call_last_ft
    add rsp, 16
    jmp label_1089
# label_L
label_1092:
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L3586
    mov ecx, 4
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L3586:
    sub rsp, 16
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rsp], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x90
    call label_1082
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp], 1
    vmovups xmmword ptr [rbx+8], xmm0
# i_call_last_ft
    add rsp, 16
    jmp label_1089
# label_L
label_1093:
# i_call_only_f
    jmp label_1089
# label_L
label_1094:
# is_nil_fS
    cmp qword ptr [rbx+16], 59
    jne label_1088
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_1095:
# i_func_info_IaaI
# erlang:au_mem_data/2
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x5B, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_1096:
# i_breakpoint_trampoline
    short jmp L3587
.db 0x00
    call L1236
    align 8
L3587:
# i_test_yield
    lea rdx, qword ptr [label_1096+24]
    dec r14
    jle L1234
# is_ne_exact_fss
    cmp qword ptr [rbx], 30347
    je label_1100
# is_nonempty_list_get_hd_fSd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_1099
    mov rsi, qword ptr [rax-1]
    mov qword ptr [rbx+16], rsi
# i_is_tuple_fs
    mov rsi, qword ptr [rbx+16]
    rex test sil, 1
    jne label_1099
    test byte ptr [rsi-2], 63
    jne label_1099
# i_test_arity_fsA
    mov rsi, qword ptr [rbx+16]
    cmp dword ptr [rsi-2], 128
    jne label_1097
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+24], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx+24], 11
    jne label_1097
# i_move_sd
    mov qword ptr [rbx], 30347
# return
    dec r14
    jl L1235
    ret
# label_L
label_1097:
# get_tl_Sd
    mov rdi, qword ptr [rbx+8]
    mov rsi, qword ptr [rdi+7]
    mov qword ptr [rbx+24], rsi
# i_test_arity_fsA
    mov rsi, qword ptr [rbx+16]
    cmp dword ptr [rsi-2], 192
    jne label_1099
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx+16], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 154507
    jne label_1098
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L3588
    mov ecx, 4
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L3588:
    sub rsp, 16
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+16]
    movups xmmword ptr [rsp], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx+8], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call label_1065
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx+8], 154507
# i_trim_t
    add rsp, 8
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call label_1089
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_call_last_ft
    add rsp, 8
    jmp label_1096
# label_L
label_1098:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L3589
    mov ecx, 4
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L3589:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rsp], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call label_1089
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_call_last_ft
    add rsp, 8
    jmp label_1096
# label_L
label_1099:
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_1095
# label_L
label_1100:
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_1101:
# i_func_info_IaaI
# erlang:au_mem_data/1
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x5B, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_1102:
# i_breakpoint_trampoline
    short jmp L3590
.db 0x00
    call L1236
    align 8
L3590:
# i_test_yield
    lea rdx, qword ptr [label_1102+24]
    dec r14
    jle L1234
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L3591
    mov ecx, 1
    call 140320710850576
L3591:
    sub rsp, 16
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
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
    mov qword ptr [rsp], rax
# call_light_bif_be
    align 4
L3592:
L3593:
    long mov rcx, 9223372036854775807
    mov rax, 94919178976592
    lea rdx, qword ptr [L3592]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L3594
    mov ecx, 1
    call 140320710850576
L3594:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 24907
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15+24], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx+8], rdi
# recv_marker_bind_SS
    mov rsi, qword ptr [rsp]
    mov rdx, qword ptr [rbx]
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919178492288
    mov rsp, rbp
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# i_trim_t
    add rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L3595:
L3596:
    long mov rcx, 9223372036854775807
    mov rax, 94919178901248
    lea rdx, qword ptr [L3595]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 8
    jmp label_1110
# func_line_I
# aligned_label_Lt
    align 8
label_1103:
# i_func_info_IaaI
# erlang:receive_emd/3
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x5B, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_1104:
# i_breakpoint_trampoline
    short jmp L3597
.db 0x00
    call L1236
    align 8
L3597:
# i_test_yield
    lea rdx, qword ptr [label_1104+24]
    dec r14
    jle L1234
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 15
    jne label_1105
# recv_marker_clear_S
    mov rsi, qword ptr [rbx]
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919178491968
    mov rsp, rbp
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L1235
    ret
# label_L
label_1105:
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L3598
    mov ecx, 3
.db 0x66, 0x90
    call 140320710850576
L3598:
    sub rsp, 24
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rsp], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+16], rdi
# recv_marker_use_S
    mov rsi, qword ptr [rbx]
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919178492864
    mov rsp, rbp
# aligned_label_Lt
    align 4
label_1106:
# i_loop_rec_f
    align 4
L3599:
    lea rdi, qword ptr [L3599]
    lea rsi, qword ptr [label_1108]
    call 140320710852712
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_1107
    cmp dword ptr [rsi-2], 192
    jne label_1107
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# is_eq_exact_fss
    mov rsi, qword ptr [rsp+16]
    mov rdi, qword ptr [rbx+8]
    cmp rdi, rsi
    short je L3600
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_1107
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_1107
L3600:
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
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx+8], rdi
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
    call label_1096
# i_increment_SWd
    mov rsi, qword ptr [rsp]
    mov rdx, -16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L3601
    add rax, rdx
    short jno L3602
L3601:
    call 140320710853080
L3602:
    mov qword ptr [rbx+16], rax
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 16
    jmp label_1104
# label_L
label_1107:
# loop_rec_end_f
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919178491472
    mov rsp, rbp
    dec r14
    jmp label_1106
# aligned_label_Lt
    align 4
label_1108:
# wait_locked_f
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    lea rsi, qword ptr [label_1106]
    call 94919178213328
    mov rsp, rbp
    jmp 140320710854321
# func_line_I
# aligned_label_Lt
    align 8
label_1109:
# i_func_info_IaaI
# erlang:receive_emd/1
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x5B, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_1110:
# i_breakpoint_trampoline
    short jmp L3603
.db 0x00
    call L1236
    align 8
L3603:
# i_test_yield
    lea rdx, qword ptr [label_1110+24]
    dec r14
    jle L1234
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L3604
    mov ecx, 1
    call 140320710850576
L3604:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# line_I
# call_light_bif_be
    align 4
L3605:
L3606:
    long mov rcx, 9223372036854775807
    mov rax, 94919178114512
    lea rdx, qword ptr [L3605]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_increment_SWd
    mov rsi, qword ptr [rbx]
    mov rdx, -16
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L3607
    mov rax, rsi
    add rax, rdx
    short jno L3608
L3607:
    call 140320710853080
L3608:
    mov qword ptr [rbx+16], rax
# i_move_sd
L3609:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 8
    jmp label_1104
# func_line_I
# aligned_label_Lt
    align 8
label_1111:
# i_func_info_IaaI
# erlang:aa_mem_data/2
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x5C, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_1112:
# i_breakpoint_trampoline
    short jmp L3610
.db 0x00
    call L1236
    align 8
L3610:
# i_test_yield
    lea rdx, qword ptr [label_1112+24]
    dec r14
    jle L1234
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+14]
    movups xmmword ptr [rbx+16], xmm0
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_1121
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+32], xmm0
# i_is_tuple_fs
    mov rsi, qword ptr [rbx+32]
    rex test sil, 1
    jne label_1121
    test byte ptr [rsi-2], 63
    jne label_1121
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+46]
    movups xmmword ptr [rbx+48], xmm0
# i_select_tuple_arity_SfI
    mov rsi, qword ptr [rbx+32]
# skipped box test since argument is always boxed
    mov esi, dword ptr [rsi-2]
# simplified tuple test since the source is always a tuple when boxed
    cmp esi, 128
    je label_1114
    cmp esi, 192
    je label_1113
    jne label_1120
# label_L
label_1113:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+32]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+64], rdi
# is_eq_exact_fss
    cmp qword ptr [rbx+64], 154699
    jne label_1120
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+32]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+8], rdi
# line_I
# i_plus_ssjd
    mov rsi, qword ptr [rbx+48]
    mov rdx, qword ptr [rbx+8]
# are both operands small?
    mov eax, esi
    and eax, edx
    and al, 15
    cmp al, 15
    short jne L3612
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L3611
L3612:
    call 140320710853728
L3611:
    mov qword ptr [rbx+8], rax
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+32]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx+16], rdi
# line_I
# i_plus_ssjd
    mov rsi, qword ptr [rbx+56]
    mov rdx, qword ptr [rbx+16]
# are both operands small?
    mov eax, esi
    and eax, edx
    and al, 15
    cmp al, 15
    short jne L3614
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L3613
L3614:
    call 140320710853728
L3613:
    mov qword ptr [rbx+16], rax
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L3615
    mov ecx, 6
.db 0x90
    call 140320710850576
L3615:
    sub rsp, 16
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rsp+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx], 127
# call_light_bif_be
    align 4
L3616:
L3617:
    long mov rcx, 9223372036854775807
    mov rax, 94919179098736
    lea rdx, qword ptr [L3616]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# set_tuple_element_sSP
    mov rdi, qword ptr [rbx]
    mov rsi, qword ptr [rsp]
    mov qword ptr [rdi+46], rsi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+8], rdi
# i_call_last_ft
    add rsp, 16
    jmp label_1112
# label_L
label_1114:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+32]
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+6]
    movups xmmword ptr [rbx+64], xmm0
# i_select_val_bins_sfI
    mov rsi, qword ptr [rbx+64]
# Binary search in table of 11 elements
# Subtree [0..10], pivot 5
    cmp rsi, 155019
    je label_1115
    ja L3618
# Linear search in [0..4], 5 elements
    cmp rsi, 153163
    je label_1118
    cmp rsi, 154763
    je label_1119
    cmp rsi, 154827
    je label_1117
    cmp rsi, 154891
    je label_1116
    cmp rsi, 154955
    je label_1116
    jmp label_1120
L3618:
# Linear search in [6..10], 5 elements
    cmp rsi, 155083
    je label_1116
    cmp rsi, 155147
    je label_1116
    cmp rsi, 155211
    je label_1116
    cmp rsi, 155275
    je label_1116
    cmp rsi, 155339
    je label_1118
    jmp label_1120
# label_L
label_1115:
# line_I
# i_plus_ssjd
    mov rsi, qword ptr [rbx+16]
    mov rdx, qword ptr [rbx+72]
# are both operands small?
    mov eax, esi
    and eax, edx
    and al, 15
    cmp al, 15
    short jne L3620
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L3619
L3620:
    call 140320710853728
L3619:
    mov qword ptr [rbx+16], rax
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L3621
    mov ecx, 6
.db 0x90
    call 140320710850576
L3621:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx], 47
# call_light_bif_be
    align 4
L3622:
L3623:
    long mov rcx, 9223372036854775807
    mov rax, 94919179098736
    lea rdx, qword ptr [L3622]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_call_last_ft
    add rsp, 8
    jmp label_1112
# label_L
label_1116:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+70]
    mov qword ptr [rbx+8], rdi
# line_I
# i_plus_ssjd
    mov rsi, qword ptr [rbx+8]
    mov rdx, qword ptr [rbx+72]
# are both operands small?
    mov eax, esi
    and eax, edx
    and al, 15
    cmp al, 15
    short jne L3625
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L3624
L3625:
    call 140320710853728
L3624:
    mov qword ptr [rbx+16], rax
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L3626
    mov ecx, 6
.db 0x90
    call 140320710850576
L3626:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx], 159
# call_light_bif_be
    align 4
L3627:
L3628:
    long mov rcx, 9223372036854775807
    mov rax, 94919179098736
    lea rdx, qword ptr [L3627]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_call_last_ft
    add rsp, 8
    jmp label_1112
# label_L
label_1117:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+78]
    mov qword ptr [rbx+8], rdi
# line_I
# i_plus_ssjd
    mov rsi, qword ptr [rbx+8]
    mov rdx, qword ptr [rbx+72]
# are both operands small?
    mov eax, esi
    and eax, edx
    and al, 15
    cmp al, 15
    short jne L3630
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L3629
L3630:
    call 140320710853728
L3629:
    mov qword ptr [rbx+16], rax
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L3631
    mov ecx, 6
.db 0x90
    call 140320710850576
L3631:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx], 175
# call_light_bif_be
    align 4
L3632:
L3633:
    long mov rcx, 9223372036854775807
    mov rax, 94919179098736
    lea rdx, qword ptr [L3632]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_call_last_ft
    add rsp, 8
    jmp label_1112
# label_L
label_1118:
# line_I
# i_plus_ssjd
    mov rsi, qword ptr [rbx+24]
    mov rdx, qword ptr [rbx+72]
# are both operands small?
    mov eax, esi
    and eax, edx
    and al, 15
    cmp al, 15
    short jne L3635
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L3634
L3635:
    call 140320710853728
L3634:
    mov qword ptr [rbx+8], rax
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+30]
    mov qword ptr [rbx+16], rdi
# line_I
# i_plus_ssjd
    mov rsi, qword ptr [rbx+16]
    mov rdx, qword ptr [rbx+72]
# simplified test for small operands since both are numbers
    mov eax, esi
    and eax, edx
    test al, 1
    short je L3637
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L3636
L3637:
    call 140320710853728
L3636:
    mov qword ptr [rbx+16], rax
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L3638
    mov ecx, 6
    call 140320710850576
L3638:
    sub rsp, 16
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rsp+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx], 79
# call_light_bif_be
    align 4
L3639:
L3640:
    long mov rcx, 9223372036854775807
    mov rax, 94919179098736
    lea rdx, qword ptr [L3639]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# set_tuple_element_sSP
    mov rdi, qword ptr [rbx]
    mov rsi, qword ptr [rsp]
    mov qword ptr [rdi+22], rsi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+8], rdi
# i_call_last_ft
    add rsp, 16
    jmp label_1112
# label_L
label_1119:
# line_I
# i_plus_ssjd
    mov rsi, qword ptr [rbx+48]
    mov rdx, qword ptr [rbx+72]
# are both operands small?
    mov eax, esi
    and eax, edx
    and al, 15
    cmp al, 15
    short jne L3642
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L3641
L3642:
    call 140320710853728
L3641:
    mov qword ptr [rbx+8], rax
# line_I
# i_plus_ssjd
    mov rsi, qword ptr [rbx+56]
    mov rdx, qword ptr [rbx+72]
# simplified test for small operands since both are numbers
    mov eax, esi
    and eax, edx
    test al, 1
    short je L3644
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L3643
L3644:
    call 140320710853728
L3643:
    mov qword ptr [rbx+16], rax
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L3645
    mov ecx, 6
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L3645:
    sub rsp, 16
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rsp+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx], 127
# call_light_bif_be
    align 4
L3646:
L3647:
    long mov rcx, 9223372036854775807
    mov rax, 94919179098736
    lea rdx, qword ptr [L3646]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# set_tuple_element_sSP
    mov rdi, qword ptr [rbx]
    mov rsi, qword ptr [rsp]
    mov qword ptr [rdi+46], rsi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+8], rdi
# i_call_last_ft
    add rsp, 16
    jmp label_1112
# label_L
label_1120:
# i_test_arity_fsA
    mov rsi, qword ptr [rbx+32]
    cmp dword ptr [rsi-2], 128
    jne label_1121
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rbx+8], rdi
# i_call_only_f
    jmp label_1112
# label_L
label_1121:
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_1111
# line_I
# i_minus_ssjd
    mov rsi, qword ptr [rbx+16]
    mov rdx, qword ptr [rbx+24]
# simplified test for small operands since both are numbers
    mov eax, esi
    and eax, edx
    test al, 1
    short je L3649
# sub with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    sub rax, rcx
    short jno L3648
L3649:
    call 140320710853584
L3648:
    mov qword ptr [rbx+16], rax
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx], 95
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L3650
    mov ecx, 3
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L3650:
# call_light_bif_be
    align 4
L3651:
L3652:
    long mov rcx, 9223372036854775807
    mov rax, 94919179098736
    lea rdx, qword ptr [L3651]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_1122:
# i_func_info_IaaI
# erlang:aa_mem_data/1
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x5C, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_1123:
# i_breakpoint_trampoline
    short jmp L3653
.db 0x00
    call L1236
    align 8
L3653:
# i_test_yield
    lea rdx, qword ptr [label_1123+24]
    dec r14
    jle L1234
# is_eq_exact_fss
    cmp qword ptr [rbx], 30347
    jne label_1124
# return
    dec r14
    jl L1235
    ret
# label_L
label_1124:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L3654
    mov ecx, 1
.db 0x90
    call 140320710850576
L3654:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov qword ptr [rbx], 2507
# line_I
# call_light_bif_be
    align 4
L3655:
L3656:
    long mov rcx, 9223372036854775807
    mov rax, 94919178901248
    lea rdx, qword ptr [L3655]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 8
    jmp label_1112
# func_line_I
# aligned_label_Lt
    align 8
label_1125:
# i_func_info_IaaI
# erlang:alloc_info/1
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x09, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
alloc_info/1:
# i_breakpoint_trampoline
    short jmp L3657
.db 0x00
    call L1236
    align 8
L3657:
# i_test_yield
    lea rdx, qword ptr [alloc_info/1+24]
    dec r14
    jle L1234
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx], 2571
# i_call_only_f
    jmp label_1130
# func_line_I
# aligned_label_Lt
    align 8
label_1127:
# i_func_info_IaaI
# erlang:alloc_sizes/1
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x09, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
alloc_sizes/1:
# i_breakpoint_trampoline
    short jmp L3658
.db 0x00
    call L1236
    align 8
L3658:
# i_test_yield
    lea rdx, qword ptr [alloc_sizes/1+24]
    dec r14
    jle L1234
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx], 2635
# i_call_only_f
    jmp label_1130
# func_line_I
# aligned_label_Lt
    align 8
label_1129:
# i_func_info_IaaI
# erlang:get_alloc_info/2
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x5F, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_1130:
# i_breakpoint_trampoline
    short jmp L3659
.db 0x00
    call L1236
    align 8
L3659:
# i_test_yield
    lea rdx, qword ptr [label_1130+24]
    dec r14
    jle L1234
# is_atom_fs
    mov rax, qword ptr [rbx+8]
    and al, 63
    cmp al, 11
    jne label_1131
# allocate_heap_tIt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L3660
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L3660:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp], rdi
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
    call label_1130
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_1132
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+8], xmm0
# is_nil_fS
    cmp qword ptr [rbx+16], 59
    jne label_1132
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+16], rdi
# is_eq_exact_fss
# simplified check since one argument is an immediate
    mov rdi, qword ptr [rsp]
    cmp qword ptr [rbx+16], rdi
    jne label_1132
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+8]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L1235
    ret
# label_L
label_1131:
# is_list_fs
    mov rax, qword ptr [rbx+8]
    cmp rax, 59
    short je L3661
    test al, 2
    jne label_1129
L3661:
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L3662
    mov ecx, 2
.db 0x90
    call 140320710850576
L3662:
    sub rsp, 24
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp+8], xmm0
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
    mov qword ptr [rsp], rax
# call_light_bif_be
    align 4
L3663:
L3664:
    long mov rcx, 9223372036854775807
    mov rax, 94919178976592
    lea rdx, qword ptr [L3663]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L3665
    mov ecx, 1
    call 140320710850576
L3665:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [r15+8], rdi
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15+24], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx+8], rdi
# recv_marker_bind_SS
    mov rsi, qword ptr [rsp]
    mov rdx, qword ptr [rbx]
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919178492288
    mov rsp, rbp
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+16], rdi
# init_yregs_I
    mov qword ptr [rsp], 59
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L3666:
L3667:
    long mov rcx, 9223372036854775807
    mov rax, 94919178901248
    lea rdx, qword ptr [L3666]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# line_I
# call_light_bif_be
    align 4
L3668:
L3669:
    long mov rcx, 9223372036854775807
    mov rax, 94919178114512
    lea rdx, qword ptr [L3668]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_increment_SWd
    mov rsi, qword ptr [rbx]
    mov rdx, -16
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L3670
    mov rax, rsi
    add rax, rdx
    short jno L3671
L3670:
    call 140320710853080
L3671:
    mov qword ptr [rsp], rax
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
    call label_1134
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
    jmp label_1150
# label_L
label_1132:
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
label_1133:
# i_func_info_IaaI
# erlang:mk_res_list/1
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x5F, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_1134:
# i_breakpoint_trampoline
    short jmp L3672
.db 0x00
    call L1236
    align 8
L3672:
# i_test_yield
    lea rdx, qword ptr [label_1134+24]
    dec r14
    jle L1234
# is_nonempty_list_fS
    test byte ptr [rbx], 2
    jne label_1135
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L3673
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L3673:
    sub rsp, 8
# get_list_Sdd
    mov rdi, qword ptr [rbx]
    mov rsi, qword ptr [rdi-1]
    mov rdx, qword ptr [rdi+7]
    mov qword ptr [rsp], rsi
    mov qword ptr [rbx], rdx
# line_I
# i_call_f
.db 0x90
    call label_1134
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L3674
    mov ecx, 1
    call 140320710850576
L3674:
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
    jl L1235
    ret
# label_L
label_1135:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_1133
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_1136:
# i_func_info_IaaI
# erlang:insert_instance/3
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x5F, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_1137:
# i_breakpoint_trampoline
    short jmp L3675
.db 0x00
    call L1236
    align 8
L3675:
# i_test_yield
    lea rdx, qword ptr [label_1137+24]
    dec r14
    jle L1234
# is_atom_fs
    mov rax, qword ptr [rbx+8]
    and al, 63
    cmp al, 11
    jne label_1138
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L3676
    mov ecx, 3
.db 0x66, 0x90
    call 140320710850576
L3676:
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
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# return
    dec r14
    jl L1235
    ret
# label_L
label_1138:
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+16]
    test al, 2
    jne label_1140
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+24], xmm0
# i_is_tagged_tuple_fsAa
    mov rsi, qword ptr [rbx+24]
# skipped box test since argument is always boxed
    cmp dword ptr [rsi-2], 192
    jne label_1139
    cmp qword ptr [rsi+6], 155595
    jne label_1139
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+40], rdi
# is_lt_fss
    mov rsi, qword ptr [rbx+40]
    mov rdi, qword ptr [rbx+8]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L3677
    cmp rdi, rsi
    short jmp L3678
L3677:
    call 140320710848608
L3678:
    jge label_1139
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L3679
    mov ecx, 3
    call 140320710850576
L3679:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 155595
# (moving and swapping two elements at once)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [r15+16], xmm0
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
    mov qword ptr [rbx], rsi
# return
    dec r14
    jl L1235
    ret
# label_L
label_1139:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L3680
    mov ecx, 5
.db 0x66, 0x90
    call 140320710850576
L3680:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx+16], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call label_1137
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L3681
    mov ecx, 1
    call 140320710850576
L3681:
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
    jl L1235
    ret
# label_L
label_1140:
# is_nil_fS
    cmp qword ptr [rbx+16], 59
    jne label_1141
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L3682
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L3682:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 155595
# (moving and swapping two elements at once)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [r15+16], xmm0
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
# return
    dec r14
    jl L1235
    ret
# label_L
label_1141:
# i_move_sd
    mov qword ptr [rbx+16], 11
# jump_f
    jmp label_1136
# func_line_I
# aligned_label_Lt
    align 8
label_1142:
# i_func_info_IaaI
# erlang:insert_info/2
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x60, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_1143:
# i_breakpoint_trampoline
    short jmp L3683
.db 0x00
    call L1236
    align 8
L3683:
# i_test_yield
    lea rdx, qword ptr [label_1143+24]
    dec r14
    jle L1234
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_1148
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+16], xmm0
# i_select_tuple_arity_SfI
    mov rsi, qword ptr [rbx+16]
    rex test sil, 1
    short jne label_1142
    mov esi, dword ptr [rsi-2]
    rex test sil, 63
    short jne label_1142
    cmp esi, 128
    je label_1146
    cmp esi, 192
    je label_1144
    short jne label_1142
# label_L
label_1144:
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_1142
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+32], xmm0
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+16]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+48], rdi
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+32]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+56], rdi
# is_eq_exact_fss
    mov rsi, qword ptr [rbx+48]
    mov rdi, qword ptr [rbx+56]
    cmp rdi, rsi
    short je L3684
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_1145
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_1145
L3684:
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L3685
    mov ecx, 7
.db 0x90
    call 140320710850576
L3685:
    sub rsp, 24
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+40]
    movups xmmword ptr [rsp], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rsp+16], rdi
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+32]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx], rdi
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+16]
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+14]
    movups xmmword ptr [rbx+8], xmm0
# swap_dd
    mov rdi, qword ptr [rbx]
    mov rsi, qword ptr [rbx+16]
    mov qword ptr [rbx+16], rdi
    mov qword ptr [rbx], rsi
# line_I
# i_call_f
.db 0x90
    call label_1137
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L3686
    mov ecx, 1
    call 140320710850576
L3686:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov rdi, qword ptr [rsp+8]
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
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 24
    jmp label_1143
# label_L
label_1145:
# is_ne_fss
    mov rsi, qword ptr [rbx+56]
    mov rdi, qword ptr [rbx+48]
    cmp rdi, rsi
    je label_1142
    mov eax, edi
    and eax, esi
    and al, 3
    cmp al, 3
    short je L3687
    call 140320710848744
    je label_1142
L3687:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L3688
    mov ecx, 6
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L3688:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rbx+8], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call label_1143
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L3689
    mov ecx, 1
    call 140320710850576
L3689:
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
    jl L1235
    ret
# label_L
label_1146:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+16]
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+6]
    movups xmmword ptr [rbx+32], xmm0
# is_eq_exact_fss
    cmp qword ptr [rbx+40], 11
    jne label_1147
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_1142
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+40], xmm0
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+40]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+40], rdi
# is_eq_exact_fss
    mov rsi, qword ptr [rbx+32]
    mov rdi, qword ptr [rbx+40]
    cmp rdi, rsi
    short je L3690
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_1147
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_1147
L3690:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L3691
    mov ecx, 7
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L3691:
# put_cons_ss
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp label_1143
# label_L
label_1147:
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_1142
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+16], xmm0
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+16]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+40], rdi
# is_ne_fss
    mov rsi, qword ptr [rbx+40]
    mov rdi, qword ptr [rbx+32]
    cmp rdi, rsi
    je label_1142
    mov eax, edi
    and eax, esi
    and al, 3
    cmp al, 3
    short je L3692
    call 140320710848744
    je label_1142
L3692:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L3693
    mov ecx, 4
.db 0x66, 0x90
    call 140320710850576
L3693:
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
    call label_1143
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L3694
    mov ecx, 1
    call 140320710850576
L3694:
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
    jl L1235
    ret
# label_L
label_1148:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_1142
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_1149:
# i_func_info_IaaI
# erlang:receive_allocator/3
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x60, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_1150:
# i_breakpoint_trampoline
    short jmp L3695
.db 0x00
    call L1236
    align 8
L3695:
# i_test_yield
    lea rdx, qword ptr [label_1150+24]
    dec r14
    jle L1234
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 15
    jne label_1151
# recv_marker_clear_S
    mov rsi, qword ptr [rbx]
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919178491968
    mov rsp, rbp
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L1235
    ret
# label_L
label_1151:
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L3696
    mov ecx, 3
.db 0x66, 0x90
    call 140320710850576
L3696:
    sub rsp, 24
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rsp], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+16], rdi
# recv_marker_use_S
    mov rsi, qword ptr [rbx]
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919178492864
    mov rsp, rbp
# aligned_label_Lt
    align 4
label_1152:
# i_loop_rec_f
    align 4
L3697:
    lea rdi, qword ptr [L3697]
    lea rsi, qword ptr [label_1154]
    call 140320710852712
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_1153
    cmp dword ptr [rsi-2], 192
    jne label_1153
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+8], rdi
# is_eq_exact_fss
    mov rsi, qword ptr [rsp+16]
    mov rdi, qword ptr [rbx+8]
    cmp rdi, rsi
    short je L3698
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_1153
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_1153
L3698:
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
# i_increment_SWd
    mov rsi, qword ptr [rsp+8]
    mov rdx, -16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L3699
    add rax, rdx
    short jno L3700
L3699:
    call 140320710853080
L3700:
    mov qword ptr [rsp+8], rax
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_trim_t
    add rsp, 8
# i_call_f
.db 0x66, 0x90
    call label_1143
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
    jmp label_1150
# label_L
label_1153:
# loop_rec_end_f
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919178491472
    mov rsp, rbp
    dec r14
    jmp label_1152
# aligned_label_Lt
    align 4
label_1154:
# wait_locked_f
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    lea rsi, qword ptr [label_1152]
    call 94919178213328
    mov rsp, rbp
    jmp 140320710854321
# func_line_I
# aligned_label_Lt
    align 8
label_1155:
# i_func_info_IaaI
# erlang:gather_gc_info_result/1
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x47, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
gather_gc_info_result/1:
# i_breakpoint_trampoline
    short jmp L3701
.db 0x00
    call L1236
    align 8
L3701:
# i_test_yield
    lea rdx, qword ptr [gather_gc_info_result/1+24]
    dec r14
    jle L1234
# is_reference_fs
    mov rax, qword ptr [rbx]
    test al, 1
    short jne label_1155
    mov eax, dword ptr [rax-2]
    and al, 63
    cmp al, 16
    short je L3702
    cmp al, 56
    short jne label_1155
L3702:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L3703
    mov ecx, 1
    call 140320710850576
L3703:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov qword ptr [rbx], 155787
# line_I
# call_light_bif_be
    align 4
L3704:
L3705:
    long mov rcx, 9223372036854775807
    mov rax, 94919178901248
    lea rdx, qword ptr [L3704]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
L3706:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 8
    jmp label_1158
# func_line_I
# aligned_label_Lt
    align 8
label_1157:
# i_func_info_IaaI
# erlang:gc_info/3
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x60, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_1158:
# i_breakpoint_trampoline
    short jmp L3707
.db 0x00
    call L1236
    align 8
L3707:
# i_test_yield
    lea rdx, qword ptr [label_1158+24]
    dec r14
    jle L1234
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 15
    jne label_1159
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L3708
    mov ecx, 3
.db 0x90
    call 140320710850576
L3708:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+16]
# get_two_tuple_elements_sPSS
    movups xmm0, xmmword ptr [rsi+6]
    movups xmmword ptr [rbx], xmm0
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
# (moving two elements at once)
    movups xmm0, xmmword ptr [rbx]
    movups xmmword ptr [r15+8], xmm0
    mov qword ptr [r15+24], 15
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 32
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L1235
    ret
# label_L
label_1159:
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L3709
    mov ecx, 3
    call 140320710850576
L3709:
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
label_1160:
# i_loop_rec_f
    align 4
L3710:
    lea rdi, qword ptr [L3710]
    lea rsi, qword ptr [label_1162]
    call 140320710852712
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_1161
    cmp dword ptr [rsi-2], 128
    jne label_1161
# get_two_tuple_elements_sPSS
    vpermilpd xmm0, xmmword ptr [rsi+6], 1
    vmovups xmmword ptr [rbx], xmm0
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_1161
    cmp dword ptr [rsi-2], 192
    jne label_1161
# is_eq_exact_fss
    mov rsi, qword ptr [rsp+16]
    mov rdi, qword ptr [rbx+8]
    cmp rdi, rsi
    short je L3711
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_1161
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_1161
L3711:
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
# i_increment_SWd
    mov rsi, qword ptr [rsp+8]
    mov rdx, -16
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L3712
    mov rax, rsi
    add rax, rdx
    short jno L3713
L3712:
    call 140320710853080
L3713:
    mov qword ptr [rbx+8], rax
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+16], rdi
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx+24], rdi
# i_plus_ssjd
    mov rsi, qword ptr [rbx+16]
    mov rdx, qword ptr [rbx+24]
# are both operands small?
    mov eax, esi
    and eax, edx
    and al, 15
    cmp al, 15
    short jne L3715
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L3714
L3715:
    call 140320710853728
L3714:
    mov qword ptr [rbx+16], rax
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx], rdi
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+24], rdi
# i_plus_ssjd
    mov rsi, qword ptr [rbx]
    mov rdx, qword ptr [rbx+24]
# are both operands small?
    mov eax, esi
    and eax, edx
    and al, 15
    cmp al, 15
    short jne L3717
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L3716
L3717:
    call 140320710853728
L3716:
    mov qword ptr [rbx], rax
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L3718
    mov ecx, 3
    call 140320710850576
L3718:
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
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 24
    jmp label_1158
# label_L
label_1161:
# loop_rec_end_f
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    call 94919178491472
    mov rsp, rbp
    dec r14
    jmp label_1160
# aligned_label_Lt
    align 4
label_1162:
# wait_locked_f
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    lea rsi, qword ptr [label_1160]
    call 94919178213328
    mov rsp, rbp
    jmp 140320710854321
# func_line_I
# aligned_label_Lt
    align 8
label_1163:
# i_func_info_IaaI
# erlang:'=='/2
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x37, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
'=='/2:
# i_breakpoint_trampoline
    short jmp L3719
.db 0x00
    call L1236
    align 8
L3719:
# call_bif_mfa_aaI
L3720:
    lea rsi, qword ptr ['=='/2-24]
    lea rdx, qword ptr [L3720]
    mov rcx, 94919178915952
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L3721
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L3721:
# call_light_bif_be
    align 4
L3722:
L3723:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L3722]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_1165:
# i_func_info_IaaI
# erlang:'=:='/2
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x37, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
'=:='/2:
# i_breakpoint_trampoline
    short jmp L3724
.db 0x00
    call L1236
    align 8
L3724:
# call_bif_mfa_aaI
L3725:
    lea rsi, qword ptr ['=:='/2-24]
    lea rdx, qword ptr [L3725]
    mov rcx, 94919178915904
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L3726
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L3726:
# call_light_bif_be
    align 4
L3727:
L3728:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L3727]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_1167:
# i_func_info_IaaI
# erlang:'/='/2
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x6B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
'/='/2:
# i_breakpoint_trampoline
    short jmp L3729
.db 0x00
    call L1236
    align 8
L3729:
# call_bif_mfa_aaI
L3730:
    lea rsi, qword ptr ['/='/2-24]
    lea rdx, qword ptr [L3730]
    mov rcx, 94919178916064
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L3731
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L3731:
# call_light_bif_be
    align 4
L3732:
L3733:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L3732]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_1169:
# i_func_info_IaaI
# erlang:'=/='/2
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x6B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
'=/='/2:
# i_breakpoint_trampoline
    short jmp L3734
.db 0x00
    call L1236
    align 8
L3734:
# call_bif_mfa_aaI
L3735:
    lea rsi, qword ptr ['=/='/2-24]
    lea rdx, qword ptr [L3735]
    mov rcx, 94919178916016
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L3736
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L3736:
# call_light_bif_be
    align 4
L3737:
L3738:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L3737]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_1171:
# i_func_info_IaaI
# erlang:'=<'/2
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x59, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
'=<'/2:
# i_breakpoint_trampoline
    short jmp L3739
.db 0x00
    call L1236
    align 8
L3739:
# call_bif_mfa_aaI
L3740:
    lea rsi, qword ptr ['=<'/2-24]
    lea rdx, qword ptr [L3740]
    mov rcx, 94919178915840
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L3741
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L3741:
# call_light_bif_be
    align 4
L3742:
L3743:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L3742]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_1173:
# i_func_info_IaaI
# erlang:'>='/2
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x46, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
'>='/2:
# i_breakpoint_trampoline
    short jmp L3744
.db 0x00
    call L1236
    align 8
L3744:
# call_bif_mfa_aaI
L3745:
    lea rsi, qword ptr ['>='/2-24]
    lea rdx, qword ptr [L3745]
    mov rcx, 94919178915712
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L3746
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L3746:
# call_light_bif_be
    align 4
L3747:
L3748:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L3747]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_1175:
# i_func_info_IaaI
# erlang:'<'/2
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x5D, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
'<'/2:
# i_breakpoint_trampoline
    short jmp L3749
.db 0x00
    call L1236
    align 8
L3749:
# call_bif_mfa_aaI
L3750:
    lea rsi, qword ptr ['<'/2-24]
    lea rdx, qword ptr [L3750]
    mov rcx, 94919178915776
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L3751
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L3751:
# call_light_bif_be
    align 4
L3752:
L3753:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L3752]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_1177:
# i_func_info_IaaI
# erlang:'>'/2
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x49, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
'>'/2:
# i_breakpoint_trampoline
    short jmp L3754
.db 0x00
    call L1236
    align 8
L3754:
# call_bif_mfa_aaI
L3755:
    lea rsi, qword ptr ['>'/2-24]
    lea rdx, qword ptr [L3755]
    mov rcx, 94919178915648
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L3756
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L3756:
# call_light_bif_be
    align 4
L3757:
L3758:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L3757]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_1179:
# i_func_info_IaaI
# erlang:'-'/1
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x66, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
'-'/1:
# i_breakpoint_trampoline
    short jmp L3759
.db 0x00
    call L1236
    align 8
L3759:
# call_bif_mfa_aaI
L3760:
    lea rsi, qword ptr ['-'/1-24]
    lea rdx, qword ptr [L3760]
    mov rcx, 94919179301824
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L3761
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L3761:
# call_light_bif_be
    align 4
L3762:
L3763:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L3762]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_1181:
# i_func_info_IaaI
# erlang:'+'/1
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x7D, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
'+'/1:
# i_breakpoint_trampoline
    short jmp L3764
.db 0x00
    call L1236
    align 8
L3764:
# call_bif_mfa_aaI
L3765:
    lea rsi, qword ptr ['+'/1-24]
    lea rdx, qword ptr [L3765]
    mov rcx, 94919179299648
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L3766
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L3766:
# call_light_bif_be
    align 4
L3767:
L3768:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L3767]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_1183:
# i_func_info_IaaI
# erlang:'-'/2
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x66, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
'-'/2:
# i_breakpoint_trampoline
    short jmp L3769
.db 0x00
    call L1236
    align 8
L3769:
# call_bif_mfa_aaI
L3770:
    lea rsi, qword ptr ['-'/2-24]
    lea rdx, qword ptr [L3770]
    mov rcx, 94919179302928
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L3771
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L3771:
# call_light_bif_be
    align 4
L3772:
L3773:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L3772]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_1185:
# i_func_info_IaaI
# erlang:'+'/2
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x7D, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
'+'/2:
# i_breakpoint_trampoline
    short jmp L3774
.db 0x00
    call L1236
    align 8
L3774:
# call_bif_mfa_aaI
L3775:
    lea rsi, qword ptr ['+'/2-24]
    lea rdx, qword ptr [L3775]
    mov rcx, 94919179301248
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L3776
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L3776:
# call_light_bif_be
    align 4
L3777:
L3778:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L3777]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_1187:
# i_func_info_IaaI
# erlang:'/'/2
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x31, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
'/'/2:
# i_breakpoint_trampoline
    short jmp L3779
.db 0x00
    call L1236
    align 8
L3779:
# call_bif_mfa_aaI
L3780:
    lea rsi, qword ptr ['/'/2-24]
    lea rdx, qword ptr [L3780]
    mov rcx, 94919179304992
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L3781
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L3781:
# call_light_bif_be
    align 4
L3782:
L3783:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L3782]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_1189:
# i_func_info_IaaI
# erlang:'*'/2
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xA5, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
'*'/2:
# i_breakpoint_trampoline
    short jmp L3784
.db 0x00
    call L1236
    align 8
L3784:
# call_bif_mfa_aaI
L3785:
    lea rsi, qword ptr ['*'/2-24]
    lea rdx, qword ptr [L3785]
    mov rcx, 94919179304192
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L3786
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L3786:
# call_light_bif_be
    align 4
L3787:
L3788:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L3787]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_1191:
# i_func_info_IaaI
# erlang:div/2
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x31, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
div/2:
# i_breakpoint_trampoline
    short jmp L3789
.db 0x00
    call L1236
    align 8
L3789:
# call_bif_mfa_aaI
L3790:
    lea rsi, qword ptr [div/2-24]
    lea rdx, qword ptr [L3790]
    mov rcx, 94919179308144
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L3791
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L3791:
# call_light_bif_be
    align 4
L3792:
L3793:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L3792]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_1193:
# i_func_info_IaaI
# erlang:rem/2
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x8B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
rem/2:
# i_breakpoint_trampoline
    short jmp L3794
.db 0x00
    call L1236
    align 8
L3794:
# call_bif_mfa_aaI
L3795:
    lea rsi, qword ptr [rem/2-24]
    lea rdx, qword ptr [L3795]
    mov rcx, 94919179309696
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L3796
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L3796:
# call_light_bif_be
    align 4
L3797:
L3798:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L3797]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_1195:
# i_func_info_IaaI
# erlang:bsl/2
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x1B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
bsl/2:
# i_breakpoint_trampoline
    short jmp L3799
.db 0x00
    call L1236
    align 8
L3799:
# call_bif_mfa_aaI
L3800:
    lea rsi, qword ptr [bsl/2-24]
    lea rdx, qword ptr [L3800]
    mov rcx, 94919179299744
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L3801
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L3801:
# call_light_bif_be
    align 4
L3802:
L3803:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L3802]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_1197:
# i_func_info_IaaI
# erlang:bsr/2
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x1B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
bsr/2:
# i_breakpoint_trampoline
    short jmp L3804
.db 0x00
    call L1236
    align 8
L3804:
# call_bif_mfa_aaI
L3805:
    lea rsi, qword ptr [bsr/2-24]
    lea rdx, qword ptr [L3805]
    mov rcx, 94919179299760
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L3806
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L3806:
# call_light_bif_be
    align 4
L3807:
L3808:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L3807]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_1199:
# i_func_info_IaaI
# erlang:bor/2
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x1A, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
bor/2:
# i_breakpoint_trampoline
    short jmp L3809
.db 0x00
    call L1236
    align 8
L3809:
# call_bif_mfa_aaI
L3810:
    lea rsi, qword ptr [bor/2-24]
    lea rdx, qword ptr [L3810]
    mov rcx, 94919179312112
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L3811
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L3811:
# call_light_bif_be
    align 4
L3812:
L3813:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L3812]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_1201:
# i_func_info_IaaI
# erlang:band/2
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x16, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
band/2:
# i_breakpoint_trampoline
    short jmp L3814
.db 0x00
    call L1236
    align 8
L3814:
# call_bif_mfa_aaI
L3815:
    lea rsi, qword ptr [band/2-24]
    lea rdx, qword ptr [L3815]
    mov rcx, 94919179310928
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L3816
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L3816:
# call_light_bif_be
    align 4
L3817:
L3818:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L3817]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_1203:
# i_func_info_IaaI
# erlang:bxor/2
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x1A, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
bxor/2:
# i_breakpoint_trampoline
    short jmp L3819
.db 0x00
    call L1236
    align 8
L3819:
# call_bif_mfa_aaI
L3820:
    lea rsi, qword ptr [bxor/2-24]
    lea rdx, qword ptr [L3820]
    mov rcx, 94919179313296
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L3821
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L3821:
# call_light_bif_be
    align 4
L3822:
L3823:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L3822]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_1205:
# i_func_info_IaaI
# erlang:bnot/1
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x1A, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
bnot/1:
# i_breakpoint_trampoline
    short jmp L3824
.db 0x00
    call L1236
    align 8
L3824:
# call_bif_mfa_aaI
L3825:
    lea rsi, qword ptr [bnot/1-24]
    lea rdx, qword ptr [L3825]
    mov rcx, 94919179299792
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L3826
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L3826:
# call_light_bif_be
    align 4
L3827:
L3828:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L3827]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_1207:
# i_func_info_IaaI
# erlang:'--'/2
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x66, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
'--'/2:
# i_breakpoint_trampoline
    short jmp L3829
.db 0x00
    call L1236
    align 8
L3829:
# call_bif_mfa_aaI
L3830:
    lea rsi, qword ptr ['--'/2-24]
    lea rdx, qword ptr [L3830]
    mov rcx, 94919178927888
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L3831
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L3831:
# call_light_bif_be
    align 4
L3832:
L3833:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L3832]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_1209:
# i_func_info_IaaI
# erlang:'++'/2
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x7E, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
'++'/2:
# i_breakpoint_trampoline
    short jmp L3834
.db 0x00
    call L1236
    align 8
L3834:
# call_bif_mfa_aaI
L3835:
    lea rsi, qword ptr ['++'/2-24]
    lea rdx, qword ptr [L3835]
    mov rcx, 94919178927824
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L3836
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L3836:
# call_light_bif_be
    align 4
L3837:
L3838:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L3837]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_1211:
# i_func_info_IaaI
# erlang:and/2
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x0C, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
and/2:
# i_breakpoint_trampoline
    short jmp L3839
.db 0x00
    call L1236
    align 8
L3839:
# call_bif_mfa_aaI
L3840:
    lea rsi, qword ptr [and/2-24]
    lea rdx, qword ptr [L3840]
    mov rcx, 94919178915344
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L3841
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L3841:
# call_light_bif_be
    align 4
L3842:
L3843:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L3842]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_1213:
# i_func_info_IaaI
# erlang:or/2
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x79, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
or/2:
# i_breakpoint_trampoline
    short jmp L3844
.db 0x00
    call L1236
    align 8
L3844:
# call_bif_mfa_aaI
L3845:
    lea rsi, qword ptr [or/2-24]
    lea rdx, qword ptr [L3845]
    mov rcx, 94919178915424
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L3846
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L3846:
# call_light_bif_be
    align 4
L3847:
L3848:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L3847]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_1215:
# i_func_info_IaaI
# erlang:xor/2
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xB2, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
xor/2:
# i_breakpoint_trampoline
    short jmp L3849
.db 0x00
    call L1236
    align 8
L3849:
# call_bif_mfa_aaI
L3850:
    lea rsi, qword ptr [xor/2-24]
    lea rdx, qword ptr [L3850]
    mov rcx, 94919178915488
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L3851
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L3851:
# call_light_bif_be
    align 4
L3852:
L3853:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L3852]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_1217:
# i_func_info_IaaI
# erlang:not/1
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x73, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
not/1:
# i_breakpoint_trampoline
    short jmp L3854
.db 0x00
    call L1236
    align 8
L3854:
# call_bif_mfa_aaI
L3855:
    lea rsi, qword ptr [not/1-24]
    lea rdx, qword ptr [L3855]
    mov rcx, 94919178915584
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L3856
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L3856:
# call_light_bif_be
    align 4
L3857:
L3858:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L3857]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_1219:
# i_func_info_IaaI
# erlang:'!'/2
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xDB, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
'!'/2:
# i_breakpoint_trampoline
    short jmp L3859
.db 0x00
    call L1236
    align 8
L3859:
# call_bif_mfa_aaI
L3860:
    lea rsi, qword ptr ['!'/2-24]
    lea rdx, qword ptr [L3860]
    mov rcx, 94919179095728
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 907
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L3861
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L3861:
# call_light_bif_be
    align 4
L3862:
L3863:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L3862]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_1221:
# i_func_info_IaaI
# erlang:ensure_tracer_module_loaded/2
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x61, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_1222:
# i_breakpoint_trampoline
    short jmp L3864
.db 0x00
    call L1236
    align 8
L3864:
# i_test_yield
    lea rdx, qword ptr [label_1222+24]
    dec r14
    jle L1234
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L3865
    mov ecx, 2
    call 140320710850576
L3865:
    sub rsp, 24
# init_yregs_I
    mov qword ptr [rsp], 59
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# catch_yf
    inc qword ptr [r13+264]
L3866:
    mov eax, 2147483647
    mov qword ptr [rsp+16], rax
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx+8], 31
# line_I
# call_light_bif_be
    align 4
L3867:
L3868:
    long mov rcx, 9223372036854775807
    mov rax, 94919178929168
    lea rdx, qword ptr [L3867]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# try_end_y
    dec qword ptr [r13+264]
    mov qword ptr [rsp+16], 59
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_1224
    cmp dword ptr [rsi-2], 192
    jne label_1224
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx], rdi
# is_eq_exact_fss
# simplified check since one argument is an immediate
    mov rdi, qword ptr [rsp+8]
    cmp qword ptr [rbx], rdi
    jne label_1224
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rsp+16], rdi
# is_atom_fs
    mov rax, qword ptr [rsp+16]
    and al, 63
    cmp al, 11
    jne label_1224
# init_yregs_I
    mov qword ptr [rsp+8], 59
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L3869:
L3870:
    long mov rcx, 9223372036854775807
    mov rax, 94919178658816
    lea rdx, qword ptr [L3869]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 11
    je label_1223
    cmp rsi, 75
    je label_1224
    jmp label_1226
# label_L
label_1223:
# self_d
    mov rdi, qword ptr [r13]
    mov qword ptr [rbx+8], rdi
# load_tuple_ptr_s
    mov rsi, qword ptr [rsp]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov qword ptr [rbx+32], 13899
# i_move_sd
    mov qword ptr [rbx], 43211
# line_I
# apply_last_tt
    add rsp, 24
    align 4
L3872:
    mov edx, 3
    movq xmm0, r15
    movq xmm1, rsp
    punpcklqdq xmm0, xmm1
    movups xmmword ptr [r13+80], xmm0
    mov qword ptr [r13+104], r14
    lea rsp, qword ptr [rbx-128]
    mov rdi, r13
    mov rsi, rbx
    lea rcx, qword ptr [L3872]
    xor r8d, r8d
    call 94919178644032
    mov rsp, qword ptr [r13+88]
    mov r15, qword ptr [r13+80]
    mov r14, qword ptr [r13+104]
    test rax, rax
    short jne L3871
    lea rsi, qword ptr [L3872]
    mov rcx, 94919181695328
    push rsi
    jmp 140320710854368
L3871:
    jmp qword ptr [rax+r12*8]
# label_L
label_1224:
# i_move_sd
    mov qword ptr [rbx], 30603
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L1235
    ret
# label_L
label_1225:
# try_case_y
    dec qword ptr [r13+264]
    mov rax, qword ptr [rbx+24]
    mov qword ptr [rbx], rax
# i_move_sd
    mov qword ptr [rbx], 30603
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L1235
    ret
# label_L
label_1226:
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
label_1227:
# i_func_info_IaaI
# erlang:module_info/0
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x66, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
module_info/0:
# i_breakpoint_trampoline
    short jmp L3873
.db 0x00
    call L1236
    align 8
L3873:
# i_test_yield
    lea rdx, qword ptr [module_info/0+24]
    dec r14
    jle L1234
# i_move_sd
    mov qword ptr [rbx], 14667
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L3874
    mov ecx, 1
.db 0x90
    call 140320710850576
L3874:
# call_light_bif_be
    align 4
L3875:
L3876:
    long mov rcx, 9223372036854775807
    mov rax, 94919178912304
    lea rdx, qword ptr [L3875]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_1229:
# i_func_info_IaaI
# erlang:module_info/1
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x66, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
module_info/1:
# i_breakpoint_trampoline
    short jmp L3877
.db 0x00
    call L1236
    align 8
L3877:
# i_test_yield
    lea rdx, qword ptr [module_info/1+24]
    dec r14
    jle L1234
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx], 14667
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L3878
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L3878:
# call_light_bif_be
    align 4
L3879:
L3880:
    long mov rcx, 9223372036854775807
    mov rax, 94919178913216
    lea rdx, qword ptr [L3879]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1235
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_1231:
# i_func_info_IaaI
# erlang:'-inlined-error_with_inherited_info/3-'/3
    call L1233
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0x39, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x61, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
label_1232:
# i_breakpoint_trampoline
    short jmp L3881
.db 0x00
    call L1236
    align 8
L3881:
# i_test_yield
    lea rdx, qword ptr [label_1232+24]
    dec r14
    jle L1234
# jump_f
    short jmp label_1231
# int_code_end
L3882:
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, 94919180896308
    call 94919178184336
.section .rodata {#1}
str:
.db 0x46, 0x4F, 0x52, 0x31
.section .text {#0}
.section .rodata {#1}
md5:
.db 0x7E, 0x6A, 0xDC, 0x06, 0xDD, 0x2A, 0x95, 0xE1, 0xAD, 0x05, 0x01, 0xDC, 0x14, 0x36, 0x85, 0xF3
.section .text {#0}
