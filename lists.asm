    align 8
L1112:
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
L1113:
    jmp 140320710851944
    align 8
L1114:
    jmp 140320710853048
    align 8
L1115:
    jmp 140320710850344
    align 16
L1116:
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
# lists:keyfind/3
    call L1113
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xE8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xE9, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
keyfind/3:
# i_breakpoint_trampoline
    short jmp L1117
.db 0x00
    call L1116
    align 8
L1117:
# call_bif_mfa_aaI
L1118:
    lea rsi, qword ptr [keyfind/3-24]
    lea rdx, qword ptr [L1118]
    mov rcx, 94919178929168
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 43851
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1119
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1119:
# call_light_bif_be
    align 4
L1120:
L1121:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L1120]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1115
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_3:
# i_func_info_IaaI
# lists:keymember/3
    call L1113
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xE8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xE8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
keymember/3:
# i_breakpoint_trampoline
    short jmp L1122
.db 0x00
    call L1116
    align 8
L1122:
# call_bif_mfa_aaI
L1123:
    lea rsi, qword ptr [keymember/3-24]
    lea rdx, qword ptr [L1123]
    mov rcx, 94919178928928
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 43851
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1124
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1124:
# call_light_bif_be
    align 4
L1125:
L1126:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L1125]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1115
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_5:
# i_func_info_IaaI
# lists:keysearch/3
    call L1113
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xE8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xE9, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
keysearch/3:
# i_breakpoint_trampoline
    short jmp L1127
.db 0x00
    call L1116
    align 8
L1127:
# call_bif_mfa_aaI
L1128:
    lea rsi, qword ptr [keysearch/3-24]
    lea rdx, qword ptr [L1128]
    mov rcx, 94919178928992
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 43851
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1129
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1129:
# call_light_bif_be
    align 4
L1130:
L1131:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L1130]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1115
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_7:
# i_func_info_IaaI
# lists:member/2
    call L1113
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xE8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xE1, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
member/2:
# i_breakpoint_trampoline
    short jmp L1132
.db 0x00
    call L1116
    align 8
L1132:
# call_bif_mfa_aaI
L1133:
    lea rsi, qword ptr [member/2-24]
    lea rdx, qword ptr [L1133]
    mov rcx, 94919178927952
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 43851
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1134
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1134:
# call_light_bif_be
    align 4
L1135:
L1136:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L1135]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1115
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_9:
# i_func_info_IaaI
# lists:reverse/2
    call L1113
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xE8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xE8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
reverse/2:
# i_breakpoint_trampoline
    short jmp L1137
.db 0x00
    call L1116
    align 8
L1137:
# call_bif_mfa_aaI
L1138:
    lea rsi, qword ptr [reverse/2-24]
    lea rdx, qword ptr [L1138]
    mov rcx, 94919178928352
    jmp 140320710849272
# i_move_sd
    mov qword ptr [rbx], 43851
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1139
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1139:
# call_light_bif_be
    align 4
L1140:
L1141:
    long mov rcx, 9223372036854775807
    mov rax, 94919179090304
    lea rdx, qword ptr [L1140]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1115
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_11:
# i_func_info_IaaI
# lists:append/2
    call L1113
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xE8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xDB, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
append/2:
# i_breakpoint_trampoline
    short jmp L1142
.db 0x00
    call L1116
    align 8
L1142:
# i_test_yield
    lea rdx, qword ptr [append/2+24]
    dec r14
    jle L1114
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1143
    mov ecx, 2
    call 140320710850576
L1143:
# call_light_bif_be
    align 4
L1144:
L1145:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927824
    lea rdx, qword ptr [L1144]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1115
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_13:
# i_func_info_IaaI
# lists:append/1
    call L1113
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xE8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xDB, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
append/1:
# i_breakpoint_trampoline
    short jmp L1146
.db 0x00
    call L1116
    align 8
L1146:
# i_test_yield
    lea rdx, qword ptr [append/1+24]
    dec r14
    jle L1114
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_16
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx], xmm0
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_15
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L1115
    ret
# label_L
label_15:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1147
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1147:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call append/1
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# call_light_bif_be
    align 4
L1148:
L1149:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927824
    lea rdx, qword ptr [L1148]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L1115
    ret
# label_L
label_16:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_13
# return
    dec r14
    jl L1115
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_17:
# i_func_info_IaaI
# lists:subtract/2
    call L1113
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xE8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xDB, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
subtract/2:
# i_breakpoint_trampoline
    short jmp L1150
.db 0x00
    call L1116
    align 8
L1150:
# i_test_yield
    lea rdx, qword ptr [subtract/2+24]
    dec r14
    jle L1114
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1151
    mov ecx, 2
    call 140320710850576
L1151:
# call_light_bif_be
    align 4
L1152:
L1153:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927888
    lea rdx, qword ptr [L1152]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1115
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_19:
# i_func_info_IaaI
# lists:reverse/1
    call L1113
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xE8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xE8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
reverse/1:
# i_breakpoint_trampoline
    short jmp L1154
.db 0x00
    call L1116
    align 8
L1154:
# i_test_yield
    lea rdx, qword ptr [reverse/1+24]
    dec r14
    jle L1114
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_23
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+8], xmm0
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+16]
    test al, 2
    jne label_22
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx], rsi
    mov qword ptr [rbx+16], rdx
# is_nil_fS
    cmp qword ptr [rbx+16], 59
    jne label_21
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1155
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1155:
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
    jl L1115
    ret
# label_L
label_21:
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1156
    mov ecx, 3
.db 0x66, 0x90
    call 140320710850576
L1156:
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
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1157
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1157:
# call_light_bif_be
    align 4
L1158:
L1159:
    long mov rcx, 9223372036854775807
    mov rax, 94919178928352
    lea rdx, qword ptr [L1158]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1115
    ret
# label_L
label_22:
# is_nil_fS
    cmp qword ptr [rbx+16], 59
    jne label_19
# return
    dec r14
    jl L1115
    ret
# label_L
label_23:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_19
# return
    dec r14
    jl L1115
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_24:
# i_func_info_IaaI
# lists:nth/2
    call L1113
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xE8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xFC, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
nth/2:
# i_breakpoint_trampoline
    short jmp L1160
.db 0x00
    call L1116
    align 8
L1160:
# i_test_yield
    lea rdx, qword ptr [nth/2+24]
    dec r14
    jle L1114
# is_eq_exact_fss
    cmp qword ptr [rbx], 31
    jne label_26
# is_nonempty_list_get_hd_fSd
    mov rax, qword ptr [rbx+8]
    test al, 2
    short jne label_24
    mov rsi, qword ptr [rax-1]
    mov qword ptr [rbx], rsi
# return
    dec r14
    jl L1115
    ret
# label_L
label_26:
# is_nonempty_list_get_tl_fSd
    mov rax, qword ptr [rbx+8]
    test al, 2
    short jne label_24
    mov rsi, qword ptr [rax+7]
    mov qword ptr [rbx+16], rsi
# is_lt_fss
    mov rsi, qword ptr [rbx]
    mov edi, 31
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L1161
    cmp rdi, rsi
    short jmp L1162
L1161:
    call 140320710848608
L1162:
    jge label_24
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rbx]
    mov rdx, -16
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L1163
    mov rax, rsi
    add rax, rdx
    short jno L1164
L1163:
    call 140320710853080
L1164:
    mov qword ptr [rbx], rax
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx+8], rdi
# i_call_only_f
    jmp nth/2
# func_line_I
# aligned_label_Lt
    align 8
label_27:
# i_func_info_IaaI
# lists:nthtail/2
    call L1113
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xE8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x4B, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
nthtail/2:
# i_breakpoint_trampoline
    short jmp L1165
.db 0x00
    call L1116
    align 8
L1165:
# i_test_yield
    lea rdx, qword ptr [nthtail/2+24]
    dec r14
    jle L1114
# is_eq_exact_fss
    cmp qword ptr [rbx], 31
    jne label_29
# is_nonempty_list_get_tl_fSd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_30
    mov rsi, qword ptr [rax+7]
    mov qword ptr [rbx], rsi
# return
    dec r14
    jl L1115
    ret
# label_L
label_29:
# is_nonempty_list_get_tl_fSd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_30
    mov rsi, qword ptr [rax+7]
    mov qword ptr [rbx+16], rsi
# is_lt_fss
    mov rsi, qword ptr [rbx]
    mov edi, 31
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L1166
    cmp rdi, rsi
    short jmp L1167
L1166:
    call 140320710848608
L1167:
    jge label_30
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rbx]
    mov rdx, -16
    mov eax, esi
    and al, 15
    cmp al, 15
    short jne L1168
    mov rax, rsi
    add rax, rdx
    short jno L1169
L1168:
    call 140320710853080
L1169:
    mov qword ptr [rbx], rax
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx+8], rdi
# i_call_only_f
    jmp nthtail/2
# label_L
label_30:
# is_eq_exact_fss
    cmp qword ptr [rbx], 15
    jne label_27
# is_list_fs
    mov rax, qword ptr [rbx+8]
    cmp rax, 59
    short je L1170
    test al, 2
    jne label_27
L1170:
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L1115
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_31:
# i_func_info_IaaI
# lists:prefix/2
    call L1113
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xE8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x19, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
prefix/2:
# i_breakpoint_trampoline
    short jmp L1171
.db 0x00
    call L1116
    align 8
L1171:
# i_test_yield
    lea rdx, qword ptr [prefix/2+24]
    dec r14
    jle L1114
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_34
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+16], xmm0
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_33
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+32], xmm0
# is_eq_exact_fss
    mov rsi, qword ptr [rbx+16]
    mov rdi, qword ptr [rbx+32]
    cmp rdi, rsi
    short je L1172
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_33
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_33
L1172:
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp prefix/2
# label_L
label_33:
# is_list_fs
    mov rax, qword ptr [rbx+8]
    cmp rax, 59
    short je L1173
    test al, 2
    jne label_31
L1173:
# i_move_sd
    mov qword ptr [rbx], 11
# return
    dec r14
    jl L1115
    ret
# label_L
label_34:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_31
# is_list_fs
    mov rax, qword ptr [rbx+8]
    cmp rax, 59
    short je L1174
    test al, 2
    jne label_31
L1174:
# i_move_sd
    mov qword ptr [rbx], 75
# return
    dec r14
    jl L1115
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_35:
# i_func_info_IaaI
# lists:suffix/2
    call L1113
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xE8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x31, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
suffix/2:
# i_breakpoint_trampoline
    short jmp L1175
.db 0x00
    call L1116
    align 8
L1175:
# line_I
# i_test_yield
    lea rdx, qword ptr [suffix/2+24]
    dec r14
    jle L1114
# i_length_setup_jts
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx+16], rdi
    mov qword ptr [rbx+24], 15
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx+32], rdi
# i_length_jtd
    align 4
L1176:
    mov esi, 2
    lea rdx, qword ptr [L1176]
    call 140320710852592
    mov qword ptr [rbx+16], rax
# i_length_setup_jts
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+24], rdi
    mov qword ptr [rbx+32], 15
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+40], rdi
# i_length_jtd
    align 4
L1177:
    mov esi, 3
    lea rdx, qword ptr [L1177]
    call 140320710852592
    mov qword ptr [rbx+24], rax
# i_minus_ssjd
# subtract without overflow check
    mov rax, qword ptr [rbx+16]
    mov rsi, qword ptr [rbx+24]
    and rsi, -16
    sub rax, rsi
    mov qword ptr [rbx+16], rax
# is_ge_fss
    mov esi, 15
    mov rdi, qword ptr [rbx+16]
# skipped test for small operands since they are always small
    cmp rdi, rsi
L1178:
L1179:
    jl label_37
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1180
    mov ecx, 3
.db 0x90
    call 140320710850576
L1180:
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
    call nthtail/2
# bif_is_eq_exact_Ssd
    mov eax, 75
    mov rdi, qword ptr [rsp]
    cmp qword ptr [rbx], rdi
    je L1181
    mov rdi, qword ptr [rbx]
    mov rsi, qword ptr [rsp]
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test rax, rax
    mov eax, 75
    mov edi, 11
    cmove rax, rdi
L1181:
    mov qword ptr [rbx], rax
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L1115
    ret
# label_L
label_37:
# i_move_sd
    mov qword ptr [rbx], 11
# return
    dec r14
    jl L1115
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_38:
# i_func_info_IaaI
# lists:droplast/1
    call L1113
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xE8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x5E, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
droplast/1:
# i_breakpoint_trampoline
    short jmp L1182
.db 0x00
    call L1116
    align 8
L1182:
# i_test_yield
    lea rdx, qword ptr [droplast/1+24]
    dec r14
    jle L1114
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    short jne label_38
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx], xmm0
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_40
# return
    dec r14
    jl L1115
    ret
# label_L
label_40:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1183
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L1183:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call droplast/1
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1184
    mov ecx, 1
    call 140320710850576
L1184:
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
    jl L1115
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_41:
# i_func_info_IaaI
# lists:last/1
    call L1113
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xE8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xE0, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
last/1:
# i_breakpoint_trampoline
    short jmp L1185
.db 0x00
    call L1116
    align 8
L1185:
# i_test_yield
    lea rdx, qword ptr [last/1+24]
    dec r14
    jle L1114
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    short jne label_41
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx], xmm0
# i_call_only_f
    jmp last/2
# func_line_I
# aligned_label_Lt
    align 8
label_43:
# i_func_info_IaaI
# lists:last/2
    call L1113
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xE8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0xE0, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
last/2:
# i_breakpoint_trampoline
    short jmp L1186
.db 0x00
    call L1116
    align 8
L1186:
# i_test_yield
    lea rdx, qword ptr [last/2+24]
    dec r14
    jle L1114
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_45
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx], xmm0
# i_call_only_f
    short jmp last/2
# label_L
label_45:
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    short jne label_43
# return
    dec r14
    jl L1115
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_46:
# i_func_info_IaaI
# lists:seq/2
    call L1113
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xE8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x32, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
seq/2:
# i_breakpoint_trampoline
    short jmp L1187
.db 0x00
    call L1116
    align 8
L1187:
# i_test_yield
    lea rdx, qword ptr [seq/2+24]
    dec r14
    jle L1114
# is_integer_fs
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L1188
    test al, 1
    short jne label_46
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    short jne label_46
L1188:
# is_integer_fs
    mov rdi, qword ptr [rbx+8]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L1189
    test al, 1
    short jne label_46
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    short jne label_46
L1189:
# i_plus_ssjd
    mov rsi, qword ptr [rbx]
    mov rdx, -1
# simplified test for small operands since both are numbers
    test esi, 1
    short je L1191
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L1190
L1191:
    call 140320710853792
    je label_46
L1190:
    mov qword ptr [rbx+16], rax
# is_ge_fss
    mov rsi, qword ptr [rbx+16]
    mov rdi, qword ptr [rbx+8]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L1192
    cmp rdi, rsi
    short jmp L1193
L1192:
    call 140320710848608
L1193:
    jl label_46
# line_I
# i_minus_ssjd
    mov rsi, qword ptr [rbx+8]
    mov rdx, qword ptr [rbx]
# simplified test for small operands since both are numbers
    mov eax, esi
    and eax, edx
    test al, 1
    short je L1195
# sub with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    sub rax, rcx
    short jno L1194
L1195:
    call 140320710853584
L1194:
    mov qword ptr [rbx], rax
# i_increment_SWd
    mov rsi, qword ptr [rbx]
    mov edx, 16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L1196
    add rax, rdx
    short jno L1197
L1196:
    call 140320710853080
L1197:
    mov qword ptr [rbx], rax
# i_move_sd
    mov qword ptr [rbx+16], 59
# i_call_only_f
    jmp seq_loop/3
# func_line_I
# aligned_label_Lt
    align 8
label_48:
# i_func_info_IaaI
# lists:seq_loop/3
    call L1113
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xE8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x32, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
seq_loop/3:
# i_breakpoint_trampoline
    short jmp L1198
.db 0x00
    call L1116
    align 8
L1198:
# i_test_yield
    lea rdx, qword ptr [seq_loop/3+24]
    dec r14
    jle L1114
# is_ge_fss
    mov esi, 79
    mov rdi, qword ptr [rbx]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L1199
    cmp rdi, rsi
    short jmp L1200
L1199:
    call 140320710848608
L1200:
    jl label_50
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rbx]
    mov rdx, -64
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L1201
    add rax, rdx
    short jno L1202
L1201:
    call 140320710853080
L1202:
    mov qword ptr [rbx], rax
# i_increment_SWd
    mov rsi, qword ptr [rbx+8]
    mov rdx, -64
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L1203
    add rax, rdx
    short jno L1204
L1203:
    call 140320710853080
L1204:
    mov qword ptr [rbx+24], rax
# i_increment_SWd
    mov rsi, qword ptr [rbx+8]
    mov rdx, -48
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L1205
    add rax, rdx
    short jno L1206
L1205:
    call 140320710853080
L1206:
    mov qword ptr [rbx+32], rax
# i_increment_SWd
    mov rsi, qword ptr [rbx+8]
    mov rdx, -32
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L1207
    add rax, rdx
    short jno L1208
L1207:
    call 140320710853080
L1208:
    mov qword ptr [rbx+40], rax
# i_increment_SWd
    mov rsi, qword ptr [rbx+8]
    mov rdx, -16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L1209
    add rax, rdx
    short jno L1210
L1209:
    call 140320710853080
L1210:
    mov qword ptr [rbx+48], rax
# test_heap_It
    lea rdx, qword ptr [r15+96]
    cmp rdx, rsp
    short jbe L1211
    mov ecx, 7
    call 140320710850576
L1211:
# put_cons_ss
# (put head and tail together)
    movups xmm0, xmmword ptr [rbx+8]
    movups xmmword ptr [r15], xmm0
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# append_cons_Is
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [r15+32], rdi
    mov qword ptr [r15+40], rsi
    lea rsi, qword ptr [r15+33]
# store_cons_Id
    add r15, 48
    mov qword ptr [rbx+8], rsi
# append_cons_Is
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], rsi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+16], rsi
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx+8], rdi
# i_call_only_f
    jmp seq_loop/3
# label_L
label_50:
# is_ge_fss
    mov esi, 47
    mov rdi, qword ptr [rbx]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L1212
    cmp rdi, rsi
    short jmp L1213
L1212:
    call 140320710848608
L1213:
    jl label_51
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rbx]
    mov rdx, -32
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L1214
    add rax, rdx
    short jno L1215
L1214:
    call 140320710853080
L1215:
    mov qword ptr [rbx], rax
# i_increment_SWd
    mov rsi, qword ptr [rbx+8]
    mov rdx, -32
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L1216
    add rax, rdx
    short jno L1217
L1216:
    call 140320710853080
L1217:
    mov qword ptr [rbx+24], rax
# i_increment_SWd
    mov rsi, qword ptr [rbx+8]
    mov rdx, -16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L1218
    add rax, rdx
    short jno L1219
L1218:
    call 140320710853080
L1219:
    mov qword ptr [rbx+32], rax
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1220
    mov ecx, 5
.db 0x66, 0x90
    call 140320710850576
L1220:
# put_cons_ss
# (put head and tail together)
    movups xmm0, xmmword ptr [rbx+8]
    movups xmmword ptr [r15], xmm0
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# append_cons_Is
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], rsi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+16], rsi
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx+8], rdi
# i_call_only_f
    jmp seq_loop/3
# label_L
label_51:
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 15
    je label_53
    cmp rsi, 31
    je label_52
    jmp label_48
# label_L
label_52:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1221
    mov ecx, 3
    call 140320710850576
L1221:
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
    jl L1115
    ret
# label_L
label_53:
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L1115
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_54:
# i_func_info_IaaI
# lists:seq/3
    call L1113
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xE8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x32, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
seq/3:
# i_breakpoint_trampoline
    short jmp L1222
.db 0x00
    call L1116
    align 8
L1222:
# i_test_yield
    lea rdx, qword ptr [seq/3+24]
    dec r14
    jle L1114
# is_integer_fs
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L1223
    test al, 1
    jne label_59
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_59
L1223:
# is_integer_fs
    mov rdi, qword ptr [rbx+8]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L1224
    test al, 1
    jne label_58
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_58
L1224:
# is_integer_fs
    mov rdi, qword ptr [rbx+16]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L1225
    test al, 1
    jne label_58
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_58
L1225:
# is_lt_fss
    mov rsi, qword ptr [rbx+16]
    mov edi, 15
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L1226
    cmp rdi, rsi
    short jmp L1227
L1226:
    call 140320710848608
L1227:
    jge label_56
# i_minus_ssjd
    mov rsi, qword ptr [rbx]
    mov rdx, qword ptr [rbx+16]
# simplified test for small operands since both are numbers
    mov eax, esi
    and eax, edx
    test al, 1
    short je L1229
# sub with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    sub rax, rcx
    short jno L1228
L1229:
    call 140320710853648
    je label_58
L1228:
    mov qword ptr [rbx+24], rax
# is_lt_fss
    mov rsi, qword ptr [rbx+24]
    mov rdi, qword ptr [rbx+8]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L1230
    cmp rdi, rsi
    short jmp L1231
L1230:
    call 140320710848608
L1231:
    jge label_57
# label_L
label_56:
# is_lt_fss
    mov esi, 15
    mov rdi, qword ptr [rbx+16]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L1232
    cmp rdi, rsi
    short jmp L1233
L1232:
    call 140320710848608
L1233:
    jge label_58
# i_minus_ssjd
    mov rsi, qword ptr [rbx]
    mov rdx, qword ptr [rbx+16]
# simplified test for small operands since both are numbers
    mov eax, esi
    and eax, edx
    test al, 1
    short je L1235
# sub with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    sub rax, rcx
    short jno L1234
L1235:
    call 140320710853648
    je label_58
L1234:
    mov qword ptr [rbx+24], rax
# is_ge_fss
    mov rsi, qword ptr [rbx+8]
    mov rdi, qword ptr [rbx+24]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L1236
    cmp rdi, rsi
    short jmp L1237
L1236:
    call 140320710848608
L1237:
    jl label_58
# label_L
label_57:
# line_I
# i_minus_ssjd
    mov rsi, qword ptr [rbx+8]
    mov rdx, qword ptr [rbx]
# simplified test for small operands since both are numbers
    mov eax, esi
    and eax, edx
    test al, 1
    short je L1239
# sub with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    sub rax, rcx
    short jno L1238
L1239:
    call 140320710853584
L1238:
    mov qword ptr [rbx+8], rax
# i_plus_ssjd
    mov rsi, qword ptr [rbx+8]
    mov rdx, qword ptr [rbx+16]
# simplified test for small operands since both are numbers
    mov eax, esi
    and eax, edx
    test al, 1
    short je L1241
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L1240
L1241:
    call 140320710853728
L1240:
    mov qword ptr [rbx+8], rax
# i_int_div_jssd
L1242:
    mov rcx, qword ptr [rbx+16]
    mov rdi, qword ptr [rbx+8]
    mov r8, 94919180917712
    call 140320710853120
L1243:
    mov qword ptr [rbx+8], rax
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rbx+8]
    mov rdx, -16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L1244
    add rax, rdx
    short jno L1245
L1244:
    call 140320710853080
L1245:
    mov qword ptr [rbx+24], rax
# i_times_jssd
    mov rsi, qword ptr [rbx+16]
    mov rdx, qword ptr [rbx+24]
# simplified test for small operands since both are numbers
    mov eax, esi
    and eax, edx
    test al, 1
    short je L1247
# mul with overflow check
    mov rax, rsi
    mov rcx, rdx
    sar rcx, 4
    and rax, -16
    imul rax, rcx
    short jo L1247
    or rax, 15
    short jmp L1246
L1247:
    call 140320710854432
L1246:
    mov qword ptr [rbx+24], rax
# i_plus_ssjd
    mov rsi, qword ptr [rbx+24]
    mov rdx, qword ptr [rbx]
# simplified test for small operands since both are numbers
    mov eax, esi
    and eax, edx
    test al, 1
    short je L1249
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L1248
L1249:
    call 140320710853728
L1248:
    mov qword ptr [rbx], rax
# i_move_sd
    mov qword ptr [rbx+24], 59
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rbx], xmm0
# i_call_only_f
    jmp seq_loop/4
# label_L
label_58:
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 15
    jne label_59
# is_eq_exact_fss
    mov rsi, qword ptr [rbx]
    mov rdi, qword ptr [rbx+8]
    cmp rdi, rsi
    short je L1250
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
L1250:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1251
    mov ecx, 1
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1251:
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
    jl L1115
    ret
# label_L
label_59:
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L1252
    mov ecx, 3
.db 0x90
    call 140320710850576
L1252:
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
L1253:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx], 4747
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1254
    mov ecx, 3
.db 0x66, 0x90
    call 140320710850576
L1254:
# call_light_bif_be
    align 4
L1255:
L1256:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089904
    lea rdx, qword ptr [L1255]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1115
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_60:
# i_func_info_IaaI
# lists:seq_loop/4
    call L1113
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xE8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x32, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
seq_loop/4:
# i_breakpoint_trampoline
    short jmp L1257
.db 0x00
    call L1116
    align 8
L1257:
# i_test_yield
    lea rdx, qword ptr [seq_loop/4+24]
    dec r14
    jle L1114
# is_ge_fss
    mov esi, 79
    mov rdi, qword ptr [rbx]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L1258
    cmp rdi, rsi
    short jmp L1259
L1258:
    call 140320710848608
L1259:
    jl label_62
# line_I
# i_minus_ssjd
    mov rsi, qword ptr [rbx+8]
    mov rdx, qword ptr [rbx+16]
# simplified test for small operands since both are numbers
    mov eax, esi
    and eax, edx
    test al, 1
    short je L1261
# sub with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    sub rax, rcx
    short jno L1260
L1261:
    call 140320710853584
L1260:
    mov qword ptr [rbx+32], rax
# i_minus_ssjd
    mov rsi, qword ptr [rbx+32]
    mov rdx, qword ptr [rbx+16]
# simplified test for small operands since both are numbers
    mov eax, esi
    and eax, edx
    test al, 1
    short je L1263
# sub with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    sub rax, rcx
    short jno L1262
L1263:
    call 140320710853584
L1262:
    mov qword ptr [rbx+40], rax
# i_minus_ssjd
    mov rsi, qword ptr [rbx+40]
    mov rdx, qword ptr [rbx+16]
# simplified test for small operands since both are numbers
    mov eax, esi
    and eax, edx
    test al, 1
    short je L1265
# sub with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    sub rax, rcx
    short jno L1264
L1265:
    call 140320710853584
L1264:
    mov qword ptr [rbx+48], rax
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rbx]
    mov rdx, -64
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L1266
    add rax, rdx
    short jno L1267
L1266:
    call 140320710853080
L1267:
    mov qword ptr [rbx], rax
# i_minus_ssjd
    mov rsi, qword ptr [rbx+48]
    mov rdx, qword ptr [rbx+16]
# simplified test for small operands since both are numbers
    mov eax, esi
    and eax, edx
    test al, 1
    short je L1269
# sub with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    sub rax, rcx
    short jno L1268
L1269:
    call 140320710853584
L1268:
    mov qword ptr [rbx+56], rax
# test_heap_It
    lea rdx, qword ptr [r15+96]
    cmp rdx, rsp
    short jbe L1270
    mov ecx, 8
    call 140320710850576
L1270:
# put_cons_ss
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# append_cons_Is
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [r15+32], rdi
    mov qword ptr [r15+40], rsi
    lea rsi, qword ptr [r15+33]
# store_cons_Id
    add r15, 48
    mov qword ptr [rbx+8], rsi
# append_cons_Is
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], rsi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+24], rsi
# i_move_sd
    mov rdi, qword ptr [rbx+56]
    mov qword ptr [rbx+8], rdi
# i_call_only_f
    jmp seq_loop/4
# label_L
label_62:
# is_ge_fss
    mov esi, 47
    mov rdi, qword ptr [rbx]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L1271
    cmp rdi, rsi
    short jmp L1272
L1271:
    call 140320710848608
L1272:
    jl label_63
# line_I
# i_minus_ssjd
    mov rsi, qword ptr [rbx+8]
    mov rdx, qword ptr [rbx+16]
# simplified test for small operands since both are numbers
    mov eax, esi
    and eax, edx
    test al, 1
    short je L1274
# sub with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    sub rax, rcx
    short jno L1273
L1274:
    call 140320710853584
L1273:
    mov qword ptr [rbx+32], rax
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rbx]
    mov rdx, -32
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L1275
    add rax, rdx
    short jno L1276
L1275:
    call 140320710853080
L1276:
    mov qword ptr [rbx], rax
# i_minus_ssjd
    mov rsi, qword ptr [rbx+32]
    mov rdx, qword ptr [rbx+16]
# simplified test for small operands since both are numbers
    mov eax, esi
    and eax, edx
    test al, 1
    short je L1278
# sub with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    sub rax, rcx
    short jno L1277
L1278:
    call 140320710853584
L1277:
    mov qword ptr [rbx+40], rax
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1279
    mov ecx, 6
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1279:
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
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], rsi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+24], rsi
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rbx+8], rdi
# i_call_only_f
    jmp seq_loop/4
# label_L
label_63:
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 15
    je label_65
    cmp rsi, 31
    je label_64
    jmp label_60
# label_L
label_64:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1280
    mov ecx, 4
.db 0x90
    call 140320710850576
L1280:
# put_cons_ss
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# return
    dec r14
    jl L1115
    ret
# label_L
label_65:
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L1115
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_66:
# i_func_info_IaaI
# lists:sum/1
    call L1113
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xE8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x32, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
sum/1:
# i_breakpoint_trampoline
    short jmp L1281
.db 0x00
    call L1116
    align 8
L1281:
# i_test_yield
    lea rdx, qword ptr [sum/1+24]
    dec r14
    jle L1114
# i_move_sd
    mov qword ptr [rbx+8], 15
# i_call_only_f
    jmp sum/2
# func_line_I
# aligned_label_Lt
    align 8
label_68:
# i_func_info_IaaI
# lists:sum/2
    call L1113
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xE8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x32, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
sum/2:
# i_breakpoint_trampoline
    short jmp L1282
.db 0x00
    call L1116
    align 8
L1282:
# i_test_yield
    lea rdx, qword ptr [sum/2+24]
    dec r14
    jle L1114
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_70
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+16], rsi
    mov qword ptr [rbx], rdx
# i_plus_ssjd
    mov rsi, qword ptr [rbx+8]
    mov rdx, qword ptr [rbx+16]
# are both operands small?
    mov eax, esi
    and eax, edx
    and al, 15
    cmp al, 15
    short jne L1284
# add with overflow check
    mov rax, rsi
    mov rcx, rdx
    and rcx, -16
    add rax, rcx
    short jno L1283
L1284:
    call 140320710853728
L1283:
    mov qword ptr [rbx+8], rax
# i_call_only_f
    short jmp sum/2
# label_L
label_70:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_68
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L1115
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_71:
# i_func_info_IaaI
# lists:duplicate/2
    call L1113
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xE8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xDC, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
duplicate/2:
# i_breakpoint_trampoline
    short jmp L1285
.db 0x00
    call L1116
    align 8
L1285:
# i_test_yield
    lea rdx, qword ptr [duplicate/2+24]
    dec r14
    jle L1114
# is_integer_fs
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L1286
    test al, 1
    short jne label_71
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    short jne label_71
L1286:
# is_ge_fss
    mov esi, 15
    mov rdi, qword ptr [rbx]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L1287
    cmp rdi, rsi
    short jmp L1288
L1287:
    call 140320710848608
L1288:
    short jl label_71
# i_move_sd
    mov qword ptr [rbx+16], 59
# i_call_only_f
    jmp duplicate/3
# func_line_I
# aligned_label_Lt
    align 8
label_73:
# i_func_info_IaaI
# lists:duplicate/3
    call L1113
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xE8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xDC, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
duplicate/3:
# i_breakpoint_trampoline
    short jmp L1289
.db 0x00
    call L1116
    align 8
L1289:
# i_test_yield
    lea rdx, qword ptr [duplicate/3+24]
    dec r14
    jle L1114
# is_eq_exact_fss
    cmp qword ptr [rbx], 15
    jne label_75
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L1115
    ret
# label_L
label_75:
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rbx]
    mov rdx, -16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L1290
    add rax, rdx
    short jno L1291
L1290:
    call 140320710853080
L1291:
    mov qword ptr [rbx], rax
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1292
    mov ecx, 3
.db 0x66, 0x90
    call 140320710850576
L1292:
# put_cons_ss
# (put head and tail together)
    movups xmm0, xmmword ptr [rbx+8]
    movups xmmword ptr [r15], xmm0
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+16], rsi
# i_call_only_f
    short jmp duplicate/3
# func_line_I
# aligned_label_Lt
    align 8
label_76:
# i_func_info_IaaI
# lists:min/1
    call L1113
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xE8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x64, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
min/1:
# i_breakpoint_trampoline
    short jmp L1293
.db 0x00
    call L1116
    align 8
L1293:
# i_test_yield
    lea rdx, qword ptr [min/1+24]
    dec r14
    jle L1114
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    short jne label_76
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx], xmm0
# i_call_only_f
    jmp min/2
# func_line_I
# aligned_label_Lt
    align 8
label_78:
# i_func_info_IaaI
# lists:min/2
    call L1113
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xE8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x64, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
min/2:
# i_breakpoint_trampoline
    short jmp L1294
.db 0x00
    call L1116
    align 8
L1294:
# i_test_yield
    lea rdx, qword ptr [min/2+24]
    dec r14
    jle L1114
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_81
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+16], rsi
    mov qword ptr [rbx], rdx
# is_lt_fss
    mov rsi, qword ptr [rbx+8]
    mov rdi, qword ptr [rbx+16]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L1295
    cmp rdi, rsi
    short jmp L1296
L1295:
    call 140320710848608
L1296:
    jge label_80
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx+8], rdi
# i_call_only_f
    short jmp min/2
# label_L
label_80:
# i_call_only_f
    short jmp min/2
# label_L
label_81:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_78
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L1115
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_82:
# i_func_info_IaaI
# lists:max/1
    call L1113
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xE8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x5F, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
max/1:
# i_breakpoint_trampoline
    short jmp L1297
.db 0x00
    call L1116
    align 8
L1297:
# i_test_yield
    lea rdx, qword ptr [max/1+24]
    dec r14
    jle L1114
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    short jne label_82
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx], xmm0
# i_call_only_f
    jmp max/2
# func_line_I
# aligned_label_Lt
    align 8
label_84:
# i_func_info_IaaI
# lists:max/2
    call L1113
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xE8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x5F, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
max/2:
# i_breakpoint_trampoline
    short jmp L1298
.db 0x00
    call L1116
    align 8
L1298:
# i_test_yield
    lea rdx, qword ptr [max/2+24]
    dec r14
    jle L1114
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_87
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+16], rsi
    mov qword ptr [rbx], rdx
# is_lt_fss
    mov rsi, qword ptr [rbx+16]
    mov rdi, qword ptr [rbx+8]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L1299
    cmp rdi, rsi
    short jmp L1300
L1299:
    call 140320710848608
L1300:
    jge label_86
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx+8], rdi
# i_call_only_f
    short jmp max/2
# label_L
label_86:
# i_call_only_f
    short jmp max/2
# label_L
label_87:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_84
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L1115
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_88:
# i_func_info_IaaI
# lists:sublist/3
    call L1113
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xE8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x32, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
sublist/3:
# i_breakpoint_trampoline
    short jmp L1301
.db 0x00
    call L1116
    align 8
L1301:
# i_test_yield
    lea rdx, qword ptr [sublist/3+24]
    dec r14
    jle L1114
# is_eq_exact_fss
    cmp qword ptr [rbx+8], 31
    jne label_90
# is_list_fs
    mov rax, qword ptr [rbx]
    cmp rax, 59
    short je L1302
    test al, 2
    jne label_90
L1302:
# is_integer_fs
    mov rdi, qword ptr [rbx+16]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L1303
    test al, 1
    jne label_90
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_90
L1303:
# is_ge_fss
    mov esi, 15
    mov rdi, qword ptr [rbx+16]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L1304
    cmp rdi, rsi
    short jmp L1305
L1304:
    call 140320710848608
L1305:
    jl label_90
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx+8], rdi
# i_call_only_f
    jmp sublist/2
# label_L
label_90:
# is_nonempty_list_get_tl_fSd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_91
    mov rsi, qword ptr [rax+7]
    mov qword ptr [rbx+24], rsi
# is_integer_fs
    mov rdi, qword ptr [rbx+8]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L1306
    test al, 1
    jne label_88
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_88
L1306:
# is_ge_fss
    mov esi, 47
    mov rdi, qword ptr [rbx+8]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L1307
    cmp rdi, rsi
    short jmp L1308
L1307:
    call 140320710848608
L1308:
    jl label_88
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rbx+8]
    mov rdx, -16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L1309
    add rax, rdx
    short jno L1310
L1309:
    call 140320710853080
L1310:
    mov qword ptr [rbx+8], rax
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp sublist/3
# label_L
label_91:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_88
# is_integer_fs
    mov rdi, qword ptr [rbx+8]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L1311
    test al, 1
    jne label_88
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_88
L1311:
# is_ge_fss
    mov esi, 47
    mov rdi, qword ptr [rbx+8]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L1312
    cmp rdi, rsi
    short jmp L1313
L1312:
    call 140320710848608
L1313:
    jl label_88
# i_move_sd
    mov qword ptr [rbx], 59
# return
    dec r14
    jl L1115
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_92:
# i_func_info_IaaI
# lists:sublist/2
    call L1113
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xE8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x32, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
sublist/2:
# i_breakpoint_trampoline
    short jmp L1314
.db 0x00
    call L1116
    align 8
L1314:
# i_test_yield
    lea rdx, qword ptr [sublist/2+24]
    dec r14
    jle L1114
# is_integer_fs
    mov rdi, qword ptr [rbx+8]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L1315
    test al, 1
    short jne label_92
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    short jne label_92
L1315:
# is_list_fs
    mov rax, qword ptr [rbx]
    cmp rax, 59
    short je L1316
    test al, 2
    short jne label_92
L1316:
# i_call_only_f
    jmp sublist_2/2
# func_line_I
# aligned_label_Lt
    align 8
label_94:
# i_func_info_IaaI
# lists:sublist_2/2
    call L1113
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xE8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x33, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
sublist_2/2:
# i_breakpoint_trampoline
    short jmp L1317
.db 0x00
    call L1116
    align 8
L1317:
# i_test_yield
    lea rdx, qword ptr [sublist_2/2+24]
    dec r14
    jle L1114
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_96
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+16], xmm0
# is_lt_fss
    mov rsi, qword ptr [rbx+8]
    mov edi, 15
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L1318
    cmp rdi, rsi
    short jmp L1319
L1318:
    call 140320710848608
L1319:
    jge label_96
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rbx+8]
    mov rdx, -16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L1320
    add rax, rdx
    short jno L1321
L1320:
    call 140320710853080
L1321:
    mov qword ptr [rbx+8], rax
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1322
    mov ecx, 4
.db 0x66, 0x90
    call 140320710850576
L1322:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx], rdi
# i_call_f
    call sublist_2/2
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1323
    mov ecx, 1
    call 140320710850576
L1323:
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
    jl L1115
    ret
# label_L
label_96:
# is_ne_exact_fss
    cmp qword ptr [rbx+8], 15
    je label_97
# is_list_fs
    mov rax, qword ptr [rbx]
    cmp rax, 59
    short je L1324
    test al, 2
    jne label_94
L1324:
# is_lt_fss
    mov rsi, qword ptr [rbx+8]
    mov edi, 15
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L1325
    cmp rdi, rsi
    short jmp L1326
L1325:
    call 140320710848608
L1326:
    jge label_94
# label_L
label_97:
# i_move_sd
    mov qword ptr [rbx], 59
# return
    dec r14
    jl L1115
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_98:
# i_func_info_IaaI
# lists:delete/2
    call L1113
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xE8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xDF, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
delete/2:
# i_breakpoint_trampoline
    short jmp L1327
.db 0x00
    call L1116
    align 8
L1327:
# i_test_yield
    lea rdx, qword ptr [delete/2+24]
    dec r14
    jle L1114
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_101
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx+8], xmm0
# is_eq_exact_fss
    mov rsi, qword ptr [rbx]
    mov rdi, qword ptr [rbx+16]
    cmp rdi, rsi
    short je L1328
    mov eax, edi
    or eax, esi
    and al, 3
    cmp al, 3
    je label_100
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    call 94919179056336
    mov rsp, rbp
    test eax, eax
    je label_100
L1328:
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L1115
    ret
# label_L
label_100:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1329
    mov ecx, 3
.db 0x90
    call 140320710850576
L1329:
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
    short jbe L1330
    mov ecx, 1
    call 140320710850576
L1330:
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
    jl L1115
    ret
# label_L
label_101:
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_98
# i_move_sd
    mov qword ptr [rbx], 59
# return
    dec r14
    jl L1115
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_102:
# i_func_info_IaaI
# lists:zip/2
    call L1113
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xE8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xE1, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
zip/2:
# i_breakpoint_trampoline
    short jmp L1331
.db 0x00
    call L1116
    align 8
L1331:
# i_test_yield
    lea rdx, qword ptr [zip/2+24]
    dec r14
    jle L1114
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_104
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+16], xmm0
# is_nonempty_list_fS
    test byte ptr [rbx+8], 2
    short jne label_102
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1332
    mov ecx, 4
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1332:
    sub rsp, 16
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp+8], rdi
# get_list_Sdd
    mov rdi, qword ptr [rbx+8]
    mov rsi, qword ptr [rdi-1]
    mov rdx, qword ptr [rdi+7]
    mov qword ptr [rsp], rsi
    mov qword ptr [rbx+8], rdx
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx], rdi
# i_call_f
.db 0x0F, 0x1F, 0x00
    call zip/2
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L1333
    mov ecx, 1
    call 140320710850576
L1333:
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
    jl L1115
    ret
# label_L
label_104:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_102
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_102
# i_move_sd
    mov qword ptr [rbx], 59
# return
    dec r14
    jl L1115
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_105:
# i_func_info_IaaI
# lists:unzip/1
    call L1113
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xE8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xE1, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
unzip/1:
# i_breakpoint_trampoline
    short jmp L1334
.db 0x00
    call L1116
    align 8
L1334:
# i_test_yield
    lea rdx, qword ptr [unzip/1+24]
    dec r14
    jle L1114
# i_move_sd
    mov qword ptr [rbx+16], 59
# i_move_sd
    mov qword ptr [rbx+8], 59
# i_call_only_f
    jmp unzip/3
# func_line_I
# aligned_label_Lt
    align 8
label_107:
# i_func_info_IaaI
# lists:unzip/3
    call L1113
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xE8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0xE1, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
unzip/3:
# i_breakpoint_trampoline
    short jmp L1335
.db 0x00
    call L1116
    align 8
L1335:
# i_test_yield
    lea rdx, qword ptr [unzip/3+24]
    dec r14
    jle L1114
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_109
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+24], xmm0
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx+24]
    rex test sil, 1
    short jne label_107
    cmp dword ptr [rsi-2], 128
    short jne label_107
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1336
    mov ecx, 5
.db 0x66, 0x90
    call 140320710850576
L1336:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+24]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx], rdi
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+24], rdi
# put_cons_ss
# (put head and tail together)
    movups xmm0, xmmword ptr [rbx]
    movups xmmword ptr [r15], xmm0
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
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
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp unzip/3
# label_L
label_109:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_107
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1337
    mov ecx, 3
    call 140320710850576
L1337:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
    call reverse/1
# swap_dd
    mov rdi, qword ptr [rsp]
    mov rsi, qword ptr [rbx]
    mov qword ptr [rbx], rdi
    mov qword ptr [rsp], rsi
# i_call_f
.db 0x90
    call reverse/1
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1338
    mov ecx, 1
    call 140320710850576
L1338:
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
    jl L1115
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_110:
# i_func_info_IaaI
# lists:zip3/3
    call L1113
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xE8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x33, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
zip3/3:
# i_breakpoint_trampoline
    short jmp L1339
.db 0x00
    call L1116
    align 8
L1339:
# i_test_yield
    lea rdx, qword ptr [zip3/3+24]
    dec r14
    jle L1114
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_112
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+24], xmm0
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+8]
    test al, 2
    short jne label_110
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+40], xmm0
# is_nonempty_list_fS
    test byte ptr [rbx+16], 2
    short jne label_110
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1340
    mov ecx, 7
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1340:
    sub rsp, 24
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rsp+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rsp+16], rdi
# get_list_Sdd
    mov rdi, qword ptr [rbx+16]
    mov rsi, qword ptr [rdi-1]
    mov rdx, qword ptr [rdi+7]
    mov qword ptr [rsp], rsi
    mov qword ptr [rbx+16], rdx
# i_move_sd
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx], rdi
# i_call_f
.db 0x66, 0x90
    call zip3/3
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L1341
    mov ecx, 1
    call 140320710850576
L1341:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
# (moving and swapping two elements at once)
    vpermilpd xmm0, xmmword ptr [rsp+8], 1
    vmovups xmmword ptr [r15+8], xmm0
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
    jl L1115
    ret
# label_L
label_112:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_110
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_110
# is_nil_fS
    cmp qword ptr [rbx+16], 59
    jne label_110
# i_move_sd
    mov qword ptr [rbx], 59
# return
    dec r14
    jl L1115
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_113:
# i_func_info_IaaI
# lists:unzip3/1
    call L1113
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xE8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x33, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
unzip3/1:
# i_breakpoint_trampoline
    short jmp L1342
.db 0x00
    call L1116
    align 8
L1342:
# i_test_yield
    lea rdx, qword ptr [unzip3/1+24]
    dec r14
    jle L1114
# i_move_sd
    mov qword ptr [rbx+16], 59
# i_move_sd
    mov qword ptr [rbx+24], 59
# i_move_sd
    mov qword ptr [rbx+8], 59
# i_call_only_f
    jmp unzip3/4
# func_line_I
# aligned_label_Lt
    align 8
label_115:
# i_func_info_IaaI
# lists:unzip3/4
    call L1113
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xE8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x33, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
unzip3/4:
# i_breakpoint_trampoline
    short jmp L1343
.db 0x00
    call L1116
    align 8
L1343:
# i_test_yield
    lea rdx, qword ptr [unzip3/4+24]
    dec r14
    jle L1114
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_117
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+32], xmm0
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx+32]
    rex test sil, 1
    short jne label_115
    cmp dword ptr [rsi-2], 192
    short jne label_115
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L1344
    mov ecx, 6
.db 0x66, 0x90
    call 140320710850576
L1344:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx+32]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rbx], rdi
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+48], rdi
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+22]
    mov qword ptr [rbx+32], rdi
# put_cons_ss
# (put head and tail together)
    movups xmm0, xmmword ptr [rbx]
    movups xmmword ptr [r15], xmm0
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# put_cons_ss
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+16], rsi
# put_cons_ss
# (putting and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rbx+24], 1
    vmovups xmmword ptr [r15], xmm0
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+24], rsi
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp unzip3/4
# label_L
label_117:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_115
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1345
    mov ecx, 4
.db 0x90
    call 140320710850576
L1345:
    sub rsp, 16
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+16], 1
    vmovups xmmword ptr [rsp], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
    call reverse/1
# swap_dd
    mov rdi, qword ptr [rsp+8]
    mov rsi, qword ptr [rbx]
    mov qword ptr [rbx], rdi
    mov qword ptr [rsp+8], rsi
# i_call_f
.db 0x0F, 0x1F, 0x00
    call reverse/1
# swap_dd
    mov rdi, qword ptr [rsp]
    mov rsi, qword ptr [rbx]
    mov qword ptr [rbx], rdi
    mov qword ptr [rsp], rsi
# i_call_f
.db 0x90
    call reverse/1
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1346
    mov ecx, 1
    call 140320710850576
L1346:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
# (moving and swapping two elements at once)
    vpermilpd xmm0, xmmword ptr [rsp], 1
    vmovups xmmword ptr [r15+8], xmm0
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
    jl L1115
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_118:
# i_func_info_IaaI
# lists:zipwith/3
    call L1113
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xE8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x33, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
zipwith/3:
# i_breakpoint_trampoline
    short jmp L1347
.db 0x00
    call L1116
    align 8
L1347:
# i_test_yield
    lea rdx, qword ptr [zipwith/3+24]
    dec r14
    jle L1114
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_120
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+24], xmm0
# is_nonempty_list_fS
    test byte ptr [rbx+16], 2
    short jne label_118
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1348
    mov ecx, 5
.db 0x66, 0x90
    call 140320710850576
L1348:
    sub rsp, 24
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rsp+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+16], rdi
# get_list_Sdd
    mov rdi, qword ptr [rbx+16]
    mov rsi, qword ptr [rdi-1]
    mov rdx, qword ptr [rdi+7]
    mov qword ptr [rbx+8], rsi
    mov qword ptr [rsp], rdx
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx], rdi
# i_call_fun_t
    mov rcx, qword ptr [rbx+16]
    mov edx, 2
    mov rsi, 140320710850960
    lea r8, qword ptr [L1349]
    test ecx, 1
    short jne L1349
    cmp qword ptr [rcx-2], 212
    short jne L1349
    cmp byte ptr [rcx+22], dl
    mov rax, qword ptr [rcx+6]
    mov rdi, qword ptr [rax+r12*8]
L1349:
    cmovne rdi, rsi
    call rdi
    call rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+16], rdi
# i_trim_t
    add rsp, 16
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx], rdi
# i_call_f
.db 0x66, 0x90
    call zipwith/3
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1350
    mov ecx, 1
    call 140320710850576
L1350:
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
    jl L1115
    ret
# label_L
label_120:
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_118
# is_nil_fS
    cmp qword ptr [rbx+16], 59
    jne label_118
# is_function2_fss
    mov rdi, qword ptr [rbx]
    rex test dil, 1
    jne label_118
    mov eax, dword ptr [rdi-2]
    cmp eax, 212
    jne label_118
    cmp byte ptr [rdi+22], 2
    jne label_118
# i_move_sd
    mov qword ptr [rbx], 59
# return
    dec r14
    jl L1115
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_121:
# i_func_info_IaaI
# lists:zipwith3/4
    call L1113
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xE8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x34, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
zipwith3/4:
# i_breakpoint_trampoline
    short jmp L1351
.db 0x00
    call L1116
    align 8
L1351:
# i_test_yield
    lea rdx, qword ptr [zipwith3/4+24]
    dec r14
    jle L1114
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_123
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+32], xmm0
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+16]
    test al, 2
    short jne label_121
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+48], xmm0
# is_nonempty_list_fS
    test byte ptr [rbx+24], 2
    short jne label_121
# allocate_tt
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1352
    mov ecx, 8
.db 0x66, 0x90
    call 140320710850576
L1352:
    sub rsp, 32
# i_move_sd
    mov rdi, qword ptr [rbx+56]
    mov qword ptr [rsp+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rsp+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+24], rdi
# get_list_Sdd
    mov rdi, qword ptr [rbx+24]
    mov rsi, qword ptr [rdi-1]
    mov rdx, qword ptr [rdi+7]
    mov qword ptr [rbx+16], rsi
    mov qword ptr [rsp], rdx
# i_move_sd
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx], rdi
# line_I
# i_call_fun_t
    mov rcx, qword ptr [rbx+24]
    mov edx, 3
    mov rsi, 140320710850960
    lea r8, qword ptr [L1353]
    test ecx, 1
    short jne L1353
    cmp qword ptr [rcx-2], 212
    short jne L1353
    cmp byte ptr [rcx+22], dl
    mov rax, qword ptr [rcx+6]
    mov rdi, qword ptr [rax+r12*8]
L1353:
    cmovne rdi, rsi
    call rdi
.db 0x0F, 0x1F, 0x00
    call rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+8], 1
    vmovups xmmword ptr [rbx+8], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx+32], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+24], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+24], rdi
# i_trim_t
    add rsp, 24
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx], rdi
# i_call_f
.db 0x66, 0x90
    call zipwith3/4
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1354
    mov ecx, 1
    call 140320710850576
L1354:
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
    jl L1115
    ret
# label_L
label_123:
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_121
# is_nil_fS
    cmp qword ptr [rbx+16], 59
    jne label_121
# is_nil_fS
    cmp qword ptr [rbx+24], 59
    jne label_121
# is_function2_fss
    mov rdi, qword ptr [rbx]
    rex test dil, 1
    jne label_121
    mov eax, dword ptr [rdi-2]
    cmp eax, 212
    jne label_121
    cmp byte ptr [rdi+22], 3
    jne label_121
# i_move_sd
    mov qword ptr [rbx], 59
# return
    dec r14
    jl L1115
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_124:
# i_func_info_IaaI
# lists:sort/1
    call L1113
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xE8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x74, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
sort/1:
# i_breakpoint_trampoline
    short jmp L1355
.db 0x00
    call L1116
    align 8
L1355:
# i_test_yield
    lea rdx, qword ptr [sort/1+24]
    dec r14
    jle L1114
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_136
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+8], xmm0
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+16]
    test al, 2
    jne label_135
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx+16], xmm0
# is_ge_fss
    mov rsi, qword ptr [rbx+8]
    mov rdi, qword ptr [rbx+24]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L1356
    cmp rdi, rsi
    short jmp L1357
L1356:
    call 140320710848608
L1357:
    jl label_130
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+16]
    test al, 2
    jne label_127
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+32], xmm0
# is_nil_fS
    cmp qword ptr [rbx+40], 59
    jne label_128
# is_lt_fss
    mov rsi, qword ptr [rbx+24]
    mov rdi, qword ptr [rbx+32]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L1358
    cmp rdi, rsi
    short jmp L1359
L1358:
    call 140320710848608
L1359:
    jge label_137
# is_ge_fss
    mov rsi, qword ptr [rbx+8]
    mov rdi, qword ptr [rbx+32]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L1360
    cmp rdi, rsi
    short jmp L1361
L1360:
    call 140320710848608
L1361:
    jl label_126
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L1362
    mov ecx, 5
.db 0x90
    call 140320710850576
L1362:
# put_cons_ss
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# append_cons_Is
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+32], rdi
    mov qword ptr [r15+40], rsi
    lea rsi, qword ptr [r15+33]
# store_cons_Id
    add r15, 48
    mov qword ptr [rbx], rsi
# return
    dec r14
    jl L1115
    ret
# label_L
label_126:
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L1363
    mov ecx, 5
    call 140320710850576
L1363:
# put_cons_ss
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# append_cons_Is
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [r15+32], rdi
    mov qword ptr [r15+40], rsi
    lea rsi, qword ptr [r15+33]
# store_cons_Id
    add r15, 48
    mov qword ptr [rbx], rsi
# return
    dec r14
    jl L1115
    ret
# label_L
label_127:
# is_ne_exact_fss
    cmp qword ptr [rbx+16], 59
    je label_137
# label_L
label_128:
# is_eq_fss
    mov rsi, qword ptr [rbx+24]
    mov rdi, qword ptr [rbx+8]
    cmp rdi, rsi
    short je L1364
    mov eax, edi
    and eax, esi
    and al, 3
    cmp al, 3
    je label_129
    call 140320710848744
    jne label_129
L1364:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1365
    mov ecx, 4
.db 0x66, 0x90
    call 140320710850576
L1365:
# put_cons_ss
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp sort_1/3
# label_L
label_129:
# i_move_sd
    mov qword ptr [rbx+32], 59
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx+24], 59
# i_call_only_f
    jmp split_1/5
# label_L
label_130:
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+16]
    test al, 2
    jne label_133
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx], rsi
    mov qword ptr [rbx+32], rdx
# is_nil_fS
    cmp qword ptr [rbx+32], 59
    jne label_134
# is_ge_fss
    mov rsi, qword ptr [rbx+8]
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L1366
    cmp rdi, rsi
    short jmp L1367
L1366:
    call 140320710848608
L1367:
    jl label_131
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1368
    mov ecx, 4
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1368:
# put_cons_ss
# (put head and tail together)
    movups xmm0, xmmword ptr [rbx+8]
    movups xmmword ptr [r15], xmm0
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# store_cons_Id
    add r15, 32
    mov qword ptr [rbx], rsi
# return
    dec r14
    jl L1115
    ret
# label_L
label_131:
# is_ge_fss
    mov rsi, qword ptr [rbx+24]
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L1369
    cmp rdi, rsi
    short jmp L1370
L1369:
    call 140320710848608
L1370:
    jl label_132
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L1371
    mov ecx, 4
.db 0x90
    call 140320710850576
L1371:
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
# store_cons_Id
    add r15, 32
    mov qword ptr [rbx], rsi
# return
    dec r14
    jl L1115
    ret
# label_L
label_132:
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L1372
    mov ecx, 4
.db 0x66, 0x90
    call 140320710850576
L1372:
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
    jl L1115
    ret
# label_L
label_133:
# is_nil_fS
    cmp qword ptr [rbx+16], 59
    jne label_134
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1373
    mov ecx, 4
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1373:
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
# store_cons_Id
    add r15, 32
    mov qword ptr [rbx], rsi
# return
    dec r14
    jl L1115
    ret
# label_L
label_134:
# i_move_sd
    mov qword ptr [rbx+32], 59
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx+24], 59
# i_call_only_f
    jmp split_2/5
# label_L
label_135:
# is_nil_fS
    cmp qword ptr [rbx+16], 59
    jne label_124
# return
    dec r14
    jl L1115
    ret
# label_L
label_136:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_124
# label_L
label_137:
# return
    dec r14
    jl L1115
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_138:
# i_func_info_IaaI
# lists:sort_1/3
    call L1113
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xE8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x34, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
sort_1/3:
# i_breakpoint_trampoline
    short jmp L1374
.db 0x00
    call L1116
    align 8
L1374:
# i_test_yield
    lea rdx, qword ptr [sort_1/3+24]
    dec r14
    jle L1114
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_142
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+24], rsi
    mov qword ptr [rbx+8], rdx
# is_eq_fss
    mov rsi, qword ptr [rbx+24]
    mov rdi, qword ptr [rbx]
    cmp rdi, rsi
    short je L1375
    mov eax, edi
    and eax, esi
    and al, 3
    cmp al, 3
    je label_140
    call 140320710848744
    jne label_140
L1375:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1376
    mov ecx, 4
.db 0x66, 0x90
    call 140320710850576
L1376:
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
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp sort_1/3
# label_L
label_140:
# is_lt_fss
    mov rsi, qword ptr [rbx+24]
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L1377
    cmp rdi, rsi
    short jmp L1378
L1377:
    call 140320710848608
L1378:
    jge label_141
# i_move_sd
    mov qword ptr [rbx+32], 59
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx+16], 1
    vmovups xmmword ptr [rbx+16], xmm0
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rbx+8], xmm0
# i_call_only_f
    jmp split_1/5
# label_L
label_141:
# i_move_sd
    mov qword ptr [rbx+32], 59
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx+16], 1
    vmovups xmmword ptr [rbx+16], xmm0
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rbx+8], xmm0
# i_call_only_f
    jmp split_2/5
# label_L
label_142:
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_138
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1379
    mov ecx, 3
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1379:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1380
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1380:
# call_light_bif_be
    align 4
L1381:
L1382:
    long mov rcx, 9223372036854775807
    mov rax, 94919178928352
    lea rdx, qword ptr [L1381]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1115
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_143:
# i_func_info_IaaI
# lists:merge/1
    call L1113
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xE8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xFF, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
merge/1:
# i_breakpoint_trampoline
    short jmp L1383
.db 0x00
    call L1116
    align 8
L1383:
# i_test_yield
    lea rdx, qword ptr [merge/1+24]
    dec r14
    jle L1114
# i_move_sd
    mov qword ptr [rbx+8], 59
# i_call_only_f
    jmp mergel/2
# func_line_I
# aligned_label_Lt
    align 8
label_145:
# i_func_info_IaaI
# lists:merge3/3
    call L1113
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xE8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x34, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
merge3/3:
# i_breakpoint_trampoline
    short jmp L1384
.db 0x00
    call L1116
    align 8
L1384:
# i_test_yield
    lea rdx, qword ptr [merge3/3+24]
    dec r14
    jle L1114
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_147
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx+8], rdi
# i_call_only_f
    jmp merge/2
# label_L
label_147:
# is_nil_fS
    cmp qword ptr [rbx+16], 59
    jne label_148
# i_call_only_f
    jmp merge/2
# label_L
label_148:
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+8]
    test al, 2
    short jne label_145
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+24], xmm0
# is_nonempty_list_fS
    test byte ptr [rbx+16], 2
    short jne label_145
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1385
    mov ecx, 5
.db 0x66, 0x90
    call 140320710850576
L1385:
# get_list_Sdd
    mov rdi, qword ptr [rbx+16]
    mov rsi, qword ptr [rdi-1]
    mov rdx, qword ptr [rdi+7]
    mov qword ptr [rbx+8], rsi
    mov qword ptr [rbx+40], rdx
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+24]
    movups xmmword ptr [rbx+16], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx+32], rdi
# i_move_sd
    mov qword ptr [rbx+8], 59
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call merge3_1/6
# i_move_sd
    mov qword ptr [rbx+8], 59
# call_light_bif_be
    align 4
L1386:
L1387:
    long mov rcx, 9223372036854775807
    mov rax, 94919178928352
    lea rdx, qword ptr [L1386]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1115
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_149:
# i_func_info_IaaI
# lists:rmerge3/3
    call L1113
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xE8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x34, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
rmerge3/3:
# i_breakpoint_trampoline
    short jmp L1388
.db 0x00
    call L1116
    align 8
L1388:
# i_test_yield
    lea rdx, qword ptr [rmerge3/3+24]
    dec r14
    jle L1114
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_151
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx+8], rdi
# i_call_only_f
    jmp rmerge/2
# label_L
label_151:
# is_nil_fS
    cmp qword ptr [rbx+16], 59
    jne label_152
# i_call_only_f
    jmp rmerge/2
# label_L
label_152:
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+8]
    test al, 2
    short jne label_149
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+24], xmm0
# is_nonempty_list_fS
    test byte ptr [rbx+16], 2
    short jne label_149
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1389
    mov ecx, 5
.db 0x66, 0x90
    call 140320710850576
L1389:
# get_list_Sdd
    mov rdi, qword ptr [rbx+16]
    mov rsi, qword ptr [rdi-1]
    mov rdx, qword ptr [rdi+7]
    mov qword ptr [rbx+8], rsi
    mov qword ptr [rbx+40], rdx
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+24]
    movups xmmword ptr [rbx+16], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx+32], rdi
# i_move_sd
    mov qword ptr [rbx+8], 59
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call rmerge3_1/6
# i_move_sd
    mov qword ptr [rbx+8], 59
# call_light_bif_be
    align 4
L1390:
L1391:
    long mov rcx, 9223372036854775807
    mov rax, 94919178928352
    lea rdx, qword ptr [L1390]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1115
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_153:
# i_func_info_IaaI
# lists:merge/2
    call L1113
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xE8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xFF, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
merge/2:
# i_breakpoint_trampoline
    short jmp L1392
.db 0x00
    call L1116
    align 8
L1392:
# i_test_yield
    lea rdx, qword ptr [merge/2+24]
    dec r14
    jle L1114
# is_nonempty_list_fS
    test byte ptr [rbx+8], 2
    jne label_155
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1393
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L1393:
# get_list_Sdd
    mov rdi, qword ptr [rbx+8]
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rdi-1], 1
    vmovups xmmword ptr [rbx+8], xmm0
# i_move_sd
    mov qword ptr [rbx+24], 59
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rbx+8], xmm0
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call merge2_1/4
# i_move_sd
    mov qword ptr [rbx+8], 59
# call_light_bif_be
    align 4
L1394:
L1395:
    long mov rcx, 9223372036854775807
    mov rax, 94919178928352
    lea rdx, qword ptr [L1394]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1115
    ret
# label_L
label_155:
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_153
# return
    dec r14
    jl L1115
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_156:
# i_func_info_IaaI
# lists:rmerge/2
    call L1113
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xE8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x35, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
rmerge/2:
# i_breakpoint_trampoline
    short jmp L1396
.db 0x00
    call L1116
    align 8
L1396:
# i_test_yield
    lea rdx, qword ptr [rmerge/2+24]
    dec r14
    jle L1114
# is_nonempty_list_fS
    test byte ptr [rbx+8], 2
    jne label_158
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1397
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L1397:
# get_list_Sdd
    mov rdi, qword ptr [rbx+8]
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rdi-1], 1
    vmovups xmmword ptr [rbx+8], xmm0
# i_move_sd
    mov qword ptr [rbx+24], 59
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rbx+8], xmm0
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call rmerge2_1/4
# i_move_sd
    mov qword ptr [rbx+8], 59
# call_light_bif_be
    align 4
L1398:
L1399:
    long mov rcx, 9223372036854775807
    mov rax, 94919178928352
    lea rdx, qword ptr [L1398]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1115
    ret
# label_L
label_158:
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_156
# return
    dec r14
    jl L1115
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_159:
# i_func_info_IaaI
# lists:concat/1
    call L1113
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xE8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x66, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
concat/1:
# i_breakpoint_trampoline
    short jmp L1400
.db 0x00
    call L1116
    align 8
L1400:
# i_test_yield
    lea rdx, qword ptr [concat/1+24]
    dec r14
    jle L1114
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L1401
    mov ecx, 1
    call 140320710850576
L1401:
# i_make_fun3_FStt
L1402:
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
# i_call_only_f
    jmp flatmap/2
# func_line_I
# aligned_label_Lt
    align 8
label_161:
# i_func_info_IaaI
# lists:thing_to_list/1
    call L1113
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xE8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x35, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
thing_to_list/1:
# i_breakpoint_trampoline
    short jmp L1403
.db 0x00
    call L1116
    align 8
L1403:
# i_test_yield
    lea rdx, qword ptr [thing_to_list/1+24]
    dec r14
    jle L1114
# is_integer_fs
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L1404
    test al, 1
    jne label_163
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_163
L1404:
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1405
    mov ecx, 1
    call 140320710850576
L1405:
# call_light_bif_be
    align 4
L1406:
L1407:
    long mov rcx, 9223372036854775807
    mov rax, 94919179120432
    lea rdx, qword ptr [L1406]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1115
    ret
# label_L
label_163:
# is_float_fs
    mov rdi, qword ptr [rbx]
    rex test dil, 1
    jne label_164
    cmp qword ptr [rdi-2], 88
    jne label_164
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1408
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L1408:
# call_light_bif_be
    align 4
L1409:
L1410:
    long mov rcx, 9223372036854775807
    mov rax, 94919179101808
    lea rdx, qword ptr [L1409]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1115
    ret
# label_L
label_164:
# is_atom_fs
    mov rax, qword ptr [rbx]
    and al, 63
    cmp al, 11
    jne label_165
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1411
    mov ecx, 1
.db 0x90
    call 140320710850576
L1411:
# call_light_bif_be
    align 4
L1412:
L1413:
    long mov rcx, 9223372036854775807
    mov rax, 94919179100592
    lea rdx, qword ptr [L1412]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1115
    ret
# label_L
label_165:
# is_list_fs
    mov rax, qword ptr [rbx]
    cmp rax, 59
    short je L1414
    test al, 2
    jne label_161
L1414:
# return
    dec r14
    jl L1115
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_166:
# i_func_info_IaaI
# lists:flatten/1
    call L1113
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xE8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x4E, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
flatten/1:
# i_breakpoint_trampoline
    short jmp L1415
.db 0x00
    call L1116
    align 8
L1415:
# i_test_yield
    lea rdx, qword ptr [flatten/1+24]
    dec r14
    jle L1114
# is_list_fs
    mov rax, qword ptr [rbx]
    cmp rax, 59
    short je L1416
    test al, 2
    short jne label_166
L1416:
# i_move_sd
    mov qword ptr [rbx+8], 59
# i_call_only_f
    jmp do_flatten/2
# func_line_I
# aligned_label_Lt
    align 8
label_168:
# i_func_info_IaaI
# lists:flatten/2
    call L1113
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xE8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x4E, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
flatten/2:
# i_breakpoint_trampoline
    short jmp L1417
.db 0x00
    call L1116
    align 8
L1417:
# i_test_yield
    lea rdx, qword ptr [flatten/2+24]
    dec r14
    jle L1114
# is_list_fs
    mov rax, qword ptr [rbx]
    cmp rax, 59
    short je L1418
    test al, 2
    short jne label_168
L1418:
# is_list_fs
    mov rax, qword ptr [rbx+8]
    cmp rax, 59
    short je L1419
    test al, 2
    short jne label_168
L1419:
# i_call_only_f
    jmp do_flatten/2
# func_line_I
# aligned_label_Lt
    align 8
label_170:
# i_func_info_IaaI
# lists:do_flatten/2
    call L1113
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xE8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x35, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
do_flatten/2:
# i_breakpoint_trampoline
    short jmp L1420
.db 0x00
    call L1116
    align 8
L1420:
# i_test_yield
    lea rdx, qword ptr [do_flatten/2+24]
    dec r14
    jle L1114
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_173
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+16], rsi
    mov qword ptr [rbx], rdx
# is_list_fs
    mov rax, qword ptr [rbx+16]
    cmp rax, 59
    short je L1421
    test al, 2
    jne label_172
L1421:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1422
    mov ecx, 3
    call 140320710850576
L1422:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call do_flatten/2
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 8
    short jmp do_flatten/2
# label_L
label_172:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1423
    mov ecx, 3
    call 140320710850576
L1423:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call do_flatten/2
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1424
    mov ecx, 1
    call 140320710850576
L1424:
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
    jl L1115
    ret
# label_L
label_173:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_170
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L1115
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_174:
# i_func_info_IaaI
# lists:flatlength/1
    call L1113
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xE8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x35, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
flatlength/1:
# i_breakpoint_trampoline
    short jmp L1425
.db 0x00
    call L1116
    align 8
L1425:
# i_test_yield
    lea rdx, qword ptr [flatlength/1+24]
    dec r14
    jle L1114
# i_move_sd
    mov qword ptr [rbx+8], 15
# i_call_only_f
    jmp flatlength/2
# func_line_I
# aligned_label_Lt
    align 8
label_176:
# i_func_info_IaaI
# lists:flatlength/2
    call L1113
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xE8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x35, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
flatlength/2:
# i_breakpoint_trampoline
    short jmp L1426
.db 0x00
    call L1116
    align 8
L1426:
# i_test_yield
    lea rdx, qword ptr [flatlength/2+24]
    dec r14
    jle L1114
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_179
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+16], rsi
    mov qword ptr [rbx], rdx
# is_list_fs
    mov rax, qword ptr [rbx+16]
    cmp rax, 59
    short je L1427
    test al, 2
    jne label_178
L1427:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1428
    mov ecx, 3
    call 140320710850576
L1428:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call flatlength/2
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 8
    short jmp flatlength/2
# label_L
label_178:
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rbx+8]
    mov edx, 16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L1429
    add rax, rdx
    short jno L1430
L1429:
    call 140320710853080
L1430:
    mov qword ptr [rbx+8], rax
# i_call_only_f
    jmp flatlength/2
# label_L
label_179:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_176
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L1115
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_180:
# i_func_info_IaaI
# lists:keydelete/3
    call L1113
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xE8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x7A, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
keydelete/3:
# i_breakpoint_trampoline
    short jmp L1431
.db 0x00
    call L1116
    align 8
L1431:
# i_test_yield
    lea rdx, qword ptr [keydelete/3+24]
    dec r14
    jle L1114
# is_integer_fs
    mov rdi, qword ptr [rbx+8]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L1432
    test al, 1
    short jne label_180
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    short jne label_180
L1432:
# is_lt_fss
    mov rsi, qword ptr [rbx+8]
    mov edi, 15
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L1433
    cmp rdi, rsi
    short jmp L1434
L1433:
    call 140320710848608
L1434:
    short jge label_180
# i_call_only_f
    jmp keydelete3/3
# func_line_I
# aligned_label_Lt
    align 8
label_182:
# i_func_info_IaaI
# lists:keydelete3/3
    call L1113
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xE8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x36, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
keydelete3/3:
# i_breakpoint_trampoline
    short jmp L1435
.db 0x00
    call L1116
    align 8
L1435:
# i_test_yield
    lea rdx, qword ptr [keydelete3/3+24]
    dec r14
    jle L1114
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+16]
    test al, 2
    jne label_185
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx+16], xmm0
# bif_element_jssd
    mov rsi, qword ptr [rbx+24]
    mov rdi, qword ptr [rbx+8]
    lea rdx, qword ptr [label_184]
    call 140320710848960
    mov qword ptr [rbx+32], rax
# is_eq_fss
    mov rsi, qword ptr [rbx]
    mov rdi, qword ptr [rbx+32]
    cmp rdi, rsi
    short je L1436
    mov eax, edi
    and eax, esi
    and al, 3
    cmp al, 3
    je label_184
    call 140320710848744
    jne label_184
L1436:
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L1115
    ret
# label_L
label_184:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1437
    mov ecx, 4
    call 140320710850576
L1437:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rsp], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call keydelete3/3
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1438
    mov ecx, 1
    call 140320710850576
L1438:
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
    jl L1115
    ret
# label_L
label_185:
# is_nil_fS
    cmp qword ptr [rbx+16], 59
    jne label_182
# i_move_sd
    mov qword ptr [rbx], 59
# return
    dec r14
    jl L1115
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_186:
# i_func_info_IaaI
# lists:keyreplace/4
    call L1113
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xE8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x7F, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
keyreplace/4:
# i_breakpoint_trampoline
    short jmp L1439
.db 0x00
    call L1116
    align 8
L1439:
# i_test_yield
    lea rdx, qword ptr [keyreplace/4+24]
    dec r14
    jle L1114
# is_integer_fs
    mov rdi, qword ptr [rbx+8]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L1440
    test al, 1
    short jne label_186
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    short jne label_186
L1440:
# is_lt_fss
    mov rsi, qword ptr [rbx+8]
    mov edi, 15
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L1441
    cmp rdi, rsi
    short jmp L1442
L1441:
    call 140320710848608
L1442:
    short jge label_186
# i_is_tuple_fs
    mov rsi, qword ptr [rbx+24]
    rex test sil, 1
    jne label_186
    test byte ptr [rsi-2], 63
    jne label_186
# i_call_only_f
    jmp keyreplace3/4
# func_line_I
# aligned_label_Lt
    align 8
label_188:
# i_func_info_IaaI
# lists:keyreplace3/4
    call L1113
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xE8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x36, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
keyreplace3/4:
# i_breakpoint_trampoline
    short jmp L1443
.db 0x00
    call L1116
    align 8
L1443:
# i_test_yield
    lea rdx, qword ptr [keyreplace3/4+24]
    dec r14
    jle L1114
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+16]
    test al, 2
    jne label_191
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+32], rsi
    mov qword ptr [rbx+16], rdx
# bif_element_jssd
    mov rsi, qword ptr [rbx+32]
    mov rdi, qword ptr [rbx+8]
    lea rdx, qword ptr [label_190]
    call 140320710848960
    mov qword ptr [rbx+40], rax
# is_eq_fss
    mov rsi, qword ptr [rbx]
    mov rdi, qword ptr [rbx+40]
    cmp rdi, rsi
    short je L1444
    mov eax, edi
    and eax, esi
    and al, 3
    cmp al, 3
    je label_190
    call 140320710848744
    jne label_190
L1444:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1445
    mov ecx, 4
.db 0x90
    call 140320710850576
L1445:
# put_cons_ss
# (putting and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rbx+16], 1
    vmovups xmmword ptr [r15], xmm0
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# return
    dec r14
    jl L1115
    ret
# label_L
label_190:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1446
    mov ecx, 5
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1446:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rsp], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call keyreplace3/4
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1447
    mov ecx, 1
    call 140320710850576
L1447:
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
    jl L1115
    ret
# label_L
label_191:
# is_nil_fS
    cmp qword ptr [rbx+16], 59
    jne label_188
# i_move_sd
    mov qword ptr [rbx], 59
# return
    dec r14
    jl L1115
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_192:
# i_func_info_IaaI
# lists:keytake/3
    call L1113
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xE8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x2D, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
keytake/3:
# i_breakpoint_trampoline
    short jmp L1448
.db 0x00
    call L1116
    align 8
L1448:
# i_test_yield
    lea rdx, qword ptr [keytake/3+24]
    dec r14
    jle L1114
# is_integer_fs
    mov rdi, qword ptr [rbx+8]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L1449
    test al, 1
    short jne label_192
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    short jne label_192
L1449:
# is_lt_fss
    mov rsi, qword ptr [rbx+8]
    mov edi, 15
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
    short jge label_192
# i_move_sd
    mov qword ptr [rbx+24], 59
# i_call_only_f
    jmp keytake/4
# func_line_I
# aligned_label_Lt
    align 8
label_194:
# i_func_info_IaaI
# lists:keytake/4
    call L1113
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xE8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x2D, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
keytake/4:
# i_breakpoint_trampoline
    short jmp L1452
.db 0x00
    call L1116
    align 8
L1452:
# i_test_yield
    lea rdx, qword ptr [keytake/4+24]
    dec r14
    jle L1114
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+16]
    test al, 2
    jne label_197
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+32], rsi
    mov qword ptr [rbx+16], rdx
# bif_element_jssd
    mov rsi, qword ptr [rbx+32]
    mov rdi, qword ptr [rbx+8]
    lea rdx, qword ptr [label_196]
    call 140320710848960
    mov qword ptr [rbx+40], rax
# is_eq_fss
    mov rsi, qword ptr [rbx]
    mov rdi, qword ptr [rbx+40]
    cmp rdi, rsi
    short je L1453
    mov eax, edi
    and eax, esi
    and al, 3
    cmp al, 3
    je label_196
    call 140320710848744
    jne label_196
L1453:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1454
    mov ecx, 5
.db 0x90
    call 140320710850576
L1454:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rsp], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+16], 1
    vmovups xmmword ptr [rbx], xmm0
# line_I
# call_light_bif_be
    align 4
L1455:
L1456:
    long mov rcx, 9223372036854775807
    mov rax, 94919178928352
    lea rdx, qword ptr [L1455]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1457
    mov ecx, 1
    call 140320710850576
L1457:
# put_tuple2_SA
# Move arity word
    mov edi, 192
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 45067
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
    jl L1115
    ret
# label_L
label_196:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1458
    mov ecx, 5
    call 140320710850576
L1458:
# put_cons_ss
# (putting and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rbx+24], 1
    vmovups xmmword ptr [r15], xmm0
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+24], rsi
# i_call_only_f
    jmp keytake/4
# label_L
label_197:
# is_nil_fS
    cmp qword ptr [rbx+16], 59
    jne label_194
# i_move_sd
    mov qword ptr [rbx], 11
# return
    dec r14
    jl L1115
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_198:
# i_func_info_IaaI
# lists:keystore/4
    call L1113
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xE8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x5B, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
keystore/4:
# i_breakpoint_trampoline
    short jmp L1459
.db 0x00
    call L1116
    align 8
L1459:
# i_test_yield
    lea rdx, qword ptr [keystore/4+24]
    dec r14
    jle L1114
# is_integer_fs
    mov rdi, qword ptr [rbx+8]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L1460
    test al, 1
    short jne label_198
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    short jne label_198
L1460:
# is_lt_fss
    mov rsi, qword ptr [rbx+8]
    mov edi, 15
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L1461
    cmp rdi, rsi
    short jmp L1462
L1461:
    call 140320710848608
L1462:
    short jge label_198
# i_is_tuple_fs
    mov rsi, qword ptr [rbx+24]
    rex test sil, 1
    jne label_198
    test byte ptr [rsi-2], 63
    jne label_198
# i_call_only_f
    jmp keystore2/4
# func_line_I
# aligned_label_Lt
    align 8
label_200:
# i_func_info_IaaI
# lists:keystore2/4
    call L1113
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xE8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x36, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
keystore2/4:
# i_breakpoint_trampoline
    short jmp L1463
.db 0x00
    call L1116
    align 8
L1463:
# i_test_yield
    lea rdx, qword ptr [keystore2/4+24]
    dec r14
    jle L1114
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+16]
    test al, 2
    jne label_203
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+32], rsi
    mov qword ptr [rbx+16], rdx
# bif_element_jssd
    mov rsi, qword ptr [rbx+32]
    mov rdi, qword ptr [rbx+8]
    lea rdx, qword ptr [label_202]
    call 140320710848960
    mov qword ptr [rbx+40], rax
# is_eq_fss
    mov rsi, qword ptr [rbx]
    mov rdi, qword ptr [rbx+40]
    cmp rdi, rsi
    short je L1464
    mov eax, edi
    and eax, esi
    and al, 3
    cmp al, 3
    je label_202
    call 140320710848744
    jne label_202
L1464:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1465
    mov ecx, 4
.db 0x90
    call 140320710850576
L1465:
# put_cons_ss
# (putting and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rbx+16], 1
    vmovups xmmword ptr [r15], xmm0
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# return
    dec r14
    jl L1115
    ret
# label_L
label_202:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1466
    mov ecx, 5
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1466:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rsp], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call keystore2/4
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1467
    mov ecx, 1
    call 140320710850576
L1467:
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
    jl L1115
    ret
# label_L
label_203:
# is_nil_fS
    cmp qword ptr [rbx+16], 59
    jne label_200
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1468
    mov ecx, 4
.db 0x66, 0x90
    call 140320710850576
L1468:
# put_cons_ss
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# return
    dec r14
    jl L1115
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_204:
# i_func_info_IaaI
# lists:keysort/2
    call L1113
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xE8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x41, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
keysort/2:
# i_breakpoint_trampoline
    short jmp L1469
.db 0x00
    call L1116
    align 8
L1469:
# i_test_yield
    lea rdx, qword ptr [keysort/2+24]
    dec r14
    jle L1114
# is_integer_fs
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L1470
    test al, 1
    short jne label_204
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    short jne label_204
L1470:
# is_lt_fss
    mov rsi, qword ptr [rbx]
    mov edi, 15
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L1471
    cmp rdi, rsi
    short jmp L1472
L1471:
    call 140320710848608
L1472:
    short jge label_204
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_216
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+16], xmm0
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+24]
    test al, 2
    jne label_215
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx+24], xmm0
# line_I
# bif_element_jssd
    mov rsi, qword ptr [rbx+16]
    mov rdi, qword ptr [rbx]
    xor edx, edx
    call 140320710848960
    mov qword ptr [rbx+40], rax
# bif_element_jssd
    mov rsi, qword ptr [rbx+32]
    mov rdi, qword ptr [rbx]
    xor edx, edx
    call 140320710848960
    mov qword ptr [rbx+48], rax
# is_ge_fss
    mov rsi, qword ptr [rbx+40]
    mov rdi, qword ptr [rbx+48]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L1473
    cmp rdi, rsi
    short jmp L1474
L1473:
    call 140320710848608
L1474:
    jl label_210
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+24]
    test al, 2
    jne label_207
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+56], xmm0
# is_nil_fS
    cmp qword ptr [rbx+64], 59
    jne label_208
# line_I
# bif_element_jssd
    mov rsi, qword ptr [rbx+56]
    mov rdi, qword ptr [rbx]
    xor edx, edx
    call 140320710848960
    mov qword ptr [rbx], rax
# is_lt_fss
    mov rsi, qword ptr [rbx+48]
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L1475
    cmp rdi, rsi
    short jmp L1476
L1475:
    call 140320710848608
L1476:
    jge label_217
# is_ge_fss
    mov rsi, qword ptr [rbx+40]
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L1477
    cmp rdi, rsi
    short jmp L1478
L1477:
    call 140320710848608
L1478:
    jl label_206
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L1479
    mov ecx, 8
.db 0x90
    call 140320710850576
L1479:
# put_cons_ss
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov rdi, qword ptr [rbx+56]
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
# return
    dec r14
    jl L1115
    ret
# label_L
label_206:
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L1480
    mov ecx, 8
    call 140320710850576
L1480:
# put_cons_ss
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# append_cons_Is
    mov rdi, qword ptr [rbx+56]
    mov qword ptr [r15+32], rdi
    mov qword ptr [r15+40], rsi
    lea rsi, qword ptr [r15+33]
# store_cons_Id
    add r15, 48
    mov qword ptr [rbx], rsi
# return
    dec r14
    jl L1115
    ret
# label_L
label_207:
# is_ne_exact_fss
    cmp qword ptr [rbx+24], 59
    je label_217
# label_L
label_208:
# is_eq_fss
    mov rsi, qword ptr [rbx+32]
    mov rdi, qword ptr [rbx+16]
    cmp rdi, rsi
    short je L1481
    mov eax, edi
    and eax, esi
    and al, 3
    cmp al, 3
    je label_209
    call 140320710848744
    jne label_209
L1481:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1482
    mov ecx, 7
.db 0x66, 0x90
    call 140320710850576
L1482:
# put_cons_ss
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_move_sd
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rbx+16], rdi
# swap_dd
    mov rdi, qword ptr [rbx+8]
    mov rsi, qword ptr [rbx+32]
    mov qword ptr [rbx+32], rdi
    mov qword ptr [rbx+8], rsi
# i_call_only_f
    jmp keysort_1/5
# label_L
label_209:
# i_move_sd
    mov qword ptr [rbx+56], 59
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx+40], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rbx+32], rdi
# i_move_sd
    mov qword ptr [rbx+48], 59
# i_call_only_f
    jmp keysplit_1/8
# label_L
label_210:
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+24]
    test al, 2
    jne label_213
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+8], rsi
    mov qword ptr [rbx+56], rdx
# is_nil_fS
    cmp qword ptr [rbx+56], 59
    jne label_214
# line_I
# bif_element_jssd
    mov rsi, qword ptr [rbx+8]
    mov rdi, qword ptr [rbx]
    xor edx, edx
    call 140320710848960
    mov qword ptr [rbx], rax
# is_ge_fss
    mov rsi, qword ptr [rbx+40]
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L1483
    cmp rdi, rsi
    short jmp L1484
L1483:
    call 140320710848608
L1484:
    jl label_211
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1485
    mov ecx, 5
    call 140320710850576
L1485:
# put_cons_ss
# (put head and tail together)
    movups xmm0, xmmword ptr [rbx+16]
    movups xmmword ptr [r15], xmm0
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# store_cons_Id
    add r15, 32
    mov qword ptr [rbx], rsi
# return
    dec r14
    jl L1115
    ret
# label_L
label_211:
# is_ge_fss
    mov rsi, qword ptr [rbx+48]
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L1486
    cmp rdi, rsi
    short jmp L1487
L1486:
    call 140320710848608
L1487:
    jl label_212
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L1488
    mov ecx, 5
.db 0x90
    call 140320710850576
L1488:
# put_cons_ss
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# append_cons_Is
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [r15+32], rdi
    mov qword ptr [r15+40], rsi
    lea rsi, qword ptr [r15+33]
# store_cons_Id
    add r15, 48
    mov qword ptr [rbx], rsi
# return
    dec r14
    jl L1115
    ret
# label_L
label_212:
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L1489
    mov ecx, 5
    call 140320710850576
L1489:
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
# append_cons_Is
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+32], rdi
    mov qword ptr [r15+40], rsi
    lea rsi, qword ptr [r15+33]
# store_cons_Id
    add r15, 48
    mov qword ptr [rbx], rsi
# return
    dec r14
    jl L1115
    ret
# label_L
label_213:
# is_nil_fS
    cmp qword ptr [rbx+24], 59
    jne label_214
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1490
    mov ecx, 5
.db 0x90
    call 140320710850576
L1490:
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
    mov qword ptr [rbx], rsi
# return
    dec r14
    jl L1115
    ret
# label_L
label_214:
# i_move_sd
    mov qword ptr [rbx+56], 59
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx+40], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rbx+32], rdi
# i_move_sd
    mov qword ptr [rbx+48], 59
# i_call_only_f
    jmp keysplit_2/8
# label_L
label_215:
# is_nil_fS
    cmp qword ptr [rbx+24], 59
    jne label_218
# jump_f
    jmp label_217
# label_L
label_216:
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_218
# label_L
label_217:
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L1115
    ret
# label_L
label_218:
# line_I
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
label_219:
# i_func_info_IaaI
# lists:keysort_1/5
    call L1113
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xE8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x36, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
keysort_1/5:
# i_breakpoint_trampoline
    short jmp L1491
.db 0x00
    call L1116
    align 8
L1491:
# i_test_yield
    lea rdx, qword ptr [keysort_1/5+24]
    dec r14
    jle L1114
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+24]
    test al, 2
    jne label_223
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+40], rsi
    mov qword ptr [rbx+24], rdx
# is_eq_fss
    mov rsi, qword ptr [rbx+40]
    mov rdi, qword ptr [rbx+8]
    cmp rdi, rsi
    short je L1492
    mov eax, edi
    and eax, esi
    and al, 3
    cmp al, 3
    je label_221
    call 140320710848744
    jne label_221
L1492:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1493
    mov ecx, 6
.db 0x90
    call 140320710850576
L1493:
# put_cons_ss
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+32], rsi
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rbx+8], rdi
# i_call_only_f
    jmp keysort_1/5
# label_L
label_221:
# line_I
# bif_element_jssd
    mov rsi, qword ptr [rbx+40]
    mov rdi, qword ptr [rbx]
    xor edx, edx
    call 140320710848960
    mov qword ptr [rbx+48], rax
# is_ge_fss
    mov rsi, qword ptr [rbx+16]
    mov rdi, qword ptr [rbx+48]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L1494
    cmp rdi, rsi
    short jmp L1495
L1494:
    call 140320710848608
L1495:
    jl label_222
# i_move_sd
    mov qword ptr [rbx+56], 59
# swap_dd
    mov rdi, qword ptr [rbx+32]
    mov rsi, qword ptr [rbx+48]
    mov qword ptr [rbx+48], rdi
    mov qword ptr [rbx+32], rsi
# swap_dd
    mov rdi, qword ptr [rbx+24]
    mov rsi, qword ptr [rbx+40]
    mov qword ptr [rbx+40], rdi
    mov qword ptr [rbx+24], rsi
# i_call_only_f
    jmp keysplit_1/8
# label_L
label_222:
# i_move_sd
    mov qword ptr [rbx+56], 59
# swap_dd
    mov rdi, qword ptr [rbx+32]
    mov rsi, qword ptr [rbx+48]
    mov qword ptr [rbx+48], rdi
    mov qword ptr [rbx+32], rsi
# swap_dd
    mov rdi, qword ptr [rbx+24]
    mov rsi, qword ptr [rbx+40]
    mov qword ptr [rbx+40], rdi
    mov qword ptr [rbx+24], rsi
# i_call_only_f
    jmp keysplit_2/8
# label_L
label_223:
# is_nil_fS
    cmp qword ptr [rbx+24], 59
    jne label_219
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1496
    mov ecx, 5
.db 0x90
    call 140320710850576
L1496:
# put_cons_ss
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx], rdi
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1497
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L1497:
# call_light_bif_be
    align 4
L1498:
L1499:
    long mov rcx, 9223372036854775807
    mov rax, 94919178928352
    lea rdx, qword ptr [L1498]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1115
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_224:
# i_func_info_IaaI
# lists:keymerge/3
    call L1113
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xE8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x37, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
keymerge/3:
# i_breakpoint_trampoline
    short jmp L1500
.db 0x00
    call L1116
    align 8
L1500:
# i_test_yield
    lea rdx, qword ptr [keymerge/3+24]
    dec r14
    jle L1114
# is_integer_fs
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L1501
    test al, 1
    short jne label_224
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    short jne label_224
L1501:
# is_lt_fss
    mov rsi, qword ptr [rbx]
    mov edi, 15
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L1502
    cmp rdi, rsi
    short jmp L1503
L1502:
    call 140320710848608
L1503:
    short jge label_224
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+16]
    test al, 2
    jne label_226
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+24], xmm0
# line_I
# bif_element_jssd
    mov rsi, qword ptr [rbx+24]
    mov rdi, qword ptr [rbx]
    xor edx, edx
    call 140320710848960
    mov qword ptr [rbx+16], rax
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1504
    mov ecx, 5
    call 140320710850576
L1504:
# i_move_sd
    mov qword ptr [rbx+40], 59
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call keymerge2_1/6
# i_move_sd
    mov qword ptr [rbx+8], 59
# line_I
# call_light_bif_be
    align 4
L1505:
L1506:
    long mov rcx, 9223372036854775807
    mov rax, 94919178928352
    lea rdx, qword ptr [L1505]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1115
    ret
# label_L
label_226:
# is_nil_fS
    cmp qword ptr [rbx+16], 59
    jne label_227
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L1115
    ret
# label_L
label_227:
# line_I
# case_end_s
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 7248
    xor ecx, ecx
    call 140320710854352
# func_line_I
    nop
# aligned_label_Lt
    align 8
label_228:
# i_func_info_IaaI
# lists:rkeymerge/3
    call L1113
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xE8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x37, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
rkeymerge/3:
# i_breakpoint_trampoline
    short jmp L1507
.db 0x00
    call L1116
    align 8
L1507:
# i_test_yield
    lea rdx, qword ptr [rkeymerge/3+24]
    dec r14
    jle L1114
# is_integer_fs
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L1508
    test al, 1
    short jne label_228
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    short jne label_228
L1508:
# is_lt_fss
    mov rsi, qword ptr [rbx]
    mov edi, 15
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L1509
    cmp rdi, rsi
    short jmp L1510
L1509:
    call 140320710848608
L1510:
    short jge label_228
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+16]
    test al, 2
    jne label_230
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+24], xmm0
# line_I
# bif_element_jssd
    mov rsi, qword ptr [rbx+24]
    mov rdi, qword ptr [rbx]
    xor edx, edx
    call 140320710848960
    mov qword ptr [rbx+16], rax
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1511
    mov ecx, 5
    call 140320710850576
L1511:
# i_move_sd
    mov qword ptr [rbx+40], 59
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call rkeymerge2_1/6
# i_move_sd
    mov qword ptr [rbx+8], 59
# line_I
# call_light_bif_be
    align 4
L1512:
L1513:
    long mov rcx, 9223372036854775807
    mov rax, 94919178928352
    lea rdx, qword ptr [L1512]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1115
    ret
# label_L
label_230:
# is_nil_fS
    cmp qword ptr [rbx+16], 59
    jne label_231
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L1115
    ret
# label_L
label_231:
# line_I
# case_end_s
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 7248
    xor ecx, ecx
    call 140320710854352
# func_line_I
    nop
# aligned_label_Lt
    align 8
label_232:
# i_func_info_IaaI
# lists:ukeysort/2
    call L1113
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xE8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x37, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
ukeysort/2:
# i_breakpoint_trampoline
    short jmp L1514
.db 0x00
    call L1116
    align 8
L1514:
# i_test_yield
    lea rdx, qword ptr [ukeysort/2+24]
    dec r14
    jle L1114
# is_integer_fs
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L1515
    test al, 1
    short jne label_232
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    short jne label_232
L1515:
# is_lt_fss
    mov rsi, qword ptr [rbx]
    mov edi, 15
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L1516
    cmp rdi, rsi
    short jmp L1517
L1516:
    call 140320710848608
L1517:
    short jge label_232
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_249
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+16], xmm0
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+24]
    test al, 2
    jne label_248
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx+24], xmm0
# line_I
# bif_element_jssd
    mov rsi, qword ptr [rbx+16]
    mov rdi, qword ptr [rbx]
    xor edx, edx
    call 140320710848960
    mov qword ptr [rbx+40], rax
# bif_element_jssd
    mov rsi, qword ptr [rbx+32]
    mov rdi, qword ptr [rbx]
    xor edx, edx
    call 140320710848960
    mov qword ptr [rbx+48], rax
# is_eq_fss
    mov rsi, qword ptr [rbx+48]
    mov rdi, qword ptr [rbx+40]
    cmp rdi, rsi
    short je L1518
    mov eax, edi
    and eax, esi
    and al, 3
    cmp al, 3
    je label_234
    call 140320710848744
    jne label_234
L1518:
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rbx+16], rdi
# i_call_only_f
    jmp ukeysort_1/4
# label_L
label_234:
# is_lt_fss
    mov rsi, qword ptr [rbx+48]
    mov rdi, qword ptr [rbx+40]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L1519
    cmp rdi, rsi
    short jmp L1520
L1519:
    call 140320710848608
L1520:
    jge label_241
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+24]
    test al, 2
    jne label_239
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+8], rsi
    mov qword ptr [rbx+56], rdx
# is_nil_fS
    cmp qword ptr [rbx+56], 59
    jne label_240
# line_I
# bif_element_jssd
    mov rsi, qword ptr [rbx+8]
    mov rdi, qword ptr [rbx]
    xor edx, edx
    call 140320710848960
    mov qword ptr [rbx], rax
# is_eq_fss
    mov rsi, qword ptr [rbx]
    mov rdi, qword ptr [rbx+48]
    cmp rdi, rsi
    short je L1521
    mov eax, edi
    and eax, esi
    and al, 3
    cmp al, 3
    je label_235
    call 140320710848744
    jne label_235
L1521:
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1522
    mov ecx, 5
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1522:
# put_cons_ss
    mov rdi, qword ptr [rbx+32]
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
    mov qword ptr [rbx], rsi
# return
    dec r14
    jl L1115
    ret
# label_L
label_235:
# is_lt_fss
    mov rsi, qword ptr [rbx]
    mov rdi, qword ptr [rbx+48]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L1523
    cmp rdi, rsi
    short jmp L1524
L1523:
    call 140320710848608
L1524:
    jge label_236
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1525
    mov ecx, 5
.db 0x66, 0x90
    call 140320710850576
L1525:
# put_cons_ss
# (putting and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rbx+24], 1
    vmovups xmmword ptr [r15], xmm0
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# store_cons_Id
    add r15, 32
    mov qword ptr [rbx], rsi
# return
    dec r14
    jl L1115
    ret
# label_L
label_236:
# is_eq_fss
    mov rsi, qword ptr [rbx+40]
    mov rdi, qword ptr [rbx]
    cmp rdi, rsi
    short je L1526
    mov eax, edi
    and eax, esi
    and al, 3
    cmp al, 3
    je label_237
    call 140320710848744
    jne label_237
L1526:
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1527
    mov ecx, 5
.db 0x90
    call 140320710850576
L1527:
# put_cons_ss
    mov rdi, qword ptr [rbx+32]
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
    mov qword ptr [rbx], rsi
# return
    dec r14
    jl L1115
    ret
# label_L
label_237:
# is_ge_fss
    mov rsi, qword ptr [rbx+40]
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L1528
    cmp rdi, rsi
    short jmp L1529
L1528:
    call 140320710848608
L1529:
    jl label_238
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L1530
    mov ecx, 5
.db 0x66, 0x90
    call 140320710850576
L1530:
# put_cons_ss
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov rdi, qword ptr [rbx+8]
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
# return
    dec r14
    jl L1115
    ret
# label_L
label_238:
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L1531
    mov ecx, 5
    call 140320710850576
L1531:
# put_cons_ss
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# append_cons_Is
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+32], rdi
    mov qword ptr [r15+40], rsi
    lea rsi, qword ptr [r15+33]
# store_cons_Id
    add r15, 48
    mov qword ptr [rbx], rsi
# return
    dec r14
    jl L1115
    ret
# label_L
label_239:
# is_ne_exact_fss
    cmp qword ptr [rbx+24], 59
    je label_250
# label_L
label_240:
# i_move_sd
    mov qword ptr [rbx+56], 59
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx+40], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rbx+32], rdi
# i_move_sd
    mov qword ptr [rbx+48], 59
# i_call_only_f
    jmp ukeysplit_1/8
# label_L
label_241:
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+24]
    test al, 2
    jne label_246
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+8], rsi
    mov qword ptr [rbx+56], rdx
# is_nil_fS
    cmp qword ptr [rbx+56], 59
    jne label_247
# line_I
# bif_element_jssd
    mov rsi, qword ptr [rbx+8]
    mov rdi, qword ptr [rbx]
    xor edx, edx
    call 140320710848960
    mov qword ptr [rbx], rax
# is_eq_fss
    mov rsi, qword ptr [rbx]
    mov rdi, qword ptr [rbx+40]
    cmp rdi, rsi
    short je L1532
    mov eax, edi
    and eax, esi
    and al, 3
    cmp al, 3
    je label_242
    call 140320710848744
    jne label_242
L1532:
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1533
    mov ecx, 5
.db 0x90
    call 140320710850576
L1533:
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
    mov qword ptr [rbx], rsi
# return
    dec r14
    jl L1115
    ret
# label_L
label_242:
# is_lt_fss
    mov rsi, qword ptr [rbx]
    mov rdi, qword ptr [rbx+40]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L1534
    cmp rdi, rsi
    short jmp L1535
L1534:
    call 140320710848608
L1535:
    jge label_243
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1536
    mov ecx, 5
.db 0x66, 0x90
    call 140320710850576
L1536:
# put_cons_ss
# (put head and tail together)
    movups xmm0, xmmword ptr [rbx+16]
    movups xmmword ptr [r15], xmm0
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# store_cons_Id
    add r15, 32
    mov qword ptr [rbx], rsi
# return
    dec r14
    jl L1115
    ret
# label_L
label_243:
# is_eq_fss
    mov rsi, qword ptr [rbx]
    mov rdi, qword ptr [rbx+48]
    cmp rdi, rsi
    short je L1537
    mov eax, edi
    and eax, esi
    and al, 3
    cmp al, 3
    je label_244
    call 140320710848744
    jne label_244
L1537:
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1538
    mov ecx, 5
.db 0x90
    call 140320710850576
L1538:
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
    mov qword ptr [rbx], rsi
# return
    dec r14
    jl L1115
    ret
# label_L
label_244:
# is_ge_fss
    mov rsi, qword ptr [rbx+48]
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L1539
    cmp rdi, rsi
    short jmp L1540
L1539:
    call 140320710848608
L1540:
    jl label_245
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L1541
    mov ecx, 5
.db 0x66, 0x90
    call 140320710850576
L1541:
# put_cons_ss
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# append_cons_Is
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [r15+32], rdi
    mov qword ptr [r15+40], rsi
    lea rsi, qword ptr [r15+33]
# store_cons_Id
    add r15, 48
    mov qword ptr [rbx], rsi
# return
    dec r14
    jl L1115
    ret
# label_L
label_245:
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L1542
    mov ecx, 5
    call 140320710850576
L1542:
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
# append_cons_Is
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+32], rdi
    mov qword ptr [r15+40], rsi
    lea rsi, qword ptr [r15+33]
# store_cons_Id
    add r15, 48
    mov qword ptr [rbx], rsi
# return
    dec r14
    jl L1115
    ret
# label_L
label_246:
# is_nil_fS
    cmp qword ptr [rbx+24], 59
    jne label_247
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1543
    mov ecx, 5
.db 0x90
    call 140320710850576
L1543:
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
    mov qword ptr [rbx], rsi
# return
    dec r14
    jl L1115
    ret
# label_L
label_247:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1544
    mov ecx, 7
    call 140320710850576
L1544:
# put_cons_ss
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_move_sd
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rbx+16], rdi
# swap_dd
    mov rdi, qword ptr [rbx+8]
    mov rsi, qword ptr [rbx+32]
    mov qword ptr [rbx+32], rdi
    mov qword ptr [rbx+8], rsi
# i_call_only_f
    jmp ukeysplit_2/5
# label_L
label_248:
# is_nil_fS
    cmp qword ptr [rbx+24], 59
    jne label_251
# jump_f
    jmp label_250
# label_L
label_249:
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_251
# label_L
label_250:
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L1115
    ret
# label_L
label_251:
# line_I
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
label_252:
# i_func_info_IaaI
# lists:ukeysort_1/4
    call L1113
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xE8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x37, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
ukeysort_1/4:
# i_breakpoint_trampoline
    short jmp L1545
.db 0x00
    call L1116
    align 8
L1545:
# i_test_yield
    lea rdx, qword ptr [ukeysort_1/4+24]
    dec r14
    jle L1114
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+24]
    test al, 2
    jne label_256
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx+24], xmm0
# line_I
# bif_element_jssd
    mov rsi, qword ptr [rbx+32]
    mov rdi, qword ptr [rbx]
    xor edx, edx
    call 140320710848960
    mov qword ptr [rbx+40], rax
# is_eq_fss
    mov rsi, qword ptr [rbx+40]
    mov rdi, qword ptr [rbx+16]
    cmp rdi, rsi
    short je L1546
    mov eax, edi
    and eax, esi
    and al, 3
    cmp al, 3
    je label_254
    call 140320710848744
    jne label_254
L1546:
# i_call_only_f
    short jmp ukeysort_1/4
# label_L
label_254:
# is_lt_fss
    mov rsi, qword ptr [rbx+40]
    mov rdi, qword ptr [rbx+16]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L1547
    cmp rdi, rsi
    short jmp L1548
L1547:
    call 140320710848608
L1548:
    jge label_255
# i_move_sd
    mov qword ptr [rbx+56], 59
# i_move_sd
    mov qword ptr [rbx+48], 59
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx+32], 1
    vmovups xmmword ptr [rbx+32], xmm0
# swap_dd
    mov rdi, qword ptr [rbx+24]
    mov rsi, qword ptr [rbx+40]
    mov qword ptr [rbx+40], rdi
    mov qword ptr [rbx+24], rsi
# i_call_only_f
    jmp ukeysplit_1/8
# label_L
label_255:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1549
    mov ecx, 6
    call 140320710850576
L1549:
# put_cons_ss
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rbx+16], rdi
# swap_dd
    mov rdi, qword ptr [rbx+8]
    mov rsi, qword ptr [rbx+32]
    mov qword ptr [rbx+32], rdi
    mov qword ptr [rbx+8], rsi
# i_call_only_f
    jmp ukeysplit_2/5
# label_L
label_256:
# is_nil_fS
    cmp qword ptr [rbx+24], 59
    jne label_252
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1550
    mov ecx, 2
.db 0x90
    call 140320710850576
L1550:
# put_cons_ss
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# return
    dec r14
    jl L1115
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_257:
# i_func_info_IaaI
# lists:ukeymerge/3
    call L1113
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xE8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x38, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
ukeymerge/3:
# i_breakpoint_trampoline
    short jmp L1551
.db 0x00
    call L1116
    align 8
L1551:
# i_test_yield
    lea rdx, qword ptr [ukeymerge/3+24]
    dec r14
    jle L1114
# is_integer_fs
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L1552
    test al, 1
    short jne label_257
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    short jne label_257
L1552:
# is_lt_fss
    mov rsi, qword ptr [rbx]
    mov edi, 15
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L1553
    cmp rdi, rsi
    short jmp L1554
L1553:
    call 140320710848608
L1554:
    short jge label_257
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_259
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+24], rsi
    mov qword ptr [rbx+8], rdx
# line_I
# bif_element_jssd
    mov rsi, qword ptr [rbx+24]
    mov rdi, qword ptr [rbx]
    xor edx, edx
    call 140320710848960
    mov qword ptr [rbx+32], rax
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1555
    mov ecx, 5
    call 140320710850576
L1555:
# i_move_sd
    mov qword ptr [rbx+40], 59
# swap_dd
    mov rdi, qword ptr [rbx+16]
    mov rsi, qword ptr [rbx+32]
    mov qword ptr [rbx+32], rdi
    mov qword ptr [rbx+16], rsi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call ukeymerge2_2/6
# i_move_sd
    mov qword ptr [rbx+8], 59
# line_I
# call_light_bif_be
    align 4
L1556:
L1557:
    long mov rcx, 9223372036854775807
    mov rax, 94919178928352
    lea rdx, qword ptr [L1556]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1115
    ret
# label_L
label_259:
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_260
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L1115
    ret
# label_L
label_260:
# line_I
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
label_261:
# i_func_info_IaaI
# lists:rukeymerge/3
    call L1113
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xE8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x38, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
rukeymerge/3:
# i_breakpoint_trampoline
    short jmp L1558
.db 0x00
    call L1116
    align 8
L1558:
# i_test_yield
    lea rdx, qword ptr [rukeymerge/3+24]
    dec r14
    jle L1114
# is_integer_fs
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L1559
    test al, 1
    short jne label_261
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    short jne label_261
L1559:
# is_lt_fss
    mov rsi, qword ptr [rbx]
    mov edi, 15
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L1560
    cmp rdi, rsi
    short jmp L1561
L1560:
    call 140320710848608
L1561:
    short jge label_261
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+16]
    test al, 2
    jne label_263
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx+16], xmm0
# line_I
# bif_element_jssd
    mov rsi, qword ptr [rbx+24]
    mov rdi, qword ptr [rbx]
    xor edx, edx
    call 140320710848960
    mov qword ptr [rbx+32], rax
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1562
    mov ecx, 5
    call 140320710850576
L1562:
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx+40], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx+32], 59
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call rukeymerge2_1/6
# i_move_sd
    mov qword ptr [rbx+8], 59
# line_I
# call_light_bif_be
    align 4
L1563:
L1564:
    long mov rcx, 9223372036854775807
    mov rax, 94919178928352
    lea rdx, qword ptr [L1563]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1115
    ret
# label_L
label_263:
# is_nil_fS
    cmp qword ptr [rbx+16], 59
    jne label_264
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L1115
    ret
# label_L
label_264:
# line_I
# case_end_s
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 7248
    xor ecx, ecx
    call 140320710854352
# func_line_I
    nop
# aligned_label_Lt
    align 8
label_265:
# i_func_info_IaaI
# lists:keymap/3
    call L1113
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xE8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x38, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
keymap/3:
# i_breakpoint_trampoline
    short jmp L1565
.db 0x00
    call L1116
    align 8
L1565:
# i_test_yield
    lea rdx, qword ptr [keymap/3+24]
    dec r14
    jle L1114
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+16]
    test al, 2
    jne label_267
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx+16], xmm0
# line_I
# bif_element_jssd
    mov rsi, qword ptr [rbx+24]
    mov rdi, qword ptr [rbx+8]
    xor edx, edx
    call 140320710848960
    mov qword ptr [rbx+32], rax
# allocate_tt
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1566
    mov ecx, 5
    call 140320710850576
L1566:
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
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx], rdi
# i_call_fun_t
    mov rcx, qword ptr [rbx+8]
    mov edx, 1
    mov rsi, 140320710850960
    lea r8, qword ptr [L1567]
    test ecx, 1
    short jne L1567
    cmp qword ptr [rcx-2], 212
    short jne L1567
    cmp byte ptr [rcx+22], dl
    mov rax, qword ptr [rcx+6]
    mov rdi, qword ptr [rax+r12*8]
L1567:
    cmovne rdi, rsi
    call rdi
.db 0x90
    call rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+16], rdi
# i_trim_t
    add rsp, 8
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# call_light_bif_be
    align 4
L1568:
L1569:
    long mov rcx, 9223372036854775807
    mov rax, 94919179098736
    lea rdx, qword ptr [L1568]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+16], rdi
# i_trim_t
    add rsp, 16
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx], rdi
# i_call_f
.db 0x66, 0x90
    call keymap/3
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1570
    mov ecx, 1
    call 140320710850576
L1570:
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
    jl L1115
    ret
# label_L
label_267:
# is_nil_fS
    cmp qword ptr [rbx+16], 59
    jne label_265
# is_integer_fs
    mov rdi, qword ptr [rbx+8]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L1571
    test al, 1
    jne label_265
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_265
L1571:
# is_ge_fss
    mov esi, 31
    mov rdi, qword ptr [rbx+8]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L1572
    cmp rdi, rsi
    short jmp L1573
L1572:
    call 140320710848608
L1573:
    jl label_265
# is_function2_fss
    mov rdi, qword ptr [rbx]
    rex test dil, 1
    jne label_265
    mov eax, dword ptr [rdi-2]
    cmp eax, 212
    jne label_265
    cmp byte ptr [rdi+22], 1
    jne label_265
# i_move_sd
    mov qword ptr [rbx], 59
# return
    dec r14
    jl L1115
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_268:
# i_func_info_IaaI
# lists:enumerate/1
    call L1113
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xE8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x38, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
enumerate/1:
# i_breakpoint_trampoline
    short jmp L1574
.db 0x00
    call L1116
    align 8
L1574:
# i_test_yield
    lea rdx, qword ptr [enumerate/1+24]
    dec r14
    jle L1114
# is_list_fs
    mov rax, qword ptr [rbx]
    cmp rax, 59
    short je L1575
    test al, 2
    short jne label_268
L1575:
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx], 31
# i_call_only_f
    jmp enumerate_1/2
# func_line_I
# aligned_label_Lt
    align 8
label_270:
# i_func_info_IaaI
# lists:enumerate/2
    call L1113
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xE8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x38, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
enumerate/2:
# i_breakpoint_trampoline
    short jmp L1576
.db 0x00
    call L1116
    align 8
L1576:
# i_test_yield
    lea rdx, qword ptr [enumerate/2+24]
    dec r14
    jle L1114
# is_integer_fs
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L1577
    test al, 1
    short jne label_270
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    short jne label_270
L1577:
# is_list_fs
    mov rax, qword ptr [rbx+8]
    cmp rax, 59
    short je L1578
    test al, 2
    short jne label_270
L1578:
# i_call_only_f
    jmp enumerate_1/2
# func_line_I
# aligned_label_Lt
    align 8
label_272:
# i_func_info_IaaI
# lists:enumerate_1/2
    call L1113
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xE8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x39, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
enumerate_1/2:
# i_breakpoint_trampoline
    short jmp L1579
.db 0x00
    call L1116
    align 8
L1579:
# i_test_yield
    lea rdx, qword ptr [enumerate_1/2+24]
    dec r14
    jle L1114
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_274
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx+8], xmm0
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rbx]
    mov edx, 16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L1580
    add rax, rdx
    short jno L1581
L1580:
    call 140320710853080
L1581:
    mov qword ptr [rbx+24], rax
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1582
    mov ecx, 4
.db 0x66, 0x90
    call 140320710850576
L1582:
    sub rsp, 16
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx], rdi
# i_call_f
    call enumerate_1/2
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L1583
    mov ecx, 1
    call 140320710850576
L1583:
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
    jl L1115
    ret
# label_L
label_274:
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_272
# i_move_sd
    mov qword ptr [rbx], 59
# return
    dec r14
    jl L1115
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_275:
# i_func_info_IaaI
# lists:sort/2
    call L1113
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xE8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x74, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
sort/2:
# i_breakpoint_trampoline
    short jmp L1584
.db 0x00
    call L1116
    align 8
L1584:
# i_test_yield
    lea rdx, qword ptr [sort/2+24]
    dec r14
    jle L1114
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_280
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+16], xmm0
# is_nonempty_list_fS
    test byte ptr [rbx+24], 2
    jne label_279
# allocate_tt
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1585
    mov ecx, 4
.db 0x66, 0x90
    call 140320710850576
L1585:
    sub rsp, 32
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+24], rdi
# get_list_Sdd
    mov rdi, qword ptr [rbx+24]
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rdi-1], 1
    vmovups xmmword ptr [rsp], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+8], rdi
# swap_dd
    mov rdi, qword ptr [rbx]
    mov rsi, qword ptr [rbx+16]
    mov qword ptr [rbx+16], rdi
    mov qword ptr [rbx], rsi
# line_I
# i_call_fun_t
    mov rcx, qword ptr [rbx+16]
    mov edx, 2
    mov rsi, 140320710850960
    lea r8, qword ptr [L1586]
    test ecx, 1
    short jne L1586
    cmp qword ptr [rcx-2], 212
    short jne L1586
    cmp byte ptr [rcx+22], dl
    mov rax, qword ptr [rcx+6]
    mov rdi, qword ptr [rax+r12*8]
L1586:
    cmovne rdi, rsi
    call rdi
.db 0x0F, 0x1F, 0x00
    call rdi
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 11
    je label_278
    cmp rsi, 75
    je label_277
    jmp label_281
# label_L
label_277:
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx+32], 59
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx+40], 59
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 32
    jmp fsplit_1/6
# label_L
label_278:
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx+32], 59
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx+40], 59
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 32
    jmp fsplit_2/6
# label_L
label_279:
# is_nil_fS
    cmp qword ptr [rbx+24], 59
    jne label_275
# is_function2_fss
    mov rdi, qword ptr [rbx]
    rex test dil, 1
    jne label_275
    mov eax, dword ptr [rdi-2]
    cmp eax, 212
    jne label_275
    cmp byte ptr [rdi+22], 2
    jne label_275
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L1115
    ret
# label_L
label_280:
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_275
# is_function2_fss
    mov rdi, qword ptr [rbx]
    rex test dil, 1
    jne label_275
    mov eax, dword ptr [rdi-2]
    cmp eax, 212
    jne label_275
    cmp byte ptr [rdi+22], 2
    jne label_275
# i_move_sd
    mov qword ptr [rbx], 59
# return
    dec r14
    jl L1115
    ret
# label_L
label_281:
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
label_282:
# i_func_info_IaaI
# lists:merge/3
    call L1113
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xE8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0xFF, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
merge/3:
# i_breakpoint_trampoline
    short jmp L1587
.db 0x00
    call L1116
    align 8
L1587:
# i_test_yield
    lea rdx, qword ptr [merge/3+24]
    dec r14
    jle L1114
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+16]
    test al, 2
    jne label_284
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+24], xmm0
# is_function2_fss
    mov rdi, qword ptr [rbx]
    rex test dil, 1
    short jne label_282
    mov eax, dword ptr [rdi-2]
    cmp eax, 212
    short jne label_282
    cmp byte ptr [rdi+22], 2
    short jne label_282
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1588
    mov ecx, 5
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1588:
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov qword ptr [rbx+32], 59
# line_I
# i_call_f
.db 0x90
    call fmerge2_1/5
# i_move_sd
    mov qword ptr [rbx+8], 59
# call_light_bif_be
    align 4
L1589:
L1590:
    long mov rcx, 9223372036854775807
    mov rax, 94919178928352
    lea rdx, qword ptr [L1589]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1115
    ret
# label_L
label_284:
# is_nil_fS
    cmp qword ptr [rbx+16], 59
    jne label_282
# is_function2_fss
    mov rdi, qword ptr [rbx]
    rex test dil, 1
    jne label_282
    mov eax, dword ptr [rdi-2]
    cmp eax, 212
    jne label_282
    cmp byte ptr [rdi+22], 2
    jne label_282
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L1115
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_285:
# i_func_info_IaaI
# lists:rmerge/3
    call L1113
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xE8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x35, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
rmerge/3:
# i_breakpoint_trampoline
    short jmp L1591
.db 0x00
    call L1116
    align 8
L1591:
# i_test_yield
    lea rdx, qword ptr [rmerge/3+24]
    dec r14
    jle L1114
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+16]
    test al, 2
    jne label_287
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+24], xmm0
# is_function2_fss
    mov rdi, qword ptr [rbx]
    rex test dil, 1
    short jne label_285
    mov eax, dword ptr [rdi-2]
    cmp eax, 212
    short jne label_285
    cmp byte ptr [rdi+22], 2
    short jne label_285
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1592
    mov ecx, 5
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1592:
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov qword ptr [rbx+32], 59
# line_I
# i_call_f
.db 0x90
    call rfmerge2_1/5
# i_move_sd
    mov qword ptr [rbx+8], 59
# call_light_bif_be
    align 4
L1593:
L1594:
    long mov rcx, 9223372036854775807
    mov rax, 94919178928352
    lea rdx, qword ptr [L1593]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1115
    ret
# label_L
label_287:
# is_nil_fS
    cmp qword ptr [rbx+16], 59
    jne label_285
# is_function2_fss
    mov rdi, qword ptr [rbx]
    rex test dil, 1
    jne label_285
    mov eax, dword ptr [rdi-2]
    cmp eax, 212
    jne label_285
    cmp byte ptr [rdi+22], 2
    jne label_285
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L1115
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_288:
# i_func_info_IaaI
# lists:usort/2
    call L1113
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xE8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x3C, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
usort/2:
# i_breakpoint_trampoline
    short jmp L1595
.db 0x00
    call L1116
    align 8
L1595:
# i_test_yield
    lea rdx, qword ptr [usort/2+24]
    dec r14
    jle L1114
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_291
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+16], xmm0
# is_nil_fS
    cmp qword ptr [rbx+24], 59
    jne label_290
# is_function2_fss
    mov rdi, qword ptr [rbx]
    rex test dil, 1
    jne label_290
    mov eax, dword ptr [rdi-2]
    cmp eax, 212
    jne label_290
    cmp byte ptr [rdi+22], 2
    jne label_290
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L1115
    ret
# label_L
label_290:
# is_function2_fss
    mov rdi, qword ptr [rbx]
    rex test dil, 1
    jne label_288
    mov eax, dword ptr [rdi-2]
    cmp eax, 212
    jne label_288
    cmp byte ptr [rdi+22], 2
    jne label_288
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+16]
    movups xmmword ptr [rbx+8], xmm0
# i_call_only_f
    jmp usort_1/3
# label_L
label_291:
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_288
# is_function2_fss
    mov rdi, qword ptr [rbx]
    rex test dil, 1
    jne label_288
    mov eax, dword ptr [rdi-2]
    cmp eax, 212
    jne label_288
    cmp byte ptr [rdi+22], 2
    jne label_288
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L1115
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_292:
# i_func_info_IaaI
# lists:usort_1/3
    call L1113
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xE8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x39, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
usort_1/3:
# i_breakpoint_trampoline
    short jmp L1596
.db 0x00
    call L1116
    align 8
L1596:
# i_test_yield
    lea rdx, qword ptr [usort_1/3+24]
    dec r14
    jle L1114
# is_nonempty_list_fS
    test byte ptr [rbx+16], 2
    short jne label_292
# allocate_tt
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1597
    mov ecx, 3
.db 0x66, 0x90
    call 140320710850576
L1597:
    sub rsp, 32
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp+16], xmm0
# get_list_Sdd
    mov rdi, qword ptr [rbx+16]
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rdi-1], 1
    vmovups xmmword ptr [rsp], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+8], rdi
# line_I
# i_call_fun2_atS
    mov rcx, qword ptr [rbx+16]
    mov edx, 2
    lea r8, qword ptr [L1598]
# skipped box test since source is always boxed
# skipped fun test since source is always a fun when boxed
# skipped arity test since source always has right arity
    mov rax, qword ptr [rcx+6]
    mov rdi, qword ptr [rax+r12*8]
L1598:
    call rdi
.db 0x0F, 0x1F, 0x00
    call rdi
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 11
    je label_298
    cmp rsi, 75
    je label_294
    jmp label_300
# label_L
label_294:
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rsp+16]
    movups xmmword ptr [rbx+8], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# line_I
# i_call_fun2_atS
    mov rcx, qword ptr [rbx+16]
    mov edx, 2
    lea r8, qword ptr [L1599]
# skipped box test since source is always boxed
# skipped fun test since source is always a fun when boxed
# skipped arity test since source always has right arity
    mov rax, qword ptr [rcx+6]
    mov rdi, qword ptr [rax+r12*8]
L1599:
    call rdi
.db 0x90
    call rdi
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 11
    je label_297
    cmp rsi, 75
    je label_295
    jmp label_299
# label_L
label_295:
# is_nil_fS
    cmp qword ptr [rsp], 59
    jne label_296
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1600
    xor ecx, ecx
    call 140320710850576
L1600:
# put_cons_ss
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# deallocate_t
    add rsp, 32
# return
    dec r14
    jl L1115
    ret
# label_L
label_296:
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+16], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+16], 1
    vmovups xmmword ptr [rbx], xmm0
# i_call_last_ft
    add rsp, 32
    jmp usort_1/3
# label_L
label_297:
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx+32], 59
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx+40], 59
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 32
    jmp ufsplit_1/6
# label_L
label_298:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1601
    xor ecx, ecx
.db 0x66, 0x90
    call 140320710850576
L1601:
# put_cons_ss
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+24], rsi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 32
    jmp ufsplit_2/4
# label_L
label_299:
# case_end_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 7248
    xor ecx, ecx
    call 140320710854352
# label_L
label_300:
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
label_301:
# i_func_info_IaaI
# lists:umerge/3
    call L1113
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xE8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x36, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
umerge/3:
# i_breakpoint_trampoline
    short jmp L1602
.db 0x00
    call L1116
    align 8
L1602:
# i_test_yield
    lea rdx, qword ptr [umerge/3+24]
    dec r14
    jle L1114
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_303
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+24], xmm0
# is_function2_fss
    mov rdi, qword ptr [rbx]
    rex test dil, 1
    short jne label_301
    mov eax, dword ptr [rdi-2]
    cmp eax, 212
    short jne label_301
    cmp byte ptr [rdi+22], 2
    short jne label_301
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1603
    mov ecx, 5
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1603:
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx+32], 59
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx+16], 1
    vmovups xmmword ptr [rbx+16], xmm0
# swap_dd
    mov rdi, qword ptr [rbx]
    mov rsi, qword ptr [rbx+16]
    mov qword ptr [rbx+16], rdi
    mov qword ptr [rbx], rsi
# line_I
# i_call_f
.db 0x90
    call ufmerge2_2/5
# i_move_sd
    mov qword ptr [rbx+8], 59
# call_light_bif_be
    align 4
L1604:
L1605:
    long mov rcx, 9223372036854775807
    mov rax, 94919178928352
    lea rdx, qword ptr [L1604]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1115
    ret
# label_L
label_303:
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_301
# is_function2_fss
    mov rdi, qword ptr [rbx]
    rex test dil, 1
    jne label_301
    mov eax, dword ptr [rdi-2]
    cmp eax, 212
    jne label_301
    cmp byte ptr [rdi+22], 2
    jne label_301
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L1115
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_304:
# i_func_info_IaaI
# lists:rumerge/3
    call L1113
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xE8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x39, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
rumerge/3:
# i_breakpoint_trampoline
    short jmp L1606
.db 0x00
    call L1116
    align 8
L1606:
# i_test_yield
    lea rdx, qword ptr [rumerge/3+24]
    dec r14
    jle L1114
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+16]
    test al, 2
    jne label_306
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+24], xmm0
# is_function2_fss
    mov rdi, qword ptr [rbx]
    rex test dil, 1
    short jne label_304
    mov eax, dword ptr [rdi-2]
    cmp eax, 212
    short jne label_304
    cmp byte ptr [rdi+22], 2
    short jne label_304
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1607
    mov ecx, 5
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1607:
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov qword ptr [rbx+32], 59
# line_I
# i_call_f
.db 0x90
    call rufmerge2_1/5
# i_move_sd
    mov qword ptr [rbx+8], 59
# call_light_bif_be
    align 4
L1608:
L1609:
    long mov rcx, 9223372036854775807
    mov rax, 94919178928352
    lea rdx, qword ptr [L1608]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1115
    ret
# label_L
label_306:
# is_nil_fS
    cmp qword ptr [rbx+16], 59
    jne label_304
# is_function2_fss
    mov rdi, qword ptr [rbx]
    rex test dil, 1
    jne label_304
    mov eax, dword ptr [rdi-2]
    cmp eax, 212
    jne label_304
    cmp byte ptr [rdi+22], 2
    jne label_304
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L1115
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_307:
# i_func_info_IaaI
# lists:usort/1
    call L1113
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xE8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x3C, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
usort/1:
# i_breakpoint_trampoline
    short jmp L1610
.db 0x00
    call L1116
    align 8
L1610:
# i_test_yield
    lea rdx, qword ptr [usort/1+24]
    dec r14
    jle L1114
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_323
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+8], xmm0
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+16]
    test al, 2
    jne label_322
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx+16], xmm0
# is_lt_fss
    mov rsi, qword ptr [rbx+24]
    mov rdi, qword ptr [rbx+8]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L1611
    cmp rdi, rsi
    short jmp L1612
L1611:
    call 140320710848608
L1612:
    jge label_314
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+16]
    test al, 2
    jne label_312
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+32], xmm0
# is_nil_fS
    cmp qword ptr [rbx+40], 59
    jne label_313
# is_ge_fss
    mov rsi, qword ptr [rbx+32]
    mov rdi, qword ptr [rbx+24]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L1613
    cmp rdi, rsi
    short jmp L1614
L1613:
    call 140320710848608
L1614:
    jl label_324
# is_eq_fss
    mov rsi, qword ptr [rbx+32]
    mov rdi, qword ptr [rbx+24]
    cmp rdi, rsi
    short je L1615
    mov eax, edi
    and eax, esi
    and al, 3
    cmp al, 3
    je label_309
    call 140320710848744
    jne label_309
L1615:
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1616
    mov ecx, 4
.db 0x90
    call 140320710850576
L1616:
# put_cons_ss
    mov rdi, qword ptr [rbx+24]
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
# return
    dec r14
    jl L1115
    ret
# label_L
label_309:
# is_lt_fss
    mov rsi, qword ptr [rbx+8]
    mov rdi, qword ptr [rbx+32]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L1617
    cmp rdi, rsi
    short jmp L1618
L1617:
    call 140320710848608
L1618:
    jge label_310
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L1619
    mov ecx, 5
.db 0x90
    call 140320710850576
L1619:
# put_cons_ss
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# append_cons_Is
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [r15+32], rdi
    mov qword ptr [r15+40], rsi
    lea rsi, qword ptr [r15+33]
# store_cons_Id
    add r15, 48
    mov qword ptr [rbx], rsi
# return
    dec r14
    jl L1115
    ret
# label_L
label_310:
# is_eq_fss
    mov rsi, qword ptr [rbx+8]
    mov rdi, qword ptr [rbx+32]
    cmp rdi, rsi
    short je L1620
    mov eax, edi
    and eax, esi
    and al, 3
    cmp al, 3
    je label_311
    call 140320710848744
    jne label_311
L1620:
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1621
    mov ecx, 4
.db 0x90
    call 140320710850576
L1621:
# put_cons_ss
    mov rdi, qword ptr [rbx+24]
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
# return
    dec r14
    jl L1115
    ret
# label_L
label_311:
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L1622
    mov ecx, 5
    call 140320710850576
L1622:
# put_cons_ss
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# append_cons_Is
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+32], rdi
    mov qword ptr [r15+40], rsi
    lea rsi, qword ptr [r15+33]
# store_cons_Id
    add r15, 48
    mov qword ptr [rbx], rsi
# return
    dec r14
    jl L1115
    ret
# label_L
label_312:
# is_ne_exact_fss
    cmp qword ptr [rbx+16], 59
    je label_324
# label_L
label_313:
# i_move_sd
    mov qword ptr [rbx+32], 59
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx+24], 59
# i_call_only_f
    jmp usplit_1/5
# label_L
label_314:
# is_lt_fss
    mov rsi, qword ptr [rbx+8]
    mov rdi, qword ptr [rbx+24]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L1623
    cmp rdi, rsi
    short jmp L1624
L1623:
    call 140320710848608
L1624:
    jge label_321
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+16]
    test al, 2
    jne label_319
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx], rsi
    mov qword ptr [rbx+32], rdx
# is_nil_fS
    cmp qword ptr [rbx+32], 59
    jne label_320
# is_lt_fss
    mov rsi, qword ptr [rbx]
    mov rdi, qword ptr [rbx+8]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L1625
    cmp rdi, rsi
    short jmp L1626
L1625:
    call 140320710848608
L1626:
    jge label_315
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1627
    mov ecx, 4
.db 0x66, 0x90
    call 140320710850576
L1627:
# put_cons_ss
# (put head and tail together)
    movups xmm0, xmmword ptr [rbx+8]
    movups xmmword ptr [r15], xmm0
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# store_cons_Id
    add r15, 32
    mov qword ptr [rbx], rsi
# return
    dec r14
    jl L1115
    ret
# label_L
label_315:
# is_eq_fss
    mov rsi, qword ptr [rbx]
    mov rdi, qword ptr [rbx+8]
    cmp rdi, rsi
    short je L1628
    mov eax, edi
    and eax, esi
    and al, 3
    cmp al, 3
    je label_316
    call 140320710848744
    jne label_316
L1628:
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1629
    mov ecx, 4
.db 0x90
    call 140320710850576
L1629:
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
# store_cons_Id
    add r15, 32
    mov qword ptr [rbx], rsi
# return
    dec r14
    jl L1115
    ret
# label_L
label_316:
# is_lt_fss
    mov rsi, qword ptr [rbx+24]
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L1630
    cmp rdi, rsi
    short jmp L1631
L1630:
    call 140320710848608
L1631:
    jge label_317
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L1632
    mov ecx, 4
.db 0x66, 0x90
    call 140320710850576
L1632:
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
    jl L1115
    ret
# label_L
label_317:
# is_eq_fss
    mov rsi, qword ptr [rbx+24]
    mov rdi, qword ptr [rbx]
    cmp rdi, rsi
    short je L1633
    mov eax, edi
    and eax, esi
    and al, 3
    cmp al, 3
    je label_318
    call 140320710848744
    jne label_318
L1633:
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1634
    mov ecx, 4
    call 140320710850576
L1634:
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
# store_cons_Id
    add r15, 32
    mov qword ptr [rbx], rsi
# return
    dec r14
    jl L1115
    ret
# label_L
label_318:
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L1635
    mov ecx, 4
    call 140320710850576
L1635:
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
# store_cons_Id
    add r15, 32
    mov qword ptr [rbx], rsi
# return
    dec r14
    jl L1115
    ret
# label_L
label_319:
# is_nil_fS
    cmp qword ptr [rbx+16], 59
    jne label_320
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1636
    mov ecx, 4
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1636:
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
# store_cons_Id
    add r15, 32
    mov qword ptr [rbx], rsi
# return
    dec r14
    jl L1115
    ret
# label_L
label_320:
# i_move_sd
    mov qword ptr [rbx+32], 59
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx+24], 59
# i_call_only_f
    jmp usplit_2/5
# label_L
label_321:
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+8]
    movups xmmword ptr [rbx], xmm0
# i_call_only_f
    jmp usort_1/2
# label_L
label_322:
# is_nil_fS
    cmp qword ptr [rbx+16], 59
    jne label_307
# return
    dec r14
    jl L1115
    ret
# label_L
label_323:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_307
# label_L
label_324:
# return
    dec r14
    jl L1115
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_325:
# i_func_info_IaaI
# lists:usort_1/2
    call L1113
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xE8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x39, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
usort_1/2:
# i_breakpoint_trampoline
    short jmp L1637
.db 0x00
    call L1116
    align 8
L1637:
# i_test_yield
    lea rdx, qword ptr [usort_1/2+24]
    dec r14
    jle L1114
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_329
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx+8], xmm0
# is_eq_fss
    mov rsi, qword ptr [rbx+16]
    mov rdi, qword ptr [rbx]
    cmp rdi, rsi
    short je L1638
    mov eax, edi
    and eax, esi
    and al, 3
    cmp al, 3
    je label_327
    call 140320710848744
    jne label_327
L1638:
# i_call_only_f
    short jmp usort_1/2
# label_L
label_327:
# is_lt_fss
    mov rsi, qword ptr [rbx+16]
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L1639
    cmp rdi, rsi
    short jmp L1640
L1639:
    call 140320710848608
L1640:
    jge label_328
# i_move_sd
    mov qword ptr [rbx+32], 59
# i_move_sd
    mov qword ptr [rbx+24], 59
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rbx+8], xmm0
# i_call_only_f
    jmp usplit_1/5
# label_L
label_328:
# i_move_sd
    mov qword ptr [rbx+32], 59
# i_move_sd
    mov qword ptr [rbx+24], 59
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rbx+8], xmm0
# i_call_only_f
    jmp usplit_2/5
# label_L
label_329:
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_325
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1641
    mov ecx, 1
.db 0x90
    call 140320710850576
L1641:
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
    jl L1115
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_330:
# i_func_info_IaaI
# lists:umerge/1
    call L1113
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xE8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x36, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
umerge/1:
# i_breakpoint_trampoline
    short jmp L1642
.db 0x00
    call L1116
    align 8
L1642:
# i_test_yield
    lea rdx, qword ptr [umerge/1+24]
    dec r14
    jle L1114
# i_call_only_f
    jmp umergel/1
# func_line_I
# aligned_label_Lt
    align 8
label_332:
# i_func_info_IaaI
# lists:umerge3/3
    call L1113
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xE8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x39, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
umerge3/3:
# i_breakpoint_trampoline
    short jmp L1643
.db 0x00
    call L1116
    align 8
L1643:
# i_test_yield
    lea rdx, qword ptr [umerge3/3+24]
    dec r14
    jle L1114
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_334
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx+8], rdi
# i_call_only_f
    jmp umerge/2
# label_L
label_334:
# is_nil_fS
    cmp qword ptr [rbx+16], 59
    jne label_335
# i_call_only_f
    jmp umerge/2
# label_L
label_335:
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+8]
    test al, 2
    short jne label_332
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+24], xmm0
# is_nonempty_list_fS
    test byte ptr [rbx+16], 2
    short jne label_332
# allocate_heap_tIt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1644
    mov ecx, 5
.db 0x66, 0x90
    call 140320710850576
L1644:
# get_list_Sdd
    mov rdi, qword ptr [rbx+16]
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rdi-1], 1
    vmovups xmmword ptr [rbx+40], xmm0
# put_cons_ss
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx+32], 59
# line_I
# i_call_f
    call umerge3_1/7
# i_move_sd
    mov qword ptr [rbx+8], 59
# call_light_bif_be
    align 4
L1645:
L1646:
    long mov rcx, 9223372036854775807
    mov rax, 94919178928352
    lea rdx, qword ptr [L1645]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1115
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_336:
# i_func_info_IaaI
# lists:rumerge3/3
    call L1113
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xE8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x3A, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
rumerge3/3:
# i_breakpoint_trampoline
    short jmp L1647
.db 0x00
    call L1116
    align 8
L1647:
# i_test_yield
    lea rdx, qword ptr [rumerge3/3+24]
    dec r14
    jle L1114
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_338
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx+8], rdi
# i_call_only_f
    jmp rumerge/2
# label_L
label_338:
# is_nil_fS
    cmp qword ptr [rbx+16], 59
    jne label_339
# i_call_only_f
    jmp rumerge/2
# label_L
label_339:
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+8]
    test al, 2
    short jne label_336
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+24], xmm0
# is_nonempty_list_fS
    test byte ptr [rbx+16], 2
    short jne label_336
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1648
    mov ecx, 5
.db 0x66, 0x90
    call 140320710850576
L1648:
# get_list_Sdd
    mov rdi, qword ptr [rbx+16]
    mov rsi, qword ptr [rdi-1]
    mov rdx, qword ptr [rdi+7]
    mov qword ptr [rbx+40], rsi
    mov qword ptr [rbx+8], rdx
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx+24], 59
# swap_dd
    mov rdi, qword ptr [rbx+8]
    mov rsi, qword ptr [rbx+32]
    mov qword ptr [rbx+32], rdi
    mov qword ptr [rbx+8], rsi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call rumerge3_1/6
# i_move_sd
    mov qword ptr [rbx+8], 59
# call_light_bif_be
    align 4
L1649:
L1650:
    long mov rcx, 9223372036854775807
    mov rax, 94919178928352
    lea rdx, qword ptr [L1649]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1115
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_340:
# i_func_info_IaaI
# lists:umerge/2
    call L1113
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xE8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x36, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
umerge/2:
# i_breakpoint_trampoline
    short jmp L1651
.db 0x00
    call L1116
    align 8
L1651:
# i_test_yield
    lea rdx, qword ptr [umerge/2+24]
    dec r14
    jle L1114
# is_nonempty_list_fS
    test byte ptr [rbx], 2
    jne label_342
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1652
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1652:
# get_list_Sdd
    mov rdi, qword ptr [rbx]
    mov rsi, qword ptr [rdi-1]
    mov rdx, qword ptr [rdi+7]
    mov qword ptr [rbx+24], rsi
    mov qword ptr [rbx], rdx
# i_move_sd
    mov qword ptr [rbx+16], 59
# line_I
# i_call_f
.db 0x90
    call umerge2_2/4
# i_move_sd
    mov qword ptr [rbx+8], 59
# call_light_bif_be
    align 4
L1653:
L1654:
    long mov rcx, 9223372036854775807
    mov rax, 94919178928352
    lea rdx, qword ptr [L1653]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1115
    ret
# label_L
label_342:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_340
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L1115
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_343:
# i_func_info_IaaI
# lists:rumerge/2
    call L1113
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xE8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x39, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
rumerge/2:
# i_breakpoint_trampoline
    short jmp L1655
.db 0x00
    call L1116
    align 8
L1655:
# i_test_yield
    lea rdx, qword ptr [rumerge/2+24]
    dec r14
    jle L1114
# is_nonempty_list_fS
    test byte ptr [rbx+8], 2
    jne label_345
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1656
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L1656:
# get_list_Sdd
    mov rdi, qword ptr [rbx+8]
    mov rsi, qword ptr [rdi-1]
    mov rdx, qword ptr [rdi+7]
    mov qword ptr [rbx+24], rsi
    mov qword ptr [rbx+8], rdx
# i_move_sd
    mov qword ptr [rbx+16], 59
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call rumerge2_1/4
# i_move_sd
    mov qword ptr [rbx+8], 59
# call_light_bif_be
    align 4
L1657:
L1658:
    long mov rcx, 9223372036854775807
    mov rax, 94919178928352
    lea rdx, qword ptr [L1657]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1115
    ret
# label_L
label_345:
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_343
# return
    dec r14
    jl L1115
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_346:
# i_func_info_IaaI
# lists:all/2
    call L1113
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xE8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
all/2:
# i_breakpoint_trampoline
    short jmp L1659
.db 0x00
    call L1116
    align 8
L1659:
# i_test_yield
    lea rdx, qword ptr [all/2+24]
    dec r14
    jle L1114
# is_function2_fss
    mov rdi, qword ptr [rbx]
    rex test dil, 1
    short jne label_346
    mov eax, dword ptr [rdi-2]
    cmp eax, 212
    short jne label_346
    cmp byte ptr [rdi+22], 1
    short jne label_346
# is_nonempty_list_fS
    test byte ptr [rbx+8], 2
    jne label_350
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1660
    mov ecx, 2
.db 0x90
    call 140320710850576
L1660:
    sub rsp, 16
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# get_list_Sdd
    mov rdi, qword ptr [rbx+8]
    mov rsi, qword ptr [rdi-1]
    mov rdx, qword ptr [rdi+7]
    mov qword ptr [rbx], rsi
    mov qword ptr [rsp], rdx
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+8], rdi
# line_I
# i_call_fun2_atS
    mov rcx, qword ptr [rbx+8]
    mov edx, 1
    lea r8, qword ptr [L1661]
# skipped box test since source is always boxed
# skipped fun test since source is always a fun when boxed
# skipped arity test since source always has right arity
    mov rax, qword ptr [rcx+6]
    mov rdi, qword ptr [rax+r12*8]
L1661:
    call rdi
.db 0x66, 0x90
    call rdi
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 11
    je label_349
    cmp rsi, 75
    je label_348
    jmp label_351
# label_L
label_348:
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp], 1
    vmovups xmmword ptr [rbx], xmm0
# i_call_last_ft
    add rsp, 16
    jmp all_1/2
# label_L
label_349:
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L1115
    ret
# label_L
label_350:
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_352
# i_move_sd
    mov qword ptr [rbx], 75
# return
    dec r14
    jl L1115
    ret
# label_L
label_351:
# case_end_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 7248
    xor ecx, ecx
    call 140320710854352
# label_L
label_352:
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
label_353:
# i_func_info_IaaI
# lists:all_1/2
    call L1113
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xE8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x3A, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
all_1/2:
# i_breakpoint_trampoline
    short jmp L1662
.db 0x00
    call L1116
    align 8
L1662:
# i_test_yield
    lea rdx, qword ptr [all_1/2+24]
    dec r14
    jle L1114
# is_nonempty_list_fS
    test byte ptr [rbx+8], 2
    jne label_357
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1663
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L1663:
    sub rsp, 16
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# get_list_Sdd
    mov rdi, qword ptr [rbx+8]
    mov rsi, qword ptr [rdi-1]
    mov rdx, qword ptr [rdi+7]
    mov qword ptr [rbx], rsi
    mov qword ptr [rsp], rdx
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+8], rdi
# line_I
# i_call_fun2_atS
    mov rcx, qword ptr [rbx+8]
    mov edx, 1
    lea r8, qword ptr [L1664]
# skipped box test since source is always boxed
# skipped fun test since source is always a fun when boxed
# skipped arity test since source always has right arity
    mov rax, qword ptr [rcx+6]
    mov rdi, qword ptr [rax+r12*8]
L1664:
    call rdi
.db 0x66, 0x90
    call rdi
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 11
    je label_356
    cmp rsi, 75
    je label_355
    jmp label_358
# label_L
label_355:
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp], 1
    vmovups xmmword ptr [rbx], xmm0
# i_call_last_ft
    add rsp, 16
    jmp all_1/2
# label_L
label_356:
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L1115
    ret
# label_L
label_357:
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_353
# i_move_sd
    mov qword ptr [rbx], 75
# return
    dec r14
    jl L1115
    ret
# label_L
label_358:
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
label_359:
# i_func_info_IaaI
# lists:any/2
    call L1113
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xE8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x0C, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
any/2:
# i_breakpoint_trampoline
    short jmp L1665
.db 0x00
    call L1116
    align 8
L1665:
# i_test_yield
    lea rdx, qword ptr [any/2+24]
    dec r14
    jle L1114
# is_function2_fss
    mov rdi, qword ptr [rbx]
    rex test dil, 1
    short jne label_359
    mov eax, dword ptr [rdi-2]
    cmp eax, 212
    short jne label_359
    cmp byte ptr [rdi+22], 1
    short jne label_359
# is_nonempty_list_fS
    test byte ptr [rbx+8], 2
    jne label_363
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1666
    mov ecx, 2
.db 0x90
    call 140320710850576
L1666:
    sub rsp, 16
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# get_list_Sdd
    mov rdi, qword ptr [rbx+8]
    mov rsi, qword ptr [rdi-1]
    mov rdx, qword ptr [rdi+7]
    mov qword ptr [rbx], rsi
    mov qword ptr [rsp], rdx
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+8], rdi
# line_I
# i_call_fun2_atS
    mov rcx, qword ptr [rbx+8]
    mov edx, 1
    lea r8, qword ptr [L1667]
# skipped box test since source is always boxed
# skipped fun test since source is always a fun when boxed
# skipped arity test since source always has right arity
    mov rax, qword ptr [rcx+6]
    mov rdi, qword ptr [rax+r12*8]
L1667:
    call rdi
.db 0x66, 0x90
    call rdi
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 11
    je label_362
    cmp rsi, 75
    je label_361
    jmp label_364
# label_L
label_361:
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L1115
    ret
# label_L
label_362:
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp], 1
    vmovups xmmword ptr [rbx], xmm0
# i_call_last_ft
    add rsp, 16
    jmp any_1/2
# label_L
label_363:
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_365
# i_move_sd
    mov qword ptr [rbx], 11
# return
    dec r14
    jl L1115
    ret
# label_L
label_364:
# case_end_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 7248
    xor ecx, ecx
    call 140320710854352
# label_L
label_365:
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
label_366:
# i_func_info_IaaI
# lists:any_1/2
    call L1113
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xE8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x3A, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
any_1/2:
# i_breakpoint_trampoline
    short jmp L1668
.db 0x00
    call L1116
    align 8
L1668:
# i_test_yield
    lea rdx, qword ptr [any_1/2+24]
    dec r14
    jle L1114
# is_nonempty_list_fS
    test byte ptr [rbx+8], 2
    jne label_370
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1669
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L1669:
    sub rsp, 16
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# get_list_Sdd
    mov rdi, qword ptr [rbx+8]
    mov rsi, qword ptr [rdi-1]
    mov rdx, qword ptr [rdi+7]
    mov qword ptr [rbx], rsi
    mov qword ptr [rsp], rdx
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+8], rdi
# line_I
# i_call_fun2_atS
    mov rcx, qword ptr [rbx+8]
    mov edx, 1
    lea r8, qword ptr [L1670]
# skipped box test since source is always boxed
# skipped fun test since source is always a fun when boxed
# skipped arity test since source always has right arity
    mov rax, qword ptr [rcx+6]
    mov rdi, qword ptr [rax+r12*8]
L1670:
    call rdi
.db 0x66, 0x90
    call rdi
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 11
    je label_369
    cmp rsi, 75
    je label_368
    jmp label_371
# label_L
label_368:
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L1115
    ret
# label_L
label_369:
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp], 1
    vmovups xmmword ptr [rbx], xmm0
# i_call_last_ft
    add rsp, 16
    jmp any_1/2
# label_L
label_370:
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_366
# i_move_sd
    mov qword ptr [rbx], 11
# return
    dec r14
    jl L1115
    ret
# label_L
label_371:
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
label_372:
# i_func_info_IaaI
# lists:map/2
    call L1113
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xE8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x4C, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
map/2:
# i_breakpoint_trampoline
    short jmp L1671
.db 0x00
    call L1116
    align 8
L1671:
# i_test_yield
    lea rdx, qword ptr [map/2+24]
    dec r14
    jle L1114
# is_function2_fss
    mov rdi, qword ptr [rbx]
    rex test dil, 1
    short jne label_372
    mov eax, dword ptr [rdi-2]
    cmp eax, 212
    short jne label_372
    cmp byte ptr [rdi+22], 1
    short jne label_372
# is_nonempty_list_fS
    test byte ptr [rbx+8], 2
    jne label_374
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1672
    mov ecx, 2
.db 0x90
    call 140320710850576
L1672:
    sub rsp, 16
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# get_list_Sdd
    mov rdi, qword ptr [rbx+8]
    mov rsi, qword ptr [rdi-1]
    mov rdx, qword ptr [rdi+7]
    mov qword ptr [rbx], rsi
    mov qword ptr [rsp], rdx
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+8], rdi
# line_I
# i_call_fun2_atS
    mov rcx, qword ptr [rbx+8]
    mov edx, 1
    lea r8, qword ptr [L1673]
# skipped box test since source is always boxed
# skipped fun test since source is always a fun when boxed
# skipped arity test since source always has right arity
    mov rax, qword ptr [rcx+6]
    mov rdi, qword ptr [rax+r12*8]
L1673:
    call rdi
.db 0x66, 0x90
    call rdi
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
# i_call_f
.db 0x0F, 0x1F, 0x00
    call map_1/2
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1674
    mov ecx, 1
    call 140320710850576
L1674:
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
    jl L1115
    ret
# label_L
label_374:
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_375
# i_move_sd
    mov qword ptr [rbx], 59
# return
    dec r14
    jl L1115
    ret
# label_L
label_375:
# line_I
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
label_376:
# i_func_info_IaaI
# lists:map_1/2
    call L1113
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xE8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x3A, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
map_1/2:
# i_breakpoint_trampoline
    short jmp L1675
.db 0x00
    call L1116
    align 8
L1675:
# i_test_yield
    lea rdx, qword ptr [map_1/2+24]
    dec r14
    jle L1114
# is_nonempty_list_fS
    test byte ptr [rbx+8], 2
    jne label_378
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1676
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L1676:
    sub rsp, 16
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# get_list_Sdd
    mov rdi, qword ptr [rbx+8]
    mov rsi, qword ptr [rdi-1]
    mov rdx, qword ptr [rdi+7]
    mov qword ptr [rbx], rsi
    mov qword ptr [rsp], rdx
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+8], rdi
# line_I
# i_call_fun2_atS
    mov rcx, qword ptr [rbx+8]
    mov edx, 1
    lea r8, qword ptr [L1677]
# skipped box test since source is always boxed
# skipped fun test since source is always a fun when boxed
# skipped arity test since source always has right arity
    mov rax, qword ptr [rcx+6]
    mov rdi, qword ptr [rax+r12*8]
L1677:
    call rdi
.db 0x66, 0x90
    call rdi
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
# i_call_f
.db 0x0F, 0x1F, 0x00
    call map_1/2
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1678
    mov ecx, 1
    call 140320710850576
L1678:
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
    jl L1115
    ret
# label_L
label_378:
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_376
# i_move_sd
    mov qword ptr [rbx], 59
# return
    dec r14
    jl L1115
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_379:
# i_func_info_IaaI
# lists:flatmap/2
    call L1113
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xE8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x49, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
flatmap/2:
# i_breakpoint_trampoline
    short jmp L1679
.db 0x00
    call L1116
    align 8
L1679:
# i_test_yield
    lea rdx, qword ptr [flatmap/2+24]
    dec r14
    jle L1114
# is_function2_fss
    mov rdi, qword ptr [rbx]
    rex test dil, 1
    short jne label_379
    mov eax, dword ptr [rdi-2]
    cmp eax, 212
    short jne label_379
    cmp byte ptr [rdi+22], 1
    short jne label_379
# i_call_only_f
    jmp flatmap_1/2
# func_line_I
# aligned_label_Lt
    align 8
label_381:
# i_func_info_IaaI
# lists:flatmap_1/2
    call L1113
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xE8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x3B, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
flatmap_1/2:
# i_breakpoint_trampoline
    short jmp L1680
.db 0x00
    call L1116
    align 8
L1680:
# i_test_yield
    lea rdx, qword ptr [flatmap_1/2+24]
    dec r14
    jle L1114
# is_nonempty_list_fS
    test byte ptr [rbx+8], 2
    jne label_383
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1681
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L1681:
    sub rsp, 16
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# get_list_Sdd
    mov rdi, qword ptr [rbx+8]
    mov rsi, qword ptr [rdi-1]
    mov rdx, qword ptr [rdi+7]
    mov qword ptr [rbx], rsi
    mov qword ptr [rsp], rdx
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+8], rdi
# line_I
# i_call_fun2_atS
    mov rcx, qword ptr [rbx+8]
    mov edx, 1
    lea r8, qword ptr [L1682]
# skipped box test since source is always boxed
# skipped fun test since source is always a fun when boxed
# skipped arity test since source always has right arity
    mov rax, qword ptr [rcx+6]
    mov rdi, qword ptr [rax+r12*8]
L1682:
    call rdi
.db 0x66, 0x90
    call rdi
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
# i_call_f
.db 0x0F, 0x1F, 0x00
    call flatmap_1/2
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# call_light_bif_be
    align 4
L1683:
L1684:
    long mov rcx, 9223372036854775807
    mov rax, 94919178927824
    lea rdx, qword ptr [L1683]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 8
# return
    dec r14
    jl L1115
    ret
# label_L
label_383:
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_381
# i_move_sd
    mov qword ptr [rbx], 59
# return
    dec r14
    jl L1115
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_384:
# i_func_info_IaaI
# lists:foldl/3
    call L1113
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xE8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x1E, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
foldl/3:
# i_breakpoint_trampoline
    short jmp L1685
.db 0x00
    call L1116
    align 8
L1685:
# i_test_yield
    lea rdx, qword ptr [foldl/3+24]
    dec r14
    jle L1114
# is_function2_fss
    mov rdi, qword ptr [rbx]
    rex test dil, 1
    short jne label_384
    mov eax, dword ptr [rdi-2]
    cmp eax, 212
    short jne label_384
    cmp byte ptr [rdi+22], 2
    short jne label_384
# is_nonempty_list_fS
    test byte ptr [rbx+16], 2
    jne label_386
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1686
    mov ecx, 3
.db 0x90
    call 140320710850576
L1686:
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
    lea r8, qword ptr [L1687]
# skipped box test since source is always boxed
# skipped fun test since source is always a fun when boxed
# skipped arity test since source always has right arity
    mov rax, qword ptr [rcx+6]
    mov rdi, qword ptr [rax+r12*8]
L1687:
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
    jmp foldl_1/3
# label_L
label_386:
# is_nil_fS
    cmp qword ptr [rbx+16], 59
    jne label_387
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L1115
    ret
# label_L
label_387:
# line_I
# case_end_s
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 7248
    xor ecx, ecx
    call 140320710854352
# func_line_I
    nop
# aligned_label_Lt
    align 8
label_388:
# i_func_info_IaaI
# lists:foldl_1/3
    call L1113
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xE8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x3B, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
foldl_1/3:
# i_breakpoint_trampoline
    short jmp L1688
.db 0x00
    call L1116
    align 8
L1688:
# i_test_yield
    lea rdx, qword ptr [foldl_1/3+24]
    dec r14
    jle L1114
# is_nonempty_list_fS
    test byte ptr [rbx+16], 2
    jne label_390
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1689
    mov ecx, 3
.db 0x66, 0x90
    call 140320710850576
L1689:
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
    lea r8, qword ptr [L1690]
# skipped box test since source is always boxed
# skipped fun test since source is always a fun when boxed
# skipped arity test since source always has right arity
    mov rax, qword ptr [rcx+6]
    mov rdi, qword ptr [rax+r12*8]
L1690:
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
    jmp foldl_1/3
# label_L
label_390:
# is_nil_fS
    cmp qword ptr [rbx+16], 59
    jne label_388
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L1115
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_391:
# i_func_info_IaaI
# lists:foldr/3
    call L1113
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xE8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x3B, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
foldr/3:
# i_breakpoint_trampoline
    short jmp L1691
.db 0x00
    call L1116
    align 8
L1691:
# i_test_yield
    lea rdx, qword ptr [foldr/3+24]
    dec r14
    jle L1114
# is_function2_fss
    mov rdi, qword ptr [rbx]
    rex test dil, 1
    short jne label_391
    mov eax, dword ptr [rdi-2]
    cmp eax, 212
    short jne label_391
    cmp byte ptr [rdi+22], 2
    short jne label_391
# i_call_only_f
    jmp foldr_1/3
# func_line_I
# aligned_label_Lt
    align 8
label_393:
# i_func_info_IaaI
# lists:foldr_1/3
    call L1113
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xE8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x3B, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
foldr_1/3:
# i_breakpoint_trampoline
    short jmp L1692
.db 0x00
    call L1116
    align 8
L1692:
# i_test_yield
    lea rdx, qword ptr [foldr_1/3+24]
    dec r14
    jle L1114
# is_nonempty_list_fS
    test byte ptr [rbx+16], 2
    jne label_395
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1693
    mov ecx, 3
.db 0x66, 0x90
    call 140320710850576
L1693:
    sub rsp, 16
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# get_list_Sdd
    mov rdi, qword ptr [rbx+16]
    mov rsi, qword ptr [rdi-1]
    mov rdx, qword ptr [rdi+7]
    mov qword ptr [rsp], rsi
    mov qword ptr [rbx+16], rdx
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call foldr_1/3
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_fun2_last_atSt
    mov rcx, qword ptr [rbx+16]
    mov edx, 2
    lea r8, qword ptr [L1694]
# skipped box test since source is always boxed
# skipped fun test since source is always a fun when boxed
# skipped arity test since source always has right arity
    mov rax, qword ptr [rcx+6]
    mov rdi, qword ptr [rax+r12*8]
L1694:
    add rsp, 16
    jmp rdi
# label_L
label_395:
# is_nil_fS
    cmp qword ptr [rbx+16], 59
    jne label_393
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L1115
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_396:
# i_func_info_IaaI
# lists:filter/2
    call L1113
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xE8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x49, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
filter/2:
# i_breakpoint_trampoline
    short jmp L1695
.db 0x00
    call L1116
    align 8
L1695:
# i_test_yield
    lea rdx, qword ptr [filter/2+24]
    dec r14
    jle L1114
# is_function2_fss
    mov rdi, qword ptr [rbx]
    rex test dil, 1
    short jne label_396
    mov eax, dword ptr [rdi-2]
    cmp eax, 212
    short jne label_396
    cmp byte ptr [rdi+22], 1
    short jne label_396
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rbx], xmm0
# i_call_only_f
    jmp '-filter/2-lc$^0/1-0-'/2
# func_line_I
# aligned_label_Lt
    align 8
label_398:
# i_func_info_IaaI
# lists:partition/2
    call L1113
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xE8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x3F, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
partition/2:
# i_breakpoint_trampoline
    short jmp L1696
.db 0x00
    call L1116
    align 8
L1696:
# i_test_yield
    lea rdx, qword ptr [partition/2+24]
    dec r14
    jle L1114
# is_function2_fss
    mov rdi, qword ptr [rbx]
    rex test dil, 1
    short jne label_398
    mov eax, dword ptr [rdi-2]
    cmp eax, 212
    short jne label_398
    cmp byte ptr [rdi+22], 1
    short jne label_398
# i_move_sd
    mov qword ptr [rbx+24], 59
# i_move_sd
    mov qword ptr [rbx+16], 59
# i_call_only_f
    jmp partition_1/4
# func_line_I
# aligned_label_Lt
    align 8
label_400:
# i_func_info_IaaI
# lists:partition_1/4
    call L1113
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xE8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x3C, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
partition_1/4:
# i_breakpoint_trampoline
    short jmp L1697
.db 0x00
    call L1116
    align 8
L1697:
# i_test_yield
    lea rdx, qword ptr [partition_1/4+24]
    dec r14
    jle L1114
# is_nonempty_list_fS
    test byte ptr [rbx+8], 2
    jne label_404
# allocate_tt
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L1698
    mov ecx, 4
.db 0x66, 0x90
    call 140320710850576
L1698:
    sub rsp, 40
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+16], 1
    vmovups xmmword ptr [rsp+16], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+32], rdi
# get_list_Sdd
    mov rdi, qword ptr [rbx+8]
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rdi-1], 1
    vmovups xmmword ptr [rsp], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# line_I
# i_call_fun2_atS
    mov rcx, qword ptr [rbx+8]
    mov edx, 1
    lea r8, qword ptr [L1699]
# skipped box test since source is always boxed
# skipped fun test since source is always a fun when boxed
# skipped arity test since source always has right arity
    mov rax, qword ptr [rcx+6]
    mov rdi, qword ptr [rax+r12*8]
L1699:
    call rdi
.db 0x66, 0x90
    call rdi
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 11
    je label_403
    cmp rsi, 75
    je label_402
    jmp label_405
# label_L
label_402:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1700
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1700:
# put_cons_ss
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rsp+24]
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
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 40
    jmp partition_1/4
# label_L
label_403:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1701
    xor ecx, ecx
    call 140320710850576
L1701:
# put_cons_ss
# (put head and tail together)
    movups xmm0, xmmword ptr [rsp+8]
    movups xmmword ptr [r15], xmm0
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+24], rsi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 40
    jmp partition_1/4
# label_L
label_404:
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_400
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1702
    mov ecx, 4
.db 0x66, 0x90
    call 140320710850576
L1702:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
    call reverse/1
# swap_dd
    mov rdi, qword ptr [rsp]
    mov rsi, qword ptr [rbx]
    mov qword ptr [rbx], rdi
    mov qword ptr [rsp], rsi
# i_call_f
.db 0x90
    call reverse/1
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1703
    mov ecx, 1
    call 140320710850576
L1703:
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
    jl L1115
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
# lists:filtermap/2
    call L1113
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xE8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x3C, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
filtermap/2:
# i_breakpoint_trampoline
    short jmp L1704
.db 0x00
    call L1116
    align 8
L1704:
# i_test_yield
    lea rdx, qword ptr [filtermap/2+24]
    dec r14
    jle L1114
# is_function2_fss
    mov rdi, qword ptr [rbx]
    rex test dil, 1
    short jne label_406
    mov eax, dword ptr [rdi-2]
    cmp eax, 212
    short jne label_406
    cmp byte ptr [rdi+22], 1
    short jne label_406
# i_call_only_f
    jmp filtermap_1/2
# func_line_I
# aligned_label_Lt
    align 8
label_408:
# i_func_info_IaaI
# lists:filtermap_1/2
    call L1113
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xE8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x3C, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
filtermap_1/2:
# i_breakpoint_trampoline
    short jmp L1705
.db 0x00
    call L1116
    align 8
L1705:
# i_test_yield
    lea rdx, qword ptr [filtermap_1/2+24]
    dec r14
    jle L1114
# is_nonempty_list_fS
    test byte ptr [rbx+8], 2
    jne label_413
# allocate_tt
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1706
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L1706:
    sub rsp, 32
# init_yregs_I
    mov qword ptr [rsp], 59
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+24], rdi
# get_list_Sdd
    mov rdi, qword ptr [rbx+8]
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rdi-1], 1
    vmovups xmmword ptr [rsp+8], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# line_I
# i_call_fun2_atS
    mov rcx, qword ptr [rbx+8]
    mov edx, 1
    lea r8, qword ptr [L1707]
# skipped box test since source is always boxed
# skipped fun test since source is always a fun when boxed
# skipped arity test since source always has right arity
    mov rax, qword ptr [rcx+6]
    mov rdi, qword ptr [rax+r12*8]
L1707:
    call rdi
.db 0x66, 0x90
    call rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp], rdi
# i_is_tagged_tuple_ff_ffsAa
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_410
    mov rdi, qword ptr [rsi-2]
    rex test dil, 63
    jne label_410
    cmp edi, 128
    jne label_414
    cmp qword ptr [rsi+6], 75
    jne label_414
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
    add rsp, 24
# line_I
# i_call_f
    call filtermap_1/2
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1708
    mov ecx, 1
    call 140320710850576
L1708:
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
    jl L1115
    ret
# label_L
label_410:
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 11
    je label_412
    cmp rsi, 75
    je label_411
    jmp label_414
# label_L
label_411:
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rsp+24], rdi
# i_trim_t
    add rsp, 24
# line_I
# i_call_f
    call filtermap_1/2
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1709
    mov ecx, 1
    call 140320710850576
L1709:
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
    jl L1115
    ret
# label_L
label_412:
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 32
    jmp filtermap_1/2
# label_L
label_413:
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_408
# i_move_sd
    mov qword ptr [rbx], 59
# return
    dec r14
    jl L1115
    ret
# label_L
label_414:
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
label_415:
# i_func_info_IaaI
# lists:zf/2
    call L1113
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xE8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x7B, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
zf/2:
# i_breakpoint_trampoline
    short jmp L1710
.db 0x00
    call L1116
    align 8
L1710:
# i_test_yield
    lea rdx, qword ptr [zf/2+24]
    dec r14
    jle L1114
# i_call_only_f
    jmp filtermap/2
# func_line_I
# aligned_label_Lt
    align 8
label_417:
# i_func_info_IaaI
# lists:foreach/2
    call L1113
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xE8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x51, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
foreach/2:
# i_breakpoint_trampoline
    short jmp L1711
.db 0x00
    call L1116
    align 8
L1711:
# i_test_yield
    lea rdx, qword ptr [foreach/2+24]
    dec r14
    jle L1114
# is_function2_fss
    mov rdi, qword ptr [rbx]
    rex test dil, 1
    short jne label_417
    mov eax, dword ptr [rdi-2]
    cmp eax, 212
    short jne label_417
    cmp byte ptr [rdi+22], 1
    short jne label_417
# i_call_only_f
    jmp foreach_1/2
# func_line_I
# aligned_label_Lt
    align 8
label_419:
# i_func_info_IaaI
# lists:foreach_1/2
    call L1113
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xE8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x3C, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
foreach_1/2:
# i_breakpoint_trampoline
    short jmp L1712
.db 0x00
    call L1116
    align 8
L1712:
# i_test_yield
    lea rdx, qword ptr [foreach_1/2+24]
    dec r14
    jle L1114
# is_nonempty_list_fS
    test byte ptr [rbx+8], 2
    jne label_421
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1713
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L1713:
    sub rsp, 16
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# get_list_Sdd
    mov rdi, qword ptr [rbx+8]
    mov rsi, qword ptr [rdi-1]
    mov rdx, qword ptr [rdi+7]
    mov qword ptr [rbx], rsi
    mov qword ptr [rsp], rdx
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+8], rdi
# line_I
# i_call_fun2_atS
    mov rcx, qword ptr [rbx+8]
    mov edx, 1
    lea r8, qword ptr [L1714]
# skipped box test since source is always boxed
# skipped fun test since source is always a fun when boxed
# skipped arity test since source always has right arity
    mov rax, qword ptr [rcx+6]
    mov rdi, qword ptr [rax+r12*8]
L1714:
    call rdi
.db 0x66, 0x90
    call rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp], 1
    vmovups xmmword ptr [rbx], xmm0
# i_call_last_ft
    add rsp, 16
    jmp foreach_1/2
# label_L
label_421:
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_419
# i_move_sd
    mov qword ptr [rbx], 30603
# return
    dec r14
    jl L1115
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_422:
# i_func_info_IaaI
# lists:mapfoldl/3
    call L1113
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xE8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x3D, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
mapfoldl/3:
# i_breakpoint_trampoline
    short jmp L1715
.db 0x00
    call L1116
    align 8
L1715:
# i_test_yield
    lea rdx, qword ptr [mapfoldl/3+24]
    dec r14
    jle L1114
# is_function2_fss
    mov rdi, qword ptr [rbx]
    rex test dil, 1
    short jne label_422
    mov eax, dword ptr [rdi-2]
    cmp eax, 212
    short jne label_422
    cmp byte ptr [rdi+22], 2
    short jne label_422
# i_call_only_f
    jmp mapfoldl_1/3
# func_line_I
# aligned_label_Lt
    align 8
label_424:
# i_func_info_IaaI
# lists:mapfoldl_1/3
    call L1113
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xE8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x3D, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
mapfoldl_1/3:
# i_breakpoint_trampoline
    short jmp L1716
.db 0x00
    call L1116
    align 8
L1716:
# i_test_yield
    lea rdx, qword ptr [mapfoldl_1/3+24]
    dec r14
    jle L1114
# is_nonempty_list_fS
    test byte ptr [rbx+16], 2
    jne label_426
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1717
    mov ecx, 3
.db 0x66, 0x90
    call 140320710850576
L1717:
    sub rsp, 24
# init_yregs_I
    mov qword ptr [rsp], 59
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+16], rdi
# get_list_Sdd
    mov rdi, qword ptr [rbx+16]
    mov rsi, qword ptr [rdi-1]
    mov rdx, qword ptr [rdi+7]
    mov qword ptr [rbx], rsi
    mov qword ptr [rsp+8], rdx
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+16], rdi
# line_I
# i_call_fun2_atS
    mov rcx, qword ptr [rbx+16]
    mov edx, 2
    lea r8, qword ptr [L1718]
# skipped box test since source is always boxed
# skipped fun test since source is always a fun when boxed
# skipped arity test since source always has right arity
    mov rax, qword ptr [rcx+6]
    mov rdi, qword ptr [rax+r12*8]
L1718:
    call rdi
.db 0x90
    call rdi
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_427
    cmp dword ptr [rsi-2], 128
    jne label_427
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rsp], rdi
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rsp+16], rdi
# i_trim_t
    add rsp, 16
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call mapfoldl_1/3
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L1719
    mov ecx, 1
    call 140320710850576
L1719:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# get_two_tuple_elements_sPSS
    vpermilpd xmm0, xmmword ptr [rsi+6], 1
    vmovups xmmword ptr [rbx], xmm0
# put_cons_ss
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+8], rdi
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
    add rsp, 8
# return
    dec r14
    jl L1115
    ret
# label_L
label_426:
# is_nil_fS
    cmp qword ptr [rbx+16], 59
    jne label_424
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1720
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1720:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 59
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L1115
    ret
# label_L
label_427:
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
label_428:
# i_func_info_IaaI
# lists:mapfoldr/3
    call L1113
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xE8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x3D, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
mapfoldr/3:
# i_breakpoint_trampoline
    short jmp L1721
.db 0x00
    call L1116
    align 8
L1721:
# i_test_yield
    lea rdx, qword ptr [mapfoldr/3+24]
    dec r14
    jle L1114
# is_function2_fss
    mov rdi, qword ptr [rbx]
    rex test dil, 1
    short jne label_428
    mov eax, dword ptr [rdi-2]
    cmp eax, 212
    short jne label_428
    cmp byte ptr [rdi+22], 2
    short jne label_428
# i_call_only_f
    jmp mapfoldr_1/3
# func_line_I
# aligned_label_Lt
    align 8
label_430:
# i_func_info_IaaI
# lists:mapfoldr_1/3
    call L1113
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xE8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x3D, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
mapfoldr_1/3:
# i_breakpoint_trampoline
    short jmp L1722
.db 0x00
    call L1116
    align 8
L1722:
# i_test_yield
    lea rdx, qword ptr [mapfoldr_1/3+24]
    dec r14
    jle L1114
# is_nonempty_list_fS
    test byte ptr [rbx+16], 2
    jne label_432
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1723
    mov ecx, 3
.db 0x66, 0x90
    call 140320710850576
L1723:
    sub rsp, 24
# init_yregs_I
    mov qword ptr [rsp], 59
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+16], rdi
# get_list_Sdd
    mov rdi, qword ptr [rbx+16]
    mov rsi, qword ptr [rdi-1]
    mov rdx, qword ptr [rdi+7]
    mov qword ptr [rsp+8], rsi
    mov qword ptr [rbx+16], rdx
# line_I
# i_call_f
.db 0x66, 0x90
    call mapfoldr_1/3
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+6]
    mov qword ptr [rsp], rdi
# i_get_tuple_element_sPS
    mov rdi, qword ptr [rsi+14]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rsp+16], rdi
# i_trim_t
    add rsp, 16
# line_I
# i_call_fun2_atS
    mov rcx, qword ptr [rbx+16]
    mov edx, 2
    lea r8, qword ptr [L1724]
# skipped box test since source is always boxed
# skipped fun test since source is always a fun when boxed
# skipped arity test since source always has right arity
    mov rax, qword ptr [rcx+6]
    mov rdi, qword ptr [rax+r12*8]
L1724:
    call rdi
.db 0x90
    call rdi
# i_is_tuple_of_arity_fsA
    mov rsi, qword ptr [rbx]
    rex test sil, 1
    jne label_433
    cmp dword ptr [rsi-2], 128
    jne label_433
# test_heap_It
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L1725
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L1725:
# load_tuple_ptr_s
    mov rsi, qword ptr [rbx]
# get_two_tuple_elements_sPSS
    vpermilpd xmm0, xmmword ptr [rsi+6], 1
    vmovups xmmword ptr [rbx], xmm0
# put_cons_ss
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+8], rdi
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
    add rsp, 8
# return
    dec r14
    jl L1115
    ret
# label_L
label_432:
# is_nil_fS
    cmp qword ptr [rbx+16], 59
    jne label_430
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1726
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1726:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 59
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L1115
    ret
# label_L
label_433:
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
label_434:
# i_func_info_IaaI
# lists:takewhile/2
    call L1113
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xE8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x3E, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
takewhile/2:
# i_breakpoint_trampoline
    short jmp L1727
.db 0x00
    call L1116
    align 8
L1727:
# i_test_yield
    lea rdx, qword ptr [takewhile/2+24]
    dec r14
    jle L1114
# is_function2_fss
    mov rdi, qword ptr [rbx]
    rex test dil, 1
    short jne label_434
    mov eax, dword ptr [rdi-2]
    cmp eax, 212
    short jne label_434
    cmp byte ptr [rdi+22], 1
    short jne label_434
# i_call_only_f
    jmp takewhile_1/2
# func_line_I
# aligned_label_Lt
    align 8
label_436:
# i_func_info_IaaI
# lists:takewhile_1/2
    call L1113
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xE8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x3E, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
takewhile_1/2:
# i_breakpoint_trampoline
    short jmp L1728
.db 0x00
    call L1116
    align 8
L1728:
# i_test_yield
    lea rdx, qword ptr [takewhile_1/2+24]
    dec r14
    jle L1114
# is_nonempty_list_fS
    test byte ptr [rbx+8], 2
    jne label_440
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1729
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L1729:
    sub rsp, 24
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+16], rdi
# get_list_Sdd
    mov rdi, qword ptr [rbx+8]
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rdi-1], 1
    vmovups xmmword ptr [rsp], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# line_I
# i_call_fun2_atS
    mov rcx, qword ptr [rbx+8]
    mov edx, 1
    lea r8, qword ptr [L1730]
# skipped box test since source is always boxed
# skipped fun test since source is always a fun when boxed
# skipped arity test since source always has right arity
    mov rax, qword ptr [rcx+6]
    mov rdi, qword ptr [rax+r12*8]
L1730:
    call rdi
.db 0x0F, 0x1F, 0x00
    call rdi
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 11
    je label_439
    cmp rsi, 75
    je label_438
    jmp label_441
# label_L
label_438:
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rsp+16], rdi
# i_trim_t
    add rsp, 16
# line_I
# i_call_f
.db 0x90
    call takewhile_1/2
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1731
    mov ecx, 1
    call 140320710850576
L1731:
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
    jl L1115
    ret
# label_L
label_439:
# i_move_sd
    mov qword ptr [rbx], 59
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L1115
    ret
# label_L
label_440:
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_436
# i_move_sd
    mov qword ptr [rbx], 59
# return
    dec r14
    jl L1115
    ret
# label_L
label_441:
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
label_442:
# i_func_info_IaaI
# lists:dropwhile/2
    call L1113
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xE8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x3E, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
dropwhile/2:
# i_breakpoint_trampoline
    short jmp L1732
.db 0x00
    call L1116
    align 8
L1732:
# i_test_yield
    lea rdx, qword ptr [dropwhile/2+24]
    dec r14
    jle L1114
# is_function2_fss
    mov rdi, qword ptr [rbx]
    rex test dil, 1
    short jne label_442
    mov eax, dword ptr [rdi-2]
    cmp eax, 212
    short jne label_442
    cmp byte ptr [rdi+22], 1
    short jne label_442
# i_call_only_f
    jmp dropwhile_1/2
# func_line_I
# aligned_label_Lt
    align 8
label_444:
# i_func_info_IaaI
# lists:dropwhile_1/2
    call L1113
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xE8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x3E, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
dropwhile_1/2:
# i_breakpoint_trampoline
    short jmp L1733
.db 0x00
    call L1116
    align 8
L1733:
# i_test_yield
    lea rdx, qword ptr [dropwhile_1/2+24]
    dec r14
    jle L1114
# is_nonempty_list_fS
    test byte ptr [rbx+8], 2
    jne label_448
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1734
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L1734:
    sub rsp, 24
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp+8], xmm0
# get_list_Sdd
    mov rdi, qword ptr [rbx+8]
    mov rsi, qword ptr [rdi-1]
    mov rdx, qword ptr [rdi+7]
    mov qword ptr [rbx], rsi
    mov qword ptr [rsp], rdx
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+8], rdi
# line_I
# i_call_fun2_atS
    mov rcx, qword ptr [rbx+8]
    mov edx, 1
    lea r8, qword ptr [L1735]
# skipped box test since source is always boxed
# skipped fun test since source is always a fun when boxed
# skipped arity test since source always has right arity
    mov rax, qword ptr [rcx+6]
    mov rdi, qword ptr [rax+r12*8]
L1735:
    call rdi
.db 0x66, 0x90
    call rdi
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 11
    je label_447
    cmp rsi, 75
    je label_446
    jmp label_449
# label_L
label_446:
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 24
    jmp dropwhile_1/2
# label_L
label_447:
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L1115
    ret
# label_L
label_448:
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_444
# i_move_sd
    mov qword ptr [rbx], 59
# return
    dec r14
    jl L1115
    ret
# label_L
label_449:
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
label_450:
# i_func_info_IaaI
# lists:search/2
    call L1113
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xE8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x4A, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
search/2:
# i_breakpoint_trampoline
    short jmp L1736
.db 0x00
    call L1116
    align 8
L1736:
# i_test_yield
    lea rdx, qword ptr [search/2+24]
    dec r14
    jle L1114
# is_function2_fss
    mov rdi, qword ptr [rbx]
    rex test dil, 1
    short jne label_450
    mov eax, dword ptr [rdi-2]
    cmp eax, 212
    short jne label_450
    cmp byte ptr [rdi+22], 1
    short jne label_450
# i_call_only_f
    jmp search_1/2
# func_line_I
# aligned_label_Lt
    align 8
label_452:
# i_func_info_IaaI
# lists:search_1/2
    call L1113
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xE8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x3F, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
search_1/2:
# i_breakpoint_trampoline
    short jmp L1737
.db 0x00
    call L1116
    align 8
L1737:
# i_test_yield
    lea rdx, qword ptr [search_1/2+24]
    dec r14
    jle L1114
# is_nonempty_list_fS
    test byte ptr [rbx+8], 2
    jne label_456
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1738
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L1738:
    sub rsp, 24
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+16], rdi
# get_list_Sdd
    mov rdi, qword ptr [rbx+8]
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rdi-1], 1
    vmovups xmmword ptr [rsp], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# line_I
# i_call_fun2_atS
    mov rcx, qword ptr [rbx+8]
    mov edx, 1
    lea r8, qword ptr [L1739]
# skipped box test since source is always boxed
# skipped fun test since source is always a fun when boxed
# skipped arity test since source always has right arity
    mov rax, qword ptr [rcx+6]
    mov rdi, qword ptr [rax+r12*8]
L1739:
    call rdi
.db 0x0F, 0x1F, 0x00
    call rdi
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 11
    je label_455
    cmp rsi, 75
    je label_454
    jmp label_457
# label_L
label_454:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1740
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1740:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 45067
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L1115
    ret
# label_L
label_455:
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 24
    jmp search_1/2
# label_L
label_456:
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_452
# i_move_sd
    mov qword ptr [rbx], 11
# return
    dec r14
    jl L1115
    ret
# label_L
label_457:
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
label_458:
# i_func_info_IaaI
# lists:splitwith/2
    call L1113
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xE8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x86, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
splitwith/2:
# i_breakpoint_trampoline
    short jmp L1741
.db 0x00
    call L1116
    align 8
L1741:
# i_test_yield
    lea rdx, qword ptr [splitwith/2+24]
    dec r14
    jle L1114
# is_function2_fss
    mov rdi, qword ptr [rbx]
    rex test dil, 1
    short jne label_458
    mov eax, dword ptr [rdi-2]
    cmp eax, 212
    short jne label_458
    cmp byte ptr [rdi+22], 1
    short jne label_458
# i_move_sd
    mov qword ptr [rbx+16], 59
# i_call_only_f
    jmp splitwith_1/3
# func_line_I
# aligned_label_Lt
    align 8
label_460:
# i_func_info_IaaI
# lists:splitwith_1/3
    call L1113
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xE8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x3F, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
splitwith_1/3:
# i_breakpoint_trampoline
    short jmp L1742
.db 0x00
    call L1116
    align 8
L1742:
# i_test_yield
    lea rdx, qword ptr [splitwith_1/3+24]
    dec r14
    jle L1114
# is_nonempty_list_fS
    test byte ptr [rbx+8], 2
    jne label_464
# allocate_tt
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L1743
    mov ecx, 3
.db 0x66, 0x90
    call 140320710850576
L1743:
    sub rsp, 40
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rsp+16], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+32], rdi
# get_list_Sdd
    mov rdi, qword ptr [rbx+8]
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rdi-1], 1
    vmovups xmmword ptr [rsp], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# line_I
# i_call_fun2_atS
    mov rcx, qword ptr [rbx+8]
    mov edx, 1
    lea r8, qword ptr [L1744]
# skipped box test since source is always boxed
# skipped fun test since source is always a fun when boxed
# skipped arity test since source always has right arity
    mov rax, qword ptr [rcx+6]
    mov rdi, qword ptr [rax+r12*8]
L1744:
    call rdi
.db 0x66, 0x90
    call rdi
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 11
    je label_463
    cmp rsi, 75
    je label_462
    jmp label_465
# label_L
label_462:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1745
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1745:
# put_cons_ss
# (put head and tail together)
    movups xmm0, xmmword ptr [rsp+8]
    movups xmmword ptr [r15], xmm0
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+16], rsi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 40
    jmp splitwith_1/3
# label_L
label_463:
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rsp+32], rdi
# i_trim_t
    add rsp, 32
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call reverse/1
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1746
    mov ecx, 1
    call 140320710850576
L1746:
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
    jl L1115
    ret
# label_L
label_464:
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_460
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1747
    mov ecx, 3
.db 0x90
    call 140320710850576
L1747:
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
    call reverse/1
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1748
    mov ecx, 1
    call 140320710850576
L1748:
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
    mov qword ptr [rbx], rdi
# deallocate_t
# return
    dec r14
    jl L1115
    ret
# label_L
label_465:
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
label_466:
# i_func_info_IaaI
# lists:split/2
    call L1113
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xE8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x01, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
split/2:
# i_breakpoint_trampoline
    short jmp L1749
.db 0x00
    call L1116
    align 8
L1749:
# i_test_yield
    lea rdx, qword ptr [split/2+24]
    dec r14
    jle L1114
# is_integer_fs
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and al, 15
    cmp al, 15
    short je L1750
    test al, 1
    jne label_469
    mov eax, dword ptr [rdi-2]
    and al, 59
    cmp al, 8
    jne label_469
L1750:
# is_ge_fss
    mov esi, 15
    mov rdi, qword ptr [rbx]
# simplified small test since all other types are boxed
    mov eax, edi
    and eax, esi
    test al, 1
    short je L1751
    cmp rdi, rsi
    short jmp L1752
L1751:
    call 140320710848608
L1752:
    jl label_469
# is_list_fs
    mov rax, qword ptr [rbx+8]
    cmp rax, 59
    short je L1753
    test al, 2
    jne label_469
L1753:
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1754
    mov ecx, 2
.db 0x90
    call 140320710850576
L1754:
    sub rsp, 16
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp], xmm0
# i_move_sd
    mov qword ptr [rbx+16], 59
# line_I
# i_call_f
    call split/3
# i_is_tuple_fs
    mov rsi, qword ptr [rbx]
# simplified tuple test since the source is always a tuple when boxed
    rex test sil, 1
    jne label_468
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L1115
    ret
# label_L
label_468:
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1755
    xor ecx, ecx
    call 140320710850576
L1755:
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
L1756:
L1757:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089760
    lea rdx, qword ptr [L1756]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 16
# return
    dec r14
    jl L1115
    ret
# label_L
label_469:
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1758
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L1758:
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
    mov qword ptr [rbx], 4747
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1759
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1759:
# call_light_bif_be
    align 4
L1760:
L1761:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089760
    lea rdx, qword ptr [L1760]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1115
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_470:
# i_func_info_IaaI
# lists:split/3
    call L1113
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xE8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x01, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
split/3:
# i_breakpoint_trampoline
    short jmp L1762
.db 0x00
    call L1116
    align 8
L1762:
# i_test_yield
    lea rdx, qword ptr [split/3+24]
    dec r14
    jle L1114
# is_eq_exact_fss
    cmp qword ptr [rbx], 15
    jne label_472
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1763
    mov ecx, 3
.db 0x66, 0x90
    call 140320710850576
L1763:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov qword ptr [rbx+8], 59
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L1764:
L1765:
    long mov rcx, 9223372036854775807
    mov rax, 94919178928352
    lea rdx, qword ptr [L1764]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L1766
    mov ecx, 1
    call 140320710850576
L1766:
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
    jl L1115
    ret
# label_L
label_472:
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_473
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+24], rsi
    mov qword ptr [rbx+8], rdx
# line_I
# i_increment_SWd
    mov rsi, qword ptr [rbx]
    mov rdx, -16
# simplified test for small operand since it is a number
    mov rax, rsi
    test al, 1
    short je L1767
    add rax, rdx
    short jno L1768
L1767:
    call 140320710853080
L1768:
    mov qword ptr [rbx], rax
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1769
    mov ecx, 4
.db 0x90
    call 140320710850576
L1769:
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
label_473:
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_470
# i_move_sd
    mov qword ptr [rbx], 4747
# return
    dec r14
    jl L1115
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_474:
# i_func_info_IaaI
# lists:join/2
    call L1113
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xE8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x4E, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
join/2:
# i_breakpoint_trampoline
    short jmp L1770
.db 0x00
    call L1116
    align 8
L1770:
# i_test_yield
    lea rdx, qword ptr [join/2+24]
    dec r14
    jle L1114
# is_nonempty_list_fS
    test byte ptr [rbx+8], 2
    jne label_476
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1771
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L1771:
    sub rsp, 8
# get_list_Sdd
    mov rdi, qword ptr [rbx+8]
    mov rsi, qword ptr [rdi-1]
    mov rdx, qword ptr [rdi+7]
    mov qword ptr [rsp], rsi
    mov qword ptr [rbx+8], rdx
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call join_prepend/2
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1772
    mov ecx, 1
    call 140320710850576
L1772:
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
    jl L1115
    ret
# label_L
label_476:
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_474
# i_move_sd
    mov qword ptr [rbx], 59
# return
    dec r14
    jl L1115
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_477:
# i_func_info_IaaI
# lists:join_prepend/2
    call L1113
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xE8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x3F, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
join_prepend/2:
# i_breakpoint_trampoline
    short jmp L1773
.db 0x00
    call L1116
    align 8
L1773:
# i_test_yield
    lea rdx, qword ptr [join_prepend/2+24]
    dec r14
    jle L1114
# is_nonempty_list_fS
    test byte ptr [rbx+8], 2
    jne label_479
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1774
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L1774:
    sub rsp, 16
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# get_list_Sdd
    mov rdi, qword ptr [rbx+8]
    mov rsi, qword ptr [rdi-1]
    mov rdx, qword ptr [rdi+7]
    mov qword ptr [rsp], rsi
    mov qword ptr [rbx+8], rdx
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call join_prepend/2
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1775
    mov ecx, 1
    call 140320710850576
L1775:
# put_cons_ss
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov rdi, qword ptr [rsp+8]
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
    jl L1115
    ret
# label_L
label_479:
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_477
# i_move_sd
    mov qword ptr [rbx], 59
# return
    dec r14
    jl L1115
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_480:
# i_func_info_IaaI
# lists:split_1/5
    call L1113
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xE8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x3F, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
split_1/5:
# i_breakpoint_trampoline
    short jmp L1776
.db 0x00
    call L1116
    align 8
L1776:
# i_test_yield
    lea rdx, qword ptr [split_1/5+24]
    dec r14
    jle L1114
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+16]
    test al, 2
    jne label_485
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+40], rsi
    mov qword ptr [rbx+16], rdx
# is_ge_fss
    mov rsi, qword ptr [rbx+8]
    mov rdi, qword ptr [rbx+40]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L1777
    cmp rdi, rsi
    short jmp L1778
L1777:
    call 140320710848608
L1778:
    jl label_482
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1779
    mov ecx, 6
.db 0x90
    call 140320710850576
L1779:
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
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rbx+8], rdi
# i_call_only_f
    jmp split_1/5
# label_L
label_482:
# is_ge_fss
    mov rsi, qword ptr [rbx]
    mov rdi, qword ptr [rbx+40]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L1780
    cmp rdi, rsi
    short jmp L1781
L1780:
    call 140320710848608
L1781:
    jl label_483
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1782
    mov ecx, 6
    call 140320710850576
L1782:
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
    jmp split_1/5
# label_L
label_483:
# is_nil_fS
    cmp qword ptr [rbx+24], 59
    jne label_484
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1783
    mov ecx, 6
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1783:
# put_cons_ss
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+24], rsi
# i_call_only_f
    jmp split_1/5
# label_L
label_484:
# i_call_only_f
    jmp split_1_1/6
# label_L
label_485:
# is_nil_fS
    cmp qword ptr [rbx+16], 59
    jne label_480
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L1784
    mov ecx, 5
    call 140320710850576
L1784:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# store_cons_Id
    add r15, 32
    mov qword ptr [rbx], rsi
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# i_move_sd
    mov qword ptr [rbx+8], 59
# i_call_only_f
    jmp rmergel/2
# func_line_I
# aligned_label_Lt
    align 8
label_486:
# i_func_info_IaaI
# lists:split_1_1/6
    call L1113
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xE8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x40, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
split_1_1/6:
# i_breakpoint_trampoline
    short jmp L1785
.db 0x00
    call L1116
    align 8
L1785:
# i_test_yield
    lea rdx, qword ptr [split_1_1/6+24]
    dec r14
    jle L1114
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+16]
    test al, 2
    jne label_491
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+48], rsi
    mov qword ptr [rbx+16], rdx
# is_ge_fss
    mov rsi, qword ptr [rbx+8]
    mov rdi, qword ptr [rbx+48]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L1786
    cmp rdi, rsi
    short jmp L1787
L1786:
    call 140320710848608
L1787:
    jl label_488
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1788
    mov ecx, 7
.db 0x90
    call 140320710850576
L1788:
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
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rbx+8], rdi
# i_call_only_f
    jmp split_1_1/6
# label_L
label_488:
# is_ge_fss
    mov rsi, qword ptr [rbx]
    mov rdi, qword ptr [rbx+48]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L1789
    cmp rdi, rsi
    short jmp L1790
L1789:
    call 140320710848608
L1790:
    jl label_489
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1791
    mov ecx, 7
    call 140320710850576
L1791:
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
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp split_1_1/6
# label_L
label_489:
# is_ge_fss
    mov rsi, qword ptr [rbx+40]
    mov rdi, qword ptr [rbx+48]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L1792
    cmp rdi, rsi
    short jmp L1793
L1792:
    call 140320710848608
L1793:
    jl label_490
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L1794
    mov ecx, 7
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1794:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# store_cons_Id
    add r15, 32
    mov qword ptr [rbx], rsi
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+32], rsi
# i_move_sd
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx+24], 59
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp split_1/5
# label_L
label_490:
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L1795
    mov ecx, 7
.db 0x90
    call 140320710850576
L1795:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# store_cons_Id
    add r15, 32
    mov qword ptr [rbx], rsi
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+32], rsi
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx+24], 59
# i_move_sd
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp split_1/5
# label_L
label_491:
# is_nil_fS
    cmp qword ptr [rbx+16], 59
    jne label_486
# test_heap_It
    lea rdx, qword ptr [r15+112]
    cmp rdx, rsp
    short jbe L1796
    mov ecx, 6
.db 0x66, 0x90
    call 140320710850576
L1796:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# store_cons_Id
    add r15, 32
    mov qword ptr [rbx], rsi
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# put_cons_ss
    mov rdi, qword ptr [rbx+40]
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
    mov qword ptr [rbx], rsi
# i_move_sd
    mov qword ptr [rbx+8], 59
# i_call_only_f
    jmp rmergel/2
# func_line_I
# aligned_label_Lt
    align 8
label_492:
# i_func_info_IaaI
# lists:split_2/5
    call L1113
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xE8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x40, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
split_2/5:
# i_breakpoint_trampoline
    short jmp L1797
.db 0x00
    call L1116
    align 8
L1797:
# i_test_yield
    lea rdx, qword ptr [split_2/5+24]
    dec r14
    jle L1114
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+16]
    test al, 2
    jne label_497
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+40], rsi
    mov qword ptr [rbx+16], rdx
# is_ge_fss
    mov rsi, qword ptr [rbx+40]
    mov rdi, qword ptr [rbx+8]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L1798
    cmp rdi, rsi
    short jmp L1799
L1798:
    call 140320710848608
L1799:
    jl label_494
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1800
    mov ecx, 6
.db 0x90
    call 140320710850576
L1800:
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
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rbx+8], rdi
# i_call_only_f
    jmp split_2/5
# label_L
label_494:
# is_ge_fss
    mov rsi, qword ptr [rbx+40]
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L1801
    cmp rdi, rsi
    short jmp L1802
L1801:
    call 140320710848608
L1802:
    jl label_495
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1803
    mov ecx, 6
    call 140320710850576
L1803:
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
    jmp split_2/5
# label_L
label_495:
# is_nil_fS
    cmp qword ptr [rbx+24], 59
    jne label_496
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1804
    mov ecx, 6
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1804:
# put_cons_ss
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+24], rsi
# i_call_only_f
    jmp split_2/5
# label_L
label_496:
# i_call_only_f
    jmp split_2_1/6
# label_L
label_497:
# is_nil_fS
    cmp qword ptr [rbx+16], 59
    jne label_492
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L1805
    mov ecx, 5
    call 140320710850576
L1805:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# store_cons_Id
    add r15, 32
    mov qword ptr [rbx], rsi
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# i_move_sd
    mov qword ptr [rbx+8], 59
# i_call_only_f
    jmp mergel/2
# func_line_I
# aligned_label_Lt
    align 8
label_498:
# i_func_info_IaaI
# lists:split_2_1/6
    call L1113
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xE8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x40, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
split_2_1/6:
# i_breakpoint_trampoline
    short jmp L1806
.db 0x00
    call L1116
    align 8
L1806:
# i_test_yield
    lea rdx, qword ptr [split_2_1/6+24]
    dec r14
    jle L1114
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+16]
    test al, 2
    jne label_503
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+48], rsi
    mov qword ptr [rbx+16], rdx
# is_ge_fss
    mov rsi, qword ptr [rbx+48]
    mov rdi, qword ptr [rbx+8]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L1807
    cmp rdi, rsi
    short jmp L1808
L1807:
    call 140320710848608
L1808:
    jl label_500
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1809
    mov ecx, 7
.db 0x90
    call 140320710850576
L1809:
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
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rbx+8], rdi
# i_call_only_f
    jmp split_2_1/6
# label_L
label_500:
# is_ge_fss
    mov rsi, qword ptr [rbx+48]
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L1810
    cmp rdi, rsi
    short jmp L1811
L1810:
    call 140320710848608
L1811:
    jl label_501
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1812
    mov ecx, 7
    call 140320710850576
L1812:
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
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp split_2_1/6
# label_L
label_501:
# is_lt_fss
    mov rsi, qword ptr [rbx+40]
    mov rdi, qword ptr [rbx+48]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L1813
    cmp rdi, rsi
    short jmp L1814
L1813:
    call 140320710848608
L1814:
    jge label_502
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L1815
    mov ecx, 7
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1815:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# store_cons_Id
    add r15, 32
    mov qword ptr [rbx], rsi
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+32], rsi
# i_move_sd
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx+24], 59
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp split_2/5
# label_L
label_502:
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L1816
    mov ecx, 7
.db 0x90
    call 140320710850576
L1816:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# store_cons_Id
    add r15, 32
    mov qword ptr [rbx], rsi
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+32], rsi
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx+24], 59
# i_move_sd
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp split_2/5
# label_L
label_503:
# is_nil_fS
    cmp qword ptr [rbx+16], 59
    jne label_498
# test_heap_It
    lea rdx, qword ptr [r15+112]
    cmp rdx, rsp
    short jbe L1817
    mov ecx, 6
.db 0x66, 0x90
    call 140320710850576
L1817:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# store_cons_Id
    add r15, 32
    mov qword ptr [rbx], rsi
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# put_cons_ss
    mov rdi, qword ptr [rbx+40]
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
    mov qword ptr [rbx], rsi
# i_move_sd
    mov qword ptr [rbx+8], 59
# i_call_only_f
    jmp mergel/2
# func_line_I
# aligned_label_Lt
    align 8
label_504:
# i_func_info_IaaI
# lists:mergel/2
    call L1113
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xE8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x40, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
mergel/2:
# i_breakpoint_trampoline
    short jmp L1818
.db 0x00
    call L1116
    align 8
L1818:
# i_test_yield
    lea rdx, qword ptr [mergel/2+24]
    dec r14
    jle L1114
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_512
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+16], xmm0
# is_nil_fS
    cmp qword ptr [rbx+16], 59
    jne label_506
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx], rdi
# i_call_only_f
    short jmp mergel/2
# label_L
label_506:
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+24]
    test al, 2
    jne label_510
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx+24], xmm0
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+32]
    test al, 2
    jne label_508
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+40], xmm0
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+24]
    test al, 2
    jne label_507
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+56], xmm0
# is_nonempty_list_fS
    test byte ptr [rbx+56], 2
    jne label_509
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1819
    mov ecx, 9
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1819:
    sub rsp, 16
# i_move_sd
    mov rdi, qword ptr [rbx+64]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp+8], rdi
# get_list_Sdd
    mov rdi, qword ptr [rbx+56]
    mov rsi, qword ptr [rdi-1]
    mov rdx, qword ptr [rdi+7]
    mov qword ptr [rbx+32], rsi
    mov qword ptr [rbx], rdx
# i_move_sd
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov qword ptr [rbx+8], 59
# swap_dd
    mov rdi, qword ptr [rbx+40]
    mov rsi, qword ptr [rbx+16]
    mov qword ptr [rbx+16], rdi
    mov qword ptr [rbx+40], rsi
# swap_dd
    mov rdi, qword ptr [rbx]
    mov rsi, qword ptr [rbx+40]
    mov qword ptr [rbx+40], rdi
    mov qword ptr [rbx], rsi
# line_I
# i_call_f
.db 0x90
    call merge3_1/6
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1820
    mov ecx, 1
    call 140320710850576
L1820:
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
    jmp mergel/2
# label_L
label_507:
# is_nil_fS
    cmp qword ptr [rbx+24], 59
    jne label_509
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1821
    mov ecx, 7
.db 0x66, 0x90
    call 140320710850576
L1821:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx+24], 59
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rbx+16], rdi
# line_I
# i_call_f
    call merge2_1/4
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1822
    mov ecx, 1
    call 140320710850576
L1822:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# i_move_sd
    mov qword ptr [rbx+8], 59
# i_call_last_ft
    add rsp, 8
    jmp rmergel/2
# label_L
label_508:
# is_nil_fS
    cmp qword ptr [rbx+32], 59
    jne label_509
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1823
    mov ecx, 4
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1823:
# put_cons_ss
# (put head and tail together)
    movups xmm0, xmmword ptr [rbx+16]
    movups xmmword ptr [r15], xmm0
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# i_call_only_f
    jmp mergel/2
# label_L
label_509:
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+24]
    test al, 2
    jne label_504
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+40], rsi
    mov qword ptr [rbx+24], rdx
# is_nil_fS
    cmp qword ptr [rbx+40], 59
    jne label_504
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1824
    mov ecx, 5
.db 0x90
    call 140320710850576
L1824:
# put_cons_ss
# (putting and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rbx+24], 1
    vmovups xmmword ptr [r15], xmm0
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# store_cons_Id
    add r15, 32
    mov qword ptr [rbx], rsi
# i_call_only_f
    jmp mergel/2
# label_L
label_510:
# is_nil_fS
    cmp qword ptr [rbx+24], 59
    jne label_504
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_511
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L1115
    ret
# label_L
label_511:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1825
    mov ecx, 3
.db 0x90
    call 140320710850576
L1825:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov qword ptr [rbx+8], 59
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L1826:
L1827:
    long mov rcx, 9223372036854775807
    mov rax, 94919178928352
    lea rdx, qword ptr [L1826]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1828
    mov ecx, 1
    call 140320710850576
L1828:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# i_move_sd
    mov qword ptr [rbx+8], 59
# i_call_last_ft
    add rsp, 8
    jmp rmergel/2
# label_L
label_512:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_504
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_513
# i_move_sd
    mov qword ptr [rbx], 59
# return
    dec r14
    jl L1115
    ret
# label_L
label_513:
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov qword ptr [rbx+8], 59
# i_call_only_f
    jmp rmergel/2
# func_line_I
# aligned_label_Lt
    align 8
label_514:
# i_func_info_IaaI
# lists:rmergel/2
    call L1113
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xE8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x41, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
rmergel/2:
# i_breakpoint_trampoline
    short jmp L1829
.db 0x00
    call L1116
    align 8
L1829:
# i_test_yield
    lea rdx, qword ptr [rmergel/2+24]
    dec r14
    jle L1114
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_518
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+16], xmm0
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+16]
    test al, 2
    jne label_517
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+32], xmm0
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+24]
    test al, 2
    jne label_517
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+48], xmm0
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+48]
    test al, 2
    jne label_516
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+64], xmm0
# is_nonempty_list_fS
    test byte ptr [rbx+56], 2
    jne label_516
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1830
    mov ecx, 10
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1830:
    sub rsp, 16
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp+8], rdi
# get_list_Sdd
    mov rdi, qword ptr [rbx+56]
    mov rsi, qword ptr [rdi-1]
    mov rdx, qword ptr [rdi+7]
    mov qword ptr [rbx], rsi
    mov qword ptr [rsp], rdx
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+64]
    movups xmmword ptr [rbx+16], xmm0
# i_move_sd
    mov qword ptr [rbx+8], 59
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call rmerge3_1/6
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1831
    mov ecx, 1
    call 140320710850576
L1831:
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
    jmp rmergel/2
# label_L
label_516:
# is_nil_fS
    cmp qword ptr [rbx+56], 59
    jne label_517
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1832
    mov ecx, 7
.db 0x66, 0x90
    call 140320710850576
L1832:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp], rdi
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+32]
    movups xmmword ptr [rbx+8], xmm0
# i_move_sd
    mov qword ptr [rbx+24], 59
# i_move_sd
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
    call rmerge2_1/4
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1833
    mov ecx, 1
    call 140320710850576
L1833:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# i_move_sd
    mov qword ptr [rbx+8], 59
# i_call_last_ft
    add rsp, 8
    jmp mergel/2
# label_L
label_517:
# is_nil_fS
    cmp qword ptr [rbx+24], 59
    jne label_514
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L1834
    mov ecx, 3
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1834:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov qword ptr [rbx+8], 59
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L1835:
L1836:
    long mov rcx, 9223372036854775807
    mov rax, 94919178928352
    lea rdx, qword ptr [L1835]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1837
    mov ecx, 1
    call 140320710850576
L1837:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rsp]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# i_move_sd
    mov qword ptr [rbx+8], 59
# i_call_last_ft
    add rsp, 8
    jmp mergel/2
# label_L
label_518:
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov qword ptr [rbx+8], 59
# i_call_only_f
    jmp mergel/2
# func_line_I
# aligned_label_Lt
    align 8
label_519:
# i_func_info_IaaI
# lists:merge3_1/6
    call L1113
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xE8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x41, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
merge3_1/6:
# i_breakpoint_trampoline
    short jmp L1838
.db 0x00
    call L1116
    align 8
L1838:
# i_test_yield
    lea rdx, qword ptr [merge3_1/6+24]
    dec r14
    jle L1114
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_524
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+48], rsi
    mov qword ptr [rbx], rdx
# is_ge_fss
    mov rsi, qword ptr [rbx+48]
    mov rdi, qword ptr [rbx+16]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L1839
    cmp rdi, rsi
    short jmp L1840
L1839:
    call 140320710848608
L1840:
    jl label_522
# is_ge_fss
    mov rsi, qword ptr [rbx+48]
    mov rdi, qword ptr [rbx+32]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L1841
    cmp rdi, rsi
    short jmp L1842
L1841:
    call 140320710848608
L1842:
    jl label_521
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1843
    mov ecx, 7
    call 140320710850576
L1843:
# put_cons_ss
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_call_only_f
    jmp merge3_1/6
# label_L
label_521:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1844
    mov ecx, 7
    call 140320710850576
L1844:
# put_cons_ss
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+32], rsi
# i_move_sd
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rbx+8], rdi
# i_call_only_f
    jmp merge3_12_3/6
# label_L
label_522:
# is_ge_fss
    mov rsi, qword ptr [rbx+16]
    mov rdi, qword ptr [rbx+32]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L1845
    cmp rdi, rsi
    short jmp L1846
L1845:
    call 140320710848608
L1846:
    jl label_523
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1847
    mov ecx, 7
.db 0x90
    call 140320710850576
L1847:
# put_cons_ss
# (putting and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [r15], xmm0
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+16], rsi
# i_move_sd
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rbx+8], rdi
# i_call_only_f
    jmp merge3_2/6
# label_L
label_523:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1848
    mov ecx, 7
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1848:
# put_cons_ss
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+32], rsi
# i_move_sd
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rbx+8], rdi
# i_call_only_f
    jmp merge3_21_3/6
# label_L
label_524:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_519
# is_ge_fss
    mov rsi, qword ptr [rbx+16]
    mov rdi, qword ptr [rbx+32]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L1849
    cmp rdi, rsi
    short jmp L1850
L1849:
    call 140320710848608
L1850:
    jl label_525
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1851
    mov ecx, 6
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1851:
# put_cons_ss
# (putting and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [r15], xmm0
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+32]
    movups xmmword ptr [rbx+8], xmm0
# swap_dd
    mov rdi, qword ptr [rbx]
    mov rsi, qword ptr [rbx+24]
    mov qword ptr [rbx+24], rdi
    mov qword ptr [rbx], rsi
# i_call_only_f
    jmp merge2_1/4
# label_L
label_525:
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx+32], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rbx+16], rdi
# i_call_only_f
    jmp merge2_2/5
# func_line_I
# aligned_label_Lt
    align 8
label_526:
# i_func_info_IaaI
# lists:merge3_2/6
    call L1113
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xE8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x41, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
merge3_2/6:
# i_breakpoint_trampoline
    short jmp L1852
.db 0x00
    call L1116
    align 8
L1852:
# i_test_yield
    lea rdx, qword ptr [merge3_2/6+24]
    dec r14
    jle L1114
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+24]
    test al, 2
    jne label_531
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+48], rsi
    mov qword ptr [rbx+24], rdx
# is_ge_fss
    mov rsi, qword ptr [rbx+8]
    mov rdi, qword ptr [rbx+48]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L1853
    cmp rdi, rsi
    short jmp L1854
L1853:
    call 140320710848608
L1854:
    jl label_529
# is_ge_fss
    mov rsi, qword ptr [rbx+8]
    mov rdi, qword ptr [rbx+32]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L1855
    cmp rdi, rsi
    short jmp L1856
L1855:
    call 140320710848608
L1856:
    jl label_528
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1857
    mov ecx, 7
.db 0x66, 0x90
    call 140320710850576
L1857:
# put_cons_ss
# (put head and tail together)
    movups xmm0, xmmword ptr [rbx+8]
    movups xmmword ptr [r15], xmm0
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_move_sd
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rbx+16], rdi
# i_call_only_f
    jmp merge3_1/6
# label_L
label_528:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1858
    mov ecx, 7
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1858:
# put_cons_ss
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+32], rsi
# i_move_sd
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rbx+16], rdi
# i_call_only_f
    jmp merge3_12_3/6
# label_L
label_529:
# is_ge_fss
    mov rsi, qword ptr [rbx+48]
    mov rdi, qword ptr [rbx+32]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L1859
    cmp rdi, rsi
    short jmp L1860
L1859:
    call 140320710848608
L1860:
    jl label_530
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1861
    mov ecx, 7
.db 0x90
    call 140320710850576
L1861:
# put_cons_ss
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+16], rsi
# i_call_only_f
    jmp merge3_2/6
# label_L
label_530:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1862
    mov ecx, 7
    call 140320710850576
L1862:
# put_cons_ss
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+32], rsi
# i_move_sd
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rbx+16], rdi
# i_call_only_f
    jmp merge3_21_3/6
# label_L
label_531:
# is_nil_fS
    cmp qword ptr [rbx+24], 59
    jne label_526
# is_ge_fss
    mov rsi, qword ptr [rbx+8]
    mov rdi, qword ptr [rbx+32]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L1863
    cmp rdi, rsi
    short jmp L1864
L1863:
    call 140320710848608
L1864:
    jl label_532
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1865
    mov ecx, 6
.db 0x66, 0x90
    call 140320710850576
L1865:
# put_cons_ss
# (put head and tail together)
    movups xmm0, xmmword ptr [rbx+8]
    movups xmmword ptr [r15], xmm0
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+24], rsi
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+32]
    movups xmmword ptr [rbx+8], xmm0
# i_call_only_f
    jmp merge2_1/4
# label_L
label_532:
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rbx+16], rdi
# swap_dd
    mov rdi, qword ptr [rbx+8]
    mov rsi, qword ptr [rbx+32]
    mov qword ptr [rbx+32], rdi
    mov qword ptr [rbx+8], rsi
# i_call_only_f
    jmp merge2_2/5
# func_line_I
# aligned_label_Lt
    align 8
label_533:
# i_func_info_IaaI
# lists:merge3_12_3/6
    call L1113
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xE8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x41, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
merge3_12_3/6:
# i_breakpoint_trampoline
    short jmp L1866
.db 0x00
    call L1116
    align 8
L1866:
# i_test_yield
    lea rdx, qword ptr [merge3_12_3/6+24]
    dec r14
    jle L1114
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+40]
    test al, 2
    jne label_536
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx+40], xmm0
# is_ge_fss
    mov rsi, qword ptr [rbx+8]
    mov rdi, qword ptr [rbx+48]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L1867
    cmp rdi, rsi
    short jmp L1868
L1867:
    call 140320710848608
L1868:
    jl label_535
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1869
    mov ecx, 7
.db 0x90
    call 140320710850576
L1869:
# put_cons_ss
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_move_sd
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rbx+32], rdi
# i_call_only_f
    jmp merge3_1/6
# label_L
label_535:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1870
    mov ecx, 7
    call 140320710850576
L1870:
# put_cons_ss
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+32], rsi
# i_call_only_f
    jmp merge3_12_3/6
# label_L
label_536:
# is_nil_fS
    cmp qword ptr [rbx+40], 59
    jne label_533
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1871
    mov ecx, 5
.db 0x90
    call 140320710850576
L1871:
# put_cons_ss
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx+16], 1
    vmovups xmmword ptr [rbx+16], xmm0
# swap_dd
    mov rdi, qword ptr [rbx+8]
    mov rsi, qword ptr [rbx+24]
    mov qword ptr [rbx+24], rdi
    mov qword ptr [rbx+8], rsi
# i_call_only_f
    jmp merge2_1/4
# func_line_I
# aligned_label_Lt
    align 8
label_537:
# i_func_info_IaaI
# lists:merge3_21_3/6
    call L1113
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xE8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x42, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
merge3_21_3/6:
# i_breakpoint_trampoline
    short jmp L1872
.db 0x00
    call L1116
    align 8
L1872:
# i_test_yield
    lea rdx, qword ptr [merge3_21_3/6+24]
    dec r14
    jle L1114
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+40]
    test al, 2
    jne label_540
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx+40], xmm0
# is_ge_fss
    mov rsi, qword ptr [rbx+16]
    mov rdi, qword ptr [rbx+48]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L1873
    cmp rdi, rsi
    short jmp L1874
L1873:
    call 140320710848608
L1874:
    jl label_539
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1875
    mov ecx, 7
.db 0x90
    call 140320710850576
L1875:
# put_cons_ss
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+16], rsi
# i_move_sd
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rbx+32], rdi
# i_call_only_f
    jmp merge3_2/6
# label_L
label_539:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1876
    mov ecx, 7
    call 140320710850576
L1876:
# put_cons_ss
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+32], rsi
# i_call_only_f
    jmp merge3_21_3/6
# label_L
label_540:
# is_nil_fS
    cmp qword ptr [rbx+40], 59
    jne label_537
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx+16], 1
    vmovups xmmword ptr [rbx+16], xmm0
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx+24], 1
    vmovups xmmword ptr [rbx+24], xmm0
# swap_dd
    mov rdi, qword ptr [rbx+8]
    mov rsi, qword ptr [rbx+32]
    mov qword ptr [rbx+32], rdi
    mov qword ptr [rbx+8], rsi
# i_call_only_f
    jmp merge2_2/5
# func_line_I
# aligned_label_Lt
    align 8
label_541:
# i_func_info_IaaI
# lists:rmerge3_1/6
    call L1113
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xE8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x42, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
rmerge3_1/6:
# i_breakpoint_trampoline
    short jmp L1877
.db 0x00
    call L1116
    align 8
L1877:
# i_test_yield
    lea rdx, qword ptr [rmerge3_1/6+24]
    dec r14
    jle L1114
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_546
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+48], rsi
    mov qword ptr [rbx], rdx
# is_ge_fss
    mov rsi, qword ptr [rbx+48]
    mov rdi, qword ptr [rbx+16]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L1878
    cmp rdi, rsi
    short jmp L1879
L1878:
    call 140320710848608
L1879:
    jl label_544
# is_ge_fss
    mov rsi, qword ptr [rbx+16]
    mov rdi, qword ptr [rbx+32]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L1880
    cmp rdi, rsi
    short jmp L1881
L1880:
    call 140320710848608
L1881:
    jl label_543
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1882
    mov ecx, 7
    call 140320710850576
L1882:
# put_cons_ss
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+32], rsi
# i_move_sd
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rbx+8], rdi
# i_call_only_f
    jmp rmerge3_12_3/6
# label_L
label_543:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1883
    mov ecx, 7
    call 140320710850576
L1883:
# put_cons_ss
# (putting and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [r15], xmm0
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+16], rsi
# i_move_sd
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rbx+8], rdi
# i_call_only_f
    jmp rmerge3_2/6
# label_L
label_544:
# is_ge_fss
    mov rsi, qword ptr [rbx+48]
    mov rdi, qword ptr [rbx+32]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L1884
    cmp rdi, rsi
    short jmp L1885
L1884:
    call 140320710848608
L1885:
    jl label_545
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1886
    mov ecx, 7
    call 140320710850576
L1886:
# put_cons_ss
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+32], rsi
# i_move_sd
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rbx+8], rdi
# i_call_only_f
    jmp rmerge3_21_3/6
# label_L
label_545:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1887
    mov ecx, 7
    call 140320710850576
L1887:
# put_cons_ss
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_call_only_f
    jmp rmerge3_1/6
# label_L
label_546:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_541
# is_ge_fss
    mov rsi, qword ptr [rbx+16]
    mov rdi, qword ptr [rbx+32]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L1888
    cmp rdi, rsi
    short jmp L1889
L1888:
    call 140320710848608
L1889:
    jl label_547
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx+32], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rbx+16], rdi
# i_call_only_f
    jmp rmerge2_2/5
# label_L
label_547:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1890
    mov ecx, 6
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1890:
# put_cons_ss
# (putting and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [r15], xmm0
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+32]
    movups xmmword ptr [rbx+8], xmm0
# swap_dd
    mov rdi, qword ptr [rbx]
    mov rsi, qword ptr [rbx+24]
    mov qword ptr [rbx+24], rdi
    mov qword ptr [rbx], rsi
# i_call_only_f
    jmp rmerge2_1/4
# func_line_I
# aligned_label_Lt
    align 8
label_548:
# i_func_info_IaaI
# lists:rmerge3_2/6
    call L1113
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xE8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x42, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
rmerge3_2/6:
# i_breakpoint_trampoline
    short jmp L1891
.db 0x00
    call L1116
    align 8
L1891:
# i_test_yield
    lea rdx, qword ptr [rmerge3_2/6+24]
    dec r14
    jle L1114
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+24]
    test al, 2
    jne label_553
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+48], rsi
    mov qword ptr [rbx+24], rdx
# is_ge_fss
    mov rsi, qword ptr [rbx+8]
    mov rdi, qword ptr [rbx+48]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L1892
    cmp rdi, rsi
    short jmp L1893
L1892:
    call 140320710848608
L1893:
    jl label_551
# is_ge_fss
    mov rsi, qword ptr [rbx+48]
    mov rdi, qword ptr [rbx+32]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L1894
    cmp rdi, rsi
    short jmp L1895
L1894:
    call 140320710848608
L1895:
    jl label_550
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1896
    mov ecx, 7
.db 0x66, 0x90
    call 140320710850576
L1896:
# put_cons_ss
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+32], rsi
# i_move_sd
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rbx+16], rdi
# i_call_only_f
    jmp rmerge3_12_3/6
# label_L
label_550:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1897
    mov ecx, 7
    call 140320710850576
L1897:
# put_cons_ss
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+16], rsi
# i_call_only_f
    jmp rmerge3_2/6
# label_L
label_551:
# is_ge_fss
    mov rsi, qword ptr [rbx+8]
    mov rdi, qword ptr [rbx+32]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L1898
    cmp rdi, rsi
    short jmp L1899
L1898:
    call 140320710848608
L1899:
    jl label_552
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1900
    mov ecx, 7
.db 0x90
    call 140320710850576
L1900:
# put_cons_ss
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+32], rsi
# i_move_sd
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rbx+16], rdi
# i_call_only_f
    jmp rmerge3_21_3/6
# label_L
label_552:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1901
    mov ecx, 7
    call 140320710850576
L1901:
# put_cons_ss
# (put head and tail together)
    movups xmm0, xmmword ptr [rbx+8]
    movups xmmword ptr [r15], xmm0
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_move_sd
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rbx+16], rdi
# i_call_only_f
    jmp rmerge3_1/6
# label_L
label_553:
# is_nil_fS
    cmp qword ptr [rbx+24], 59
    jne label_548
# is_ge_fss
    mov rsi, qword ptr [rbx+8]
    mov rdi, qword ptr [rbx+32]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L1902
    cmp rdi, rsi
    short jmp L1903
L1902:
    call 140320710848608
L1903:
    jl label_554
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rbx+16], rdi
# swap_dd
    mov rdi, qword ptr [rbx+8]
    mov rsi, qword ptr [rbx+32]
    mov qword ptr [rbx+32], rdi
    mov qword ptr [rbx+8], rsi
# i_call_only_f
    jmp rmerge2_2/5
# label_L
label_554:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1904
    mov ecx, 6
    call 140320710850576
L1904:
# put_cons_ss
# (put head and tail together)
    movups xmm0, xmmword ptr [rbx+8]
    movups xmmword ptr [r15], xmm0
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+24], rsi
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+32]
    movups xmmword ptr [rbx+8], xmm0
# i_call_only_f
    jmp rmerge2_1/4
# func_line_I
# aligned_label_Lt
    align 8
label_555:
# i_func_info_IaaI
# lists:rmerge3_12_3/6
    call L1113
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xE8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x42, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
rmerge3_12_3/6:
# i_breakpoint_trampoline
    short jmp L1905
.db 0x00
    call L1116
    align 8
L1905:
# i_test_yield
    lea rdx, qword ptr [rmerge3_12_3/6+24]
    dec r14
    jle L1114
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+40]
    test al, 2
    jne label_558
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx+40], xmm0
# is_ge_fss
    mov rsi, qword ptr [rbx+16]
    mov rdi, qword ptr [rbx+48]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L1906
    cmp rdi, rsi
    short jmp L1907
L1906:
    call 140320710848608
L1907:
    jl label_557
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1908
    mov ecx, 7
.db 0x90
    call 140320710850576
L1908:
# put_cons_ss
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+32], rsi
# i_call_only_f
    jmp rmerge3_12_3/6
# label_L
label_557:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1909
    mov ecx, 7
    call 140320710850576
L1909:
# put_cons_ss
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+16], rsi
# i_move_sd
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rbx+32], rdi
# i_call_only_f
    jmp rmerge3_2/6
# label_L
label_558:
# is_nil_fS
    cmp qword ptr [rbx+40], 59
    jne label_555
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx+16], 1
    vmovups xmmword ptr [rbx+16], xmm0
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx+24], 1
    vmovups xmmword ptr [rbx+24], xmm0
# swap_dd
    mov rdi, qword ptr [rbx+8]
    mov rsi, qword ptr [rbx+32]
    mov qword ptr [rbx+32], rdi
    mov qword ptr [rbx+8], rsi
# i_call_only_f
    jmp rmerge2_2/5
# func_line_I
# aligned_label_Lt
    align 8
label_559:
# i_func_info_IaaI
# lists:rmerge3_21_3/6
    call L1113
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xE8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x43, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
rmerge3_21_3/6:
# i_breakpoint_trampoline
    short jmp L1910
.db 0x00
    call L1116
    align 8
L1910:
# i_test_yield
    lea rdx, qword ptr [rmerge3_21_3/6+24]
    dec r14
    jle L1114
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+40]
    test al, 2
    jne label_562
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx+40], xmm0
# is_ge_fss
    mov rsi, qword ptr [rbx+8]
    mov rdi, qword ptr [rbx+48]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L1911
    cmp rdi, rsi
    short jmp L1912
L1911:
    call 140320710848608
L1912:
    jl label_561
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1913
    mov ecx, 7
.db 0x90
    call 140320710850576
L1913:
# put_cons_ss
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+32], rsi
# i_call_only_f
    jmp rmerge3_21_3/6
# label_L
label_561:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1914
    mov ecx, 7
    call 140320710850576
L1914:
# put_cons_ss
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_move_sd
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rbx+32], rdi
# i_call_only_f
    jmp rmerge3_1/6
# label_L
label_562:
# is_nil_fS
    cmp qword ptr [rbx+40], 59
    jne label_559
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1915
    mov ecx, 5
.db 0x90
    call 140320710850576
L1915:
# put_cons_ss
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx+16], 1
    vmovups xmmword ptr [rbx+16], xmm0
# swap_dd
    mov rdi, qword ptr [rbx+8]
    mov rsi, qword ptr [rbx+24]
    mov qword ptr [rbx+24], rdi
    mov qword ptr [rbx+8], rsi
# i_call_only_f
    jmp rmerge2_1/4
# func_line_I
# aligned_label_Lt
    align 8
label_563:
# i_func_info_IaaI
# lists:merge2_1/4
    call L1113
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xE8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x43, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
merge2_1/4:
# i_breakpoint_trampoline
    short jmp L1916
.db 0x00
    call L1116
    align 8
L1916:
# i_test_yield
    lea rdx, qword ptr [merge2_1/4+24]
    dec r14
    jle L1114
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_566
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+32], rsi
    mov qword ptr [rbx], rdx
# is_ge_fss
    mov rsi, qword ptr [rbx+32]
    mov rdi, qword ptr [rbx+8]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L1917
    cmp rdi, rsi
    short jmp L1918
L1917:
    call 140320710848608
L1918:
    jl label_565
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1919
    mov ecx, 5
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L1919:
# put_cons_ss
# (putting and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rbx+24], 1
    vmovups xmmword ptr [r15], xmm0
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+24], rsi
# i_call_only_f
    jmp merge2_1/4
# label_L
label_565:
# i_call_only_f
    jmp merge2_2/5
# label_L
label_566:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_563
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1920
    mov ecx, 4
    call 140320710850576
L1920:
# put_cons_ss
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1921
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L1921:
# call_light_bif_be
    align 4
L1922:
L1923:
    long mov rcx, 9223372036854775807
    mov rax, 94919178928352
    lea rdx, qword ptr [L1922]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1115
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_567:
# i_func_info_IaaI
# lists:merge2_2/5
    call L1113
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xE8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x43, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
merge2_2/5:
# i_breakpoint_trampoline
    short jmp L1924
.db 0x00
    call L1116
    align 8
L1924:
# i_test_yield
    lea rdx, qword ptr [merge2_2/5+24]
    dec r14
    jle L1114
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+16]
    test al, 2
    jne label_570
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+40], rsi
    mov qword ptr [rbx+16], rdx
# is_ge_fss
    mov rsi, qword ptr [rbx+32]
    mov rdi, qword ptr [rbx+40]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L1925
    cmp rdi, rsi
    short jmp L1926
L1925:
    call 140320710848608
L1926:
    jl label_569
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1927
    mov ecx, 6
.db 0x90
    call 140320710850576
L1927:
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
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], rsi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+24], rsi
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rbx+8], rdi
# i_call_only_f
    jmp merge2_1/4
# label_L
label_569:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1928
    mov ecx, 6
.db 0x90
    call 140320710850576
L1928:
# put_cons_ss
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+24], rsi
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rbx+8], rdi
# i_call_only_f
    jmp merge2_2/5
# label_L
label_570:
# is_nil_fS
    cmp qword ptr [rbx+16], 59
    jne label_567
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1929
    mov ecx, 5
.db 0x90
    call 140320710850576
L1929:
# put_cons_ss
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# store_cons_Id
    add r15, 32
    mov qword ptr [rbx+8], rsi
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1930
    mov ecx, 2
.db 0x90
    call 140320710850576
L1930:
# call_light_bif_be
    align 4
L1931:
L1932:
    long mov rcx, 9223372036854775807
    mov rax, 94919178928352
    lea rdx, qword ptr [L1931]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1115
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_571:
# i_func_info_IaaI
# lists:rmerge2_1/4
    call L1113
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xE8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x43, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
rmerge2_1/4:
# i_breakpoint_trampoline
    short jmp L1933
.db 0x00
    call L1116
    align 8
L1933:
# i_test_yield
    lea rdx, qword ptr [rmerge2_1/4+24]
    dec r14
    jle L1114
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_574
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+32], rsi
    mov qword ptr [rbx], rdx
# is_ge_fss
    mov rsi, qword ptr [rbx+32]
    mov rdi, qword ptr [rbx+8]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L1934
    cmp rdi, rsi
    short jmp L1935
L1934:
    call 140320710848608
L1935:
    jl label_573
# i_call_only_f
    jmp rmerge2_2/5
# label_L
label_573:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1936
    mov ecx, 5
.db 0x66, 0x90
    call 140320710850576
L1936:
# put_cons_ss
# (putting and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rbx+24], 1
    vmovups xmmword ptr [r15], xmm0
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+24], rsi
# i_call_only_f
    jmp rmerge2_1/4
# label_L
label_574:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_571
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1937
    mov ecx, 4
.db 0x90
    call 140320710850576
L1937:
# put_cons_ss
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1938
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L1938:
# call_light_bif_be
    align 4
L1939:
L1940:
    long mov rcx, 9223372036854775807
    mov rax, 94919178928352
    lea rdx, qword ptr [L1939]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1115
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_575:
# i_func_info_IaaI
# lists:rmerge2_2/5
    call L1113
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xE8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x44, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
rmerge2_2/5:
# i_breakpoint_trampoline
    short jmp L1941
.db 0x00
    call L1116
    align 8
L1941:
# i_test_yield
    lea rdx, qword ptr [rmerge2_2/5+24]
    dec r14
    jle L1114
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+16]
    test al, 2
    jne label_578
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+40], rsi
    mov qword ptr [rbx+16], rdx
# is_ge_fss
    mov rsi, qword ptr [rbx+32]
    mov rdi, qword ptr [rbx+40]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L1942
    cmp rdi, rsi
    short jmp L1943
L1942:
    call 140320710848608
L1943:
    jl label_577
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1944
    mov ecx, 6
.db 0x90
    call 140320710850576
L1944:
# put_cons_ss
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+24], rsi
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rbx+8], rdi
# i_call_only_f
    jmp rmerge2_2/5
# label_L
label_577:
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1945
    mov ecx, 6
    call 140320710850576
L1945:
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
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], rsi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+24], rsi
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rbx+8], rdi
# i_call_only_f
    jmp rmerge2_1/4
# label_L
label_578:
# is_nil_fS
    cmp qword ptr [rbx+16], 59
    jne label_575
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L1946
    mov ecx, 5
.db 0x66, 0x90
    call 140320710850576
L1946:
# put_cons_ss
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# store_cons_Id
    add r15, 32
    mov qword ptr [rbx+8], rsi
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L1947
    mov ecx, 2
.db 0x90
    call 140320710850576
L1947:
# call_light_bif_be
    align 4
L1948:
L1949:
    long mov rcx, 9223372036854775807
    mov rax, 94919178928352
    lea rdx, qword ptr [L1948]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1115
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_579:
# i_func_info_IaaI
# lists:usplit_1/5
    call L1113
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xE8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x44, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
usplit_1/5:
# i_breakpoint_trampoline
    short jmp L1950
.db 0x00
    call L1116
    align 8
L1950:
# i_test_yield
    lea rdx, qword ptr [usplit_1/5+24]
    dec r14
    jle L1114
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+16]
    test al, 2
    jne label_586
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+40], rsi
    mov qword ptr [rbx+16], rdx
# is_lt_fss
    mov rsi, qword ptr [rbx+40]
    mov rdi, qword ptr [rbx+8]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L1951
    cmp rdi, rsi
    short jmp L1952
L1951:
    call 140320710848608
L1952:
    jge label_581
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1953
    mov ecx, 6
.db 0x90
    call 140320710850576
L1953:
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
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rbx+8], rdi
# i_call_only_f
    jmp usplit_1/5
# label_L
label_581:
# is_eq_fss
    mov rsi, qword ptr [rbx+8]
    mov rdi, qword ptr [rbx+40]
    cmp rdi, rsi
    short je L1954
    mov eax, edi
    and eax, esi
    and al, 3
    cmp al, 3
    je label_582
    call 140320710848744
    jne label_582
L1954:
# i_call_only_f
    jmp usplit_1/5
# label_L
label_582:
# is_lt_fss
    mov rsi, qword ptr [rbx+40]
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L1955
    cmp rdi, rsi
    short jmp L1956
L1955:
    call 140320710848608
L1956:
    jge label_583
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1957
    mov ecx, 6
    call 140320710850576
L1957:
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
    jmp usplit_1/5
# label_L
label_583:
# is_eq_fss
    mov rsi, qword ptr [rbx]
    mov rdi, qword ptr [rbx+40]
    cmp rdi, rsi
    short je L1958
    mov eax, edi
    and eax, esi
    and al, 3
    cmp al, 3
    je label_584
    call 140320710848744
    jne label_584
L1958:
# i_call_only_f
    jmp usplit_1/5
# label_L
label_584:
# is_nil_fS
    cmp qword ptr [rbx+24], 59
    jne label_585
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1959
    mov ecx, 6
    call 140320710850576
L1959:
# put_cons_ss
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+24], rsi
# i_call_only_f
    jmp usplit_1/5
# label_L
label_585:
# i_call_only_f
    jmp usplit_1_1/6
# label_L
label_586:
# is_nil_fS
    cmp qword ptr [rbx+16], 59
    jne label_579
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L1960
    mov ecx, 5
    call 140320710850576
L1960:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# store_cons_Id
    add r15, 32
    mov qword ptr [rbx], rsi
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# i_move_sd
    mov qword ptr [rbx+16], 279691
# i_move_sd
    mov qword ptr [rbx+8], 59
# i_call_only_f
    jmp rumergel/3
# func_line_I
# aligned_label_Lt
    align 8
label_587:
# i_func_info_IaaI
# lists:usplit_1_1/6
    call L1113
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xE8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x44, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
usplit_1_1/6:
# i_breakpoint_trampoline
    short jmp L1961
.db 0x00
    call L1116
    align 8
L1961:
# i_test_yield
    lea rdx, qword ptr [usplit_1_1/6+24]
    dec r14
    jle L1114
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+16]
    test al, 2
    jne label_595
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+48], rsi
    mov qword ptr [rbx+16], rdx
# is_lt_fss
    mov rsi, qword ptr [rbx+48]
    mov rdi, qword ptr [rbx+8]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L1962
    cmp rdi, rsi
    short jmp L1963
L1962:
    call 140320710848608
L1963:
    jge label_589
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1964
    mov ecx, 7
.db 0x90
    call 140320710850576
L1964:
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
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rbx+8], rdi
# i_call_only_f
    jmp usplit_1_1/6
# label_L
label_589:
# is_eq_fss
    mov rsi, qword ptr [rbx+8]
    mov rdi, qword ptr [rbx+48]
    cmp rdi, rsi
    short je L1965
    mov eax, edi
    and eax, esi
    and al, 3
    cmp al, 3
    je label_590
    call 140320710848744
    jne label_590
L1965:
# i_call_only_f
    jmp usplit_1_1/6
# label_L
label_590:
# is_lt_fss
    mov rsi, qword ptr [rbx+48]
    mov rdi, qword ptr [rbx]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L1966
    cmp rdi, rsi
    short jmp L1967
L1966:
    call 140320710848608
L1967:
    jge label_591
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1968
    mov ecx, 7
    call 140320710850576
L1968:
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
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp usplit_1_1/6
# label_L
label_591:
# is_eq_fss
    mov rsi, qword ptr [rbx]
    mov rdi, qword ptr [rbx+48]
    cmp rdi, rsi
    short je L1969
    mov eax, edi
    and eax, esi
    and al, 3
    cmp al, 3
    je label_592
    call 140320710848744
    jne label_592
L1969:
# i_call_only_f
    jmp usplit_1_1/6
# label_L
label_592:
# is_lt_fss
    mov rsi, qword ptr [rbx+48]
    mov rdi, qword ptr [rbx+40]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L1970
    cmp rdi, rsi
    short jmp L1971
L1970:
    call 140320710848608
L1971:
    jge label_593
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L1972
    mov ecx, 7
    call 140320710850576
L1972:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# store_cons_Id
    add r15, 32
    mov qword ptr [rbx], rsi
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+32], rsi
# i_move_sd
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx+24], 59
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp usplit_1/5
# label_L
label_593:
# is_eq_fss
    mov rsi, qword ptr [rbx+40]
    mov rdi, qword ptr [rbx+48]
    cmp rdi, rsi
    short je L1973
    mov eax, edi
    and eax, esi
    and al, 3
    cmp al, 3
    je label_594
    call 140320710848744
    jne label_594
L1973:
# i_call_only_f
    jmp usplit_1_1/6
# label_L
label_594:
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L1974
    mov ecx, 7
.db 0x90
    call 140320710850576
L1974:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# store_cons_Id
    add r15, 32
    mov qword ptr [rbx], rsi
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+32], rsi
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx+24], 59
# i_move_sd
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp usplit_1/5
# label_L
label_595:
# is_nil_fS
    cmp qword ptr [rbx+16], 59
    jne label_587
# test_heap_It
    lea rdx, qword ptr [r15+112]
    cmp rdx, rsp
    short jbe L1975
    mov ecx, 6
.db 0x66, 0x90
    call 140320710850576
L1975:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# store_cons_Id
    add r15, 32
    mov qword ptr [rbx], rsi
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# put_cons_ss
    mov rdi, qword ptr [rbx+40]
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
    mov qword ptr [rbx], rsi
# i_move_sd
    mov qword ptr [rbx+16], 279691
# i_move_sd
    mov qword ptr [rbx+8], 59
# i_call_only_f
    jmp rumergel/3
# func_line_I
# aligned_label_Lt
    align 8
label_596:
# i_func_info_IaaI
# lists:usplit_2/5
    call L1113
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xE8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x45, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
usplit_2/5:
# i_breakpoint_trampoline
    short jmp L1976
.db 0x00
    call L1116
    align 8
L1976:
# i_test_yield
    lea rdx, qword ptr [usplit_2/5+24]
    dec r14
    jle L1114
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+16]
    test al, 2
    jne label_603
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+40], rsi
    mov qword ptr [rbx+16], rdx
# is_lt_fss
    mov rsi, qword ptr [rbx+8]
    mov rdi, qword ptr [rbx+40]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L1977
    cmp rdi, rsi
    short jmp L1978
L1977:
    call 140320710848608
L1978:
    jge label_598
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1979
    mov ecx, 6
.db 0x90
    call 140320710850576
L1979:
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
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rbx+8], rdi
# i_call_only_f
    jmp usplit_2/5
# label_L
label_598:
# is_eq_fss
    mov rsi, qword ptr [rbx+8]
    mov rdi, qword ptr [rbx+40]
    cmp rdi, rsi
    short je L1980
    mov eax, edi
    and eax, esi
    and al, 3
    cmp al, 3
    je label_599
    call 140320710848744
    jne label_599
L1980:
# i_call_only_f
    jmp usplit_2/5
# label_L
label_599:
# is_lt_fss
    mov rsi, qword ptr [rbx]
    mov rdi, qword ptr [rbx+40]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L1981
    cmp rdi, rsi
    short jmp L1982
L1981:
    call 140320710848608
L1982:
    jge label_600
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1983
    mov ecx, 6
    call 140320710850576
L1983:
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
    jmp usplit_2/5
# label_L
label_600:
# is_eq_fss
    mov rsi, qword ptr [rbx]
    mov rdi, qword ptr [rbx+40]
    cmp rdi, rsi
    short je L1984
    mov eax, edi
    and eax, esi
    and al, 3
    cmp al, 3
    je label_601
    call 140320710848744
    jne label_601
L1984:
# i_call_only_f
    jmp usplit_2/5
# label_L
label_601:
# is_nil_fS
    cmp qword ptr [rbx+24], 59
    jne label_602
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1985
    mov ecx, 6
    call 140320710850576
L1985:
# put_cons_ss
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+24], rsi
# i_call_only_f
    jmp usplit_2/5
# label_L
label_602:
# i_call_only_f
    jmp usplit_2_1/6
# label_L
label_603:
# is_nil_fS
    cmp qword ptr [rbx+16], 59
    jne label_596
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L1986
    mov ecx, 5
    call 140320710850576
L1986:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# store_cons_Id
    add r15, 32
    mov qword ptr [rbx], rsi
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# i_move_sd
    mov qword ptr [rbx+16], 279883
# i_move_sd
    mov qword ptr [rbx+8], 59
# i_call_only_f
    jmp umergel/3
# func_line_I
# aligned_label_Lt
    align 8
label_604:
# i_func_info_IaaI
# lists:usplit_2_1/6
    call L1113
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xE8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x45, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
usplit_2_1/6:
# i_breakpoint_trampoline
    short jmp L1987
.db 0x00
    call L1116
    align 8
L1987:
# i_test_yield
    lea rdx, qword ptr [usplit_2_1/6+24]
    dec r14
    jle L1114
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+16]
    test al, 2
    jne label_612
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+48], rsi
    mov qword ptr [rbx+16], rdx
# is_lt_fss
    mov rsi, qword ptr [rbx+8]
    mov rdi, qword ptr [rbx+48]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L1988
    cmp rdi, rsi
    short jmp L1989
L1988:
    call 140320710848608
L1989:
    jge label_606
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1990
    mov ecx, 7
.db 0x90
    call 140320710850576
L1990:
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
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rbx+8], rdi
# i_call_only_f
    jmp usplit_2_1/6
# label_L
label_606:
# is_eq_fss
    mov rsi, qword ptr [rbx+8]
    mov rdi, qword ptr [rbx+48]
    cmp rdi, rsi
    short je L1991
    mov eax, edi
    and eax, esi
    and al, 3
    cmp al, 3
    je label_607
    call 140320710848744
    jne label_607
L1991:
# i_call_only_f
    jmp usplit_2_1/6
# label_L
label_607:
# is_lt_fss
    mov rsi, qword ptr [rbx]
    mov rdi, qword ptr [rbx+48]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L1992
    cmp rdi, rsi
    short jmp L1993
L1992:
    call 140320710848608
L1993:
    jge label_608
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L1994
    mov ecx, 7
    call 140320710850576
L1994:
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
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp usplit_2_1/6
# label_L
label_608:
# is_eq_fss
    mov rsi, qword ptr [rbx]
    mov rdi, qword ptr [rbx+48]
    cmp rdi, rsi
    short je L1995
    mov eax, edi
    and eax, esi
    and al, 3
    cmp al, 3
    je label_609
    call 140320710848744
    jne label_609
L1995:
# i_call_only_f
    jmp usplit_2_1/6
# label_L
label_609:
# is_lt_fss
    mov rsi, qword ptr [rbx+40]
    mov rdi, qword ptr [rbx+48]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L1996
    cmp rdi, rsi
    short jmp L1997
L1996:
    call 140320710848608
L1997:
    jge label_610
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L1998
    mov ecx, 7
    call 140320710850576
L1998:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# store_cons_Id
    add r15, 32
    mov qword ptr [rbx], rsi
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+32], rsi
# i_move_sd
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx+24], 59
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp usplit_2/5
# label_L
label_610:
# is_eq_fss
    mov rsi, qword ptr [rbx+40]
    mov rdi, qword ptr [rbx+48]
    cmp rdi, rsi
    short je L1999
    mov eax, edi
    and eax, esi
    and al, 3
    cmp al, 3
    je label_611
    call 140320710848744
    jne label_611
L1999:
# i_call_only_f
    jmp usplit_2_1/6
# label_L
label_611:
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L2000
    mov ecx, 7
.db 0x90
    call 140320710850576
L2000:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# store_cons_Id
    add r15, 32
    mov qword ptr [rbx], rsi
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+32], rsi
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx+24], 59
# i_move_sd
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rbx], rdi
# i_call_only_f
    jmp usplit_2/5
# label_L
label_612:
# is_nil_fS
    cmp qword ptr [rbx+16], 59
    jne label_604
# test_heap_It
    lea rdx, qword ptr [r15+112]
    cmp rdx, rsp
    short jbe L2001
    mov ecx, 6
.db 0x66, 0x90
    call 140320710850576
L2001:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# store_cons_Id
    add r15, 32
    mov qword ptr [rbx], rsi
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# put_cons_ss
    mov rdi, qword ptr [rbx+40]
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
    mov qword ptr [rbx], rsi
# i_move_sd
    mov qword ptr [rbx+16], 279883
# i_move_sd
    mov qword ptr [rbx+8], 59
# i_call_only_f
    jmp umergel/3
# func_line_I
# aligned_label_Lt
    align 8
label_613:
# i_func_info_IaaI
# lists:umergel/1
    call L1113
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xE8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x45, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
umergel/1:
# i_breakpoint_trampoline
    short jmp L2002
.db 0x00
    call L1116
    align 8
L2002:
# i_test_yield
    lea rdx, qword ptr [umergel/1+24]
    dec r14
    jle L1114
# i_move_sd
    mov qword ptr [rbx+16], 279691
# i_move_sd
    mov qword ptr [rbx+8], 59
# i_call_only_f
    jmp umergel/3
# func_line_I
# aligned_label_Lt
    align 8
label_615:
# i_func_info_IaaI
# lists:umergel/3
    call L1113
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xE8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x45, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
umergel/3:
# i_breakpoint_trampoline
    short jmp L2003
.db 0x00
    call L1116
    align 8
L2003:
# i_test_yield
    lea rdx, qword ptr [umergel/3+24]
    dec r14
    jle L1114
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_625
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+24], xmm0
# is_nil_fS
    cmp qword ptr [rbx+24], 59
    jne label_617
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx], rdi
# i_call_only_f
    short jmp umergel/3
# label_L
label_617:
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+32]
    test al, 2
    jne label_623
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx+32], xmm0
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+40]
    test al, 2
    jne label_619
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+48], xmm0
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+32]
    test al, 2
    jne label_619
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+64], xmm0
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+64]
    test al, 2
    jne label_618
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+80], xmm0
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 279691
    jne label_618
# allocate_heap_tIt
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L2004
    mov ecx, 12
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2004:
    sub rsp, 16
# i_move_sd
    mov rdi, qword ptr [rbx+72]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp+8], rdi
# put_cons_ss
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+80]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_move_sd
    mov qword ptr [rbx+32], 59
# i_move_sd
    mov rdi, qword ptr [rbx+56]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+88]
    mov qword ptr [rbx+40], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+80]
    mov qword ptr [rbx+48], rdi
# line_I
# i_call_f
    call umerge3_1/7
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2005
    mov ecx, 1
    call 140320710850576
L2005:
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
    mov qword ptr [rbx+16], 279691
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 16
    jmp umergel/3
# label_L
label_618:
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+24]
    test al, 2
    jne label_619
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+80], xmm0
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 279883
    jne label_619
# allocate_heap_tIt
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L2006
    mov ecx, 12
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2006:
    sub rsp, 16
# i_move_sd
    mov rdi, qword ptr [rbx+72]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp+8], rdi
# put_cons_ss
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+80]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_move_sd
    mov qword ptr [rbx+32], 59
# i_move_sd
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+88]
    mov qword ptr [rbx+40], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+56]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+80]
    mov qword ptr [rbx+48], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+64]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
    call umerge3_1/7
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2007
    mov ecx, 1
    call 140320710850576
L2007:
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
    mov qword ptr [rbx+16], 279883
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 16
    jmp umergel/3
# label_L
label_619:
# is_nil_fS
    cmp qword ptr [rbx+40], 59
    jne label_620
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2008
    mov ecx, 5
.db 0x66, 0x90
    call 140320710850576
L2008:
# put_cons_ss
# (put head and tail together)
    movups xmm0, xmmword ptr [rbx+24]
    movups xmmword ptr [r15], xmm0
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# i_call_only_f
    jmp umergel/3
# label_L
label_620:
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+32]
    test al, 2
    jne label_621
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+48], xmm0
# is_nil_fS
    cmp qword ptr [rbx+48], 59
    jne label_621
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L2009
    mov ecx, 8
.db 0x90
    call 140320710850576
L2009:
# put_cons_ss
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+56]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# store_cons_Id
    add r15, 32
    mov qword ptr [rbx], rsi
# i_call_only_f
    jmp umergel/3
# label_L
label_621:
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+24]
    test al, 2
    jne label_622
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+48], xmm0
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 279691
    jne label_622
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2010
    mov ecx, 8
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2010:
    sub rsp, 16
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp+8], rdi
# i_move_sd
    mov qword ptr [rbx+16], 59
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+56]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call umerge2_2/4
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2011
    mov ecx, 1
    call 140320710850576
L2011:
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
    mov qword ptr [rbx+16], 279691
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 16
    jmp umergel/3
# label_L
label_622:
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+40]
    test al, 2
    jne label_615
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx+40], xmm0
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 279883
    jne label_615
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2012
    mov ecx, 7
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2012:
    sub rsp, 16
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp+8], rdi
# i_move_sd
    mov qword ptr [rbx+16], 59
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call umerge2_2/4
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2013
    mov ecx, 1
    call 140320710850576
L2013:
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
    mov qword ptr [rbx+16], 279883
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 16
    jmp umergel/3
# label_L
label_623:
# is_nil_fS
    cmp qword ptr [rbx+32], 59
    jne label_615
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_624
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L1115
    ret
# label_L
label_624:
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2014
    mov ecx, 4
.db 0x66, 0x90
    call 140320710850576
L2014:
    sub rsp, 16
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rsp], xmm0
# i_move_sd
    mov qword ptr [rbx+8], 59
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L2015:
L2016:
    long mov rcx, 9223372036854775807
    mov rax, 94919178928352
    lea rdx, qword ptr [L2015]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2017
    mov ecx, 1
    call 140320710850576
L2017:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx+8], 59
# i_call_last_ft
    add rsp, 16
    jmp rumergel/3
# label_L
label_625:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_615
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_626
# i_move_sd
    mov qword ptr [rbx], 59
# return
    dec r14
    jl L1115
    ret
# label_L
label_626:
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov qword ptr [rbx+8], 59
# i_call_only_f
    jmp rumergel/3
# func_line_I
# aligned_label_Lt
    align 8
label_627:
# i_func_info_IaaI
# lists:rumergel/3
    call L1113
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xE8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x46, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
rumergel/3:
# i_breakpoint_trampoline
    short jmp L2018
.db 0x00
    call L1116
    align 8
L2018:
# i_test_yield
    lea rdx, qword ptr [rumergel/3+24]
    dec r14
    jle L1114
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_633
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+24], xmm0
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+24]
    test al, 2
    jne label_629
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+40], xmm0
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+32]
    test al, 2
    jne label_632
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+56], xmm0
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+56]
    test al, 2
    jne label_629
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+72], rsi
    mov qword ptr [rbx+56], rdx
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+64]
    test al, 2
    jne label_629
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+80], rsi
    mov qword ptr [rbx+64], rdx
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 279691
    jne label_629
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2019
    mov ecx, 11
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2019:
    sub rsp, 16
# i_move_sd
    mov rdi, qword ptr [rbx+64]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+72]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx+24], 59
# i_move_sd
    mov rdi, qword ptr [rbx+56]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rbx+32], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+80]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call rumerge3_1/6
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2020
    mov ecx, 1
    call 140320710850576
L2020:
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
    mov qword ptr [rbx+16], 279691
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 16
    jmp rumergel/3
# label_L
label_629:
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+32]
    test al, 2
    jne label_632
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx+32], xmm0
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+40]
    test al, 2
    jne label_630
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+48], xmm0
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+32]
    test al, 2
    jne label_630
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+64], xmm0
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+64]
    test al, 2
    jne label_630
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+80], rsi
    mov qword ptr [rbx+64], rdx
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 279883
    jne label_630
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2021
    mov ecx, 11
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2021:
    sub rsp, 16
# i_move_sd
    mov rdi, qword ptr [rbx+72]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+64]
    mov qword ptr [rbx+32], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+56]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+80]
    mov qword ptr [rbx+40], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov qword ptr [rbx+24], 59
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call rumerge3_1/6
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2022
    mov ecx, 1
    call 140320710850576
L2022:
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
    mov qword ptr [rbx+16], 279883
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 16
    jmp rumergel/3
# label_L
label_630:
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+24]
    test al, 2
    jne label_631
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+48], xmm0
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 279691
    jne label_631
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2023
    mov ecx, 8
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2023:
    sub rsp, 16
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp+8], rdi
# i_move_sd
    mov qword ptr [rbx+16], 59
# i_move_sd
    mov rdi, qword ptr [rbx+56]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call rumerge2_1/4
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2024
    mov ecx, 1
    call 140320710850576
L2024:
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
    mov qword ptr [rbx+16], 279691
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 16
    jmp rumergel/3
# label_L
label_631:
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+40]
    test al, 2
    jne label_627
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx+40], xmm0
# is_eq_exact_fss
    cmp qword ptr [rbx+16], 279883
    jne label_627
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2025
    mov ecx, 7
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2025:
    sub rsp, 16
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx+16], 59
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rbx+24], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call rumerge2_1/4
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2026
    mov ecx, 1
    call 140320710850576
L2026:
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
    mov qword ptr [rbx+16], 279883
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 16
    jmp rumergel/3
# label_L
label_632:
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2027
    mov ecx, 4
.db 0x90
    call 140320710850576
L2027:
    sub rsp, 16
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rsp], xmm0
# i_move_sd
    mov qword ptr [rbx+8], 59
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L2028:
L2029:
    long mov rcx, 9223372036854775807
    mov rax, 94919178928352
    lea rdx, qword ptr [L2028]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2030
    mov ecx, 1
    call 140320710850576
L2030:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx+8], 59
# i_call_last_ft
    add rsp, 16
    jmp umergel/3
# label_L
label_633:
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov qword ptr [rbx+8], 59
# i_call_only_f
    jmp umergel/3
# func_line_I
# aligned_label_Lt
    align 8
label_634:
# i_func_info_IaaI
# lists:umerge3_1/7
    call L1113
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xE8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x46, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
umerge3_1/7:
# i_breakpoint_trampoline
    short jmp L2031
.db 0x00
    call L1116
    align 8
L2031:
# i_test_yield
    lea rdx, qword ptr [umerge3_1/7+24]
    dec r14
    jle L1114
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_642
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+56], rsi
    mov qword ptr [rbx], rdx
# is_ge_fss
    mov rsi, qword ptr [rbx+56]
    mov rdi, qword ptr [rbx+24]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L2032
    cmp rdi, rsi
    short jmp L2033
L2032:
    call 140320710848608
L2033:
    jl label_638
# is_ge_fss
    mov rsi, qword ptr [rbx+56]
    mov rdi, qword ptr [rbx+48]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L2034
    cmp rdi, rsi
    short jmp L2035
L2034:
    call 140320710848608
L2035:
    jl label_636
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2036
    mov ecx, 8
    call 140320710850576
L2036:
# put_cons_ss
    mov rdi, qword ptr [rbx+56]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+32], rsi
# i_move_sd
    mov rdi, qword ptr [rbx+56]
    mov qword ptr [rbx+8], rdi
# i_call_only_f
    jmp umerge3_1/7
# label_L
label_636:
# is_eq_fss
    mov rsi, qword ptr [rbx+8]
    mov rdi, qword ptr [rbx+48]
    cmp rdi, rsi
    short je L2037
    mov eax, edi
    and eax, esi
    and al, 3
    cmp al, 3
    je label_637
    call 140320710848744
    jne label_637
L2037:
# i_move_sd
    mov rdi, qword ptr [rbx+56]
    mov qword ptr [rbx+8], rdi
# i_call_only_f
    jmp umerge3_12_3/6
# label_L
label_637:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2038
    mov ecx, 8
    call 140320710850576
L2038:
# put_cons_ss
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+32], rsi
# i_move_sd
    mov rdi, qword ptr [rbx+56]
    mov qword ptr [rbx+8], rdi
# i_call_only_f
    jmp umerge3_12_3/6
# label_L
label_638:
# is_eq_fss
    mov rsi, qword ptr [rbx+8]
    mov rdi, qword ptr [rbx+24]
    cmp rdi, rsi
    short je L2039
    mov eax, edi
    and eax, esi
    and al, 3
    cmp al, 3
    je label_639
    call 140320710848744
    jne label_639
L2039:
# i_move_sd
    mov rdi, qword ptr [rbx+56]
    mov qword ptr [rbx+8], rdi
# i_call_only_f
    jmp umerge3_2/7
# label_L
label_639:
# is_ge_fss
    mov rsi, qword ptr [rbx+24]
    mov rdi, qword ptr [rbx+48]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L2040
    cmp rdi, rsi
    short jmp L2041
L2040:
    call 140320710848608
L2041:
    jl label_640
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2042
    mov ecx, 8
.db 0x90
    call 140320710850576
L2042:
# put_cons_ss
# (put head and tail together)
    movups xmm0, xmmword ptr [rbx+24]
    movups xmmword ptr [r15], xmm0
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+32], rsi
# i_move_sd
    mov rdi, qword ptr [rbx+56]
    mov qword ptr [rbx+8], rdi
# i_call_only_f
    jmp umerge3_2/7
# label_L
label_640:
# is_eq_fss
    mov rsi, qword ptr [rbx+8]
    mov rdi, qword ptr [rbx+48]
    cmp rdi, rsi
    short je L2043
    mov eax, edi
    and eax, esi
    and al, 3
    cmp al, 3
    je label_641
    call 140320710848744
    jne label_641
L2043:
# i_move_sd
    mov rdi, qword ptr [rbx+56]
    mov qword ptr [rbx+8], rdi
# i_call_only_f
    jmp umerge3_21_3/6
# label_L
label_641:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2044
    mov ecx, 8
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2044:
# put_cons_ss
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+32], rsi
# i_move_sd
    mov rdi, qword ptr [rbx+56]
    mov qword ptr [rbx+8], rdi
# i_call_only_f
    jmp umerge3_21_3/6
# label_L
label_642:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_634
# is_eq_fss
    mov rsi, qword ptr [rbx+8]
    mov rdi, qword ptr [rbx+24]
    cmp rdi, rsi
    short je L2045
    mov eax, edi
    and eax, esi
    and al, 3
    cmp al, 3
    je label_643
    call 140320710848744
    jne label_643
L2045:
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rbx+32], rdi
# i_call_only_f
    jmp umerge2_1/5
# label_L
label_643:
# is_ge_fss
    mov rsi, qword ptr [rbx+24]
    mov rdi, qword ptr [rbx+48]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L2046
    cmp rdi, rsi
    short jmp L2047
L2046:
    call 140320710848608
L2047:
    jl label_644
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2048
    mov ecx, 7
    call 140320710850576
L2048:
# put_cons_ss
# (put head and tail together)
    movups xmm0, xmmword ptr [rbx+24]
    movups xmmword ptr [r15], xmm0
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# i_move_sd
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rbx+32], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rbx+8], rdi
# swap_dd
    mov rdi, qword ptr [rbx]
    mov rsi, qword ptr [rbx+16]
    mov qword ptr [rbx+16], rdi
    mov qword ptr [rbx], rsi
# i_call_only_f
    jmp umerge2_1/5
# label_L
label_644:
# is_eq_fss
    mov rsi, qword ptr [rbx+8]
    mov rdi, qword ptr [rbx+48]
    cmp rdi, rsi
    short je L2049
    mov eax, edi
    and eax, esi
    and al, 3
    cmp al, 3
    je label_645
    call 140320710848744
    jne label_645
L2049:
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx+16], rdi
# i_call_only_f
    jmp umerge2_2/4
# label_L
label_645:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2050
    mov ecx, 7
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2050:
# put_cons_ss
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rbx+8], rdi
# swap_dd
    mov rdi, qword ptr [rbx]
    mov rsi, qword ptr [rbx+16]
    mov qword ptr [rbx+16], rdi
    mov qword ptr [rbx], rsi
# i_call_only_f
    jmp umerge2_2/4
# func_line_I
# aligned_label_Lt
    align 8
label_646:
# i_func_info_IaaI
# lists:umerge3_2/7
    call L1113
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xE8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x46, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
umerge3_2/7:
# i_breakpoint_trampoline
    short jmp L2051
.db 0x00
    call L1116
    align 8
L2051:
# i_test_yield
    lea rdx, qword ptr [umerge3_2/7+24]
    dec r14
    jle L1114
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+16]
    test al, 2
    jne label_653
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+56], rsi
    mov qword ptr [rbx+16], rdx
# is_ge_fss
    mov rsi, qword ptr [rbx+8]
    mov rdi, qword ptr [rbx+56]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L2052
    cmp rdi, rsi
    short jmp L2053
L2052:
    call 140320710848608
L2053:
    jl label_650
# is_ge_fss
    mov rsi, qword ptr [rbx+8]
    mov rdi, qword ptr [rbx+48]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L2054
    cmp rdi, rsi
    short jmp L2055
L2054:
    call 140320710848608
L2055:
    jl label_648
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2056
    mov ecx, 8
.db 0x66, 0x90
    call 140320710850576
L2056:
# put_cons_ss
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+32], rsi
# i_move_sd
    mov rdi, qword ptr [rbx+56]
    mov qword ptr [rbx+24], rdi
# i_call_only_f
    jmp umerge3_1/7
# label_L
label_648:
# is_eq_fss
    mov rsi, qword ptr [rbx+24]
    mov rdi, qword ptr [rbx+48]
    cmp rdi, rsi
    short je L2057
    mov eax, edi
    and eax, esi
    and al, 3
    cmp al, 3
    je label_649
    call 140320710848744
    jne label_649
L2057:
# i_move_sd
    mov rdi, qword ptr [rbx+56]
    mov qword ptr [rbx+24], rdi
# i_call_only_f
    jmp umerge3_12_3/6
# label_L
label_649:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2058
    mov ecx, 8
    call 140320710850576
L2058:
# put_cons_ss
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+32], rsi
# i_move_sd
    mov rdi, qword ptr [rbx+56]
    mov qword ptr [rbx+24], rdi
# i_call_only_f
    jmp umerge3_12_3/6
# label_L
label_650:
# is_ge_fss
    mov rsi, qword ptr [rbx+56]
    mov rdi, qword ptr [rbx+48]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L2059
    cmp rdi, rsi
    short jmp L2060
L2059:
    call 140320710848608
L2060:
    jl label_651
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2061
    mov ecx, 8
.db 0x90
    call 140320710850576
L2061:
# put_cons_ss
    mov rdi, qword ptr [rbx+56]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+32], rsi
# i_move_sd
    mov rdi, qword ptr [rbx+56]
    mov qword ptr [rbx+24], rdi
# i_call_only_f
    jmp umerge3_2/7
# label_L
label_651:
# is_eq_fss
    mov rsi, qword ptr [rbx+24]
    mov rdi, qword ptr [rbx+48]
    cmp rdi, rsi
    short je L2062
    mov eax, edi
    and eax, esi
    and al, 3
    cmp al, 3
    je label_652
    call 140320710848744
    jne label_652
L2062:
# i_move_sd
    mov rdi, qword ptr [rbx+56]
    mov qword ptr [rbx+24], rdi
# i_call_only_f
    jmp umerge3_21_3/6
# label_L
label_652:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2063
    mov ecx, 8
    call 140320710850576
L2063:
# put_cons_ss
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+32], rsi
# i_move_sd
    mov rdi, qword ptr [rbx+56]
    mov qword ptr [rbx+24], rdi
# i_call_only_f
    jmp umerge3_21_3/6
# label_L
label_653:
# is_nil_fS
    cmp qword ptr [rbx+16], 59
    jne label_646
# is_ge_fss
    mov rsi, qword ptr [rbx+8]
    mov rdi, qword ptr [rbx+48]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L2064
    cmp rdi, rsi
    short jmp L2065
L2064:
    call 140320710848608
L2065:
    jl label_654
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2066
    mov ecx, 7
.db 0x66, 0x90
    call 140320710850576
L2066:
# put_cons_ss
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+16], rsi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rbx+32], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rbx+8], rdi
# i_call_only_f
    jmp umerge2_1/5
# label_L
label_654:
# is_eq_fss
    mov rsi, qword ptr [rbx+24]
    mov rdi, qword ptr [rbx+48]
    cmp rdi, rsi
    short je L2067
    mov eax, edi
    and eax, esi
    and al, 3
    cmp al, 3
    je label_655
    call 140320710848744
    jne label_655
L2067:
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rbx+8], rdi
# i_call_only_f
    jmp umerge2_2/4
# label_L
label_655:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2068
    mov ecx, 7
    call 140320710850576
L2068:
# put_cons_ss
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+16], rsi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rbx+8], rdi
# i_call_only_f
    jmp umerge2_2/4
# func_line_I
# aligned_label_Lt
    align 8
label_656:
# i_func_info_IaaI
# lists:umerge3_12_3/6
    call L1113
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xE8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x46, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
umerge3_12_3/6:
# i_breakpoint_trampoline
    short jmp L2069
.db 0x00
    call L1116
    align 8
L2069:
# i_test_yield
    lea rdx, qword ptr [umerge3_12_3/6+24]
    dec r14
    jle L1114
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+40]
    test al, 2
    jne label_659
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx+40], xmm0
# is_ge_fss
    mov rsi, qword ptr [rbx+8]
    mov rdi, qword ptr [rbx+48]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L2070
    cmp rdi, rsi
    short jmp L2071
L2070:
    call 140320710848608
L2071:
    jl label_658
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2072
    mov ecx, 7
.db 0x90
    call 140320710850576
L2072:
# put_cons_ss
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+32], rsi
# i_call_only_f
    jmp umerge3_1/7
# label_L
label_658:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2073
    mov ecx, 7
    call 140320710850576
L2073:
# put_cons_ss
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+32], rsi
# i_call_only_f
    jmp umerge3_12_3/6
# label_L
label_659:
# is_nil_fS
    cmp qword ptr [rbx+40], 59
    jne label_656
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2074
    mov ecx, 5
.db 0x90
    call 140320710850576
L2074:
# put_cons_ss
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+32], rsi
# swap_dd
    mov rdi, qword ptr [rbx+32]
    mov rsi, qword ptr [rbx+16]
    mov qword ptr [rbx+16], rdi
    mov qword ptr [rbx+32], rsi
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx+24], 1
    vmovups xmmword ptr [rbx+24], xmm0
# swap_dd
    mov rdi, qword ptr [rbx+8]
    mov rsi, qword ptr [rbx+24]
    mov qword ptr [rbx+24], rdi
    mov qword ptr [rbx+8], rsi
# i_call_only_f
    jmp umerge2_1/5
# func_line_I
# aligned_label_Lt
    align 8
label_660:
# i_func_info_IaaI
# lists:umerge3_21_3/6
    call L1113
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xE8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x47, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
umerge3_21_3/6:
# i_breakpoint_trampoline
    short jmp L2075
.db 0x00
    call L1116
    align 8
L2075:
# i_test_yield
    lea rdx, qword ptr [umerge3_21_3/6+24]
    dec r14
    jle L1114
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+40]
    test al, 2
    jne label_663
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx+40], xmm0
# is_ge_fss
    mov rsi, qword ptr [rbx+24]
    mov rdi, qword ptr [rbx+48]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L2076
    cmp rdi, rsi
    short jmp L2077
L2076:
    call 140320710848608
L2077:
    jl label_662
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2078
    mov ecx, 7
.db 0x90
    call 140320710850576
L2078:
# put_cons_ss
# (put head and tail together)
    movups xmm0, xmmword ptr [rbx+24]
    movups xmmword ptr [r15], xmm0
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+32], rsi
# i_call_only_f
    jmp umerge3_2/7
# label_L
label_662:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2079
    mov ecx, 7
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2079:
# put_cons_ss
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+32], rsi
# i_call_only_f
    jmp umerge3_21_3/6
# label_L
label_663:
# is_nil_fS
    cmp qword ptr [rbx+40], 59
    jne label_660
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2080
    mov ecx, 5
.db 0x90
    call 140320710850576
L2080:
# put_cons_ss
# (put head and tail together)
    movups xmm0, xmmword ptr [rbx+24]
    movups xmmword ptr [r15], xmm0
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+24], rsi
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx+16], 1
    vmovups xmmword ptr [rbx+16], xmm0
# swap_dd
    mov rdi, qword ptr [rbx+8]
    mov rsi, qword ptr [rbx+24]
    mov qword ptr [rbx+24], rdi
    mov qword ptr [rbx+8], rsi
# i_call_only_f
    jmp umerge2_2/4
# func_line_I
# aligned_label_Lt
    align 8
label_664:
# i_func_info_IaaI
# lists:rumerge3_1/6
    call L1113
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xE8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x47, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
rumerge3_1/6:
# i_breakpoint_trampoline
    short jmp L2081
.db 0x00
    call L1116
    align 8
L2081:
# i_test_yield
    lea rdx, qword ptr [rumerge3_1/6+24]
    dec r14
    jle L1114
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_669
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+48], rsi
    mov qword ptr [rbx], rdx
# is_ge_fss
    mov rsi, qword ptr [rbx+48]
    mov rdi, qword ptr [rbx+16]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L2082
    cmp rdi, rsi
    short jmp L2083
L2082:
    call 140320710848608
L2083:
    jl label_667
# is_ge_fss
    mov rsi, qword ptr [rbx+16]
    mov rdi, qword ptr [rbx+40]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L2084
    cmp rdi, rsi
    short jmp L2085
L2084:
    call 140320710848608
L2085:
    jl label_666
# i_call_only_f
    jmp rumerge3_12_3/7
# label_L
label_666:
# i_call_only_f
    jmp rumerge3_2/7
# label_L
label_667:
# is_ge_fss
    mov rsi, qword ptr [rbx+48]
    mov rdi, qword ptr [rbx+40]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L2086
    cmp rdi, rsi
    short jmp L2087
L2086:
    call 140320710848608
L2087:
    jl label_668
# i_call_only_f
    jmp rumerge3_21_3/7
# label_L
label_668:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2088
    mov ecx, 7
.db 0x66, 0x90
    call 140320710850576
L2088:
# put_cons_ss
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+24], rsi
# i_call_only_f
    jmp rumerge3_1/6
# label_L
label_669:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_664
# is_ge_fss
    mov rsi, qword ptr [rbx+16]
    mov rdi, qword ptr [rbx+40]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L2089
    cmp rdi, rsi
    short jmp L2090
L2089:
    call 140320710848608
L2090:
    jl label_670
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx+32], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rbx+24], rdi
# i_call_only_f
    jmp rumerge2_2/5
# label_L
label_670:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2091
    mov ecx, 6
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2091:
# put_cons_ss
# (put head and tail together)
    movups xmm0, xmmword ptr [rbx+16]
    movups xmmword ptr [r15], xmm0
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+16], rsi
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx+8], rdi
# i_call_only_f
    jmp rumerge2_1/4
# func_line_I
# aligned_label_Lt
    align 8
label_671:
# i_func_info_IaaI
# lists:rumerge3_2/7
    call L1113
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xE8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x47, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
rumerge3_2/7:
# i_breakpoint_trampoline
    short jmp L2092
.db 0x00
    call L1116
    align 8
L2092:
# i_test_yield
    lea rdx, qword ptr [rumerge3_2/7+24]
    dec r14
    jle L1114
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_677
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+56], rsi
    mov qword ptr [rbx+8], rdx
# is_ge_fss
    mov rsi, qword ptr [rbx+48]
    mov rdi, qword ptr [rbx+56]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L2093
    cmp rdi, rsi
    short jmp L2094
L2093:
    call 140320710848608
L2094:
    jl label_674
# is_ge_fss
    mov rsi, qword ptr [rbx+56]
    mov rdi, qword ptr [rbx+40]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L2095
    cmp rdi, rsi
    short jmp L2096
L2095:
    call 140320710848608
L2096:
    jl label_673
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2097
    mov ecx, 8
.db 0x66, 0x90
    call 140320710850576
L2097:
# put_cons_ss
# (put head and tail together)
    movups xmm0, xmmword ptr [rbx+16]
    movups xmmword ptr [r15], xmm0
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+24], rsi
# i_move_sd
    mov rdi, qword ptr [rbx+56]
    mov qword ptr [rbx+16], rdi
# i_call_only_f
    jmp rumerge3_12_3/7
# label_L
label_673:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2098
    mov ecx, 8
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2098:
# put_cons_ss
# (put head and tail together)
    movups xmm0, xmmword ptr [rbx+16]
    movups xmmword ptr [r15], xmm0
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+24], rsi
# i_move_sd
    mov rdi, qword ptr [rbx+56]
    mov qword ptr [rbx+16], rdi
# i_call_only_f
    jmp rumerge3_2/7
# label_L
label_674:
# is_eq_fss
    mov rsi, qword ptr [rbx+16]
    mov rdi, qword ptr [rbx+48]
    cmp rdi, rsi
    short je L2099
    mov eax, edi
    and eax, esi
    and al, 3
    cmp al, 3
    je label_675
    call 140320710848744
    jne label_675
L2099:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2100
    mov ecx, 8
    call 140320710850576
L2100:
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
    jmp rumerge3_1/6
# label_L
label_675:
# is_ge_fss
    mov rsi, qword ptr [rbx+48]
    mov rdi, qword ptr [rbx+40]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L2101
    cmp rdi, rsi
    short jmp L2102
L2101:
    call 140320710848608
L2102:
    jl label_676
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2103
    mov ecx, 8
.db 0x90
    call 140320710850576
L2103:
# put_cons_ss
# (put head and tail together)
    movups xmm0, xmmword ptr [rbx+16]
    movups xmmword ptr [r15], xmm0
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+24], rsi
# i_move_sd
    mov rdi, qword ptr [rbx+56]
    mov qword ptr [rbx+16], rdi
# i_call_only_f
    jmp rumerge3_21_3/7
# label_L
label_676:
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L2104
    mov ecx, 8
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2104:
# put_cons_ss
# (put head and tail together)
    movups xmm0, xmmword ptr [rbx+16]
    movups xmmword ptr [r15], xmm0
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+16], rsi
# append_cons_Is
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], rsi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+24], rsi
# i_move_sd
    mov rdi, qword ptr [rbx+56]
    mov qword ptr [rbx+16], rdi
# i_call_only_f
    jmp rumerge3_1/6
# label_L
label_677:
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_671
# is_eq_fss
    mov rsi, qword ptr [rbx+16]
    mov rdi, qword ptr [rbx+48]
    cmp rdi, rsi
    short je L2105
    mov eax, edi
    and eax, esi
    and al, 3
    cmp al, 3
    je label_678
    call 140320710848744
    jne label_678
L2105:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2106
    mov ecx, 7
.db 0x66, 0x90
    call 140320710850576
L2106:
# put_cons_ss
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+16], rsi
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx+8], rdi
# i_call_only_f
    jmp rumerge2_1/4
# label_L
label_678:
# is_ge_fss
    mov rsi, qword ptr [rbx+48]
    mov rdi, qword ptr [rbx+40]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L2107
    cmp rdi, rsi
    short jmp L2108
L2107:
    call 140320710848608
L2108:
    jl label_679
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2109
    mov ecx, 7
.db 0x90
    call 140320710850576
L2109:
# put_cons_ss
# (put head and tail together)
    movups xmm0, xmmword ptr [rbx+16]
    movups xmmword ptr [r15], xmm0
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+16], rsi
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rbx+32], rdi
# i_call_only_f
    jmp rumerge2_2/5
# label_L
label_679:
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L2110
    mov ecx, 7
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2110:
# put_cons_ss
# (put head and tail together)
    movups xmm0, xmmword ptr [rbx+16]
    movups xmmword ptr [r15], xmm0
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# append_cons_Is
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], rsi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+16], rsi
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx+8], rdi
# i_call_only_f
    jmp rumerge2_1/4
# func_line_I
# aligned_label_Lt
    align 8
label_680:
# i_func_info_IaaI
# lists:rumerge3_12_3/7
    call L1113
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xE8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x47, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
rumerge3_12_3/7:
# i_breakpoint_trampoline
    short jmp L2111
.db 0x00
    call L1116
    align 8
L2111:
# i_test_yield
    lea rdx, qword ptr [rumerge3_12_3/7+24]
    dec r14
    jle L1114
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+32]
    test al, 2
    jne label_684
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+56], rsi
    mov qword ptr [rbx+32], rdx
# is_ge_fss
    mov rsi, qword ptr [rbx+16]
    mov rdi, qword ptr [rbx+56]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L2112
    cmp rdi, rsi
    short jmp L2113
L2112:
    call 140320710848608
L2113:
    jl label_682
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2114
    mov ecx, 8
.db 0x90
    call 140320710850576
L2114:
# put_cons_ss
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+24], rsi
# i_move_sd
    mov rdi, qword ptr [rbx+56]
    mov qword ptr [rbx+40], rdi
# i_call_only_f
    jmp rumerge3_12_3/7
# label_L
label_682:
# is_eq_fss
    mov rsi, qword ptr [rbx+40]
    mov rdi, qword ptr [rbx+16]
    cmp rdi, rsi
    short je L2115
    mov eax, edi
    and eax, esi
    and al, 3
    cmp al, 3
    je label_683
    call 140320710848744
    jne label_683
L2115:
# i_move_sd
    mov rdi, qword ptr [rbx+56]
    mov qword ptr [rbx+40], rdi
# i_call_only_f
    jmp rumerge3_2/7
# label_L
label_683:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2116
    mov ecx, 8
    call 140320710850576
L2116:
# put_cons_ss
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+24], rsi
# i_move_sd
    mov rdi, qword ptr [rbx+56]
    mov qword ptr [rbx+40], rdi
# i_call_only_f
    jmp rumerge3_2/7
# label_L
label_684:
# is_nil_fS
    cmp qword ptr [rbx+32], 59
    jne label_680
# is_eq_fss
    mov rsi, qword ptr [rbx+40]
    mov rdi, qword ptr [rbx+16]
    cmp rdi, rsi
    short je L2117
    mov eax, edi
    and eax, esi
    and al, 3
    cmp al, 3
    je label_685
    call 140320710848744
    jne label_685
L2117:
# i_move_sd
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rbx+32], rdi
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx+16], 1
    vmovups xmmword ptr [rbx+16], xmm0
# i_call_only_f
    jmp rumerge2_2/5
# label_L
label_685:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2118
    mov ecx, 7
.db 0x90
    call 140320710850576
L2118:
# put_cons_ss
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+24], rsi
# i_move_sd
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rbx+32], rdi
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx+16], 1
    vmovups xmmword ptr [rbx+16], xmm0
# i_call_only_f
    jmp rumerge2_2/5
# func_line_I
# aligned_label_Lt
    align 8
label_686:
# i_func_info_IaaI
# lists:rumerge3_21_3/7
    call L1113
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xE8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x48, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
rumerge3_21_3/7:
# i_breakpoint_trampoline
    short jmp L2119
.db 0x00
    call L1116
    align 8
L2119:
# i_test_yield
    lea rdx, qword ptr [rumerge3_21_3/7+24]
    dec r14
    jle L1114
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+32]
    test al, 2
    jne label_690
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+56], rsi
    mov qword ptr [rbx+32], rdx
# is_ge_fss
    mov rsi, qword ptr [rbx+48]
    mov rdi, qword ptr [rbx+56]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L2120
    cmp rdi, rsi
    short jmp L2121
L2120:
    call 140320710848608
L2121:
    jl label_688
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2122
    mov ecx, 8
.db 0x90
    call 140320710850576
L2122:
# put_cons_ss
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+24], rsi
# i_move_sd
    mov rdi, qword ptr [rbx+56]
    mov qword ptr [rbx+40], rdi
# i_call_only_f
    jmp rumerge3_21_3/7
# label_L
label_688:
# is_eq_fss
    mov rsi, qword ptr [rbx+40]
    mov rdi, qword ptr [rbx+48]
    cmp rdi, rsi
    short je L2123
    mov eax, edi
    and eax, esi
    and al, 3
    cmp al, 3
    je label_689
    call 140320710848744
    jne label_689
L2123:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2124
    mov ecx, 8
.db 0x90
    call 140320710850576
L2124:
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
    mov qword ptr [rbx+40], rdi
# i_call_only_f
    jmp rumerge3_1/6
# label_L
label_689:
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L2125
    mov ecx, 8
    call 140320710850576
L2125:
# put_cons_ss
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# store_cons_Id
    add r15, 32
    mov qword ptr [rbx+24], rsi
# i_move_sd
    mov rdi, qword ptr [rbx+56]
    mov qword ptr [rbx+40], rdi
# i_call_only_f
    jmp rumerge3_1/6
# label_L
label_690:
# is_nil_fS
    cmp qword ptr [rbx+32], 59
    jne label_686
# is_eq_fss
    mov rsi, qword ptr [rbx+40]
    mov rdi, qword ptr [rbx+48]
    cmp rdi, rsi
    short je L2126
    mov eax, edi
    and eax, esi
    and al, 3
    cmp al, 3
    je label_691
    call 140320710848744
    jne label_691
L2126:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2127
    mov ecx, 7
.db 0x66, 0x90
    call 140320710850576
L2127:
# put_cons_ss
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+24], rsi
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx+16], 1
    vmovups xmmword ptr [rbx+16], xmm0
# i_call_only_f
    jmp rumerge2_1/4
# label_L
label_691:
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L2128
    mov ecx, 7
    call 140320710850576
L2128:
# put_cons_ss
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# store_cons_Id
    add r15, 32
    mov qword ptr [rbx+24], rsi
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx+16], 1
    vmovups xmmword ptr [rbx+16], xmm0
# i_call_only_f
    jmp rumerge2_1/4
# func_line_I
# aligned_label_Lt
    align 8
label_692:
# i_func_info_IaaI
# lists:umerge2_1/5
    call L1113
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xE8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x48, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
umerge2_1/5:
# i_breakpoint_trampoline
    short jmp L2129
.db 0x00
    call L1116
    align 8
L2129:
# i_test_yield
    lea rdx, qword ptr [umerge2_1/5+24]
    dec r14
    jle L1114
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_696
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+40], rsi
    mov qword ptr [rbx], rdx
# is_ge_fss
    mov rsi, qword ptr [rbx+40]
    mov rdi, qword ptr [rbx+32]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L2130
    cmp rdi, rsi
    short jmp L2131
L2130:
    call 140320710848608
L2131:
    jl label_694
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2132
    mov ecx, 6
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2132:
# put_cons_ss
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+16], rsi
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rbx+24], rdi
# i_call_only_f
    jmp umerge2_1/5
# label_L
label_694:
# is_eq_fss
    mov rsi, qword ptr [rbx+24]
    mov rdi, qword ptr [rbx+32]
    cmp rdi, rsi
    short je L2133
    mov eax, edi
    and eax, esi
    and al, 3
    cmp al, 3
    je label_695
    call 140320710848744
    jne label_695
L2133:
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rbx+24], rdi
# i_call_only_f
    jmp umerge2_2/4
# label_L
label_695:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2134
    mov ecx, 6
    call 140320710850576
L2134:
# put_cons_ss
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+16], rsi
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rbx+24], rdi
# i_call_only_f
    jmp umerge2_2/4
# label_L
label_696:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_692
# is_eq_fss
    mov rsi, qword ptr [rbx+24]
    mov rdi, qword ptr [rbx+32]
    cmp rdi, rsi
    short je L2135
    mov eax, edi
    and eax, esi
    and al, 3
    cmp al, 3
    je label_697
    call 140320710848744
    jne label_697
L2135:
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+8]
    movups xmmword ptr [rbx], xmm0
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L2136
    mov ecx, 2
    call 140320710850576
L2136:
# call_light_bif_be
    align 4
L2137:
L2138:
    long mov rcx, 9223372036854775807
    mov rax, 94919178928352
    lea rdx, qword ptr [L2137]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1115
    ret
# label_L
label_697:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2139
    mov ecx, 5
.db 0x66, 0x90
    call 140320710850576
L2139:
# put_cons_ss
    mov rdi, qword ptr [rbx+32]
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
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L2140
    mov ecx, 2
    call 140320710850576
L2140:
# call_light_bif_be
    align 4
L2141:
L2142:
    long mov rcx, 9223372036854775807
    mov rax, 94919178928352
    lea rdx, qword ptr [L2141]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1115
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_698:
# i_func_info_IaaI
# lists:umerge2_2/4
    call L1113
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xE8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x48, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
umerge2_2/4:
# i_breakpoint_trampoline
    short jmp L2143
.db 0x00
    call L1116
    align 8
L2143:
# i_test_yield
    lea rdx, qword ptr [umerge2_2/4+24]
    dec r14
    jle L1114
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_701
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+32], rsi
    mov qword ptr [rbx+8], rdx
# is_ge_fss
    mov rsi, qword ptr [rbx+24]
    mov rdi, qword ptr [rbx+32]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L2144
    cmp rdi, rsi
    short jmp L2145
L2144:
    call 140320710848608
L2145:
    jl label_700
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2146
    mov ecx, 5
.db 0x90
    call 140320710850576
L2146:
# put_cons_ss
# (putting and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rbx+16], 1
    vmovups xmmword ptr [r15], xmm0
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+16], rsi
# i_call_only_f
    jmp umerge2_1/5
# label_L
label_700:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2147
    mov ecx, 5
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2147:
# put_cons_ss
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+16], rsi
# i_call_only_f
    jmp umerge2_2/4
# label_L
label_701:
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_698
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2148
    mov ecx, 4
.db 0x90
    call 140320710850576
L2148:
# put_cons_ss
# (putting and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rbx+16], 1
    vmovups xmmword ptr [r15], xmm0
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L2149
    mov ecx, 2
    call 140320710850576
L2149:
# call_light_bif_be
    align 4
L2150:
L2151:
    long mov rcx, 9223372036854775807
    mov rax, 94919178928352
    lea rdx, qword ptr [L2150]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1115
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_702:
# i_func_info_IaaI
# lists:rumerge2_1/4
    call L1113
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xE8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x48, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
rumerge2_1/4:
# i_breakpoint_trampoline
    short jmp L2152
.db 0x00
    call L1116
    align 8
L2152:
# i_test_yield
    lea rdx, qword ptr [rumerge2_1/4+24]
    dec r14
    jle L1114
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_705
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+32], rsi
    mov qword ptr [rbx], rdx
# is_ge_fss
    mov rsi, qword ptr [rbx+32]
    mov rdi, qword ptr [rbx+24]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L2153
    cmp rdi, rsi
    short jmp L2154
L2153:
    call 140320710848608
L2154:
    jl label_704
# i_call_only_f
    jmp rumerge2_2/5
# label_L
label_704:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2155
    mov ecx, 5
.db 0x66, 0x90
    call 140320710850576
L2155:
# put_cons_ss
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+16], rsi
# i_call_only_f
    jmp rumerge2_1/4
# label_L
label_705:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_702
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2156
    mov ecx, 4
.db 0x66, 0x90
    call 140320710850576
L2156:
# put_cons_ss
# (putting and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rbx+16], 1
    vmovups xmmword ptr [r15], xmm0
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rbx], xmm0
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L2157
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2157:
# call_light_bif_be
    align 4
L2158:
L2159:
    long mov rcx, 9223372036854775807
    mov rax, 94919178928352
    lea rdx, qword ptr [L2158]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1115
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_706:
# i_func_info_IaaI
# lists:rumerge2_2/5
    call L1113
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xE8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x49, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
rumerge2_2/5:
# i_breakpoint_trampoline
    short jmp L2160
.db 0x00
    call L1116
    align 8
L2160:
# i_test_yield
    lea rdx, qword ptr [rumerge2_2/5+24]
    dec r14
    jle L1114
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_710
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+40], rsi
    mov qword ptr [rbx+8], rdx
# is_ge_fss
    mov rsi, qword ptr [rbx+32]
    mov rdi, qword ptr [rbx+40]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L2161
    cmp rdi, rsi
    short jmp L2162
L2161:
    call 140320710848608
L2162:
    jl label_708
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2163
    mov ecx, 6
.db 0x90
    call 140320710850576
L2163:
# put_cons_ss
# (putting and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rbx+16], 1
    vmovups xmmword ptr [r15], xmm0
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+16], rsi
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rbx+24], rdi
# i_call_only_f
    jmp rumerge2_2/5
# label_L
label_708:
# is_eq_fss
    mov rsi, qword ptr [rbx+24]
    mov rdi, qword ptr [rbx+32]
    cmp rdi, rsi
    short je L2164
    mov eax, edi
    and eax, esi
    and al, 3
    cmp al, 3
    je label_709
    call 140320710848744
    jne label_709
L2164:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2165
    mov ecx, 6
    call 140320710850576
L2165:
# put_cons_ss
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+16], rsi
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rbx+24], rdi
# i_call_only_f
    jmp rumerge2_1/4
# label_L
label_709:
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L2166
    mov ecx, 6
    call 140320710850576
L2166:
# put_cons_ss
# (putting and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rbx+16], 1
    vmovups xmmword ptr [r15], xmm0
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# store_cons_Id
    add r15, 32
    mov qword ptr [rbx+16], rsi
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rbx+24], rdi
# i_call_only_f
    jmp rumerge2_1/4
# label_L
label_710:
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_706
# is_eq_fss
    mov rsi, qword ptr [rbx+24]
    mov rdi, qword ptr [rbx+32]
    cmp rdi, rsi
    short je L2167
    mov eax, edi
    and eax, esi
    and al, 3
    cmp al, 3
    je label_711
    call 140320710848744
    jne label_711
L2167:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2168
    mov ecx, 5
.db 0x90
    call 140320710850576
L2168:
# put_cons_ss
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L2169
    mov ecx, 2
.db 0x90
    call 140320710850576
L2169:
# call_light_bif_be
    align 4
L2170:
L2171:
    long mov rcx, 9223372036854775807
    mov rax, 94919178928352
    lea rdx, qword ptr [L2170]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1115
    ret
# label_L
label_711:
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L2172
    mov ecx, 5
.db 0x66, 0x90
    call 140320710850576
L2172:
# put_cons_ss
# (putting and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rbx+16], 1
    vmovups xmmword ptr [r15], xmm0
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# store_cons_Id
    add r15, 32
    mov qword ptr [rbx+8], rsi
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L2173
    mov ecx, 2
    call 140320710850576
L2173:
# call_light_bif_be
    align 4
L2174:
L2175:
    long mov rcx, 9223372036854775807
    mov rax, 94919178928352
    lea rdx, qword ptr [L2174]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1115
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_712:
# i_func_info_IaaI
# lists:keysplit_1/8
    call L1113
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xE8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x49, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
keysplit_1/8:
# i_breakpoint_trampoline
    short jmp L2176
.db 0x00
    call L1116
    align 8
L2176:
# i_test_yield
    lea rdx, qword ptr [keysplit_1/8+24]
    dec r14
    jle L1114
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+40]
    test al, 2
    jne label_717
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+64], rsi
    mov qword ptr [rbx+40], rdx
# line_I
# bif_element_jssd
    mov rsi, qword ptr [rbx+64]
    mov rdi, qword ptr [rbx]
    xor edx, edx
    call 140320710848960
    mov qword ptr [rbx+72], rax
# is_ge_fss
    mov rsi, qword ptr [rbx+32]
    mov rdi, qword ptr [rbx+72]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L2177
    cmp rdi, rsi
    short jmp L2178
L2177:
    call 140320710848608
L2178:
    jl label_714
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2179
    mov ecx, 10
.db 0x66, 0x90
    call 140320710850576
L2179:
# put_cons_ss
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+48], rsi
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+72]
    mov qword ptr [rbx+32], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+64]
    mov qword ptr [rbx+24], rdi
# i_call_only_f
    jmp keysplit_1/8
# label_L
label_714:
# is_ge_fss
    mov rsi, qword ptr [rbx+16]
    mov rdi, qword ptr [rbx+72]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L2180
    cmp rdi, rsi
    short jmp L2181
L2180:
    call 140320710848608
L2181:
    jl label_715
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2182
    mov ecx, 10
.db 0x90
    call 140320710850576
L2182:
# put_cons_ss
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+48], rsi
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+64]
    movups xmmword ptr [rbx+8], xmm0
# i_call_only_f
    jmp keysplit_1/8
# label_L
label_715:
# is_nil_fS
    cmp qword ptr [rbx+48], 59
    jne label_716
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2183
    mov ecx, 9
.db 0x90
    call 140320710850576
L2183:
# put_cons_ss
    mov rdi, qword ptr [rbx+64]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+48], rsi
# i_call_only_f
    jmp keysplit_1/8
# label_L
label_716:
# swap_dd
    mov rdi, qword ptr [rbx+40]
    mov rsi, qword ptr [rbx+72]
    mov qword ptr [rbx+72], rdi
    mov qword ptr [rbx+40], rsi
# i_call_only_f
    jmp keysplit_1_1/10
# label_L
label_717:
# is_nil_fS
    cmp qword ptr [rbx+40], 59
    jne label_712
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L2184
    mov ecx, 8
    call 140320710850576
L2184:
# put_cons_ss
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# store_cons_Id
    add r15, 32
    mov qword ptr [rbx+8], rsi
# put_cons_ss
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+56]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_move_sd
    mov qword ptr [rbx+24], 279691
# i_move_sd
    mov qword ptr [rbx+16], 59
# i_call_only_f
    jmp rkeymergel/4
# func_line_I
# aligned_label_Lt
    align 8
label_718:
# i_func_info_IaaI
# lists:keysplit_1_1/10
    call L1113
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xE8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x49, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0A, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
keysplit_1_1/10:
# i_breakpoint_trampoline
    short jmp L2185
.db 0x00
    call L1116
    align 8
L2185:
# i_test_yield
    lea rdx, qword ptr [keysplit_1_1/10+24]
    dec r14
    jle L1114
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+72]
    test al, 2
    jne label_723
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx+72], xmm0
# line_I
# bif_element_jssd
    mov rsi, qword ptr [rbx+80]
    mov rdi, qword ptr [rbx]
    xor edx, edx
    call 140320710848960
    mov qword ptr [rbx+88], rax
# is_ge_fss
    mov rsi, qword ptr [rbx+32]
    mov rdi, qword ptr [rbx+88]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L2186
    cmp rdi, rsi
    short jmp L2187
L2186:
    call 140320710848608
L2187:
    jl label_720
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2188
    mov ecx, 12
.db 0x66, 0x90
    call 140320710850576
L2188:
# put_cons_ss
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+48], rsi
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+88]
    mov qword ptr [rbx+32], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+80]
    mov qword ptr [rbx+24], rdi
# i_call_only_f
    jmp keysplit_1_1/10
# label_L
label_720:
# is_ge_fss
    mov rsi, qword ptr [rbx+16]
    mov rdi, qword ptr [rbx+88]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L2189
    cmp rdi, rsi
    short jmp L2190
L2189:
    call 140320710848608
L2190:
    jl label_721
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2191
    mov ecx, 12
.db 0x90
    call 140320710850576
L2191:
# put_cons_ss
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+48], rsi
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+80]
    movups xmmword ptr [rbx+8], xmm0
# i_call_only_f
    jmp keysplit_1_1/10
# label_L
label_721:
# is_ge_fss
    mov rsi, qword ptr [rbx+40]
    mov rdi, qword ptr [rbx+88]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L2192
    cmp rdi, rsi
    short jmp L2193
L2192:
    call 140320710848608
L2193:
    jl label_722
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L2194
    mov ecx, 12
.db 0x90
    call 140320710850576
L2194:
# put_cons_ss
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# store_cons_Id
    add r15, 32
    mov qword ptr [rbx+8], rsi
# put_cons_ss
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+56]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+56], rsi
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+80]
    movups xmmword ptr [rbx+24], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+72]
    mov qword ptr [rbx+40], rdi
# i_move_sd
    mov qword ptr [rbx+48], 59
# i_move_sd
    mov rdi, qword ptr [rbx+64]
    mov qword ptr [rbx+8], rdi
# i_call_only_f
    jmp keysplit_1/8
# label_L
label_722:
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L2195
    mov ecx, 12
.db 0x90
    call 140320710850576
L2195:
# put_cons_ss
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# store_cons_Id
    add r15, 32
    mov qword ptr [rbx+8], rsi
# put_cons_ss
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+56]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+56], rsi
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rbx+32], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+64]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+72]
    mov qword ptr [rbx+40], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+88]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx+48], 59
# i_move_sd
    mov rdi, qword ptr [rbx+80]
    mov qword ptr [rbx+8], rdi
# i_call_only_f
    jmp keysplit_1/8
# label_L
label_723:
# is_nil_fS
    cmp qword ptr [rbx+72], 59
    jne label_718
# test_heap_It
    lea rdx, qword ptr [r15+112]
    cmp rdx, rsp
    short jbe L2196
    mov ecx, 9
.db 0x66, 0x90
    call 140320710850576
L2196:
# put_cons_ss
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# store_cons_Id
    add r15, 32
    mov qword ptr [rbx+8], rsi
# put_cons_ss
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+56]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# put_cons_ss
    mov rdi, qword ptr [rbx+64]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+16], rsi
# put_cons_ss
# (putting and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [r15], xmm0
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_move_sd
    mov qword ptr [rbx+24], 279691
# i_move_sd
    mov qword ptr [rbx+16], 59
# i_call_only_f
    jmp rkeymergel/4
# func_line_I
# aligned_label_Lt
    align 8
label_724:
# i_func_info_IaaI
# lists:keysplit_2/8
    call L1113
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xE8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x49, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
keysplit_2/8:
# i_breakpoint_trampoline
    short jmp L2197
.db 0x00
    call L1116
    align 8
L2197:
# i_test_yield
    lea rdx, qword ptr [keysplit_2/8+24]
    dec r14
    jle L1114
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+40]
    test al, 2
    jne label_729
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+64], rsi
    mov qword ptr [rbx+40], rdx
# line_I
# bif_element_jssd
    mov rsi, qword ptr [rbx+64]
    mov rdi, qword ptr [rbx]
    xor edx, edx
    call 140320710848960
    mov qword ptr [rbx+72], rax
# is_lt_fss
    mov rsi, qword ptr [rbx+32]
    mov rdi, qword ptr [rbx+72]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L2198
    cmp rdi, rsi
    short jmp L2199
L2198:
    call 140320710848608
L2199:
    jge label_726
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2200
    mov ecx, 10
.db 0x66, 0x90
    call 140320710850576
L2200:
# put_cons_ss
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+48], rsi
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+72]
    mov qword ptr [rbx+32], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+64]
    mov qword ptr [rbx+24], rdi
# i_call_only_f
    jmp keysplit_2/8
# label_L
label_726:
# is_lt_fss
    mov rsi, qword ptr [rbx+16]
    mov rdi, qword ptr [rbx+72]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L2201
    cmp rdi, rsi
    short jmp L2202
L2201:
    call 140320710848608
L2202:
    jge label_727
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2203
    mov ecx, 10
.db 0x90
    call 140320710850576
L2203:
# put_cons_ss
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+48], rsi
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+64]
    movups xmmword ptr [rbx+8], xmm0
# i_call_only_f
    jmp keysplit_2/8
# label_L
label_727:
# is_nil_fS
    cmp qword ptr [rbx+48], 59
    jne label_728
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2204
    mov ecx, 9
.db 0x90
    call 140320710850576
L2204:
# put_cons_ss
    mov rdi, qword ptr [rbx+64]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+48], rsi
# i_call_only_f
    jmp keysplit_2/8
# label_L
label_728:
# swap_dd
    mov rdi, qword ptr [rbx+40]
    mov rsi, qword ptr [rbx+72]
    mov qword ptr [rbx+72], rdi
    mov qword ptr [rbx+40], rsi
# i_call_only_f
    jmp keysplit_2_1/10
# label_L
label_729:
# is_nil_fS
    cmp qword ptr [rbx+40], 59
    jne label_724
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L2205
    mov ecx, 8
    call 140320710850576
L2205:
# put_cons_ss
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# store_cons_Id
    add r15, 32
    mov qword ptr [rbx+8], rsi
# put_cons_ss
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+56]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_move_sd
    mov qword ptr [rbx+24], 279883
# i_move_sd
    mov qword ptr [rbx+16], 59
# i_call_only_f
    jmp keymergel/4
# func_line_I
# aligned_label_Lt
    align 8
label_730:
# i_func_info_IaaI
# lists:keysplit_2_1/10
    call L1113
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xE8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x4A, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0A, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
keysplit_2_1/10:
# i_breakpoint_trampoline
    short jmp L2206
.db 0x00
    call L1116
    align 8
L2206:
# i_test_yield
    lea rdx, qword ptr [keysplit_2_1/10+24]
    dec r14
    jle L1114
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+72]
    test al, 2
    jne label_735
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx+72], xmm0
# line_I
# bif_element_jssd
    mov rsi, qword ptr [rbx+80]
    mov rdi, qword ptr [rbx]
    xor edx, edx
    call 140320710848960
    mov qword ptr [rbx+88], rax
# is_lt_fss
    mov rsi, qword ptr [rbx+32]
    mov rdi, qword ptr [rbx+88]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L2207
    cmp rdi, rsi
    short jmp L2208
L2207:
    call 140320710848608
L2208:
    jge label_732
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2209
    mov ecx, 12
.db 0x66, 0x90
    call 140320710850576
L2209:
# put_cons_ss
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+48], rsi
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+88]
    mov qword ptr [rbx+32], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+80]
    mov qword ptr [rbx+24], rdi
# i_call_only_f
    jmp keysplit_2_1/10
# label_L
label_732:
# is_lt_fss
    mov rsi, qword ptr [rbx+16]
    mov rdi, qword ptr [rbx+88]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L2210
    cmp rdi, rsi
    short jmp L2211
L2210:
    call 140320710848608
L2211:
    jge label_733
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2212
    mov ecx, 12
.db 0x90
    call 140320710850576
L2212:
# put_cons_ss
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+48], rsi
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+80]
    movups xmmword ptr [rbx+8], xmm0
# i_call_only_f
    jmp keysplit_2_1/10
# label_L
label_733:
# is_lt_fss
    mov rsi, qword ptr [rbx+40]
    mov rdi, qword ptr [rbx+88]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L2213
    cmp rdi, rsi
    short jmp L2214
L2213:
    call 140320710848608
L2214:
    jge label_734
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L2215
    mov ecx, 12
.db 0x90
    call 140320710850576
L2215:
# put_cons_ss
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# store_cons_Id
    add r15, 32
    mov qword ptr [rbx+8], rsi
# put_cons_ss
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+56]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+56], rsi
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+80]
    movups xmmword ptr [rbx+24], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+72]
    mov qword ptr [rbx+40], rdi
# i_move_sd
    mov qword ptr [rbx+48], 59
# i_move_sd
    mov rdi, qword ptr [rbx+64]
    mov qword ptr [rbx+8], rdi
# i_call_only_f
    jmp keysplit_2/8
# label_L
label_734:
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L2216
    mov ecx, 12
.db 0x90
    call 140320710850576
L2216:
# put_cons_ss
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# store_cons_Id
    add r15, 32
    mov qword ptr [rbx+8], rsi
# put_cons_ss
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+56]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+56], rsi
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rbx+32], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+64]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+72]
    mov qword ptr [rbx+40], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+88]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx+48], 59
# i_move_sd
    mov rdi, qword ptr [rbx+80]
    mov qword ptr [rbx+8], rdi
# i_call_only_f
    jmp keysplit_2/8
# label_L
label_735:
# is_nil_fS
    cmp qword ptr [rbx+72], 59
    jne label_730
# test_heap_It
    lea rdx, qword ptr [r15+112]
    cmp rdx, rsp
    short jbe L2217
    mov ecx, 9
.db 0x66, 0x90
    call 140320710850576
L2217:
# put_cons_ss
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# store_cons_Id
    add r15, 32
    mov qword ptr [rbx+8], rsi
# put_cons_ss
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+56]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# put_cons_ss
    mov rdi, qword ptr [rbx+64]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+16], rsi
# put_cons_ss
# (putting and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [r15], xmm0
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_move_sd
    mov qword ptr [rbx+24], 279883
# i_move_sd
    mov qword ptr [rbx+16], 59
# i_call_only_f
    jmp keymergel/4
# func_line_I
# aligned_label_Lt
    align 8
label_736:
# i_func_info_IaaI
# lists:keymergel/4
    call L1113
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xE8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x4A, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
keymergel/4:
# i_breakpoint_trampoline
    short jmp L2218
.db 0x00
    call L1116
    align 8
L2218:
# i_test_yield
    lea rdx, qword ptr [keymergel/4+24]
    dec r14
    jle L1114
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_744
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+32], xmm0
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+40]
    test al, 2
    jne label_742
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+48], xmm0
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+48]
    test al, 2
    jne label_741
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+64], xmm0
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+56]
    test al, 2
    jne label_739
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+80], xmm0
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+80]
    test al, 2
    jne label_738
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+96], xmm0
# is_eq_exact_fss
    cmp qword ptr [rbx+24], 279691
    jne label_738
# line_I
# bif_element_jssd
    mov rsi, qword ptr [rbx+64]
    mov rdi, qword ptr [rbx]
    xor edx, edx
    call 140320710848960
    mov qword ptr [rbx+8], rax
# bif_element_jssd
    mov rsi, qword ptr [rbx+96]
    mov rdi, qword ptr [rbx]
    xor edx, edx
    call 140320710848960
    mov qword ptr [rbx+56], rax
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L2219
    mov ecx, 14
    call 140320710850576
L2219:
    sub rsp, 24
# i_move_sd
    mov rdi, qword ptr [rbx+88]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+16], rdi
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+64]
    movups xmmword ptr [rbx+40], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+96]
    mov qword ptr [rbx+64], rdi
# i_move_sd
    mov qword ptr [rbx+24], 279691
# i_move_sd
    mov rdi, qword ptr [rbx+104]
    mov qword ptr [rbx+72], rdi
# i_move_sd
    mov qword ptr [rbx+16], 59
# swap_dd
    mov rdi, qword ptr [rbx+8]
    mov rsi, qword ptr [rbx+32]
    mov qword ptr [rbx+32], rdi
    mov qword ptr [rbx+8], rsi
# i_call_f
.db 0x66, 0x90
    call keymerge3_1/10
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2220
    mov ecx, 1
    call 140320710850576
L2220:
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
    mov qword ptr [rbx+24], 279691
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 24
    jmp keymergel/4
# label_L
label_738:
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+32]
    test al, 2
    jne label_739
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+8], rsi
    mov qword ptr [rbx+40], rdx
# is_eq_exact_fss
    cmp qword ptr [rbx+24], 279883
    jne label_740
# line_I
# bif_element_jssd
    mov rsi, qword ptr [rbx+64]
    mov rdi, qword ptr [rbx]
    xor edx, edx
    call 140320710848960
    mov qword ptr [rbx+32], rax
# bif_element_jssd
    mov rsi, qword ptr [rbx+8]
    mov rdi, qword ptr [rbx]
    xor edx, edx
    call 140320710848960
    mov qword ptr [rbx+56], rax
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L2221
    mov ecx, 12
    call 140320710850576
L2221:
    sub rsp, 24
# i_move_sd
    mov rdi, qword ptr [rbx+88]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+16], rdi
# i_move_sd
    mov qword ptr [rbx+24], 279883
# i_move_sd
    mov rdi, qword ptr [rbx+72]
    mov qword ptr [rbx+48], rdi
# i_move_sd
    mov qword ptr [rbx+16], 59
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rbx+72], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+64]
    mov qword ptr [rbx+40], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx+64], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+80]
    mov qword ptr [rbx+8], rdi
# i_call_f
.db 0x66, 0x90
    call keymerge3_1/10
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2222
    mov ecx, 1
    call 140320710850576
L2222:
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
    mov qword ptr [rbx+24], 279883
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 24
    jmp keymergel/4
# label_L
label_739:
# is_eq_exact_fss
    cmp qword ptr [rbx+24], 279691
    jne label_741
# label_L
label_740:
# line_I
# bif_element_jssd
    mov rsi, qword ptr [rbx+64]
    mov rdi, qword ptr [rbx]
    xor edx, edx
    call 140320710848960
    mov qword ptr [rbx+8], rax
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L2223
    mov ecx, 10
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2223:
    sub rsp, 24
# i_move_sd
    mov rdi, qword ptr [rbx+56]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+64]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx+40], 59
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+72]
    mov qword ptr [rbx+32], rdi
# i_call_f
.db 0x66, 0x90
    call keymerge2_1/6
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2224
    mov ecx, 1
    call 140320710850576
L2224:
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
    mov qword ptr [rbx+24], 279691
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 24
    jmp keymergel/4
# label_L
label_741:
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+32]
    test al, 2
    jne label_742
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+64], xmm0
# is_eq_exact_fss
    cmp qword ptr [rbx+24], 279883
    jne label_742
# line_I
# bif_element_jssd
    mov rsi, qword ptr [rbx+64]
    mov rdi, qword ptr [rbx]
    xor edx, edx
    call 140320710848960
    mov qword ptr [rbx+8], rax
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L2225
    mov ecx, 10
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2225:
    sub rsp, 24
# i_move_sd
    mov rdi, qword ptr [rbx+56]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+16], rdi
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+64]
    movups xmmword ptr [rbx+24], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx+40], 59
# i_move_sd
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rbx+8], rdi
# i_call_f
.db 0x66, 0x90
    call keymerge2_1/6
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2226
    mov ecx, 1
    call 140320710850576
L2226:
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
    mov qword ptr [rbx+24], 279883
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 24
    jmp keymergel/4
# label_L
label_742:
# is_nil_fS
    cmp qword ptr [rbx+40], 59
    jne label_736
# is_nil_fS
    cmp qword ptr [rbx+16], 59
    jne label_743
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L1115
    ret
# label_L
label_743:
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L2227
    mov ecx, 5
.db 0x90
    call 140320710850576
L2227:
    sub rsp, 24
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+16], 1
    vmovups xmmword ptr [rsp], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+16], rdi
# i_move_sd
    mov qword ptr [rbx+8], 59
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L2228:
L2229:
    long mov rcx, 9223372036854775807
    mov rax, 94919178928352
    lea rdx, qword ptr [L2228]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2230
    mov ecx, 1
    call 140320710850576
L2230:
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
    mov qword ptr [rbx+16], 59
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 24
    jmp rkeymergel/4
# label_L
label_744:
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx+16], 59
# i_call_only_f
    jmp rkeymergel/4
# func_line_I
# aligned_label_Lt
    align 8
label_745:
# i_func_info_IaaI
# lists:rkeymergel/4
    call L1113
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xE8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x4A, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
rkeymergel/4:
# i_breakpoint_trampoline
    short jmp L2231
.db 0x00
    call L1116
    align 8
L2231:
# i_test_yield
    lea rdx, qword ptr [rkeymergel/4+24]
    dec r14
    jle L1114
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_751
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+32], xmm0
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+32]
    test al, 2
    jne label_747
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+48], xmm0
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+40]
    test al, 2
    jne label_750
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+64], xmm0
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+64]
    test al, 2
    jne label_747
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+80], rsi
    mov qword ptr [rbx+64], rdx
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+72]
    test al, 2
    jne label_747
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+88], rsi
    mov qword ptr [rbx+72], rdx
# is_eq_exact_fss
    cmp qword ptr [rbx+24], 279691
    jne label_747
# line_I
# bif_element_jssd
    mov rsi, qword ptr [rbx+80]
    mov rdi, qword ptr [rbx]
    xor edx, edx
    call 140320710848960
    mov qword ptr [rbx+32], rax
# bif_element_jssd
    mov rsi, qword ptr [rbx+48]
    mov rdi, qword ptr [rbx]
    xor edx, edx
    call 140320710848960
    mov qword ptr [rbx+8], rax
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L2232
    mov ecx, 12
    call 140320710850576
L2232:
    sub rsp, 24
# i_move_sd
    mov rdi, qword ptr [rbx+72]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+16], rdi
# i_move_sd
    mov qword ptr [rbx+24], 279691
# i_move_sd
    mov rdi, qword ptr [rbx+80]
    mov qword ptr [rbx+40], rdi
# swap_dd
    mov rdi, qword ptr [rbx+64]
    mov rsi, qword ptr [rbx+48]
    mov qword ptr [rbx+48], rdi
    mov qword ptr [rbx+64], rsi
# i_move_sd
    mov qword ptr [rbx+16], 59
# i_move_sd
    mov rdi, qword ptr [rbx+56]
    mov qword ptr [rbx+72], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx+56], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+88]
    mov qword ptr [rbx+8], rdi
# i_call_f
.db 0x66, 0x90
    call rkeymerge3_1/10
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2233
    mov ecx, 1
    call 140320710850576
L2233:
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
    mov qword ptr [rbx+24], 279691
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 24
    jmp rkeymergel/4
# label_L
label_747:
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+40]
    test al, 2
    jne label_750
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx+40], xmm0
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+48]
    test al, 2
    jne label_748
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+56], xmm0
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+40]
    test al, 2
    jne label_748
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+72], xmm0
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+72]
    test al, 2
    jne label_748
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+88], rsi
    mov qword ptr [rbx+72], rdx
# is_eq_exact_fss
    cmp qword ptr [rbx+24], 279883
    jne label_748
# line_I
# bif_element_jssd
    mov rsi, qword ptr [rbx+56]
    mov rdi, qword ptr [rbx]
    xor edx, edx
    call 140320710848960
    mov qword ptr [rbx+8], rax
# bif_element_jssd
    mov rsi, qword ptr [rbx+88]
    mov rdi, qword ptr [rbx]
    xor edx, edx
    call 140320710848960
    mov qword ptr [rbx+24], rax
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L2234
    mov ecx, 12
    call 140320710850576
L2234:
    sub rsp, 24
# i_move_sd
    mov rdi, qword ptr [rbx+80]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+16], rdi
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+56]
    movups xmmword ptr [rbx+40], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx+56], rdi
# i_move_sd
    mov qword ptr [rbx+24], 279883
# i_move_sd
    mov rdi, qword ptr [rbx+88]
    mov qword ptr [rbx+64], rdi
# i_move_sd
    mov qword ptr [rbx+16], 59
# swap_dd
    mov rdi, qword ptr [rbx+8]
    mov rsi, qword ptr [rbx+32]
    mov qword ptr [rbx+32], rdi
    mov qword ptr [rbx+8], rsi
# i_call_f
.db 0x66, 0x90
    call rkeymerge3_1/10
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2235
    mov ecx, 1
    call 140320710850576
L2235:
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
    mov qword ptr [rbx+24], 279883
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 24
    jmp rkeymergel/4
# label_L
label_748:
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+32]
    test al, 2
    jne label_749
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+56], xmm0
# is_eq_exact_fss
    cmp qword ptr [rbx+24], 279691
    jne label_749
# line_I
# bif_element_jssd
    mov rsi, qword ptr [rbx+56]
    mov rdi, qword ptr [rbx]
    xor edx, edx
    call 140320710848960
    mov qword ptr [rbx+8], rax
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L2236
    mov ecx, 9
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2236:
    sub rsp, 24
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+16], rdi
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+56]
    movups xmmword ptr [rbx+24], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx+40], 59
# i_move_sd
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rbx+8], rdi
# i_call_f
.db 0x66, 0x90
    call rkeymerge2_1/6
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2237
    mov ecx, 1
    call 140320710850576
L2237:
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
    mov qword ptr [rbx+24], 279691
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 24
    jmp rkeymergel/4
# label_L
label_749:
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+48]
    test al, 2
    jne label_745
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx+48], xmm0
# is_eq_exact_fss
    cmp qword ptr [rbx+24], 279883
    jne label_745
# line_I
# bif_element_jssd
    mov rsi, qword ptr [rbx+56]
    mov rdi, qword ptr [rbx]
    xor edx, edx
    call 140320710848960
    mov qword ptr [rbx+8], rax
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L2238
    mov ecx, 8
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2238:
    sub rsp, 24
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+56]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx+40], 59
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rbx+32], rdi
# i_call_f
.db 0x66, 0x90
    call rkeymerge2_1/6
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2239
    mov ecx, 1
    call 140320710850576
L2239:
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
    mov qword ptr [rbx+24], 279883
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 24
    jmp rkeymergel/4
# label_L
label_750:
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L2240
    mov ecx, 5
    call 140320710850576
L2240:
    sub rsp, 24
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+16], 1
    vmovups xmmword ptr [rsp], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+16], rdi
# i_move_sd
    mov qword ptr [rbx+8], 59
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L2241:
L2242:
    long mov rcx, 9223372036854775807
    mov rax, 94919178928352
    lea rdx, qword ptr [L2241]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2243
    mov ecx, 1
    call 140320710850576
L2243:
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
    mov qword ptr [rbx+16], 59
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 24
    jmp keymergel/4
# label_L
label_751:
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx+16], 59
# i_call_only_f
    jmp keymergel/4
# func_line_I
# aligned_label_Lt
    align 8
label_752:
# i_func_info_IaaI
# lists:keymerge3_1/10
    call L1113
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xE8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x4A, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0A, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
keymerge3_1/10:
# i_breakpoint_trampoline
    short jmp L2244
.db 0x00
    call L1116
    align 8
L2244:
# i_test_yield
    lea rdx, qword ptr [keymerge3_1/10+24]
    dec r14
    jle L1114
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_757
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+80], rsi
    mov qword ptr [rbx+8], rdx
# line_I
# bif_element_jssd
    mov rsi, qword ptr [rbx+80]
    mov rdi, qword ptr [rbx]
    xor edx, edx
    call 140320710848960
    mov qword ptr [rbx+88], rax
# is_ge_fss
    mov rsi, qword ptr [rbx+88]
    mov rdi, qword ptr [rbx+32]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L2245
    cmp rdi, rsi
    short jmp L2246
L2245:
    call 140320710848608
L2246:
    jl label_755
# is_ge_fss
    mov rsi, qword ptr [rbx+88]
    mov rdi, qword ptr [rbx+56]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L2247
    cmp rdi, rsi
    short jmp L2248
L2247:
    call 140320710848608
L2248:
    jl label_754
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2249
    mov ecx, 11
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2249:
# put_cons_ss
    mov rdi, qword ptr [rbx+80]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+16], rsi
# i_call_only_f
    jmp keymerge3_1/10
# label_L
label_754:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2250
    mov ecx, 12
    call 140320710850576
L2250:
# put_cons_ss
    mov rdi, qword ptr [rbx+64]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+64], rsi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+80]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+72]
    mov qword ptr [rbx+56], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+88]
    mov qword ptr [rbx+8], rdi
# i_call_only_f
    jmp keymerge3_12_3/9
# label_L
label_755:
# is_ge_fss
    mov rsi, qword ptr [rbx+32]
    mov rdi, qword ptr [rbx+56]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L2251
    cmp rdi, rsi
    short jmp L2252
L2251:
    call 140320710848608
L2252:
    jl label_756
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2253
    mov ecx, 12
.db 0x90
    call 140320710850576
L2253:
# put_cons_ss
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+40], rsi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+80]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rbx+32], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+88]
    mov qword ptr [rbx+8], rdi
# i_call_only_f
    jmp keymerge3_2/10
# label_L
label_756:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2254
    mov ecx, 12
    call 140320710850576
L2254:
# put_cons_ss
    mov rdi, qword ptr [rbx+64]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+64], rsi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+80]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+72]
    mov qword ptr [rbx+56], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+88]
    mov qword ptr [rbx+8], rdi
# i_call_only_f
    jmp keymerge3_21_3/9
# label_L
label_757:
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_752
# is_ge_fss
    mov rsi, qword ptr [rbx+32]
    mov rdi, qword ptr [rbx+56]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L2255
    cmp rdi, rsi
    short jmp L2256
L2255:
    call 140320710848608
L2256:
    jl label_758
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2257
    mov ecx, 10
.db 0x66, 0x90
    call 140320710850576
L2257:
# put_cons_ss
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+40], rsi
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+56]
    movups xmmword ptr [rbx+16], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+72]
    mov qword ptr [rbx+32], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rbx+8], rdi
# i_call_only_f
    jmp keymerge2_1/6
# label_L
label_758:
# i_move_sd
    mov rdi, qword ptr [rbx+64]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rbx+48], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx+40], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+72]
    mov qword ptr [rbx+32], rdi
# i_call_only_f
    jmp keymerge2_2/7
# func_line_I
# aligned_label_Lt
    align 8
label_759:
# i_func_info_IaaI
# lists:keymerge3_2/10
    call L1113
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xE8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x4B, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0A, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
keymerge3_2/10:
# i_breakpoint_trampoline
    short jmp L2258
.db 0x00
    call L1116
    align 8
L2258:
# i_test_yield
    lea rdx, qword ptr [keymerge3_2/10+24]
    dec r14
    jle L1114
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+32]
    test al, 2
    jne label_764
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+80], rsi
    mov qword ptr [rbx+32], rdx
# line_I
# bif_element_jssd
    mov rsi, qword ptr [rbx+80]
    mov rdi, qword ptr [rbx]
    xor edx, edx
    call 140320710848960
    mov qword ptr [rbx+88], rax
# is_ge_fss
    mov rsi, qword ptr [rbx+8]
    mov rdi, qword ptr [rbx+88]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L2259
    cmp rdi, rsi
    short jmp L2260
L2259:
    call 140320710848608
L2260:
    jl label_762
# is_ge_fss
    mov rsi, qword ptr [rbx+8]
    mov rdi, qword ptr [rbx+56]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L2261
    cmp rdi, rsi
    short jmp L2262
L2261:
    call 140320710848608
L2262:
    jl label_761
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2263
    mov ecx, 12
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2263:
# put_cons_ss
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+16], rsi
# i_move_sd
    mov rdi, qword ptr [rbx+80]
    mov qword ptr [rbx+40], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx+48], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+88]
    mov qword ptr [rbx+32], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx+8], rdi
# i_call_only_f
    jmp keymerge3_1/10
# label_L
label_761:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2264
    mov ecx, 12
    call 140320710850576
L2264:
# put_cons_ss
    mov rdi, qword ptr [rbx+64]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+64], rsi
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx+48], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+80]
    mov qword ptr [rbx+40], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+72]
    mov qword ptr [rbx+56], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+88]
    mov qword ptr [rbx+32], rdi
# i_call_only_f
    jmp keymerge3_12_3/9
# label_L
label_762:
# is_ge_fss
    mov rsi, qword ptr [rbx+88]
    mov rdi, qword ptr [rbx+56]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L2265
    cmp rdi, rsi
    short jmp L2266
L2265:
    call 140320710848608
L2266:
    jl label_763
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2267
    mov ecx, 11
.db 0x90
    call 140320710850576
L2267:
# put_cons_ss
    mov rdi, qword ptr [rbx+80]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+40], rsi
# i_call_only_f
    jmp keymerge3_2/10
# label_L
label_763:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2268
    mov ecx, 12
    call 140320710850576
L2268:
# put_cons_ss
    mov rdi, qword ptr [rbx+64]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+64], rsi
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx+48], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+80]
    mov qword ptr [rbx+40], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+72]
    mov qword ptr [rbx+56], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+88]
    mov qword ptr [rbx+32], rdi
# i_call_only_f
    jmp keymerge3_21_3/9
# label_L
label_764:
# is_nil_fS
    cmp qword ptr [rbx+32], 59
    jne label_759
# is_ge_fss
    mov rsi, qword ptr [rbx+8]
    mov rdi, qword ptr [rbx+56]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L2269
    cmp rdi, rsi
    short jmp L2270
L2269:
    call 140320710848608
L2270:
    jl label_765
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2271
    mov ecx, 10
.db 0x66, 0x90
    call 140320710850576
L2271:
# put_cons_ss
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+40], rsi
# i_move_sd
    mov rdi, qword ptr [rbx+56]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+72]
    mov qword ptr [rbx+32], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+64]
    mov qword ptr [rbx+24], rdi
# i_call_only_f
    jmp keymerge2_1/6
# label_L
label_765:
# i_move_sd
    mov rdi, qword ptr [rbx+72]
    mov qword ptr [rbx+32], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx+48], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+64]
    mov qword ptr [rbx+24], rdi
# i_call_only_f
    jmp keymerge2_2/7
# func_line_I
# aligned_label_Lt
    align 8
label_766:
# i_func_info_IaaI
# lists:keymerge3_12_3/9
    call L1113
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xE8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x4B, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x09, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
keymerge3_12_3/9:
# i_breakpoint_trampoline
    short jmp L2272
.db 0x00
    call L1116
    align 8
L2272:
# i_test_yield
    lea rdx, qword ptr [keymerge3_12_3/9+24]
    dec r14
    jle L1114
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+56]
    test al, 2
    jne label_769
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+72], rsi
    mov qword ptr [rbx+56], rdx
# line_I
# bif_element_jssd
    mov rsi, qword ptr [rbx+72]
    mov rdi, qword ptr [rbx]
    xor edx, edx
    call 140320710848960
    mov qword ptr [rbx+80], rax
# is_ge_fss
    mov rsi, qword ptr [rbx+8]
    mov rdi, qword ptr [rbx+80]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L2273
    cmp rdi, rsi
    short jmp L2274
L2273:
    call 140320710848608
L2274:
    jl label_768
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2275
    mov ecx, 11
.db 0x66, 0x90
    call 140320710850576
L2275:
# put_cons_ss
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+64]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+16], rsi
# i_move_sd
    mov rdi, qword ptr [rbx+72]
    mov qword ptr [rbx+64], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+56]
    mov qword ptr [rbx+72], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+80]
    mov qword ptr [rbx+56], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx+8], rdi
# i_call_only_f
    jmp keymerge3_1/10
# label_L
label_768:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2276
    mov ecx, 10
    call 140320710850576
L2276:
# put_cons_ss
# (putting and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rbx+64], 1
    vmovups xmmword ptr [r15], xmm0
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+64], rsi
# i_call_only_f
    jmp keymerge3_12_3/9
# label_L
label_769:
# is_nil_fS
    cmp qword ptr [rbx+56], 59
    jne label_766
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2277
    mov ecx, 9
    call 140320710850576
L2277:
# put_cons_ss
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+64]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rbx+32], rdi
# swap_dd
    mov rdi, qword ptr [rbx+40]
    mov rsi, qword ptr [rbx+24]
    mov qword ptr [rbx+24], rdi
    mov qword ptr [rbx+40], rsi
# swap_dd
    mov rdi, qword ptr [rbx+8]
    mov rsi, qword ptr [rbx+40]
    mov qword ptr [rbx+40], rdi
    mov qword ptr [rbx+8], rsi
# i_call_only_f
    jmp keymerge2_1/6
# func_line_I
# aligned_label_Lt
    align 8
label_770:
# i_func_info_IaaI
# lists:keymerge3_21_3/9
    call L1113
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xE8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x4B, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x09, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
keymerge3_21_3/9:
# i_breakpoint_trampoline
    short jmp L2278
.db 0x00
    call L1116
    align 8
L2278:
# i_test_yield
    lea rdx, qword ptr [keymerge3_21_3/9+24]
    dec r14
    jle L1114
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+56]
    test al, 2
    jne label_773
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+72], rsi
    mov qword ptr [rbx+56], rdx
# line_I
# bif_element_jssd
    mov rsi, qword ptr [rbx+72]
    mov rdi, qword ptr [rbx]
    xor edx, edx
    call 140320710848960
    mov qword ptr [rbx+80], rax
# is_ge_fss
    mov rsi, qword ptr [rbx+32]
    mov rdi, qword ptr [rbx+80]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L2279
    cmp rdi, rsi
    short jmp L2280
L2279:
    call 140320710848608
L2280:
    jl label_772
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2281
    mov ecx, 11
.db 0x66, 0x90
    call 140320710850576
L2281:
# put_cons_ss
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+64]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+40], rsi
# i_move_sd
    mov rdi, qword ptr [rbx+72]
    mov qword ptr [rbx+64], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+56]
    mov qword ptr [rbx+72], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+80]
    mov qword ptr [rbx+56], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rbx+32], rdi
# i_call_only_f
    jmp keymerge3_2/10
# label_L
label_772:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2282
    mov ecx, 10
    call 140320710850576
L2282:
# put_cons_ss
# (putting and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rbx+64], 1
    vmovups xmmword ptr [r15], xmm0
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+64], rsi
# i_call_only_f
    jmp keymerge3_21_3/9
# label_L
label_773:
# is_nil_fS
    cmp qword ptr [rbx+56], 59
    jne label_770
# i_move_sd
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rbx+32], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx+48], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+64]
    mov qword ptr [rbx+40], rdi
# i_call_only_f
    jmp keymerge2_2/7
# func_line_I
# aligned_label_Lt
    align 8
label_774:
# i_func_info_IaaI
# lists:rkeymerge3_1/10
    call L1113
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xE8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x4B, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0A, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
rkeymerge3_1/10:
# i_breakpoint_trampoline
    short jmp L2283
.db 0x00
    call L1116
    align 8
L2283:
# i_test_yield
    lea rdx, qword ptr [rkeymerge3_1/10+24]
    dec r14
    jle L1114
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_779
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+80], rsi
    mov qword ptr [rbx+8], rdx
# line_I
# bif_element_jssd
    mov rsi, qword ptr [rbx+80]
    mov rdi, qword ptr [rbx]
    xor edx, edx
    call 140320710848960
    mov qword ptr [rbx+88], rax
# is_ge_fss
    mov rsi, qword ptr [rbx+88]
    mov rdi, qword ptr [rbx+32]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L2284
    cmp rdi, rsi
    short jmp L2285
L2284:
    call 140320710848608
L2285:
    jl label_777
# is_ge_fss
    mov rsi, qword ptr [rbx+32]
    mov rdi, qword ptr [rbx+56]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L2286
    cmp rdi, rsi
    short jmp L2287
L2286:
    call 140320710848608
L2287:
    jl label_776
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2288
    mov ecx, 12
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2288:
# put_cons_ss
    mov rdi, qword ptr [rbx+64]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+64], rsi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+80]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+72]
    mov qword ptr [rbx+56], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+88]
    mov qword ptr [rbx+8], rdi
# i_call_only_f
    jmp rkeymerge3_12_3/9
# label_L
label_776:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2289
    mov ecx, 12
    call 140320710850576
L2289:
# put_cons_ss
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+40], rsi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+80]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rbx+32], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+88]
    mov qword ptr [rbx+8], rdi
# i_call_only_f
    jmp rkeymerge3_2/10
# label_L
label_777:
# is_ge_fss
    mov rsi, qword ptr [rbx+88]
    mov rdi, qword ptr [rbx+56]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L2290
    cmp rdi, rsi
    short jmp L2291
L2290:
    call 140320710848608
L2291:
    jl label_778
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2292
    mov ecx, 12
.db 0x90
    call 140320710850576
L2292:
# put_cons_ss
    mov rdi, qword ptr [rbx+64]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+64], rsi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+80]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+72]
    mov qword ptr [rbx+56], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+88]
    mov qword ptr [rbx+8], rdi
# i_call_only_f
    jmp rkeymerge3_21_3/9
# label_L
label_778:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2293
    mov ecx, 11
    call 140320710850576
L2293:
# put_cons_ss
    mov rdi, qword ptr [rbx+80]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+16], rsi
# i_call_only_f
    jmp rkeymerge3_1/10
# label_L
label_779:
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_774
# is_ge_fss
    mov rsi, qword ptr [rbx+32]
    mov rdi, qword ptr [rbx+56]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L2294
    cmp rdi, rsi
    short jmp L2295
L2294:
    call 140320710848608
L2295:
    jl label_780
# i_move_sd
    mov rdi, qword ptr [rbx+64]
    mov qword ptr [rbx+24], rdi
# swap_dd
    mov rdi, qword ptr [rbx+16]
    mov rsi, qword ptr [rbx+40]
    mov qword ptr [rbx+40], rdi
    mov qword ptr [rbx+16], rsi
# swap_dd
    mov rdi, qword ptr [rbx+48]
    mov rsi, qword ptr [rbx+16]
    mov qword ptr [rbx+16], rdi
    mov qword ptr [rbx+48], rsi
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+72]
    mov qword ptr [rbx+32], rdi
# i_call_only_f
    jmp rkeymerge2_2/7
# label_L
label_780:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2296
    mov ecx, 10
.db 0x90
    call 140320710850576
L2296:
# put_cons_ss
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+40], rsi
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+56]
    movups xmmword ptr [rbx+16], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+72]
    mov qword ptr [rbx+32], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rbx+8], rdi
# i_call_only_f
    jmp rkeymerge2_1/6
# func_line_I
# aligned_label_Lt
    align 8
label_781:
# i_func_info_IaaI
# lists:rkeymerge3_2/10
    call L1113
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xE8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x4C, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0A, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
rkeymerge3_2/10:
# i_breakpoint_trampoline
    short jmp L2297
.db 0x00
    call L1116
    align 8
L2297:
# i_test_yield
    lea rdx, qword ptr [rkeymerge3_2/10+24]
    dec r14
    jle L1114
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+32]
    test al, 2
    jne label_786
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+80], rsi
    mov qword ptr [rbx+32], rdx
# line_I
# bif_element_jssd
    mov rsi, qword ptr [rbx+80]
    mov rdi, qword ptr [rbx]
    xor edx, edx
    call 140320710848960
    mov qword ptr [rbx+88], rax
# is_ge_fss
    mov rsi, qword ptr [rbx+8]
    mov rdi, qword ptr [rbx+88]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L2298
    cmp rdi, rsi
    short jmp L2299
L2298:
    call 140320710848608
L2299:
    jl label_784
# is_ge_fss
    mov rsi, qword ptr [rbx+88]
    mov rdi, qword ptr [rbx+56]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L2300
    cmp rdi, rsi
    short jmp L2301
L2300:
    call 140320710848608
L2301:
    jl label_783
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2302
    mov ecx, 12
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2302:
# put_cons_ss
    mov rdi, qword ptr [rbx+64]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+64], rsi
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx+48], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+80]
    mov qword ptr [rbx+40], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+72]
    mov qword ptr [rbx+56], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+88]
    mov qword ptr [rbx+32], rdi
# i_call_only_f
    jmp rkeymerge3_12_3/9
# label_L
label_783:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2303
    mov ecx, 11
    call 140320710850576
L2303:
# put_cons_ss
    mov rdi, qword ptr [rbx+80]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+40], rsi
# i_call_only_f
    jmp rkeymerge3_2/10
# label_L
label_784:
# is_ge_fss
    mov rsi, qword ptr [rbx+8]
    mov rdi, qword ptr [rbx+56]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L2304
    cmp rdi, rsi
    short jmp L2305
L2304:
    call 140320710848608
L2305:
    jl label_785
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2306
    mov ecx, 12
.db 0x90
    call 140320710850576
L2306:
# put_cons_ss
    mov rdi, qword ptr [rbx+64]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+64], rsi
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx+48], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+80]
    mov qword ptr [rbx+40], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+72]
    mov qword ptr [rbx+56], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+88]
    mov qword ptr [rbx+32], rdi
# i_call_only_f
    jmp rkeymerge3_21_3/9
# label_L
label_785:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2307
    mov ecx, 12
    call 140320710850576
L2307:
# put_cons_ss
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+16], rsi
# i_move_sd
    mov rdi, qword ptr [rbx+80]
    mov qword ptr [rbx+40], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx+48], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+88]
    mov qword ptr [rbx+32], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx+8], rdi
# i_call_only_f
    jmp rkeymerge3_1/10
# label_L
label_786:
# is_nil_fS
    cmp qword ptr [rbx+32], 59
    jne label_781
# is_ge_fss
    mov rsi, qword ptr [rbx+8]
    mov rdi, qword ptr [rbx+56]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L2308
    cmp rdi, rsi
    short jmp L2309
L2308:
    call 140320710848608
L2309:
    jl label_787
# i_move_sd
    mov rdi, qword ptr [rbx+72]
    mov qword ptr [rbx+32], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx+48], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+64]
    mov qword ptr [rbx+24], rdi
# i_call_only_f
    jmp rkeymerge2_2/7
# label_L
label_787:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2310
    mov ecx, 10
.db 0x90
    call 140320710850576
L2310:
# put_cons_ss
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+40], rsi
# i_move_sd
    mov rdi, qword ptr [rbx+56]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+72]
    mov qword ptr [rbx+32], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+64]
    mov qword ptr [rbx+24], rdi
# i_call_only_f
    jmp rkeymerge2_1/6
# func_line_I
# aligned_label_Lt
    align 8
label_788:
# i_func_info_IaaI
# lists:rkeymerge3_12_3/9
    call L1113
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xE8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x4C, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x09, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
rkeymerge3_12_3/9:
# i_breakpoint_trampoline
    short jmp L2311
.db 0x00
    call L1116
    align 8
L2311:
# i_test_yield
    lea rdx, qword ptr [rkeymerge3_12_3/9+24]
    dec r14
    jle L1114
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+56]
    test al, 2
    jne label_791
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+72], rsi
    mov qword ptr [rbx+56], rdx
# line_I
# bif_element_jssd
    mov rsi, qword ptr [rbx+72]
    mov rdi, qword ptr [rbx]
    xor edx, edx
    call 140320710848960
    mov qword ptr [rbx+80], rax
# is_ge_fss
    mov rsi, qword ptr [rbx+32]
    mov rdi, qword ptr [rbx+80]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L2312
    cmp rdi, rsi
    short jmp L2313
L2312:
    call 140320710848608
L2313:
    jl label_790
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2314
    mov ecx, 10
.db 0x66, 0x90
    call 140320710850576
L2314:
# put_cons_ss
# (putting and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rbx+64], 1
    vmovups xmmword ptr [r15], xmm0
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+64], rsi
# i_call_only_f
    jmp rkeymerge3_12_3/9
# label_L
label_790:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2315
    mov ecx, 11
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2315:
# put_cons_ss
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+64]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+40], rsi
# i_move_sd
    mov rdi, qword ptr [rbx+72]
    mov qword ptr [rbx+64], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+56]
    mov qword ptr [rbx+72], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+80]
    mov qword ptr [rbx+56], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rbx+32], rdi
# i_call_only_f
    jmp rkeymerge3_2/10
# label_L
label_791:
# is_nil_fS
    cmp qword ptr [rbx+56], 59
    jne label_788
# i_move_sd
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rbx+32], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx+48], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+64]
    mov qword ptr [rbx+40], rdi
# i_call_only_f
    jmp rkeymerge2_2/7
# func_line_I
# aligned_label_Lt
    align 8
label_792:
# i_func_info_IaaI
# lists:rkeymerge3_21_3/9
    call L1113
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xE8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x4C, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x09, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
rkeymerge3_21_3/9:
# i_breakpoint_trampoline
    short jmp L2316
.db 0x00
    call L1116
    align 8
L2316:
# i_test_yield
    lea rdx, qword ptr [rkeymerge3_21_3/9+24]
    dec r14
    jle L1114
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+56]
    test al, 2
    jne label_795
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+72], rsi
    mov qword ptr [rbx+56], rdx
# line_I
# bif_element_jssd
    mov rsi, qword ptr [rbx+72]
    mov rdi, qword ptr [rbx]
    xor edx, edx
    call 140320710848960
    mov qword ptr [rbx+80], rax
# is_ge_fss
    mov rsi, qword ptr [rbx+8]
    mov rdi, qword ptr [rbx+80]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L2317
    cmp rdi, rsi
    short jmp L2318
L2317:
    call 140320710848608
L2318:
    jl label_794
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2319
    mov ecx, 10
.db 0x66, 0x90
    call 140320710850576
L2319:
# put_cons_ss
# (putting and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rbx+64], 1
    vmovups xmmword ptr [r15], xmm0
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+64], rsi
# i_call_only_f
    jmp rkeymerge3_21_3/9
# label_L
label_794:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2320
    mov ecx, 11
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2320:
# put_cons_ss
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+64]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+16], rsi
# i_move_sd
    mov rdi, qword ptr [rbx+72]
    mov qword ptr [rbx+64], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+56]
    mov qword ptr [rbx+72], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+80]
    mov qword ptr [rbx+56], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx+8], rdi
# i_call_only_f
    jmp rkeymerge3_1/10
# label_L
label_795:
# is_nil_fS
    cmp qword ptr [rbx+56], 59
    jne label_792
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2321
    mov ecx, 9
.db 0x90
    call 140320710850576
L2321:
# put_cons_ss
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+64]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rbx+32], rdi
# swap_dd
    mov rdi, qword ptr [rbx+40]
    mov rsi, qword ptr [rbx+24]
    mov qword ptr [rbx+24], rdi
    mov qword ptr [rbx+40], rsi
# swap_dd
    mov rdi, qword ptr [rbx+8]
    mov rsi, qword ptr [rbx+40]
    mov qword ptr [rbx+40], rdi
    mov qword ptr [rbx+8], rsi
# i_call_only_f
    jmp rkeymerge2_1/6
# func_line_I
# aligned_label_Lt
    align 8
label_796:
# i_func_info_IaaI
# lists:keymerge2_1/6
    call L1113
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xE8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x4C, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
keymerge2_1/6:
# i_breakpoint_trampoline
    short jmp L2322
.db 0x00
    call L1116
    align 8
L2322:
# i_test_yield
    lea rdx, qword ptr [keymerge2_1/6+24]
    dec r14
    jle L1114
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_799
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+48], rsi
    mov qword ptr [rbx+8], rdx
# line_I
# bif_element_jssd
    mov rsi, qword ptr [rbx+48]
    mov rdi, qword ptr [rbx]
    xor edx, edx
    call 140320710848960
    mov qword ptr [rbx+56], rax
# is_ge_fss
    mov rsi, qword ptr [rbx+56]
    mov rdi, qword ptr [rbx+16]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L2323
    cmp rdi, rsi
    short jmp L2324
L2323:
    call 140320710848608
L2324:
    jl label_798
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2325
    mov ecx, 7
.db 0x66, 0x90
    call 140320710850576
L2325:
# put_cons_ss
# (putting and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rbx+40], 1
    vmovups xmmword ptr [r15], xmm0
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+40], rsi
# i_call_only_f
    jmp keymerge2_1/6
# label_L
label_798:
# i_move_sd
    mov rdi, qword ptr [rbx+56]
    mov qword ptr [rbx+16], rdi
# i_call_only_f
    jmp keymerge2_2/7
# label_L
label_799:
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_796
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2326
    mov ecx, 6
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2326:
# put_cons_ss
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx], rdi
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L2327
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L2327:
# call_light_bif_be
    align 4
L2328:
L2329:
    long mov rcx, 9223372036854775807
    mov rax, 94919178928352
    lea rdx, qword ptr [L2328]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1115
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_800:
# i_func_info_IaaI
# lists:keymerge2_2/7
    call L1113
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xE8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x4D, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
keymerge2_2/7:
# i_breakpoint_trampoline
    short jmp L2330
.db 0x00
    call L1116
    align 8
L2330:
# i_test_yield
    lea rdx, qword ptr [keymerge2_2/7+24]
    dec r14
    jle L1114
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+32]
    test al, 2
    jne label_803
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+56], rsi
    mov qword ptr [rbx+32], rdx
# line_I
# bif_element_jssd
    mov rsi, qword ptr [rbx+56]
    mov rdi, qword ptr [rbx]
    xor edx, edx
    call 140320710848960
    mov qword ptr [rbx+64], rax
# is_ge_fss
    mov rsi, qword ptr [rbx+16]
    mov rdi, qword ptr [rbx+64]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L2331
    cmp rdi, rsi
    short jmp L2332
L2331:
    call 140320710848608
L2332:
    jl label_802
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L2333
    mov ecx, 9
.db 0x66, 0x90
    call 140320710850576
L2333:
# put_cons_ss
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+16], rsi
# append_cons_Is
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], rsi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+40], rsi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+56], 1
    vmovups xmmword ptr [rbx+16], xmm0
# i_call_only_f
    jmp keymerge2_1/6
# label_L
label_802:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2334
    mov ecx, 8
.db 0x90
    call 140320710850576
L2334:
# put_cons_ss
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+40], rsi
# i_move_sd
    mov rdi, qword ptr [rbx+56]
    mov qword ptr [rbx+24], rdi
# i_call_only_f
    jmp keymerge2_2/7
# label_L
label_803:
# is_nil_fS
    cmp qword ptr [rbx+32], 59
    jne label_800
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L2335
    mov ecx, 7
.db 0x90
    call 140320710850576
L2335:
# put_cons_ss
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# store_cons_Id
    add r15, 32
    mov qword ptr [rbx], rsi
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rbx], xmm0
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L2336
    mov ecx, 2
    call 140320710850576
L2336:
# call_light_bif_be
    align 4
L2337:
L2338:
    long mov rcx, 9223372036854775807
    mov rax, 94919178928352
    lea rdx, qword ptr [L2337]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1115
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_804:
# i_func_info_IaaI
# lists:rkeymerge2_1/6
    call L1113
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xE8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x4D, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
rkeymerge2_1/6:
# i_breakpoint_trampoline
    short jmp L2339
.db 0x00
    call L1116
    align 8
L2339:
# i_test_yield
    lea rdx, qword ptr [rkeymerge2_1/6+24]
    dec r14
    jle L1114
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_807
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+48], rsi
    mov qword ptr [rbx+8], rdx
# line_I
# bif_element_jssd
    mov rsi, qword ptr [rbx+48]
    mov rdi, qword ptr [rbx]
    xor edx, edx
    call 140320710848960
    mov qword ptr [rbx+56], rax
# is_ge_fss
    mov rsi, qword ptr [rbx+56]
    mov rdi, qword ptr [rbx+16]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L2340
    cmp rdi, rsi
    short jmp L2341
L2340:
    call 140320710848608
L2341:
    jl label_806
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+56]
    mov qword ptr [rbx+8], rdi
# i_call_only_f
    jmp rkeymerge2_2/7
# label_L
label_806:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2342
    mov ecx, 7
.db 0x90
    call 140320710850576
L2342:
# put_cons_ss
# (putting and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rbx+40], 1
    vmovups xmmword ptr [r15], xmm0
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+40], rsi
# i_call_only_f
    jmp rkeymerge2_1/6
# label_L
label_807:
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_804
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2343
    mov ecx, 6
    call 140320710850576
L2343:
# put_cons_ss
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx], rdi
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L2344
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L2344:
# call_light_bif_be
    align 4
L2345:
L2346:
    long mov rcx, 9223372036854775807
    mov rax, 94919178928352
    lea rdx, qword ptr [L2345]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1115
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_808:
# i_func_info_IaaI
# lists:rkeymerge2_2/7
    call L1113
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xE8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x4D, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
rkeymerge2_2/7:
# i_breakpoint_trampoline
    short jmp L2347
.db 0x00
    call L1116
    align 8
L2347:
# i_test_yield
    lea rdx, qword ptr [rkeymerge2_2/7+24]
    dec r14
    jle L1114
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+32]
    test al, 2
    jne label_811
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+56], rsi
    mov qword ptr [rbx+32], rdx
# line_I
# bif_element_jssd
    mov rsi, qword ptr [rbx+56]
    mov rdi, qword ptr [rbx]
    xor edx, edx
    call 140320710848960
    mov qword ptr [rbx+64], rax
# is_ge_fss
    mov rsi, qword ptr [rbx+8]
    mov rdi, qword ptr [rbx+64]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L2348
    cmp rdi, rsi
    short jmp L2349
L2348:
    call 140320710848608
L2349:
    jl label_810
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2350
    mov ecx, 8
.db 0x66, 0x90
    call 140320710850576
L2350:
# put_cons_ss
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+40], rsi
# i_move_sd
    mov rdi, qword ptr [rbx+56]
    mov qword ptr [rbx+24], rdi
# i_call_only_f
    jmp rkeymerge2_2/7
# label_L
label_810:
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L2351
    mov ecx, 9
    call 140320710850576
L2351:
# put_cons_ss
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# append_cons_Is
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], rsi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+40], rsi
# i_move_sd
    mov rdi, qword ptr [rbx+56]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+64]
    mov qword ptr [rbx+16], rdi
# i_call_only_f
    jmp rkeymerge2_1/6
# label_L
label_811:
# is_nil_fS
    cmp qword ptr [rbx+32], 59
    jne label_808
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L2352
    mov ecx, 7
.db 0x66, 0x90
    call 140320710850576
L2352:
# put_cons_ss
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# append_cons_Is
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], rsi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx], rdi
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L2353
    mov ecx, 2
    call 140320710850576
L2353:
# call_light_bif_be
    align 4
L2354:
L2355:
    long mov rcx, 9223372036854775807
    mov rax, 94919178928352
    lea rdx, qword ptr [L2354]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1115
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_812:
# i_func_info_IaaI
# lists:ukeysplit_1/8
    call L1113
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xE8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x4D, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
ukeysplit_1/8:
# i_breakpoint_trampoline
    short jmp L2356
.db 0x00
    call L1116
    align 8
L2356:
# i_test_yield
    lea rdx, qword ptr [ukeysplit_1/8+24]
    dec r14
    jle L1114
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+40]
    test al, 2
    jne label_819
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+64], rsi
    mov qword ptr [rbx+40], rdx
# line_I
# bif_element_jssd
    mov rsi, qword ptr [rbx+64]
    mov rdi, qword ptr [rbx]
    xor edx, edx
    call 140320710848960
    mov qword ptr [rbx+72], rax
# is_eq_fss
    mov rsi, qword ptr [rbx+72]
    mov rdi, qword ptr [rbx+32]
    cmp rdi, rsi
    short je L2357
    mov eax, edi
    and eax, esi
    and al, 3
    cmp al, 3
    je label_814
    call 140320710848744
    jne label_814
L2357:
# i_call_only_f
    short jmp ukeysplit_1/8
# label_L
label_814:
# is_lt_fss
    mov rsi, qword ptr [rbx+72]
    mov rdi, qword ptr [rbx+32]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L2358
    cmp rdi, rsi
    short jmp L2359
L2358:
    call 140320710848608
L2359:
    jge label_815
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2360
    mov ecx, 10
.db 0x90
    call 140320710850576
L2360:
# put_cons_ss
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+48], rsi
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+72]
    mov qword ptr [rbx+32], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+64]
    mov qword ptr [rbx+24], rdi
# i_call_only_f
    jmp ukeysplit_1/8
# label_L
label_815:
# is_eq_fss
    mov rsi, qword ptr [rbx+72]
    mov rdi, qword ptr [rbx+16]
    cmp rdi, rsi
    short je L2361
    mov eax, edi
    and eax, esi
    and al, 3
    cmp al, 3
    je label_816
    call 140320710848744
    jne label_816
L2361:
# i_call_only_f
    jmp ukeysplit_1/8
# label_L
label_816:
# is_lt_fss
    mov rsi, qword ptr [rbx+72]
    mov rdi, qword ptr [rbx+16]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L2362
    cmp rdi, rsi
    short jmp L2363
L2362:
    call 140320710848608
L2363:
    jge label_817
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2364
    mov ecx, 10
.db 0x90
    call 140320710850576
L2364:
# put_cons_ss
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+48], rsi
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+64]
    movups xmmword ptr [rbx+8], xmm0
# i_call_only_f
    jmp ukeysplit_1/8
# label_L
label_817:
# is_nil_fS
    cmp qword ptr [rbx+48], 59
    jne label_818
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2365
    mov ecx, 9
.db 0x90
    call 140320710850576
L2365:
# put_cons_ss
    mov rdi, qword ptr [rbx+64]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+48], rsi
# i_call_only_f
    jmp ukeysplit_1/8
# label_L
label_818:
# i_call_only_f
    jmp ukeysplit_1_1/10
# label_L
label_819:
# is_nil_fS
    cmp qword ptr [rbx+40], 59
    jne label_812
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L2366
    mov ecx, 8
    call 140320710850576
L2366:
# put_cons_ss
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# store_cons_Id
    add r15, 32
    mov qword ptr [rbx+8], rsi
# put_cons_ss
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+56]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_move_sd
    mov qword ptr [rbx+16], 59
# i_call_only_f
    jmp rukeymergel/3
# func_line_I
# aligned_label_Lt
    align 8
label_820:
# i_func_info_IaaI
# lists:ukeysplit_1_1/10
    call L1113
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xE8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x4E, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0A, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
ukeysplit_1_1/10:
# i_breakpoint_trampoline
    short jmp L2367
.db 0x00
    call L1116
    align 8
L2367:
# i_test_yield
    lea rdx, qword ptr [ukeysplit_1_1/10+24]
    dec r14
    jle L1114
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+40]
    test al, 2
    jne label_828
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+80], rsi
    mov qword ptr [rbx+40], rdx
# line_I
# bif_element_jssd
    mov rsi, qword ptr [rbx+80]
    mov rdi, qword ptr [rbx]
    xor edx, edx
    call 140320710848960
    mov qword ptr [rbx+88], rax
# is_eq_fss
    mov rsi, qword ptr [rbx+88]
    mov rdi, qword ptr [rbx+32]
    cmp rdi, rsi
    short je L2368
    mov eax, edi
    and eax, esi
    and al, 3
    cmp al, 3
    je label_822
    call 140320710848744
    jne label_822
L2368:
# i_call_only_f
    short jmp ukeysplit_1_1/10
# label_L
label_822:
# is_lt_fss
    mov rsi, qword ptr [rbx+88]
    mov rdi, qword ptr [rbx+32]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L2369
    cmp rdi, rsi
    short jmp L2370
L2369:
    call 140320710848608
L2370:
    jge label_823
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2371
    mov ecx, 12
.db 0x90
    call 140320710850576
L2371:
# put_cons_ss
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+48], rsi
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+88]
    mov qword ptr [rbx+32], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+80]
    mov qword ptr [rbx+24], rdi
# i_call_only_f
    jmp ukeysplit_1_1/10
# label_L
label_823:
# is_eq_fss
    mov rsi, qword ptr [rbx+88]
    mov rdi, qword ptr [rbx+16]
    cmp rdi, rsi
    short je L2372
    mov eax, edi
    and eax, esi
    and al, 3
    cmp al, 3
    je label_824
    call 140320710848744
    jne label_824
L2372:
# i_call_only_f
    jmp ukeysplit_1_1/10
# label_L
label_824:
# is_lt_fss
    mov rsi, qword ptr [rbx+88]
    mov rdi, qword ptr [rbx+16]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L2373
    cmp rdi, rsi
    short jmp L2374
L2373:
    call 140320710848608
L2374:
    jge label_825
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2375
    mov ecx, 12
.db 0x90
    call 140320710850576
L2375:
# put_cons_ss
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+48], rsi
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+80]
    movups xmmword ptr [rbx+8], xmm0
# i_call_only_f
    jmp ukeysplit_1_1/10
# label_L
label_825:
# is_eq_fss
    mov rsi, qword ptr [rbx+88]
    mov rdi, qword ptr [rbx+72]
    cmp rdi, rsi
    short je L2376
    mov eax, edi
    and eax, esi
    and al, 3
    cmp al, 3
    je label_826
    call 140320710848744
    jne label_826
L2376:
# i_call_only_f
    jmp ukeysplit_1_1/10
# label_L
label_826:
# is_lt_fss
    mov rsi, qword ptr [rbx+88]
    mov rdi, qword ptr [rbx+72]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L2377
    cmp rdi, rsi
    short jmp L2378
L2377:
    call 140320710848608
L2378:
    jge label_827
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L2379
    mov ecx, 12
.db 0x90
    call 140320710850576
L2379:
# put_cons_ss
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# store_cons_Id
    add r15, 32
    mov qword ptr [rbx+8], rsi
# put_cons_ss
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+56]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+56], rsi
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+80]
    movups xmmword ptr [rbx+24], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+72]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx+48], 59
# i_move_sd
    mov rdi, qword ptr [rbx+64]
    mov qword ptr [rbx+8], rdi
# i_call_only_f
    jmp ukeysplit_1/8
# label_L
label_827:
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L2380
    mov ecx, 12
.db 0x90
    call 140320710850576
L2380:
# put_cons_ss
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# store_cons_Id
    add r15, 32
    mov qword ptr [rbx+8], rsi
# put_cons_ss
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+56]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+56], rsi
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+64]
    movups xmmword ptr [rbx+24], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+88]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx+48], 59
# i_move_sd
    mov rdi, qword ptr [rbx+80]
    mov qword ptr [rbx+8], rdi
# i_call_only_f
    jmp ukeysplit_1/8
# label_L
label_828:
# is_nil_fS
    cmp qword ptr [rbx+40], 59
    jne label_820
# test_heap_It
    lea rdx, qword ptr [r15+112]
    cmp rdx, rsp
    short jbe L2381
    mov ecx, 9
.db 0x66, 0x90
    call 140320710850576
L2381:
# put_cons_ss
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# store_cons_Id
    add r15, 32
    mov qword ptr [rbx+8], rsi
# put_cons_ss
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+56]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# put_cons_ss
    mov rdi, qword ptr [rbx+64]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+16], rsi
# put_cons_ss
# (putting and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [r15], xmm0
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_move_sd
    mov qword ptr [rbx+16], 59
# i_call_only_f
    jmp rukeymergel/3
# func_line_I
# aligned_label_Lt
    align 8
label_829:
# i_func_info_IaaI
# lists:ukeysplit_2/5
    call L1113
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xE8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x4E, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
ukeysplit_2/5:
# i_breakpoint_trampoline
    short jmp L2382
.db 0x00
    call L1116
    align 8
L2382:
# i_test_yield
    lea rdx, qword ptr [ukeysplit_2/5+24]
    dec r14
    jle L1114
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+24]
    test al, 2
    jne label_833
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+40], rsi
    mov qword ptr [rbx+24], rdx
# line_I
# bif_element_jssd
    mov rsi, qword ptr [rbx+40]
    mov rdi, qword ptr [rbx]
    xor edx, edx
    call 140320710848960
    mov qword ptr [rbx+48], rax
# is_eq_fss
    mov rsi, qword ptr [rbx+48]
    mov rdi, qword ptr [rbx+16]
    cmp rdi, rsi
    short je L2383
    mov eax, edi
    and eax, esi
    and al, 3
    cmp al, 3
    je label_831
    call 140320710848744
    jne label_831
L2383:
# i_call_only_f
    short jmp ukeysplit_2/5
# label_L
label_831:
# is_lt_fss
    mov rsi, qword ptr [rbx+48]
    mov rdi, qword ptr [rbx+16]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L2384
    cmp rdi, rsi
    short jmp L2385
L2384:
    call 140320710848608
L2385:
    jge label_832
# allocate_tt
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L2386
    mov ecx, 7
.db 0x90
    call 140320710850576
L2386:
    sub rsp, 48
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+40], 1
    vmovups xmmword ptr [rsp], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+16], 1
    vmovups xmmword ptr [rsp+16], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp+32], xmm0
# i_move_sd
    mov qword ptr [rbx+8], 59
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L2387:
L2388:
    long mov rcx, 9223372036854775807
    mov rax, 94919178928352
    lea rdx, qword ptr [L2387]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2389
    mov ecx, 1
    call 140320710850576
L2389:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+56], rsi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp], 1
    vmovups xmmword ptr [rbx+24], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+40], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+24], 1
    vmovups xmmword ptr [rbx+8], xmm0
# i_move_sd
    mov qword ptr [rbx+48], 59
# i_move_sd
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 48
    jmp ukeysplit_1/8
# label_L
label_832:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2390
    mov ecx, 7
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2390:
# put_cons_ss
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+32], rsi
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+40]
    movups xmmword ptr [rbx+8], xmm0
# i_call_only_f
    jmp ukeysplit_2/5
# label_L
label_833:
# is_nil_fS
    cmp qword ptr [rbx+24], 59
    jne label_829
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2391
    mov ecx, 5
.db 0x90
    call 140320710850576
L2391:
# put_cons_ss
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# return
    dec r14
    jl L1115
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_834:
# i_func_info_IaaI
# lists:ukeymergel/3
    call L1113
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xE8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x4E, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
ukeymergel/3:
# i_breakpoint_trampoline
    short jmp L2392
.db 0x00
    call L1116
    align 8
L2392:
# i_test_yield
    lea rdx, qword ptr [ukeymergel/3+24]
    dec r14
    jle L1114
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_839
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+24], xmm0
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+32]
    test al, 2
    jne label_837
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+40], xmm0
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+40]
    test al, 2
    jne label_836
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+56], xmm0
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+48]
    test al, 2
    jne label_836
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+72], xmm0
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+72]
    test al, 2
    jne label_836
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+8], rsi
    mov qword ptr [rbx+32], rdx
# line_I
# bif_element_jssd
    mov rsi, qword ptr [rbx+56]
    mov rdi, qword ptr [rbx]
    xor edx, edx
    call 140320710848960
    mov qword ptr [rbx+40], rax
# line_I
# bif_element_jssd
    mov rsi, qword ptr [rbx+8]
    mov rdi, qword ptr [rbx]
    xor edx, edx
    call 140320710848960
    mov qword ptr [rbx+48], rax
# allocate_heap_tIt
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L2393
    mov ecx, 11
.db 0x66, 0x90
    call 140320710850576
L2393:
    sub rsp, 24
# i_move_sd
    mov rdi, qword ptr [rbx+80]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+16], rdi
# put_cons_ss
    mov rdi, qword ptr [rbx+56]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# swap_dd
    mov rdi, qword ptr [rbx+48]
    mov rsi, qword ptr [rbx+64]
    mov qword ptr [rbx+64], rdi
    mov qword ptr [rbx+48], rsi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx+72], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx+80], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rbx+32], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+56]
    mov qword ptr [rbx+40], rdi
# i_move_sd
    mov qword ptr [rbx+56], 59
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x90
    call ukeymerge3_1/11
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2394
    mov ecx, 1
    call 140320710850576
L2394:
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
    jmp ukeymergel/3
# label_L
label_836:
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+24]
    test al, 2
    jne label_837
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+8], rsi
    mov qword ptr [rbx+24], rdx
# line_I
# bif_element_jssd
    mov rsi, qword ptr [rbx+8]
    mov rdi, qword ptr [rbx]
    xor edx, edx
    call 140320710848960
    mov qword ptr [rbx+32], rax
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L2395
    mov ecx, 7
.db 0x90
    call 140320710850576
L2395:
    sub rsp, 24
# i_move_sd
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rbx+32], rdi
# i_move_sd
    mov qword ptr [rbx+40], 59
# swap_dd
    mov rdi, qword ptr [rbx+8]
    mov rsi, qword ptr [rbx+24]
    mov qword ptr [rbx+24], rdi
    mov qword ptr [rbx+8], rsi
# i_call_f
.db 0x66, 0x90
    call ukeymerge2_2/6
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2396
    mov ecx, 1
    call 140320710850576
L2396:
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
    jmp ukeymergel/3
# label_L
label_837:
# is_nil_fS
    cmp qword ptr [rbx+32], 59
    jne label_834
# is_nil_fS
    cmp qword ptr [rbx+16], 59
    jne label_838
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L1115
    ret
# label_L
label_838:
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2397
    mov ecx, 4
.db 0x90
    call 140320710850576
L2397:
    sub rsp, 16
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# i_move_sd
    mov qword ptr [rbx+8], 59
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L2398:
L2399:
    long mov rcx, 9223372036854775807
    mov rax, 94919178928352
    lea rdx, qword ptr [L2398]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2400
    mov ecx, 1
    call 140320710850576
L2400:
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
    mov qword ptr [rbx+16], 59
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 16
    jmp rukeymergel/3
# label_L
label_839:
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx+16], 59
# i_call_only_f
    jmp rukeymergel/3
# func_line_I
# aligned_label_Lt
    align 8
label_840:
# i_func_info_IaaI
# lists:rukeymergel/3
    call L1113
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xE8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x4E, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
rukeymergel/3:
# i_breakpoint_trampoline
    short jmp L2401
.db 0x00
    call L1116
    align 8
L2401:
# i_test_yield
    lea rdx, qword ptr [rukeymergel/3+24]
    dec r14
    jle L1114
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_844
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+24], xmm0
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+24]
    test al, 2
    jne label_843
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+40], xmm0
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+32]
    test al, 2
    jne label_843
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+8], rsi
    mov qword ptr [rbx+24], rdx
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_842
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+32], rsi
    mov qword ptr [rbx+56], rdx
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+24]
    test al, 2
    jne label_842
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+8], rsi
    mov qword ptr [rbx+24], rdx
# line_I
# bif_element_jssd
    mov rsi, qword ptr [rbx+32]
    mov rdi, qword ptr [rbx]
    xor edx, edx
    call 140320710848960
    mov qword ptr [rbx+64], rax
# line_I
# bif_element_jssd
    mov rsi, qword ptr [rbx+40]
    mov rdi, qword ptr [rbx]
    xor edx, edx
    call 140320710848960
    mov qword ptr [rbx+72], rax
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L2402
    mov ecx, 10
.db 0x66, 0x90
    call 140320710850576
L2402:
    sub rsp, 24
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+16], 1
    vmovups xmmword ptr [rsp], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+16], rdi
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx+64], 1
    vmovups xmmword ptr [rbx+64], xmm0
# swap_dd
    mov rdi, qword ptr [rbx+40]
    mov rsi, qword ptr [rbx+72]
    mov qword ptr [rbx+72], rdi
    mov qword ptr [rbx+40], rsi
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx+32], 1
    vmovups xmmword ptr [rbx+32], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rbx+80], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+56]
    mov qword ptr [rbx+48], rdi
# i_move_sd
    mov qword ptr [rbx+56], 59
# i_move_sd
    mov qword ptr [rbx+24], 59
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call rukeymerge3_1/11
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2403
    mov ecx, 1
    call 140320710850576
L2403:
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
    jmp rukeymergel/3
# label_L
label_842:
# line_I
# bif_element_jssd
    mov rsi, qword ptr [rbx+40]
    mov rdi, qword ptr [rbx]
    xor edx, edx
    call 140320710848960
    mov qword ptr [rbx+32], rax
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L2404
    mov ecx, 7
.db 0x90
    call 140320710850576
L2404:
    sub rsp, 24
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+16], 1
    vmovups xmmword ptr [rsp], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx+32], 59
# i_call_f
.db 0x0F, 0x1F, 0x00
    call rukeymerge2_1/6
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2405
    mov ecx, 1
    call 140320710850576
L2405:
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
    jmp rukeymergel/3
# label_L
label_843:
# is_nil_fS
    cmp qword ptr [rbx+32], 59
    jne label_840
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2406
    mov ecx, 4
.db 0x90
    call 140320710850576
L2406:
    sub rsp, 16
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp], rdi
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+8], rdi
# i_move_sd
    mov qword ptr [rbx+8], 59
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L2407:
L2408:
    long mov rcx, 9223372036854775807
    mov rax, 94919178928352
    lea rdx, qword ptr [L2407]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2409
    mov ecx, 1
    call 140320710850576
L2409:
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
    mov qword ptr [rbx+16], 59
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 16
    jmp ukeymergel/3
# label_L
label_844:
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx+16], 59
# i_call_only_f
    jmp ukeymergel/3
# func_line_I
# aligned_label_Lt
    align 8
label_845:
# i_func_info_IaaI
# lists:ukeymerge3_1/11
    call L1113
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xE8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x4F, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
ukeymerge3_1/11:
# i_breakpoint_trampoline
    short jmp L2410
.db 0x00
    call L1116
    align 8
L2410:
# i_test_yield
    lea rdx, qword ptr [ukeymerge3_1/11+24]
    dec r14
    jle L1114
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_853
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+88], rsi
    mov qword ptr [rbx+8], rdx
# line_I
# bif_element_jssd
    mov rsi, qword ptr [rbx+88]
    mov rdi, qword ptr [rbx]
    xor edx, edx
    call 140320710848960
    mov qword ptr [rbx+96], rax
# is_ge_fss
    mov rsi, qword ptr [rbx+96]
    mov rdi, qword ptr [rbx+32]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L2411
    cmp rdi, rsi
    short jmp L2412
L2411:
    call 140320710848608
L2412:
    jl label_849
# is_ge_fss
    mov rsi, qword ptr [rbx+96]
    mov rdi, qword ptr [rbx+64]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L2413
    cmp rdi, rsi
    short jmp L2414
L2413:
    call 140320710848608
L2414:
    jl label_847
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2415
    mov ecx, 13
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2415:
# put_cons_ss
    mov rdi, qword ptr [rbx+88]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+56]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+56], rsi
# i_move_sd
    mov rdi, qword ptr [rbx+96]
    mov qword ptr [rbx+24], rdi
# i_call_only_f
    jmp ukeymerge3_1/11
# label_L
label_847:
# is_eq_fss
    mov rsi, qword ptr [rbx+24]
    mov rdi, qword ptr [rbx+64]
    cmp rdi, rsi
    short je L2416
    mov eax, edi
    and eax, esi
    and al, 3
    cmp al, 3
    je label_848
    call 140320710848744
    jne label_848
L2416:
# i_move_sd
    mov rdi, qword ptr [rbx+88]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+80]
    mov qword ptr [rbx+64], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+96]
    mov qword ptr [rbx+8], rdi
# i_call_only_f
    jmp ukeymerge3_12_3/9
# label_L
label_848:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2417
    mov ecx, 13
    call 140320710850576
L2417:
# put_cons_ss
    mov rdi, qword ptr [rbx+72]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+56]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+56], rsi
# i_move_sd
    mov rdi, qword ptr [rbx+88]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+80]
    mov qword ptr [rbx+64], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+96]
    mov qword ptr [rbx+8], rdi
# i_call_only_f
    jmp ukeymerge3_12_3/9
# label_L
label_849:
# is_eq_fss
    mov rsi, qword ptr [rbx+24]
    mov rdi, qword ptr [rbx+32]
    cmp rdi, rsi
    short je L2418
    mov eax, edi
    and eax, esi
    and al, 3
    cmp al, 3
    je label_850
    call 140320710848744
    jne label_850
L2418:
# i_move_sd
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rbx+32], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx+40], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+88]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+96]
    mov qword ptr [rbx+8], rdi
# i_call_only_f
    jmp ukeymerge3_2/11
# label_L
label_850:
# is_ge_fss
    mov rsi, qword ptr [rbx+32]
    mov rdi, qword ptr [rbx+64]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L2419
    cmp rdi, rsi
    short jmp L2420
L2419:
    call 140320710848608
L2420:
    jl label_851
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2421
    mov ecx, 13
.db 0x90
    call 140320710850576
L2421:
# put_cons_ss
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+56]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+56], rsi
# i_move_sd
    mov rdi, qword ptr [rbx+88]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx+40], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rbx+32], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+96]
    mov qword ptr [rbx+8], rdi
# i_call_only_f
    jmp ukeymerge3_2/11
# label_L
label_851:
# is_eq_fss
    mov rsi, qword ptr [rbx+24]
    mov rdi, qword ptr [rbx+64]
    cmp rdi, rsi
    short je L2422
    mov eax, edi
    and eax, esi
    and al, 3
    cmp al, 3
    je label_852
    call 140320710848744
    jne label_852
L2422:
# i_move_sd
    mov rdi, qword ptr [rbx+88]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+80]
    mov qword ptr [rbx+64], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+96]
    mov qword ptr [rbx+8], rdi
# i_call_only_f
    jmp ukeymerge3_21_3/9
# label_L
label_852:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2423
    mov ecx, 13
    call 140320710850576
L2423:
# put_cons_ss
    mov rdi, qword ptr [rbx+72]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+56]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+56], rsi
# i_move_sd
    mov rdi, qword ptr [rbx+88]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+80]
    mov qword ptr [rbx+64], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+96]
    mov qword ptr [rbx+8], rdi
# i_call_only_f
    jmp ukeymerge3_21_3/9
# label_L
label_853:
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_845
# is_eq_fss
    mov rsi, qword ptr [rbx+24]
    mov rdi, qword ptr [rbx+32]
    cmp rdi, rsi
    short je L2424
    mov eax, edi
    and eax, esi
    and al, 3
    cmp al, 3
    je label_854
    call 140320710848744
    jne label_854
L2424:
# i_move_sd
    mov rdi, qword ptr [rbx+80]
    mov qword ptr [rbx+32], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+64]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+56]
    mov qword ptr [rbx+40], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+72]
    mov qword ptr [rbx+48], rdi
# i_call_only_f
    jmp ukeymerge2_1/7
# label_L
label_854:
# is_ge_fss
    mov rsi, qword ptr [rbx+32]
    mov rdi, qword ptr [rbx+64]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L2425
    cmp rdi, rsi
    short jmp L2426
L2425:
    call 140320710848608
L2426:
    jl label_855
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2427
    mov ecx, 11
.db 0x66, 0x90
    call 140320710850576
L2427:
# put_cons_ss
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+56]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+40], rsi
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+64]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+80]
    mov qword ptr [rbx+32], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+72]
    mov qword ptr [rbx+48], rdi
# i_call_only_f
    jmp ukeymerge2_1/7
# label_L
label_855:
# is_eq_fss
    mov rsi, qword ptr [rbx+24]
    mov rdi, qword ptr [rbx+64]
    cmp rdi, rsi
    short je L2428
    mov eax, edi
    and eax, esi
    and al, 3
    cmp al, 3
    je label_856
    call 140320710848744
    jne label_856
L2428:
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+32]
    movups xmmword ptr [rbx+16], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+80]
    mov qword ptr [rbx+32], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+56]
    mov qword ptr [rbx+40], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rbx+8], rdi
# i_call_only_f
    jmp ukeymerge2_2/6
# label_L
label_856:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2429
    mov ecx, 11
    call 140320710850576
L2429:
# put_cons_ss
    mov rdi, qword ptr [rbx+72]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+56]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+32]
    movups xmmword ptr [rbx+16], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+80]
    mov qword ptr [rbx+32], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx+40], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rbx+8], rdi
# i_call_only_f
    jmp ukeymerge2_2/6
# func_line_I
# aligned_label_Lt
    align 8
label_857:
# i_func_info_IaaI
# lists:ukeymerge3_2/11
    call L1113
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xE8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x4F, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
ukeymerge3_2/11:
# i_breakpoint_trampoline
    short jmp L2430
.db 0x00
    call L1116
    align 8
L2430:
# i_test_yield
    lea rdx, qword ptr [ukeymerge3_2/11+24]
    dec r14
    jle L1114
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+32]
    test al, 2
    jne label_864
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+88], rsi
    mov qword ptr [rbx+32], rdx
# line_I
# bif_element_jssd
    mov rsi, qword ptr [rbx+88]
    mov rdi, qword ptr [rbx]
    xor edx, edx
    call 140320710848960
    mov qword ptr [rbx+96], rax
# is_ge_fss
    mov rsi, qword ptr [rbx+8]
    mov rdi, qword ptr [rbx+96]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L2431
    cmp rdi, rsi
    short jmp L2432
L2431:
    call 140320710848608
L2432:
    jl label_861
# is_ge_fss
    mov rsi, qword ptr [rbx+8]
    mov rdi, qword ptr [rbx+64]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L2433
    cmp rdi, rsi
    short jmp L2434
L2433:
    call 140320710848608
L2434:
    jl label_859
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2435
    mov ecx, 13
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2435:
# put_cons_ss
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+56]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+56], rsi
# i_move_sd
    mov rdi, qword ptr [rbx+88]
    mov qword ptr [rbx+40], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx+48], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+96]
    mov qword ptr [rbx+32], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx+8], rdi
# i_call_only_f
    jmp ukeymerge3_1/11
# label_L
label_859:
# is_eq_fss
    mov rsi, qword ptr [rbx+40]
    mov rdi, qword ptr [rbx+64]
    cmp rdi, rsi
    short je L2436
    mov eax, edi
    and eax, esi
    and al, 3
    cmp al, 3
    je label_860
    call 140320710848744
    jne label_860
L2436:
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx+48], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+88]
    mov qword ptr [rbx+40], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+80]
    mov qword ptr [rbx+64], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+96]
    mov qword ptr [rbx+32], rdi
# i_call_only_f
    jmp ukeymerge3_12_3/9
# label_L
label_860:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2437
    mov ecx, 13
    call 140320710850576
L2437:
# put_cons_ss
    mov rdi, qword ptr [rbx+72]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+56]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+56], rsi
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx+48], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+88]
    mov qword ptr [rbx+40], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+80]
    mov qword ptr [rbx+64], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+96]
    mov qword ptr [rbx+32], rdi
# i_call_only_f
    jmp ukeymerge3_12_3/9
# label_L
label_861:
# is_ge_fss
    mov rsi, qword ptr [rbx+96]
    mov rdi, qword ptr [rbx+64]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L2438
    cmp rdi, rsi
    short jmp L2439
L2438:
    call 140320710848608
L2439:
    jl label_862
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2440
    mov ecx, 13
.db 0x90
    call 140320710850576
L2440:
# put_cons_ss
    mov rdi, qword ptr [rbx+88]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+56]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+56], rsi
# i_move_sd
    mov rdi, qword ptr [rbx+96]
    mov qword ptr [rbx+40], rdi
# i_call_only_f
    jmp ukeymerge3_2/11
# label_L
label_862:
# is_eq_fss
    mov rsi, qword ptr [rbx+40]
    mov rdi, qword ptr [rbx+64]
    cmp rdi, rsi
    short je L2441
    mov eax, edi
    and eax, esi
    and al, 3
    cmp al, 3
    je label_863
    call 140320710848744
    jne label_863
L2441:
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx+48], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+88]
    mov qword ptr [rbx+40], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+80]
    mov qword ptr [rbx+64], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+96]
    mov qword ptr [rbx+32], rdi
# i_call_only_f
    jmp ukeymerge3_21_3/9
# label_L
label_863:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2442
    mov ecx, 13
    call 140320710850576
L2442:
# put_cons_ss
    mov rdi, qword ptr [rbx+72]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+56]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+56], rsi
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx+48], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+88]
    mov qword ptr [rbx+40], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+80]
    mov qword ptr [rbx+64], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+96]
    mov qword ptr [rbx+32], rdi
# i_call_only_f
    jmp ukeymerge3_21_3/9
# label_L
label_864:
# is_nil_fS
    cmp qword ptr [rbx+32], 59
    jne label_857
# is_ge_fss
    mov rsi, qword ptr [rbx+8]
    mov rdi, qword ptr [rbx+64]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L2443
    cmp rdi, rsi
    short jmp L2444
L2443:
    call 140320710848608
L2444:
    jl label_865
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2445
    mov ecx, 11
.db 0x66, 0x90
    call 140320710850576
L2445:
# put_cons_ss
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+56]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+40], rsi
# i_move_sd
    mov rdi, qword ptr [rbx+80]
    mov qword ptr [rbx+32], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+72]
    mov qword ptr [rbx+48], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+64]
    mov qword ptr [rbx+16], rdi
# i_call_only_f
    jmp ukeymerge2_1/7
# label_L
label_865:
# is_eq_fss
    mov rsi, qword ptr [rbx+40]
    mov rdi, qword ptr [rbx+64]
    cmp rdi, rsi
    short je L2446
    mov eax, edi
    and eax, esi
    and al, 3
    cmp al, 3
    je label_866
    call 140320710848744
    jne label_866
L2446:
# i_move_sd
    mov rdi, qword ptr [rbx+56]
    mov qword ptr [rbx+40], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+80]
    mov qword ptr [rbx+32], rdi
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rbx+8], xmm0
# i_call_only_f
    jmp ukeymerge2_2/6
# label_L
label_866:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2447
    mov ecx, 11
    call 140320710850576
L2447:
# put_cons_ss
    mov rdi, qword ptr [rbx+72]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+56]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+40], rsi
# i_move_sd
    mov rdi, qword ptr [rbx+80]
    mov qword ptr [rbx+32], rdi
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rbx+8], xmm0
# i_call_only_f
    jmp ukeymerge2_2/6
# func_line_I
# aligned_label_Lt
    align 8
label_867:
# i_func_info_IaaI
# lists:ukeymerge3_12_3/9
    call L1113
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xE8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x4F, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x09, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
ukeymerge3_12_3/9:
# i_breakpoint_trampoline
    short jmp L2448
.db 0x00
    call L1116
    align 8
L2448:
# i_test_yield
    lea rdx, qword ptr [ukeymerge3_12_3/9+24]
    dec r14
    jle L1114
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+64]
    test al, 2
    jne label_870
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx+64], xmm0
# line_I
# bif_element_jssd
    mov rsi, qword ptr [rbx+72]
    mov rdi, qword ptr [rbx]
    xor edx, edx
    call 140320710848960
    mov qword ptr [rbx+80], rax
# is_ge_fss
    mov rsi, qword ptr [rbx+8]
    mov rdi, qword ptr [rbx+80]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L2449
    cmp rdi, rsi
    short jmp L2450
L2449:
    call 140320710848608
L2450:
    jl label_869
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2451
    mov ecx, 11
.db 0x66, 0x90
    call 140320710850576
L2451:
# put_cons_ss
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+56]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+56], rsi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx+24], rdi
# swap_dd
    mov rdi, qword ptr [rbx+80]
    mov rsi, qword ptr [rbx+64]
    mov qword ptr [rbx+64], rdi
    mov qword ptr [rbx+80], rsi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx+8], rdi
# i_call_only_f
    jmp ukeymerge3_1/11
# label_L
label_869:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2452
    mov ecx, 10
    call 140320710850576
L2452:
# put_cons_ss
    mov rdi, qword ptr [rbx+72]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+56]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+56], rsi
# i_call_only_f
    jmp ukeymerge3_12_3/9
# label_L
label_870:
# is_nil_fS
    cmp qword ptr [rbx+64], 59
    jne label_867
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2453
    mov ecx, 8
.db 0x90
    call 140320710850576
L2453:
# put_cons_ss
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+56]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+24], rsi
# swap_dd
    mov rdi, qword ptr [rbx+32]
    mov rsi, qword ptr [rbx+16]
    mov qword ptr [rbx+16], rdi
    mov qword ptr [rbx+32], rsi
# swap_dd
    mov rdi, qword ptr [rbx+48]
    mov rsi, qword ptr [rbx+32]
    mov qword ptr [rbx+32], rdi
    mov qword ptr [rbx+48], rsi
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx+40], 1
    vmovups xmmword ptr [rbx+40], xmm0
# swap_dd
    mov rdi, qword ptr [rbx+24]
    mov rsi, qword ptr [rbx+40]
    mov qword ptr [rbx+40], rdi
    mov qword ptr [rbx+24], rsi
# swap_dd
    mov rdi, qword ptr [rbx+8]
    mov rsi, qword ptr [rbx+24]
    mov qword ptr [rbx+24], rdi
    mov qword ptr [rbx+8], rsi
# i_call_only_f
    jmp ukeymerge2_1/7
# func_line_I
# aligned_label_Lt
    align 8
label_871:
# i_func_info_IaaI
# lists:ukeymerge3_21_3/9
    call L1113
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xE8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x4F, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x09, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
ukeymerge3_21_3/9:
# i_breakpoint_trampoline
    short jmp L2454
.db 0x00
    call L1116
    align 8
L2454:
# i_test_yield
    lea rdx, qword ptr [ukeymerge3_21_3/9+24]
    dec r14
    jle L1114
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+64]
    test al, 2
    jne label_874
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx+64], xmm0
# line_I
# bif_element_jssd
    mov rsi, qword ptr [rbx+72]
    mov rdi, qword ptr [rbx]
    xor edx, edx
    call 140320710848960
    mov qword ptr [rbx+80], rax
# is_ge_fss
    mov rsi, qword ptr [rbx+32]
    mov rdi, qword ptr [rbx+80]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L2455
    cmp rdi, rsi
    short jmp L2456
L2455:
    call 140320710848608
L2456:
    jl label_873
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2457
    mov ecx, 11
.db 0x66, 0x90
    call 140320710850576
L2457:
# put_cons_ss
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+56]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+56], rsi
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx+40], rdi
# swap_dd
    mov rdi, qword ptr [rbx+80]
    mov rsi, qword ptr [rbx+64]
    mov qword ptr [rbx+64], rdi
    mov qword ptr [rbx+80], rsi
# i_move_sd
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rbx+32], rdi
# i_call_only_f
    jmp ukeymerge3_2/11
# label_L
label_873:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2458
    mov ecx, 10
    call 140320710850576
L2458:
# put_cons_ss
    mov rdi, qword ptr [rbx+72]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+56]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+56], rsi
# i_call_only_f
    jmp ukeymerge3_21_3/9
# label_L
label_874:
# is_nil_fS
    cmp qword ptr [rbx+64], 59
    jne label_871
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2459
    mov ecx, 8
.db 0x90
    call 140320710850576
L2459:
# put_cons_ss
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+56]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+40], rsi
# i_move_sd
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rbx+32], rdi
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rbx+8], xmm0
# i_call_only_f
    jmp ukeymerge2_2/6
# func_line_I
# aligned_label_Lt
    align 8
label_875:
# i_func_info_IaaI
# lists:rukeymerge3_1/11
    call L1113
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xE8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x50, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
rukeymerge3_1/11:
# i_breakpoint_trampoline
    short jmp L2460
.db 0x00
    call L1116
    align 8
L2460:
# i_test_yield
    lea rdx, qword ptr [rukeymerge3_1/11+24]
    dec r14
    jle L1114
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_880
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+88], rsi
    mov qword ptr [rbx+8], rdx
# line_I
# bif_element_jssd
    mov rsi, qword ptr [rbx+88]
    mov rdi, qword ptr [rbx]
    xor edx, edx
    call 140320710848960
    mov qword ptr [rbx+96], rax
# is_ge_fss
    mov rsi, qword ptr [rbx+96]
    mov rdi, qword ptr [rbx+32]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L2461
    cmp rdi, rsi
    short jmp L2462
L2461:
    call 140320710848608
L2462:
    jl label_878
# is_ge_fss
    mov rsi, qword ptr [rbx+32]
    mov rdi, qword ptr [rbx+64]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L2463
    cmp rdi, rsi
    short jmp L2464
L2463:
    call 140320710848608
L2464:
    jl label_877
# i_move_sd
    mov rdi, qword ptr [rbx+88]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+96]
    mov qword ptr [rbx+8], rdi
# i_call_only_f
    jmp rukeymerge3_12_3/11
# label_L
label_877:
# i_move_sd
    mov rdi, qword ptr [rbx+88]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx+24], rdi
# swap_dd
    mov rdi, qword ptr [rbx+48]
    mov rsi, qword ptr [rbx+32]
    mov qword ptr [rbx+32], rdi
    mov qword ptr [rbx+48], rsi
# i_move_sd
    mov rdi, qword ptr [rbx+96]
    mov qword ptr [rbx+8], rdi
# i_call_only_f
    jmp rukeymerge3_2/11
# label_L
label_878:
# is_ge_fss
    mov rsi, qword ptr [rbx+96]
    mov rdi, qword ptr [rbx+64]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L2465
    cmp rdi, rsi
    short jmp L2466
L2465:
    call 140320710848608
L2466:
    jl label_879
# i_move_sd
    mov rdi, qword ptr [rbx+88]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+96]
    mov qword ptr [rbx+8], rdi
# i_call_only_f
    jmp rukeymerge3_21_3/11
# label_L
label_879:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2467
    mov ecx, 12
.db 0x90
    call 140320710850576
L2467:
# put_cons_ss
    mov rdi, qword ptr [rbx+88]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+56]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+56], rsi
# i_call_only_f
    jmp rukeymerge3_1/11
# label_L
label_880:
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_875
# is_ge_fss
    mov rsi, qword ptr [rbx+32]
    mov rdi, qword ptr [rbx+64]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L2468
    cmp rdi, rsi
    short jmp L2469
L2468:
    call 140320710848608
L2469:
    jl label_881
# i_move_sd
    mov rdi, qword ptr [rbx+80]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+56]
    mov qword ptr [rbx+32], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rbx+56], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+64]
    mov qword ptr [rbx+40], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+72]
    mov qword ptr [rbx+48], rdi
# i_call_only_f
    jmp rukeymerge2_2/8
# label_L
label_881:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2470
    mov ecx, 11
.db 0x90
    call 140320710850576
L2470:
# put_cons_ss
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+56]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+32], rsi
# i_move_sd
    mov rdi, qword ptr [rbx+80]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+64]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+72]
    mov qword ptr [rbx+40], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rbx+8], rdi
# i_call_only_f
    jmp rukeymerge2_1/6
# func_line_I
# aligned_label_Lt
    align 8
label_882:
# i_func_info_IaaI
# lists:rukeymerge3_2/11
    call L1113
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xE8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x50, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
rukeymerge3_2/11:
# i_breakpoint_trampoline
    short jmp L2471
.db 0x00
    call L1116
    align 8
L2471:
# i_test_yield
    lea rdx, qword ptr [rukeymerge3_2/11+24]
    dec r14
    jle L1114
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+32]
    test al, 2
    jne label_888
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+88], rsi
    mov qword ptr [rbx+32], rdx
# line_I
# bif_element_jssd
    mov rsi, qword ptr [rbx+88]
    mov rdi, qword ptr [rbx]
    xor edx, edx
    call 140320710848960
    mov qword ptr [rbx+96], rax
# is_ge_fss
    mov rsi, qword ptr [rbx+8]
    mov rdi, qword ptr [rbx+96]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L2472
    cmp rdi, rsi
    short jmp L2473
L2472:
    call 140320710848608
L2473:
    jl label_885
# is_ge_fss
    mov rsi, qword ptr [rbx+96]
    mov rdi, qword ptr [rbx+64]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L2474
    cmp rdi, rsi
    short jmp L2475
L2474:
    call 140320710848608
L2475:
    jl label_884
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2476
    mov ecx, 13
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2476:
# put_cons_ss
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+56]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+56], rsi
# i_move_sd
    mov rdi, qword ptr [rbx+88]
    mov qword ptr [rbx+40], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx+48], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+96]
    mov qword ptr [rbx+32], rdi
# i_call_only_f
    jmp rukeymerge3_12_3/11
# label_L
label_884:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2477
    mov ecx, 13
    call 140320710850576
L2477:
# put_cons_ss
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+56]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+56], rsi
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+88]
    movups xmmword ptr [rbx+40], xmm0
# i_call_only_f
    jmp rukeymerge3_2/11
# label_L
label_885:
# is_eq_fss
    mov rsi, qword ptr [rbx+48]
    mov rdi, qword ptr [rbx+8]
    cmp rdi, rsi
    short je L2478
    mov eax, edi
    and eax, esi
    and al, 3
    cmp al, 3
    je label_886
    call 140320710848744
    jne label_886
L2478:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2479
    mov ecx, 13
.db 0x90
    call 140320710850576
L2479:
# put_cons_ss
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+56]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+56], rsi
# i_move_sd
    mov rdi, qword ptr [rbx+88]
    mov qword ptr [rbx+40], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx+48], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+96]
    mov qword ptr [rbx+32], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx+8], rdi
# i_call_only_f
    jmp rukeymerge3_1/11
# label_L
label_886:
# is_ge_fss
    mov rsi, qword ptr [rbx+8]
    mov rdi, qword ptr [rbx+64]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L2480
    cmp rdi, rsi
    short jmp L2481
L2480:
    call 140320710848608
L2481:
    jl label_887
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2482
    mov ecx, 13
.db 0x90
    call 140320710850576
L2482:
# put_cons_ss
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+56]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+56], rsi
# i_move_sd
    mov rdi, qword ptr [rbx+88]
    mov qword ptr [rbx+40], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx+48], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+96]
    mov qword ptr [rbx+32], rdi
# i_call_only_f
    jmp rukeymerge3_21_3/11
# label_L
label_887:
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L2483
    mov ecx, 13
    call 140320710850576
L2483:
# put_cons_ss
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+56]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# append_cons_Is
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], rsi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+56], rsi
# i_move_sd
    mov rdi, qword ptr [rbx+88]
    mov qword ptr [rbx+40], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx+48], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+96]
    mov qword ptr [rbx+32], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx+8], rdi
# i_call_only_f
    jmp rukeymerge3_1/11
# label_L
label_888:
# is_nil_fS
    cmp qword ptr [rbx+32], 59
    jne label_882
# is_eq_fss
    mov rsi, qword ptr [rbx+48]
    mov rdi, qword ptr [rbx+8]
    cmp rdi, rsi
    short je L2484
    mov eax, edi
    and eax, esi
    and al, 3
    cmp al, 3
    je label_889
    call 140320710848744
    jne label_889
L2484:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2485
    mov ecx, 11
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2485:
# put_cons_ss
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+56]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+32], rsi
# i_move_sd
    mov rdi, qword ptr [rbx+64]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+72]
    mov qword ptr [rbx+40], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+80]
    mov qword ptr [rbx+24], rdi
# i_call_only_f
    jmp rukeymerge2_1/6
# label_L
label_889:
# is_ge_fss
    mov rsi, qword ptr [rbx+8]
    mov rdi, qword ptr [rbx+64]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L2486
    cmp rdi, rsi
    short jmp L2487
L2486:
    call 140320710848608
L2487:
    jl label_890
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2488
    mov ecx, 11
.db 0x90
    call 140320710850576
L2488:
# put_cons_ss
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+56]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+32], rsi
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+64]
    movups xmmword ptr [rbx+40], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx+56], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+80]
    mov qword ptr [rbx+24], rdi
# i_call_only_f
    jmp rukeymerge2_2/8
# label_L
label_890:
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L2489
    mov ecx, 11
    call 140320710850576
L2489:
# put_cons_ss
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+56]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# append_cons_Is
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], rsi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+32], rsi
# i_move_sd
    mov rdi, qword ptr [rbx+64]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+72]
    mov qword ptr [rbx+40], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+80]
    mov qword ptr [rbx+24], rdi
# i_call_only_f
    jmp rukeymerge2_1/6
# func_line_I
# aligned_label_Lt
    align 8
label_891:
# i_func_info_IaaI
# lists:rukeymerge3_12_3/11
    call L1113
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xE8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x50, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
rukeymerge3_12_3/11:
# i_breakpoint_trampoline
    short jmp L2490
.db 0x00
    call L1116
    align 8
L2490:
# i_test_yield
    lea rdx, qword ptr [rukeymerge3_12_3/11+24]
    dec r14
    jle L1114
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+80]
    test al, 2
    jne label_895
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx+80], xmm0
# line_I
# bif_element_jssd
    mov rsi, qword ptr [rbx+88]
    mov rdi, qword ptr [rbx]
    xor edx, edx
    call 140320710848960
    mov qword ptr [rbx+96], rax
# is_ge_fss
    mov rsi, qword ptr [rbx+32]
    mov rdi, qword ptr [rbx+96]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L2491
    cmp rdi, rsi
    short jmp L2492
L2491:
    call 140320710848608
L2492:
    jl label_893
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2493
    mov ecx, 13
.db 0x66, 0x90
    call 140320710850576
L2493:
# put_cons_ss
    mov rdi, qword ptr [rbx+72]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+56]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+56], rsi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+88], 1
    vmovups xmmword ptr [rbx+64], xmm0
# i_call_only_f
    jmp rukeymerge3_12_3/11
# label_L
label_893:
# is_eq_fss
    mov rsi, qword ptr [rbx+64]
    mov rdi, qword ptr [rbx+32]
    cmp rdi, rsi
    short je L2494
    mov eax, edi
    and eax, esi
    and al, 3
    cmp al, 3
    je label_894
    call 140320710848744
    jne label_894
L2494:
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+88], 1
    vmovups xmmword ptr [rbx+64], xmm0
# swap_dd
    mov rdi, qword ptr [rbx+32]
    mov rsi, qword ptr [rbx+48]
    mov qword ptr [rbx+48], rdi
    mov qword ptr [rbx+32], rsi
# i_call_only_f
    jmp rukeymerge3_2/11
# label_L
label_894:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2495
    mov ecx, 13
    call 140320710850576
L2495:
# put_cons_ss
    mov rdi, qword ptr [rbx+72]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+56]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+56], rsi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+88], 1
    vmovups xmmword ptr [rbx+64], xmm0
# swap_dd
    mov rdi, qword ptr [rbx+32]
    mov rsi, qword ptr [rbx+48]
    mov qword ptr [rbx+48], rdi
    mov qword ptr [rbx+32], rsi
# i_call_only_f
    jmp rukeymerge3_2/11
# label_L
label_895:
# is_nil_fS
    cmp qword ptr [rbx+80], 59
    jne label_891
# is_eq_fss
    mov rsi, qword ptr [rbx+64]
    mov rdi, qword ptr [rbx+32]
    cmp rdi, rsi
    short je L2496
    mov eax, edi
    and eax, esi
    and al, 3
    cmp al, 3
    je label_896
    call 140320710848744
    jne label_896
L2496:
# swap_dd
    mov rdi, qword ptr [rbx+48]
    mov rsi, qword ptr [rbx+24]
    mov qword ptr [rbx+24], rdi
    mov qword ptr [rbx+48], rsi
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx+40], 1
    vmovups xmmword ptr [rbx+40], xmm0
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx+32], 1
    vmovups xmmword ptr [rbx+32], xmm0
# swap_dd
    mov rdi, qword ptr [rbx+56]
    mov rsi, qword ptr [rbx+32]
    mov qword ptr [rbx+32], rdi
    mov qword ptr [rbx+56], rsi
# swap_dd
    mov rdi, qword ptr [rbx+16]
    mov rsi, qword ptr [rbx+56]
    mov qword ptr [rbx+56], rdi
    mov qword ptr [rbx+16], rsi
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rbx+8], xmm0
# i_call_only_f
    jmp rukeymerge2_2/8
# label_L
label_896:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2497
    mov ecx, 10
.db 0x90
    call 140320710850576
L2497:
# put_cons_ss
    mov rdi, qword ptr [rbx+72]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+56]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+56], rsi
# swap_dd
    mov rdi, qword ptr [rbx+48]
    mov rsi, qword ptr [rbx+24]
    mov qword ptr [rbx+24], rdi
    mov qword ptr [rbx+48], rsi
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx+40], 1
    vmovups xmmword ptr [rbx+40], xmm0
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx+32], 1
    vmovups xmmword ptr [rbx+32], xmm0
# swap_dd
    mov rdi, qword ptr [rbx+56]
    mov rsi, qword ptr [rbx+32]
    mov qword ptr [rbx+32], rdi
    mov qword ptr [rbx+56], rsi
# swap_dd
    mov rdi, qword ptr [rbx+16]
    mov rsi, qword ptr [rbx+56]
    mov qword ptr [rbx+56], rdi
    mov qword ptr [rbx+16], rsi
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rbx+8], xmm0
# i_call_only_f
    jmp rukeymerge2_2/8
# func_line_I
# aligned_label_Lt
    align 8
label_897:
# i_func_info_IaaI
# lists:rukeymerge3_21_3/11
    call L1113
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xE8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x50, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
rukeymerge3_21_3/11:
# i_breakpoint_trampoline
    short jmp L2498
.db 0x00
    call L1116
    align 8
L2498:
# i_test_yield
    lea rdx, qword ptr [rukeymerge3_21_3/11+24]
    dec r14
    jle L1114
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+80]
    test al, 2
    jne label_901
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx+80], xmm0
# line_I
# bif_element_jssd
    mov rsi, qword ptr [rbx+88]
    mov rdi, qword ptr [rbx]
    xor edx, edx
    call 140320710848960
    mov qword ptr [rbx+96], rax
# is_ge_fss
    mov rsi, qword ptr [rbx+8]
    mov rdi, qword ptr [rbx+96]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L2499
    cmp rdi, rsi
    short jmp L2500
L2499:
    call 140320710848608
L2500:
    jl label_899
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2501
    mov ecx, 13
.db 0x66, 0x90
    call 140320710850576
L2501:
# put_cons_ss
    mov rdi, qword ptr [rbx+72]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+56]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+56], rsi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+88], 1
    vmovups xmmword ptr [rbx+64], xmm0
# i_call_only_f
    jmp rukeymerge3_21_3/11
# label_L
label_899:
# is_eq_fss
    mov rsi, qword ptr [rbx+64]
    mov rdi, qword ptr [rbx+8]
    cmp rdi, rsi
    short je L2502
    mov eax, edi
    and eax, esi
    and al, 3
    cmp al, 3
    je label_900
    call 140320710848744
    jne label_900
L2502:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2503
    mov ecx, 13
.db 0x90
    call 140320710850576
L2503:
# put_cons_ss
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+56]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+56], rsi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+88], 1
    vmovups xmmword ptr [rbx+64], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx+8], rdi
# i_call_only_f
    jmp rukeymerge3_1/11
# label_L
label_900:
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L2504
    mov ecx, 13
    call 140320710850576
L2504:
# put_cons_ss
    mov rdi, qword ptr [rbx+72]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+56]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# append_cons_Is
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], rsi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+56], rsi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+88], 1
    vmovups xmmword ptr [rbx+64], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx+8], rdi
# i_call_only_f
    jmp rukeymerge3_1/11
# label_L
label_901:
# is_nil_fS
    cmp qword ptr [rbx+80], 59
    jne label_897
# is_eq_fss
    mov rsi, qword ptr [rbx+64]
    mov rdi, qword ptr [rbx+8]
    cmp rdi, rsi
    short je L2505
    mov eax, edi
    and eax, esi
    and al, 3
    cmp al, 3
    je label_902
    call 140320710848744
    jne label_902
L2505:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2506
    mov ecx, 8
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2506:
# put_cons_ss
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+56]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx+32], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rbx+24], rdi
# i_call_only_f
    jmp rukeymerge2_1/6
# label_L
label_902:
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L2507
    mov ecx, 10
    call 140320710850576
L2507:
# put_cons_ss
    mov rdi, qword ptr [rbx+72]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+56]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# store_cons_Id
    add r15, 32
    mov qword ptr [rbx+8], rsi
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx+32], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rbx+24], rdi
# i_call_only_f
    jmp rukeymerge2_1/6
# func_line_I
# aligned_label_Lt
    align 8
label_903:
# i_func_info_IaaI
# lists:ukeymerge2_1/7
    call L1113
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xE8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x51, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
ukeymerge2_1/7:
# i_breakpoint_trampoline
    short jmp L2508
.db 0x00
    call L1116
    align 8
L2508:
# i_test_yield
    lea rdx, qword ptr [ukeymerge2_1/7+24]
    dec r14
    jle L1114
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_907
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+56], rsi
    mov qword ptr [rbx+8], rdx
# line_I
# bif_element_jssd
    mov rsi, qword ptr [rbx+56]
    mov rdi, qword ptr [rbx]
    xor edx, edx
    call 140320710848960
    mov qword ptr [rbx+64], rax
# is_ge_fss
    mov rsi, qword ptr [rbx+64]
    mov rdi, qword ptr [rbx+16]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L2509
    cmp rdi, rsi
    short jmp L2510
L2509:
    call 140320710848608
L2510:
    jl label_905
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2511
    mov ecx, 9
.db 0x66, 0x90
    call 140320710850576
L2511:
# put_cons_ss
    mov rdi, qword ptr [rbx+56]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+40], rsi
# i_move_sd
    mov rdi, qword ptr [rbx+64]
    mov qword ptr [rbx+24], rdi
# i_call_only_f
    jmp ukeymerge2_1/7
# label_L
label_905:
# is_eq_fss
    mov rsi, qword ptr [rbx+24]
    mov rdi, qword ptr [rbx+16]
    cmp rdi, rsi
    short je L2512
    mov eax, edi
    and eax, esi
    and al, 3
    cmp al, 3
    je label_906
    call 140320710848744
    jne label_906
L2512:
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+56], 1
    vmovups xmmword ptr [rbx+16], xmm0
# i_call_only_f
    jmp ukeymerge2_2/6
# label_L
label_906:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2513
    mov ecx, 9
    call 140320710850576
L2513:
# put_cons_ss
# (putting and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rbx+40], 1
    vmovups xmmword ptr [r15], xmm0
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+40], rsi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+56], 1
    vmovups xmmword ptr [rbx+16], xmm0
# i_call_only_f
    jmp ukeymerge2_2/6
# label_L
label_907:
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_903
# is_eq_fss
    mov rsi, qword ptr [rbx+24]
    mov rdi, qword ptr [rbx+16]
    cmp rdi, rsi
    short je L2514
    mov eax, edi
    and eax, esi
    and al, 3
    cmp al, 3
    je label_908
    call 140320710848744
    jne label_908
L2514:
# move_two_words_sdsd
    movups xmm0, xmmword ptr [rbx+32]
    movups xmmword ptr [rbx], xmm0
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L2515
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L2515:
# call_light_bif_be
    align 4
L2516:
L2517:
    long mov rcx, 9223372036854775807
    mov rax, 94919178928352
    lea rdx, qword ptr [L2516]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1115
    ret
# label_L
label_908:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2518
    mov ecx, 7
.db 0x66, 0x90
    call 140320710850576
L2518:
# put_cons_ss
# (putting and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rbx+40], 1
    vmovups xmmword ptr [r15], xmm0
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx], rdi
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L2519
    mov ecx, 2
.db 0x90
    call 140320710850576
L2519:
# call_light_bif_be
    align 4
L2520:
L2521:
    long mov rcx, 9223372036854775807
    mov rax, 94919178928352
    lea rdx, qword ptr [L2520]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1115
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_909:
# i_func_info_IaaI
# lists:ukeymerge2_2/6
    call L1113
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xE8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x51, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
ukeymerge2_2/6:
# i_breakpoint_trampoline
    short jmp L2522
.db 0x00
    call L1116
    align 8
L2522:
# i_test_yield
    lea rdx, qword ptr [ukeymerge2_2/6+24]
    dec r14
    jle L1114
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+32]
    test al, 2
    jne label_912
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+48], rsi
    mov qword ptr [rbx+32], rdx
# line_I
# bif_element_jssd
    mov rsi, qword ptr [rbx+48]
    mov rdi, qword ptr [rbx]
    xor edx, edx
    call 140320710848960
    mov qword ptr [rbx+56], rax
# is_ge_fss
    mov rsi, qword ptr [rbx+16]
    mov rdi, qword ptr [rbx+56]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L2523
    cmp rdi, rsi
    short jmp L2524
L2523:
    call 140320710848608
L2524:
    jl label_911
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2525
    mov ecx, 8
.db 0x66, 0x90
    call 140320710850576
L2525:
# put_cons_ss
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+40], rsi
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+56]
    mov qword ptr [rbx+16], rdi
# i_call_only_f
    jmp ukeymerge2_1/7
# label_L
label_911:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2526
    mov ecx, 7
    call 140320710850576
L2526:
# put_cons_ss
# (putting and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rbx+40], 1
    vmovups xmmword ptr [r15], xmm0
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+40], rsi
# i_call_only_f
    jmp ukeymerge2_2/6
# label_L
label_912:
# is_nil_fS
    cmp qword ptr [rbx+32], 59
    jne label_909
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2527
    mov ecx, 6
    call 140320710850576
L2527:
# put_cons_ss
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rbx], xmm0
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L2528
    mov ecx, 2
    call 140320710850576
L2528:
# call_light_bif_be
    align 4
L2529:
L2530:
    long mov rcx, 9223372036854775807
    mov rax, 94919178928352
    lea rdx, qword ptr [L2529]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1115
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_913:
# i_func_info_IaaI
# lists:rukeymerge2_1/6
    call L1113
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xE8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x51, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
rukeymerge2_1/6:
# i_breakpoint_trampoline
    short jmp L2531
.db 0x00
    call L1116
    align 8
L2531:
# i_test_yield
    lea rdx, qword ptr [rukeymerge2_1/6+24]
    dec r14
    jle L1114
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+8]
    test al, 2
    jne label_916
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+48], rsi
    mov qword ptr [rbx+8], rdx
# line_I
# bif_element_jssd
    mov rsi, qword ptr [rbx+48]
    mov rdi, qword ptr [rbx]
    xor edx, edx
    call 140320710848960
    mov qword ptr [rbx+56], rax
# is_ge_fss
    mov rsi, qword ptr [rbx+56]
    mov rdi, qword ptr [rbx+16]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L2532
    cmp rdi, rsi
    short jmp L2533
L2532:
    call 140320710848608
L2533:
    jl label_915
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx+48], 1
    vmovups xmmword ptr [rbx+48], xmm0
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx+40], 1
    vmovups xmmword ptr [rbx+40], xmm0
# swap_dd
    mov rdi, qword ptr [rbx+16]
    mov rsi, qword ptr [rbx+40]
    mov qword ptr [rbx+40], rdi
    mov qword ptr [rbx+16], rsi
# i_call_only_f
    jmp rukeymerge2_2/8
# label_L
label_915:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2534
    mov ecx, 7
.db 0x90
    call 140320710850576
L2534:
# put_cons_ss
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+32], rsi
# i_call_only_f
    jmp rukeymerge2_1/6
# label_L
label_916:
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_913
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2535
    mov ecx, 6
.db 0x90
    call 140320710850576
L2535:
# put_cons_ss
# (putting and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rbx+32], 1
    vmovups xmmword ptr [r15], xmm0
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx], rdi
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L2536
    mov ecx, 2
.db 0x90
    call 140320710850576
L2536:
# call_light_bif_be
    align 4
L2537:
L2538:
    long mov rcx, 9223372036854775807
    mov rax, 94919178928352
    lea rdx, qword ptr [L2537]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1115
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_917:
# i_func_info_IaaI
# lists:rukeymerge2_2/8
    call L1113
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xE8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x51, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
rukeymerge2_2/8:
# i_breakpoint_trampoline
    short jmp L2539
.db 0x00
    call L1116
    align 8
L2539:
# i_test_yield
    lea rdx, qword ptr [rukeymerge2_2/8+24]
    dec r14
    jle L1114
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+24]
    test al, 2
    jne label_921
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+64], rsi
    mov qword ptr [rbx+24], rdx
# line_I
# bif_element_jssd
    mov rsi, qword ptr [rbx+64]
    mov rdi, qword ptr [rbx]
    xor edx, edx
    call 140320710848960
    mov qword ptr [rbx+72], rax
# is_ge_fss
    mov rsi, qword ptr [rbx+16]
    mov rdi, qword ptr [rbx+72]
    mov eax, edi
    and eax, esi
    and al, 15
    cmp al, 15
    short jne L2540
    cmp rdi, rsi
    short jmp L2541
L2540:
    call 140320710848608
L2541:
    jl label_919
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2542
    mov ecx, 10
.db 0x66, 0x90
    call 140320710850576
L2542:
# put_cons_ss
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+32], rsi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+64], 1
    vmovups xmmword ptr [rbx+40], xmm0
# i_call_only_f
    jmp rukeymerge2_2/8
# label_L
label_919:
# is_eq_fss
    mov rsi, qword ptr [rbx+40]
    mov rdi, qword ptr [rbx+16]
    cmp rdi, rsi
    short je L2543
    mov eax, edi
    and eax, esi
    and al, 3
    cmp al, 3
    je label_920
    call 140320710848744
    jne label_920
L2543:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2544
    mov ecx, 10
.db 0x90
    call 140320710850576
L2544:
# put_cons_ss
    mov rdi, qword ptr [rbx+56]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+32], rsi
# i_move_sd
    mov rdi, qword ptr [rbx+64]
    mov qword ptr [rbx+40], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+72]
    mov qword ptr [rbx+16], rdi
# i_call_only_f
    jmp rukeymerge2_1/6
# label_L
label_920:
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L2545
    mov ecx, 10
    call 140320710850576
L2545:
# put_cons_ss
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+16], rsi
# append_cons_Is
    mov rdi, qword ptr [rbx+56]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], rsi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+32], rsi
# i_move_sd
    mov rdi, qword ptr [rbx+64]
    mov qword ptr [rbx+40], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+72]
    mov qword ptr [rbx+16], rdi
# i_call_only_f
    jmp rukeymerge2_1/6
# label_L
label_921:
# is_nil_fS
    cmp qword ptr [rbx+24], 59
    jne label_917
# is_eq_fss
    mov rsi, qword ptr [rbx+40]
    mov rdi, qword ptr [rbx+16]
    cmp rdi, rsi
    short je L2546
    mov eax, edi
    and eax, esi
    and al, 3
    cmp al, 3
    je label_922
    call 140320710848744
    jne label_922
L2546:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2547
    mov ecx, 8
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2547:
# put_cons_ss
    mov rdi, qword ptr [rbx+56]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rbx], xmm0
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L2548
    mov ecx, 2
    call 140320710850576
L2548:
# call_light_bif_be
    align 4
L2549:
L2550:
    long mov rcx, 9223372036854775807
    mov rax, 94919178928352
    lea rdx, qword ptr [L2549]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1115
    ret
# label_L
label_922:
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L2551
    mov ecx, 8
.db 0x66, 0x90
    call 140320710850576
L2551:
# put_cons_ss
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov rdi, qword ptr [rbx+56]
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# store_cons_Id
    add r15, 32
    mov qword ptr [rbx], rsi
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rbx], xmm0
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L2552
    mov ecx, 2
    call 140320710850576
L2552:
# call_light_bif_be
    align 4
L2553:
L2554:
    long mov rcx, 9223372036854775807
    mov rax, 94919178928352
    lea rdx, qword ptr [L2553]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1115
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_923:
# i_func_info_IaaI
# lists:fsplit_1/6
    call L1113
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xE8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x52, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
fsplit_1/6:
# i_breakpoint_trampoline
    short jmp L2555
.db 0x00
    call L1116
    align 8
L2555:
# i_test_yield
    lea rdx, qword ptr [fsplit_1/6+24]
    dec r14
    jle L1114
# is_nonempty_list_fS
    test byte ptr [rbx+24], 2
    jne label_930
# allocate_tt
    lea rdx, qword ptr [r15+88]
    cmp rdx, rsp
    short jbe L2556
    mov ecx, 6
.db 0x66, 0x90
    call 140320710850576
L2556:
    sub rsp, 56
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+32], 1
    vmovups xmmword ptr [rsp+16], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rsp+32], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+48], rdi
# get_list_Sdd
    mov rdi, qword ptr [rbx+24]
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rdi-1], 1
    vmovups xmmword ptr [rsp], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+8], rdi
# line_I
# i_call_fun2_atS
    mov rcx, qword ptr [rbx+16]
    mov edx, 2
    lea r8, qword ptr [L2557]
# skipped box test since source is always boxed
# skipped fun test since source is always a fun when boxed
# skipped arity test since source always has right arity
    mov rax, qword ptr [rcx+6]
    mov rdi, qword ptr [rax+r12*8]
L2557:
    call rdi
.db 0x0F, 0x1F, 0x00
    call rdi
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 11
    je label_926
    cmp rsi, 75
    je label_925
    jmp label_932
# label_L
label_925:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2558
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2558:
# put_cons_ss
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+32], rsi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+40], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+48]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 56
    jmp fsplit_1/6
# label_L
label_926:
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [rbx], rdi
# line_I
# i_call_fun2_atS
    mov rcx, qword ptr [rbx+16]
    mov edx, 2
    lea r8, qword ptr [L2559]
# skipped box test since source is always boxed
# skipped fun test since source is always a fun when boxed
# skipped arity test since source always has right arity
    mov rax, qword ptr [rcx+6]
    mov rdi, qword ptr [rax+r12*8]
L2559:
    call rdi
.db 0x0F, 0x1F, 0x00
    call rdi
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 11
    je label_928
    cmp rsi, 75
    je label_927
    jmp label_931
# label_L
label_927:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2560
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2560:
# put_cons_ss
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+32], rsi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+40], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+48]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 56
    jmp fsplit_1/6
# label_L
label_928:
# is_nil_fS
    cmp qword ptr [rsp+24], 59
    jne label_929
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2561
    xor ecx, ecx
.db 0x66, 0x90
    call 140320710850576
L2561:
# put_cons_ss
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+32], rsi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+40], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+32], 1
    vmovups xmmword ptr [rbx+8], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+48]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 56
    jmp fsplit_1/6
# label_L
label_929:
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+24], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+8], 1
    vmovups xmmword ptr [rbx+40], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx+32], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+32], 1
    vmovups xmmword ptr [rbx+8], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+48]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 56
    jmp fsplit_1_1/7
# label_L
label_930:
# is_nil_fS
    cmp qword ptr [rbx+24], 59
    jne label_923
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L2562
    mov ecx, 6
.db 0x66, 0x90
    call 140320710850576
L2562:
# put_cons_ss
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+32]
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
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# i_move_sd
    mov qword ptr [rbx+24], 279691
# i_move_sd
    mov qword ptr [rbx+8], 59
# i_call_only_f
    jmp rfmergel/4
# label_L
label_931:
# case_end_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 7248
    xor ecx, ecx
    call 140320710854352
# label_L
label_932:
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
label_933:
# i_func_info_IaaI
# lists:fsplit_1_1/7
    call L1113
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xE8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x52, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
fsplit_1_1/7:
# i_breakpoint_trampoline
    short jmp L2563
.db 0x00
    call L1116
    align 8
L2563:
# i_test_yield
    lea rdx, qword ptr [fsplit_1_1/7+24]
    dec r14
    jle L1114
# is_nonempty_list_fS
    test byte ptr [rbx+24], 2
    jne label_941
# allocate_tt
    lea rdx, qword ptr [r15+96]
    cmp rdx, rsp
    short jbe L2564
    mov ecx, 7
.db 0x66, 0x90
    call 140320710850576
L2564:
    sub rsp, 64
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+40], 1
    vmovups xmmword ptr [rsp+16], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rsp+32], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rsp+40], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+56], rdi
# get_list_Sdd
    mov rdi, qword ptr [rbx+24]
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rdi-1], 1
    vmovups xmmword ptr [rsp], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+8], rdi
# line_I
# i_call_fun2_atS
    mov rcx, qword ptr [rbx+16]
    mov edx, 2
    lea r8, qword ptr [L2565]
# skipped box test since source is always boxed
# skipped fun test since source is always a fun when boxed
# skipped arity test since source always has right arity
    mov rax, qword ptr [rcx+6]
    mov rdi, qword ptr [rax+r12*8]
L2565:
    call rdi
.db 0x66, 0x90
    call rdi
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 11
    je label_936
    cmp rsi, 75
    je label_935
    jmp label_944
# label_L
label_935:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2566
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2566:
# put_cons_ss
    mov rdi, qword ptr [rsp+48]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+32], rsi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+24], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+16], 1
    vmovups xmmword ptr [rbx+40], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+56]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 64
    jmp fsplit_1_1/7
# label_L
label_936:
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+48]
    mov qword ptr [rbx], rdi
# line_I
# i_call_fun2_atS
    mov rcx, qword ptr [rbx+16]
    mov edx, 2
    lea r8, qword ptr [L2567]
# skipped box test since source is always boxed
# skipped fun test since source is always a fun when boxed
# skipped arity test since source always has right arity
    mov rax, qword ptr [rcx+6]
    mov rdi, qword ptr [rax+r12*8]
L2567:
    call rdi
.db 0x0F, 0x1F, 0x00
    call rdi
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 11
    je label_938
    cmp rsi, 75
    je label_937
    jmp label_943
# label_L
label_937:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2568
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2568:
# put_cons_ss
    mov rdi, qword ptr [rsp+48]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+32], rsi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+8], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+16], 1
    vmovups xmmword ptr [rbx+40], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+56]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 64
    jmp fsplit_1_1/7
# label_L
label_938:
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# line_I
# i_call_fun2_atS
    mov rcx, qword ptr [rbx+16]
    mov edx, 2
    lea r8, qword ptr [L2569]
# skipped box test since source is always boxed
# skipped fun test since source is always a fun when boxed
# skipped arity test since source always has right arity
    mov rax, qword ptr [rcx+6]
    mov rdi, qword ptr [rax+r12*8]
L2569:
    call rdi
.db 0x0F, 0x1F, 0x00
    call rdi
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 11
    je label_940
    cmp rsi, 75
    je label_939
    jmp label_942
# label_L
label_939:
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L2570
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2570:
# put_cons_ss
    mov rdi, qword ptr [rsp+48]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov rdi, qword ptr [rsp+56]
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# store_cons_Id
    add r15, 32
    mov qword ptr [rbx], rsi
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+40], rsi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx+32], 59
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 64
    jmp fsplit_1/6
# label_L
label_940:
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L2571
    xor ecx, ecx
    call 140320710850576
L2571:
# put_cons_ss
    mov rdi, qword ptr [rsp+48]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov rdi, qword ptr [rsp+56]
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# store_cons_Id
    add r15, 32
    mov qword ptr [rbx], rsi
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+40], rsi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx+32], 59
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 64
    jmp fsplit_1/6
# label_L
label_941:
# is_nil_fS
    cmp qword ptr [rbx+24], 59
    jne label_933
# test_heap_It
    lea rdx, qword ptr [r15+112]
    cmp rdx, rsp
    short jbe L2572
    mov ecx, 7
.db 0x66, 0x90
    call 140320710850576
L2572:
# put_cons_ss
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+32]
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
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# put_cons_ss
    mov rdi, qword ptr [rbx+48]
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
    mov qword ptr [rbx], rsi
# i_move_sd
    mov qword ptr [rbx+24], 279691
# i_move_sd
    mov qword ptr [rbx+8], 59
# i_call_only_f
    jmp rfmergel/4
# label_L
label_942:
# case_end_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 7248
    xor ecx, ecx
    call 140320710854352
# label_L
label_943:
# line_I
    nop
# case_end_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 7248
    xor ecx, ecx
    call 140320710854352
# label_L
label_944:
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
label_945:
# i_func_info_IaaI
# lists:fsplit_2/6
    call L1113
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xE8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x52, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
fsplit_2/6:
# i_breakpoint_trampoline
    short jmp L2573
.db 0x00
    call L1116
    align 8
L2573:
# i_test_yield
    lea rdx, qword ptr [fsplit_2/6+24]
    dec r14
    jle L1114
# is_nonempty_list_fS
    test byte ptr [rbx+24], 2
    jne label_952
# allocate_tt
    lea rdx, qword ptr [r15+88]
    cmp rdx, rsp
    short jbe L2574
    mov ecx, 6
.db 0x66, 0x90
    call 140320710850576
L2574:
    sub rsp, 56
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+32], 1
    vmovups xmmword ptr [rsp+16], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rsp+32], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+48], rdi
# get_list_Sdd
    mov rdi, qword ptr [rbx+24]
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rdi-1], 1
    vmovups xmmword ptr [rsp], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+8], rdi
# line_I
# i_call_fun2_atS
    mov rcx, qword ptr [rbx+16]
    mov edx, 2
    lea r8, qword ptr [L2575]
# skipped box test since source is always boxed
# skipped fun test since source is always a fun when boxed
# skipped arity test since source always has right arity
    mov rax, qword ptr [rcx+6]
    mov rdi, qword ptr [rax+r12*8]
L2575:
    call rdi
.db 0x0F, 0x1F, 0x00
    call rdi
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 11
    je label_951
    cmp rsi, 75
    je label_947
    jmp label_954
# label_L
label_947:
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [rbx], rdi
# line_I
# i_call_fun2_atS
    mov rcx, qword ptr [rbx+16]
    mov edx, 2
    lea r8, qword ptr [L2576]
# skipped box test since source is always boxed
# skipped fun test since source is always a fun when boxed
# skipped arity test since source always has right arity
    mov rax, qword ptr [rcx+6]
    mov rdi, qword ptr [rax+r12*8]
L2576:
    call rdi
    call rdi
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 11
    je label_950
    cmp rsi, 75
    je label_948
    jmp label_953
# label_L
label_948:
# is_nil_fS
    cmp qword ptr [rsp+24], 59
    jne label_949
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2577
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2577:
# put_cons_ss
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+32], rsi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+40], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+32], 1
    vmovups xmmword ptr [rbx+8], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+48]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 56
    jmp fsplit_2/6
# label_L
label_949:
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+24], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+8], 1
    vmovups xmmword ptr [rbx+40], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx+32], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+32], 1
    vmovups xmmword ptr [rbx+8], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+48]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 56
    jmp fsplit_2_1/7
# label_L
label_950:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2578
    xor ecx, ecx
    call 140320710850576
L2578:
# put_cons_ss
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+32], rsi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+40], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+48]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 56
    jmp fsplit_2/6
# label_L
label_951:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2579
    xor ecx, ecx
.db 0x66, 0x90
    call 140320710850576
L2579:
# put_cons_ss
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+32], rsi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+40], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+48]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 56
    jmp fsplit_2/6
# label_L
label_952:
# is_nil_fS
    cmp qword ptr [rbx+24], 59
    jne label_945
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L2580
    mov ecx, 6
    call 140320710850576
L2580:
# put_cons_ss
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+32]
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
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# i_move_sd
    mov qword ptr [rbx+24], 279883
# i_move_sd
    mov qword ptr [rbx+8], 59
# i_call_only_f
    jmp fmergel/4
# label_L
label_953:
# case_end_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 7248
    xor ecx, ecx
    call 140320710854352
# label_L
label_954:
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
label_955:
# i_func_info_IaaI
# lists:fsplit_2_1/7
    call L1113
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xE8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x52, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
fsplit_2_1/7:
# i_breakpoint_trampoline
    short jmp L2581
.db 0x00
    call L1116
    align 8
L2581:
# i_test_yield
    lea rdx, qword ptr [fsplit_2_1/7+24]
    dec r14
    jle L1114
# is_nonempty_list_fS
    test byte ptr [rbx+24], 2
    jne label_963
# allocate_tt
    lea rdx, qword ptr [r15+96]
    cmp rdx, rsp
    short jbe L2582
    mov ecx, 7
.db 0x66, 0x90
    call 140320710850576
L2582:
    sub rsp, 64
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+40], 1
    vmovups xmmword ptr [rsp+16], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rsp+32], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rsp+40], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+56], rdi
# get_list_Sdd
    mov rdi, qword ptr [rbx+24]
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rdi-1], 1
    vmovups xmmword ptr [rsp], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+8], rdi
# line_I
# i_call_fun2_atS
    mov rcx, qword ptr [rbx+16]
    mov edx, 2
    lea r8, qword ptr [L2583]
# skipped box test since source is always boxed
# skipped fun test since source is always a fun when boxed
# skipped arity test since source always has right arity
    mov rax, qword ptr [rcx+6]
    mov rdi, qword ptr [rax+r12*8]
L2583:
    call rdi
.db 0x66, 0x90
    call rdi
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 11
    je label_962
    cmp rsi, 75
    je label_957
    jmp label_966
# label_L
label_957:
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+48]
    mov qword ptr [rbx], rdi
# line_I
# i_call_fun2_atS
    mov rcx, qword ptr [rbx+16]
    mov edx, 2
    lea r8, qword ptr [L2584]
# skipped box test since source is always boxed
# skipped fun test since source is always a fun when boxed
# skipped arity test since source always has right arity
    mov rax, qword ptr [rcx+6]
    mov rdi, qword ptr [rax+r12*8]
L2584:
    call rdi
    call rdi
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 11
    je label_961
    cmp rsi, 75
    je label_958
    jmp label_965
# label_L
label_958:
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# line_I
# i_call_fun2_atS
    mov rcx, qword ptr [rbx+16]
    mov edx, 2
    lea r8, qword ptr [L2585]
# skipped box test since source is always boxed
# skipped fun test since source is always a fun when boxed
# skipped arity test since source always has right arity
    mov rax, qword ptr [rcx+6]
    mov rdi, qword ptr [rax+r12*8]
L2585:
    call rdi
    call rdi
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 11
    je label_960
    cmp rsi, 75
    je label_959
    jmp label_964
# label_L
label_959:
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L2586
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2586:
# put_cons_ss
    mov rdi, qword ptr [rsp+48]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov rdi, qword ptr [rsp+56]
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# store_cons_Id
    add r15, 32
    mov qword ptr [rbx], rsi
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+40], rsi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx+32], 59
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 64
    jmp fsplit_2/6
# label_L
label_960:
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L2587
    xor ecx, ecx
    call 140320710850576
L2587:
# put_cons_ss
    mov rdi, qword ptr [rsp+48]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov rdi, qword ptr [rsp+56]
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# store_cons_Id
    add r15, 32
    mov qword ptr [rbx], rsi
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+40], rsi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx+32], 59
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 64
    jmp fsplit_2/6
# label_L
label_961:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2588
    xor ecx, ecx
    call 140320710850576
L2588:
# put_cons_ss
    mov rdi, qword ptr [rsp+48]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+32], rsi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+8], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+16], 1
    vmovups xmmword ptr [rbx+40], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+56]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 64
    jmp fsplit_2_1/7
# label_L
label_962:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2589
    xor ecx, ecx
.db 0x66, 0x90
    call 140320710850576
L2589:
# put_cons_ss
    mov rdi, qword ptr [rsp+48]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+32], rsi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+24], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+16], 1
    vmovups xmmword ptr [rbx+40], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+56]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 64
    jmp fsplit_2_1/7
# label_L
label_963:
# is_nil_fS
    cmp qword ptr [rbx+24], 59
    jne label_955
# test_heap_It
    lea rdx, qword ptr [r15+112]
    cmp rdx, rsp
    short jbe L2590
    mov ecx, 7
    call 140320710850576
L2590:
# put_cons_ss
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+32]
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
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# put_cons_ss
    mov rdi, qword ptr [rbx+48]
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
    mov qword ptr [rbx], rsi
# i_move_sd
    mov qword ptr [rbx+24], 279883
# i_move_sd
    mov qword ptr [rbx+8], 59
# i_call_only_f
    jmp fmergel/4
# label_L
label_964:
# case_end_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 7248
    xor ecx, ecx
    call 140320710854352
# label_L
label_965:
# line_I
    nop
# case_end_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 7248
    xor ecx, ecx
    call 140320710854352
# label_L
label_966:
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
label_967:
# i_func_info_IaaI
# lists:fmergel/4
    call L1113
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xE8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x53, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
fmergel/4:
# i_breakpoint_trampoline
    short jmp L2591
.db 0x00
    call L1116
    align 8
L2591:
# i_test_yield
    lea rdx, qword ptr [fmergel/4+24]
    dec r14
    jle L1114
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_972
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+32], xmm0
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+40]
    test al, 2
    jne label_970
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+48], xmm0
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+48]
    test al, 2
    jne label_969
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+64], xmm0
# is_eq_exact_fss
    cmp qword ptr [rbx+24], 279691
    jne label_969
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L2592
    mov ecx, 10
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2592:
    sub rsp, 24
# i_move_sd
    mov rdi, qword ptr [rbx+56]
    mov qword ptr [rsp], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rsp+8], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+64]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+72]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov qword ptr [rbx+32], 59
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call fmerge2_1/5
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2593
    mov ecx, 1
    call 140320710850576
L2593:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx+24], 279691
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 24
    jmp fmergel/4
# label_L
label_969:
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+32]
    test al, 2
    jne label_970
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+64], xmm0
# is_eq_exact_fss
    cmp qword ptr [rbx+24], 279883
    jne label_970
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L2594
    mov ecx, 10
.db 0x66, 0x90
    call 140320710850576
L2594:
    sub rsp, 24
# i_move_sd
    mov rdi, qword ptr [rbx+56]
    mov qword ptr [rsp], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rsp+8], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+72]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+64]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx+32], 59
# i_move_sd
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call fmerge2_1/5
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2595
    mov ecx, 1
    call 140320710850576
L2595:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx+24], 279883
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 24
    jmp fmergel/4
# label_L
label_970:
# is_nil_fS
    cmp qword ptr [rbx+40], 59
    jne label_967
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_971
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L1115
    ret
# label_L
label_971:
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L2596
    mov ecx, 5
.db 0x90
    call 140320710850576
L2596:
    sub rsp, 24
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+16], 1
    vmovups xmmword ptr [rsp], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp+16], rdi
# i_move_sd
    mov qword ptr [rbx+8], 59
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L2597:
L2598:
    long mov rcx, 9223372036854775807
    mov rax, 94919178928352
    lea rdx, qword ptr [L2597]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2599
    mov ecx, 1
    call 140320710850576
L2599:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp], 1
    vmovups xmmword ptr [rbx+16], xmm0
# i_move_sd
    mov qword ptr [rbx+8], 59
# i_call_last_ft
    add rsp, 24
    jmp rfmergel/4
# label_L
label_972:
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov qword ptr [rbx+8], 59
# i_call_only_f
    jmp rfmergel/4
# func_line_I
# aligned_label_Lt
    align 8
label_973:
# i_func_info_IaaI
# lists:rfmergel/4
    call L1113
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xE8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x53, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
rfmergel/4:
# i_breakpoint_trampoline
    short jmp L2600
.db 0x00
    call L1116
    align 8
L2600:
# i_test_yield
    lea rdx, qword ptr [rfmergel/4+24]
    dec r14
    jle L1114
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_977
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+32], xmm0
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+32]
    test al, 2
    jne label_975
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+48], xmm0
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+40]
    test al, 2
    jne label_976
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+64], xmm0
# is_eq_exact_fss
    cmp qword ptr [rbx+24], 279691
    jne label_975
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L2601
    mov ecx, 10
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2601:
    sub rsp, 24
# i_move_sd
    mov rdi, qword ptr [rbx+72]
    mov qword ptr [rsp], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rsp+8], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+56]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx+32], 59
# i_move_sd
    mov rdi, qword ptr [rbx+64]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call rfmerge2_1/5
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2602
    mov ecx, 1
    call 140320710850576
L2602:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx+24], 279691
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 24
    jmp rfmergel/4
# label_L
label_975:
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+40]
    test al, 2
    jne label_976
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx+40], xmm0
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+48]
    test al, 2
    jne label_973
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rax-1], 1
    vmovups xmmword ptr [rbx+48], xmm0
# is_eq_exact_fss
    cmp qword ptr [rbx+24], 279883
    jne label_973
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L2603
    mov ecx, 8
.db 0x66, 0x90
    call 140320710850576
L2603:
    sub rsp, 24
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rsp], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rsp+8], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+56]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov qword ptr [rbx+32], 59
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call rfmerge2_1/5
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2604
    mov ecx, 1
    call 140320710850576
L2604:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx+24], 279883
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 24
    jmp rfmergel/4
# label_L
label_976:
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L2605
    mov ecx, 5
    call 140320710850576
L2605:
    sub rsp, 24
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+16], 1
    vmovups xmmword ptr [rsp], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp+16], rdi
# i_move_sd
    mov qword ptr [rbx+8], 59
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L2606:
L2607:
    long mov rcx, 9223372036854775807
    mov rax, 94919178928352
    lea rdx, qword ptr [L2606]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2608
    mov ecx, 1
    call 140320710850576
L2608:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp], 1
    vmovups xmmword ptr [rbx+16], xmm0
# i_move_sd
    mov qword ptr [rbx+8], 59
# i_call_last_ft
    add rsp, 24
    jmp fmergel/4
# label_L
label_977:
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov qword ptr [rbx+8], 59
# i_call_only_f
    jmp fmergel/4
# func_line_I
# aligned_label_Lt
    align 8
label_978:
# i_func_info_IaaI
# lists:fmerge2_1/5
    call L1113
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xE8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x53, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
fmerge2_1/5:
# i_breakpoint_trampoline
    short jmp L2609
.db 0x00
    call L1116
    align 8
L2609:
# i_test_yield
    lea rdx, qword ptr [fmerge2_1/5+24]
    dec r14
    jle L1114
# is_nonempty_list_fS
    test byte ptr [rbx], 2
    jne label_982
# allocate_tt
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L2610
    mov ecx, 5
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2610:
    sub rsp, 48
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+24], 1
    vmovups xmmword ptr [rsp+16], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rsp+32], xmm0
# get_list_Sdd
    mov rdi, qword ptr [rbx]
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rdi-1], 1
    vmovups xmmword ptr [rsp], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# line_I
# i_call_fun2_atS
    mov rcx, qword ptr [rbx+16]
    mov edx, 2
    lea r8, qword ptr [L2611]
# skipped box test since source is always boxed
# skipped fun test since source is always a fun when boxed
# skipped arity test since source always has right arity
    mov rax, qword ptr [rcx+6]
    mov rdi, qword ptr [rax+r12*8]
L2611:
    call rdi
.db 0x90
    call rdi
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 11
    je label_981
    cmp rsi, 75
    je label_980
    jmp label_983
# label_L
label_980:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2612
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2612:
# put_cons_ss
# (put head and tail together)
    movups xmm0, xmmword ptr [rsp+8]
    movups xmmword ptr [r15], xmm0
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+32], rsi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+24], 1
    vmovups xmmword ptr [rbx+16], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 48
    jmp fmerge2_1/5
# label_L
label_981:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2613
    xor ecx, ecx
    call 140320710850576
L2613:
# put_cons_ss
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+32], rsi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+24], 1
    vmovups xmmword ptr [rbx+16], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 48
    jmp fmerge2_2/5
# label_L
label_982:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_978
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2614
    mov ecx, 5
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2614:
# put_cons_ss
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx], rdi
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L2615
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L2615:
# call_light_bif_be
    align 4
L2616:
L2617:
    long mov rcx, 9223372036854775807
    mov rax, 94919178928352
    lea rdx, qword ptr [L2616]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1115
    ret
# label_L
label_983:
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
label_984:
# i_func_info_IaaI
# lists:fmerge2_2/5
    call L1113
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xE8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x53, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
fmerge2_2/5:
# i_breakpoint_trampoline
    short jmp L2618
.db 0x00
    call L1116
    align 8
L2618:
# i_test_yield
    lea rdx, qword ptr [fmerge2_2/5+24]
    dec r14
    jle L1114
# is_nonempty_list_fS
    test byte ptr [rbx+24], 2
    jne label_988
# allocate_tt
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L2619
    mov ecx, 5
.db 0x66, 0x90
    call 140320710850576
L2619:
    sub rsp, 48
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rsp+16], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rsp+24], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+40], rdi
# get_list_Sdd
    mov rdi, qword ptr [rbx+24]
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rdi-1], 1
    vmovups xmmword ptr [rsp], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+8], rdi
# line_I
# i_call_fun2_atS
    mov rcx, qword ptr [rbx+16]
    mov edx, 2
    lea r8, qword ptr [L2620]
# skipped box test since source is always boxed
# skipped fun test since source is always a fun when boxed
# skipped arity test since source always has right arity
    mov rax, qword ptr [rcx+6]
    mov rdi, qword ptr [rax+r12*8]
L2620:
    call rdi
.db 0x0F, 0x1F, 0x00
    call rdi
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 11
    je label_987
    cmp rsi, 75
    je label_986
    jmp label_989
# label_L
label_986:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2621
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2621:
# put_cons_ss
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+32], rsi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 48
    jmp fmerge2_1/5
# label_L
label_987:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2622
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2622:
# put_cons_ss
# (put head and tail together)
    movups xmm0, xmmword ptr [rsp+8]
    movups xmmword ptr [r15], xmm0
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+32], rsi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+24], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+24], 1
    vmovups xmmword ptr [rbx+8], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 48
    jmp fmerge2_2/5
# label_L
label_988:
# is_nil_fS
    cmp qword ptr [rbx+24], 59
    jne label_984
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2623
    mov ecx, 5
.db 0x66, 0x90
    call 140320710850576
L2623:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rbx], xmm0
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L2624
    mov ecx, 2
.db 0x90
    call 140320710850576
L2624:
# call_light_bif_be
    align 4
L2625:
L2626:
    long mov rcx, 9223372036854775807
    mov rax, 94919178928352
    lea rdx, qword ptr [L2625]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1115
    ret
# label_L
label_989:
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
label_990:
# i_func_info_IaaI
# lists:rfmerge2_1/5
    call L1113
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xE8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x54, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
rfmerge2_1/5:
# i_breakpoint_trampoline
    short jmp L2627
.db 0x00
    call L1116
    align 8
L2627:
# i_test_yield
    lea rdx, qword ptr [rfmerge2_1/5+24]
    dec r14
    jle L1114
# is_nonempty_list_fS
    test byte ptr [rbx], 2
    jne label_994
# allocate_tt
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L2628
    mov ecx, 5
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2628:
    sub rsp, 48
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+24], 1
    vmovups xmmword ptr [rsp+16], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rsp+32], xmm0
# get_list_Sdd
    mov rdi, qword ptr [rbx]
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rdi-1], 1
    vmovups xmmword ptr [rsp], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# line_I
# i_call_fun2_atS
    mov rcx, qword ptr [rbx+16]
    mov edx, 2
    lea r8, qword ptr [L2629]
# skipped box test since source is always boxed
# skipped fun test since source is always a fun when boxed
# skipped arity test since source always has right arity
    mov rax, qword ptr [rcx+6]
    mov rdi, qword ptr [rax+r12*8]
L2629:
    call rdi
.db 0x90
    call rdi
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 11
    je label_993
    cmp rsi, 75
    je label_992
    jmp label_995
# label_L
label_992:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2630
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2630:
# put_cons_ss
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+32], rsi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+24], 1
    vmovups xmmword ptr [rbx+16], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 48
    jmp rfmerge2_2/5
# label_L
label_993:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2631
    xor ecx, ecx
    call 140320710850576
L2631:
# put_cons_ss
# (put head and tail together)
    movups xmm0, xmmword ptr [rsp+8]
    movups xmmword ptr [r15], xmm0
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+32], rsi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+24], 1
    vmovups xmmword ptr [rbx+16], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 48
    jmp rfmerge2_1/5
# label_L
label_994:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_990
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2632
    mov ecx, 5
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2632:
# put_cons_ss
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx], rdi
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L2633
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L2633:
# call_light_bif_be
    align 4
L2634:
L2635:
    long mov rcx, 9223372036854775807
    mov rax, 94919178928352
    lea rdx, qword ptr [L2634]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1115
    ret
# label_L
label_995:
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
label_996:
# i_func_info_IaaI
# lists:rfmerge2_2/5
    call L1113
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xE8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x54, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
rfmerge2_2/5:
# i_breakpoint_trampoline
    short jmp L2636
.db 0x00
    call L1116
    align 8
L2636:
# i_test_yield
    lea rdx, qword ptr [rfmerge2_2/5+24]
    dec r14
    jle L1114
# is_nonempty_list_fS
    test byte ptr [rbx+24], 2
    jne label_1000
# allocate_tt
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L2637
    mov ecx, 5
.db 0x66, 0x90
    call 140320710850576
L2637:
    sub rsp, 48
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rsp+16], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rsp+24], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+40], rdi
# get_list_Sdd
    mov rdi, qword ptr [rbx+24]
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rdi-1], 1
    vmovups xmmword ptr [rsp], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+8], rdi
# line_I
# i_call_fun2_atS
    mov rcx, qword ptr [rbx+16]
    mov edx, 2
    lea r8, qword ptr [L2638]
# skipped box test since source is always boxed
# skipped fun test since source is always a fun when boxed
# skipped arity test since source always has right arity
    mov rax, qword ptr [rcx+6]
    mov rdi, qword ptr [rax+r12*8]
L2638:
    call rdi
.db 0x0F, 0x1F, 0x00
    call rdi
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 11
    je label_999
    cmp rsi, 75
    je label_998
    jmp label_1001
# label_L
label_998:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2639
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2639:
# put_cons_ss
# (put head and tail together)
    movups xmm0, xmmword ptr [rsp+8]
    movups xmmword ptr [r15], xmm0
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+32], rsi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+24], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+24], 1
    vmovups xmmword ptr [rbx+8], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 48
    jmp rfmerge2_2/5
# label_L
label_999:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2640
    xor ecx, ecx
    call 140320710850576
L2640:
# put_cons_ss
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+32], rsi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 48
    jmp rfmerge2_1/5
# label_L
label_1000:
# is_nil_fS
    cmp qword ptr [rbx+24], 59
    jne label_996
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2641
    mov ecx, 5
.db 0x90
    call 140320710850576
L2641:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rbx], xmm0
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L2642
    mov ecx, 2
.db 0x90
    call 140320710850576
L2642:
# call_light_bif_be
    align 4
L2643:
L2644:
    long mov rcx, 9223372036854775807
    mov rax, 94919178928352
    lea rdx, qword ptr [L2643]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1115
    ret
# label_L
label_1001:
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
label_1002:
# i_func_info_IaaI
# lists:ufsplit_1/6
    call L1113
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xE8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x54, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
ufsplit_1/6:
# i_breakpoint_trampoline
    short jmp L2645
.db 0x00
    call L1116
    align 8
L2645:
# i_test_yield
    lea rdx, qword ptr [ufsplit_1/6+24]
    dec r14
    jle L1114
# is_nonempty_list_fS
    test byte ptr [rbx+24], 2
    jne label_1012
# allocate_tt
    lea rdx, qword ptr [r15+88]
    cmp rdx, rsp
    short jbe L2646
    mov ecx, 6
.db 0x66, 0x90
    call 140320710850576
L2646:
    sub rsp, 56
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+32], 1
    vmovups xmmword ptr [rsp+16], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rsp+32], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+48], rdi
# get_list_Sdd
    mov rdi, qword ptr [rbx+24]
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rdi-1], 1
    vmovups xmmword ptr [rsp], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+8], rdi
# line_I
# i_call_fun2_atS
    mov rcx, qword ptr [rbx+16]
    mov edx, 2
    lea r8, qword ptr [L2647]
# skipped box test since source is always boxed
# skipped fun test since source is always a fun when boxed
# skipped arity test since source always has right arity
    mov rax, qword ptr [rcx+6]
    mov rdi, qword ptr [rax+r12*8]
L2647:
    call rdi
.db 0x0F, 0x1F, 0x00
    call rdi
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 11
    je label_1006
    cmp rsi, 75
    je label_1004
    jmp label_1016
# label_L
label_1004:
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+48]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# line_I
# i_call_fun2_atS
    mov rcx, qword ptr [rbx+16]
    mov edx, 2
    lea r8, qword ptr [L2648]
# skipped box test since source is always boxed
# skipped fun test since source is always a fun when boxed
# skipped arity test since source always has right arity
    mov rax, qword ptr [rcx+6]
    mov rdi, qword ptr [rax+r12*8]
L2648:
    call rdi
    call rdi
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 11
    je label_1005
    cmp rsi, 75
    je label_1008
    jmp label_1013
# label_L
label_1005:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2649
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2649:
# put_cons_ss
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+32], rsi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+40], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+48]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 56
    jmp ufsplit_1/6
# label_L
label_1006:
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [rbx], rdi
# line_I
# i_call_fun2_atS
    mov rcx, qword ptr [rbx+16]
    mov edx, 2
    lea r8, qword ptr [L2650]
# skipped box test since source is always boxed
# skipped fun test since source is always a fun when boxed
# skipped arity test since source always has right arity
    mov rax, qword ptr [rcx+6]
    mov rdi, qword ptr [rax+r12*8]
L2650:
    call rdi
.db 0x0F, 0x1F, 0x00
    call rdi
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 11
    je label_1010
    cmp rsi, 75
    je label_1007
    jmp label_1015
# label_L
label_1007:
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+32], 1
    vmovups xmmword ptr [rbx+8], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# line_I
# i_call_fun2_atS
    mov rcx, qword ptr [rbx+16]
    mov edx, 2
    lea r8, qword ptr [L2651]
# skipped box test since source is always boxed
# skipped fun test since source is always a fun when boxed
# skipped arity test since source always has right arity
    mov rax, qword ptr [rcx+6]
    mov rdi, qword ptr [rax+r12*8]
L2651:
    call rdi
.db 0x90
    call rdi
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 11
    je label_1009
    cmp rsi, 75
    je label_1008
    jmp label_1014
# label_L
label_1008:
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+24], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+16], 1
    vmovups xmmword ptr [rbx+32], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+32], 1
    vmovups xmmword ptr [rbx+8], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+48]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 56
    jmp ufsplit_1/6
# label_L
label_1009:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2652
    xor ecx, ecx
    call 140320710850576
L2652:
# put_cons_ss
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+32], rsi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+40], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+48]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 56
    jmp ufsplit_1/6
# label_L
label_1010:
# is_nil_fS
    cmp qword ptr [rsp+24], 59
    jne label_1011
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2653
    xor ecx, ecx
.db 0x66, 0x90
    call 140320710850576
L2653:
# put_cons_ss
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+32], rsi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+40], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+32], 1
    vmovups xmmword ptr [rbx+8], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+48]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 56
    jmp ufsplit_1/6
# label_L
label_1011:
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+24], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+8], 1
    vmovups xmmword ptr [rbx+40], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx+32], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+32], 1
    vmovups xmmword ptr [rbx+8], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+48]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 56
    jmp ufsplit_1_1/7
# label_L
label_1012:
# is_nil_fS
    cmp qword ptr [rbx+24], 59
    jne label_1002
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L2654
    mov ecx, 6
.db 0x66, 0x90
    call 140320710850576
L2654:
# put_cons_ss
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+32]
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
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# i_move_sd
    mov qword ptr [rbx+8], 59
# i_call_only_f
    jmp rufmergel/3
# label_L
label_1013:
# line_I
# case_end_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 7248
    xor ecx, ecx
    call 140320710854352
# label_L
label_1014:
# line_I
    nop
# case_end_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 7248
    xor ecx, ecx
    call 140320710854352
# label_L
label_1015:
# line_I
    nop
# case_end_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 7248
    xor ecx, ecx
    call 140320710854352
# label_L
label_1016:
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
label_1017:
# i_func_info_IaaI
# lists:ufsplit_1_1/7
    call L1113
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xE8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x54, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x07, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
ufsplit_1_1/7:
# i_breakpoint_trampoline
    short jmp L2655
.db 0x00
    call L1116
    align 8
L2655:
# i_test_yield
    lea rdx, qword ptr [ufsplit_1_1/7+24]
    dec r14
    jle L1114
# is_nonempty_list_fS
    test byte ptr [rbx+24], 2
    jne label_1029
# allocate_tt
    lea rdx, qword ptr [r15+96]
    cmp rdx, rsp
    short jbe L2656
    mov ecx, 7
.db 0x66, 0x90
    call 140320710850576
L2656:
    sub rsp, 64
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+40], 1
    vmovups xmmword ptr [rsp+16], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rsp+32], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rsp+40], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+56], rdi
# get_list_Sdd
    mov rdi, qword ptr [rbx+24]
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rdi-1], 1
    vmovups xmmword ptr [rsp], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+8], rdi
# line_I
# i_call_fun2_atS
    mov rcx, qword ptr [rbx+16]
    mov edx, 2
    lea r8, qword ptr [L2657]
# skipped box test since source is always boxed
# skipped fun test since source is always a fun when boxed
# skipped arity test since source always has right arity
    mov rax, qword ptr [rcx+6]
    mov rdi, qword ptr [rax+r12*8]
L2657:
    call rdi
.db 0x66, 0x90
    call rdi
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 11
    je label_1021
    cmp rsi, 75
    je label_1019
    jmp label_1035
# label_L
label_1019:
# i_move_sd
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+56]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# line_I
# i_call_fun2_atS
    mov rcx, qword ptr [rbx+16]
    mov edx, 2
    lea r8, qword ptr [L2658]
# skipped box test since source is always boxed
# skipped fun test since source is always a fun when boxed
# skipped arity test since source always has right arity
    mov rax, qword ptr [rcx+6]
    mov rdi, qword ptr [rax+r12*8]
L2658:
    call rdi
    call rdi
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 11
    je label_1020
    cmp rsi, 75
    je label_1026
    jmp label_1030
# label_L
label_1020:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2659
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2659:
# put_cons_ss
    mov rdi, qword ptr [rsp+48]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+32], rsi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+24], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+16], 1
    vmovups xmmword ptr [rbx+40], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+56]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 64
    jmp ufsplit_1_1/7
# label_L
label_1021:
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+48]
    mov qword ptr [rbx], rdi
# line_I
# i_call_fun2_atS
    mov rcx, qword ptr [rbx+16]
    mov edx, 2
    lea r8, qword ptr [L2660]
# skipped box test since source is always boxed
# skipped fun test since source is always a fun when boxed
# skipped arity test since source always has right arity
    mov rax, qword ptr [rcx+6]
    mov rdi, qword ptr [rax+r12*8]
L2660:
    call rdi
.db 0x0F, 0x1F, 0x00
    call rdi
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 11
    je label_1024
    cmp rsi, 75
    je label_1022
    jmp label_1034
# label_L
label_1022:
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+40], 1
    vmovups xmmword ptr [rbx+8], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# line_I
# i_call_fun2_atS
    mov rcx, qword ptr [rbx+16]
    mov edx, 2
    lea r8, qword ptr [L2661]
# skipped box test since source is always boxed
# skipped fun test since source is always a fun when boxed
# skipped arity test since source always has right arity
    mov rax, qword ptr [rcx+6]
    mov rdi, qword ptr [rax+r12*8]
L2661:
    call rdi
.db 0x90
    call rdi
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 11
    je label_1023
    cmp rsi, 75
    je label_1026
    jmp label_1031
# label_L
label_1023:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2662
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2662:
# put_cons_ss
    mov rdi, qword ptr [rsp+48]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+32], rsi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+8], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+16], 1
    vmovups xmmword ptr [rbx+40], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+56]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 64
    jmp ufsplit_1_1/7
# label_L
label_1024:
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# line_I
# i_call_fun2_atS
    mov rcx, qword ptr [rbx+16]
    mov edx, 2
    lea r8, qword ptr [L2663]
# skipped box test since source is always boxed
# skipped fun test since source is always a fun when boxed
# skipped arity test since source always has right arity
    mov rax, qword ptr [rcx+6]
    mov rdi, qword ptr [rax+r12*8]
L2663:
    call rdi
.db 0x0F, 0x1F, 0x00
    call rdi
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 11
    je label_1028
    cmp rsi, 75
    je label_1025
    jmp label_1033
# label_L
label_1025:
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# line_I
# i_call_fun2_atS
    mov rcx, qword ptr [rbx+16]
    mov edx, 2
    lea r8, qword ptr [L2664]
# skipped box test since source is always boxed
# skipped fun test since source is always a fun when boxed
# skipped arity test since source always has right arity
    mov rax, qword ptr [rcx+6]
    mov rdi, qword ptr [rax+r12*8]
L2664:
    call rdi
    call rdi
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 11
    je label_1027
    cmp rsi, 75
    je label_1026
    jmp label_1032
# label_L
label_1026:
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+24], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+16], 1
    vmovups xmmword ptr [rbx+40], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx+32], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+40], 1
    vmovups xmmword ptr [rbx+8], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+56]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 64
    jmp ufsplit_1_1/7
# label_L
label_1027:
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L2665
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2665:
# put_cons_ss
    mov rdi, qword ptr [rsp+48]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov rdi, qword ptr [rsp+56]
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# store_cons_Id
    add r15, 32
    mov qword ptr [rbx], rsi
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+40], rsi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx+32], 59
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 64
    jmp ufsplit_1/6
# label_L
label_1028:
# test_heap_It
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L2666
    xor ecx, ecx
    call 140320710850576
L2666:
# put_cons_ss
    mov rdi, qword ptr [rsp+48]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# append_cons_Is
    mov rdi, qword ptr [rsp+56]
    mov qword ptr [r15+16], rdi
    mov qword ptr [r15+24], rsi
    lea rsi, qword ptr [r15+17]
# store_cons_Id
    add r15, 32
    mov qword ptr [rbx], rsi
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+40], rsi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx+32], 59
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 64
    jmp ufsplit_1/6
# label_L
label_1029:
# is_nil_fS
    cmp qword ptr [rbx+24], 59
    jne label_1017
# test_heap_It
    lea rdx, qword ptr [r15+112]
    cmp rdx, rsp
    short jbe L2667
    mov ecx, 7
.db 0x66, 0x90
    call 140320710850576
L2667:
# put_cons_ss
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+32]
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
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# put_cons_ss
    mov rdi, qword ptr [rbx+48]
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
    mov qword ptr [rbx], rsi
# i_move_sd
    mov qword ptr [rbx+8], 59
# i_call_only_f
    jmp rufmergel/3
# label_L
label_1030:
# line_I
# case_end_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 7248
    xor ecx, ecx
    call 140320710854352
# label_L
label_1031:
# line_I
    nop
# case_end_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 7248
    xor ecx, ecx
    call 140320710854352
# label_L
label_1032:
# line_I
    nop
# case_end_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 7248
    xor ecx, ecx
    call 140320710854352
# label_L
label_1033:
# line_I
    nop
# case_end_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 7248
    xor ecx, ecx
    call 140320710854352
# label_L
label_1034:
# line_I
    nop
# case_end_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 7248
    xor ecx, ecx
    call 140320710854352
# label_L
label_1035:
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
label_1036:
# i_func_info_IaaI
# lists:ufsplit_2/4
    call L1113
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xE8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x55, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
ufsplit_2/4:
# i_breakpoint_trampoline
    short jmp L2668
.db 0x00
    call L1116
    align 8
L2668:
# i_test_yield
    lea rdx, qword ptr [ufsplit_2/4+24]
    dec r14
    jle L1114
# is_nonempty_list_fS
    test byte ptr [rbx+8], 2
    jne label_1042
# allocate_tt
    lea rdx, qword ptr [r15+72]
    cmp rdx, rsp
    short jbe L2669
    mov ecx, 4
.db 0x66, 0x90
    call 140320710850576
L2669:
    sub rsp, 40
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+16], 1
    vmovups xmmword ptr [rsp+16], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+32], rdi
# get_list_Sdd
    mov rdi, qword ptr [rbx+8]
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rdi-1], 1
    vmovups xmmword ptr [rsp], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+8], rdi
# line_I
# i_call_fun2_atS
    mov rcx, qword ptr [rbx+16]
    mov edx, 2
    lea r8, qword ptr [L2670]
# skipped box test since source is always boxed
# skipped fun test since source is always a fun when boxed
# skipped arity test since source always has right arity
    mov rax, qword ptr [rcx+6]
    mov rdi, qword ptr [rax+r12*8]
L2670:
    call rdi
    call rdi
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 11
    je label_1041
    cmp rsi, 75
    je label_1038
    jmp label_1044
# label_L
label_1038:
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+24], 1
    vmovups xmmword ptr [rbx+8], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# line_I
# i_call_fun2_atS
    mov rcx, qword ptr [rbx+16]
    mov edx, 2
    lea r8, qword ptr [L2671]
# skipped box test since source is always boxed
# skipped fun test since source is always a fun when boxed
# skipped arity test since source always has right arity
    mov rax, qword ptr [rcx+6]
    mov rdi, qword ptr [rax+r12*8]
L2671:
    call rdi
.db 0x90
    call rdi
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 11
    je label_1040
    cmp rsi, 75
    je label_1039
    jmp label_1043
# label_L
label_1039:
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+16], 1
    vmovups xmmword ptr [rbx+16], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 40
    jmp ufsplit_2/4
# label_L
label_1040:
# i_move_sd
    mov qword ptr [rbx+8], 59
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rsp+16], rdi
# i_trim_t
    add rsp, 8
# line_I
# call_light_bif_be
    align 4
L2672:
L2673:
    long mov rcx, 9223372036854775807
    mov rax, 94919178928352
    lea rdx, qword ptr [L2672]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2674
    mov ecx, 1
    call 140320710850576
L2674:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], 59
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+40], rsi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+8], 1
    vmovups xmmword ptr [rbx+16], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx+32], 59
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 32
    jmp ufsplit_1/6
# label_L
label_1041:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2675
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2675:
# put_cons_ss
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+24], rsi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 40
    jmp ufsplit_2/4
# label_L
label_1042:
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_1036
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2676
    mov ecx, 4
.db 0x66, 0x90
    call 140320710850576
L2676:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# return
    dec r14
    jl L1115
    ret
# label_L
label_1043:
# line_I
# case_end_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 7248
    xor ecx, ecx
    call 140320710854352
# label_L
label_1044:
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
label_1045:
# i_func_info_IaaI
# lists:ufmergel/3
    call L1113
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xE8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x55, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
ufmergel/3:
# i_breakpoint_trampoline
    short jmp L2677
.db 0x00
    call L1116
    align 8
L2677:
# i_test_yield
    lea rdx, qword ptr [ufmergel/3+24]
    dec r14
    jle L1114
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_1049
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+24], xmm0
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+24]
    test al, 2
    jne label_1047
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+40], xmm0
# is_nonempty_list_fS
    test byte ptr [rbx+32], 2
    jne label_1047
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L2678
    mov ecx, 7
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2678:
    sub rsp, 24
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rsp+8], xmm0
# get_list_Sdd
    mov rdi, qword ptr [rbx+32]
    mov rsi, qword ptr [rdi-1]
    mov rdx, qword ptr [rdi+7]
    mov qword ptr [rbx+24], rsi
    mov qword ptr [rsp], rdx
# i_move_sd
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx+32], 59
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rbx], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call ufmerge2_2/5
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2679
    mov ecx, 1
    call 140320710850576
L2679:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 24
    jmp ufmergel/3
# label_L
label_1047:
# is_nil_fS
    cmp qword ptr [rbx+32], 59
    jne label_1045
# is_nil_fS
    cmp qword ptr [rbx+8], 59
    jne label_1048
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx], rdi
# return
    dec r14
    jl L1115
    ret
# label_L
label_1048:
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2680
    mov ecx, 4
.db 0x90
    call 140320710850576
L2680:
    sub rsp, 16
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rsp], xmm0
# i_move_sd
    mov qword ptr [rbx+8], 59
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L2681:
L2682:
    long mov rcx, 9223372036854775807
    mov rax, 94919178928352
    lea rdx, qword ptr [L2681]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2683
    mov ecx, 1
    call 140320710850576
L2683:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx+8], 59
# i_call_last_ft
    add rsp, 16
    jmp rufmergel/3
# label_L
label_1049:
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov qword ptr [rbx+8], 59
# i_call_only_f
    jmp rufmergel/3
# func_line_I
# aligned_label_Lt
    align 8
label_1050:
# i_func_info_IaaI
# lists:rufmergel/3
    call L1113
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xE8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x55, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
rufmergel/3:
# i_breakpoint_trampoline
    short jmp L2684
.db 0x00
    call L1116
    align 8
L2684:
# i_test_yield
    lea rdx, qword ptr [rufmergel/3+24]
    dec r14
    jle L1114
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_1053
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+24], xmm0
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx+24]
    test al, 2
    jne label_1052
# (moving head and tail together)
    movups xmm0, xmmword ptr [rax-1]
    movups xmmword ptr [rbx+40], xmm0
# is_nonempty_list_fS
    test byte ptr [rbx+32], 2
    jne label_1052
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L2685
    mov ecx, 7
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2685:
    sub rsp, 24
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rsp+8], xmm0
# get_list_Sdd
    mov rdi, qword ptr [rbx+32]
    mov rsi, qword ptr [rdi-1]
    mov rdx, qword ptr [rdi+7]
    mov qword ptr [rbx], rsi
    mov qword ptr [rsp], rdx
# i_move_sd
    mov rdi, qword ptr [rbx+48]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov qword ptr [rbx+32], 59
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rbx+8], rdi
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call rufmerge2_1/5
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2686
    mov ecx, 1
    call 140320710850576
L2686:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 24
    jmp rufmergel/3
# label_L
label_1052:
# is_nil_fS
    cmp qword ptr [rbx+32], 59
    jne label_1050
# allocate_tt
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2687
    mov ecx, 4
.db 0x90
    call 140320710850576
L2687:
    sub rsp, 16
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rsp], xmm0
# i_move_sd
    mov qword ptr [rbx+8], 59
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L2688:
L2689:
    long mov rcx, 9223372036854775807
    mov rax, 94919178928352
    lea rdx, qword ptr [L2688]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2690
    mov ecx, 1
    call 140320710850576
L2690:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov qword ptr [rbx+8], 59
# i_call_last_ft
    add rsp, 16
    jmp ufmergel/3
# label_L
label_1053:
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov qword ptr [rbx+8], 59
# i_call_only_f
    jmp ufmergel/3
# func_line_I
# aligned_label_Lt
    align 8
label_1054:
# i_func_info_IaaI
# lists:ufmerge2_1/6
    call L1113
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xE8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x55, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
ufmerge2_1/6:
# i_breakpoint_trampoline
    short jmp L2691
.db 0x00
    call L1116
    align 8
L2691:
# i_test_yield
    lea rdx, qword ptr [ufmerge2_1/6+24]
    dec r14
    jle L1114
# is_nonempty_list_fS
    test byte ptr [rbx], 2
    jne label_1060
# allocate_tt
    lea rdx, qword ptr [r15+88]
    cmp rdx, rsp
    short jbe L2692
    mov ecx, 6
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2692:
    sub rsp, 56
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
# get_list_Sdd
    mov rdi, qword ptr [rbx]
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rdi-1], 1
    vmovups xmmword ptr [rsp], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# line_I
# i_call_fun2_atS
    mov rcx, qword ptr [rbx+16]
    mov edx, 2
    lea r8, qword ptr [L2693]
# skipped box test since source is always boxed
# skipped fun test since source is always a fun when boxed
# skipped arity test since source always has right arity
    mov rax, qword ptr [rcx+6]
    mov rdi, qword ptr [rax+r12*8]
L2693:
    call rdi
    call rdi
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 11
    je label_1057
    cmp rsi, 75
    je label_1056
    jmp label_1064
# label_L
label_1056:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2694
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2694:
# put_cons_ss
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+32], rsi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+40], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+32], 1
    vmovups xmmword ptr [rbx+16], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+48]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 56
    jmp ufmerge2_1/6
# label_L
label_1057:
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [rbx+16], rdi
# init_yregs_I
    mov qword ptr [rsp+16], 59
# i_move_sd
    mov rdi, qword ptr [rsp+48]
    mov qword ptr [rbx], rdi
# line_I
# i_call_fun2_atS
    mov rcx, qword ptr [rbx+16]
    mov edx, 2
    lea r8, qword ptr [L2695]
# skipped box test since source is always boxed
# skipped fun test since source is always a fun when boxed
# skipped arity test since source always has right arity
    mov rax, qword ptr [rcx+6]
    mov rdi, qword ptr [rax+r12*8]
L2695:
    call rdi
.db 0x0F, 0x1F, 0x00
    call rdi
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 11
    je label_1059
    cmp rsi, 75
    je label_1058
    jmp label_1063
# label_L
label_1058:
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+24], 1
    vmovups xmmword ptr [rbx+24], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 56
    jmp ufmerge2_2/5
# label_L
label_1059:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2696
    xor ecx, ecx
    call 140320710850576
L2696:
# put_cons_ss
    mov rdi, qword ptr [rsp+48]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+32], rsi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+32], 1
    vmovups xmmword ptr [rbx+16], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 56
    jmp ufmerge2_2/5
# label_L
label_1060:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_1054
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L2697
    mov ecx, 6
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2697:
    sub rsp, 24
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+24], 1
    vmovups xmmword ptr [rsp], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rsp+16], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rbx+8], rdi
# line_I
# i_call_fun2_atS
    mov rcx, qword ptr [rbx+16]
    mov edx, 2
    lea r8, qword ptr [L2698]
# skipped box test since source is always boxed
# skipped fun test since source is always a fun when boxed
# skipped arity test since source always has right arity
    mov rax, qword ptr [rcx+6]
    mov rdi, qword ptr [rax+r12*8]
L2698:
    call rdi
.db 0x66, 0x90
    call rdi
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 11
    je label_1062
    cmp rsi, 75
    je label_1061
    jmp label_1065
# label_L
label_1061:
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp], 1
    vmovups xmmword ptr [rbx], xmm0
# line_I
# call_light_bif_be
    align 4
L2699:
L2700:
    long mov rcx, 9223372036854775807
    mov rax, 94919178928352
    lea rdx, qword ptr [L2699]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L1115
    ret
# label_L
label_1062:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2701
    xor ecx, ecx
.db 0x90
    call 140320710850576
L2701:
# put_cons_ss
    mov rdi, qword ptr [rsp+16]
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
# line_I
# call_light_bif_be
    align 4
L2702:
L2703:
    long mov rcx, 9223372036854775807
    mov rax, 94919178928352
    lea rdx, qword ptr [L2702]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L1115
    ret
# label_L
label_1063:
# line_I
# case_end_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 7248
    xor ecx, ecx
    call 140320710854352
# label_L
label_1064:
# line_I
    nop
# case_end_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 7248
    xor ecx, ecx
    call 140320710854352
# label_L
label_1065:
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
label_1066:
# i_func_info_IaaI
# lists:ufmerge2_2/5
    call L1113
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xE8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x56, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
ufmerge2_2/5:
# i_breakpoint_trampoline
    short jmp L2704
.db 0x00
    call L1116
    align 8
L2704:
# i_test_yield
    lea rdx, qword ptr [ufmerge2_2/5+24]
    dec r14
    jle L1114
# is_nonempty_list_fS
    test byte ptr [rbx+24], 2
    jne label_1070
# allocate_tt
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L2705
    mov ecx, 5
.db 0x66, 0x90
    call 140320710850576
L2705:
    sub rsp, 48
# i_move_sd
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [rsp+16], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rsp+24], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+40], rdi
# get_list_Sdd
    mov rdi, qword ptr [rbx+24]
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rdi-1], 1
    vmovups xmmword ptr [rsp], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+8], rdi
# line_I
# i_call_fun2_atS
    mov rcx, qword ptr [rbx+16]
    mov edx, 2
    lea r8, qword ptr [L2706]
# skipped box test since source is always boxed
# skipped fun test since source is always a fun when boxed
# skipped arity test since source always has right arity
    mov rax, qword ptr [rcx+6]
    mov rdi, qword ptr [rax+r12*8]
L2706:
    call rdi
.db 0x0F, 0x1F, 0x00
    call rdi
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 11
    je label_1069
    cmp rsi, 75
    je label_1068
    jmp label_1071
# label_L
label_1068:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2707
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2707:
# put_cons_ss
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+32], rsi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [rbx+40], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 48
    jmp ufmerge2_1/6
# label_L
label_1069:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2708
    xor ecx, ecx
.db 0x66, 0x90
    call 140320710850576
L2708:
# put_cons_ss
# (put head and tail together)
    movups xmm0, xmmword ptr [rsp+8]
    movups xmmword ptr [r15], xmm0
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+32], rsi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+24], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+24], 1
    vmovups xmmword ptr [rbx+8], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 48
    jmp ufmerge2_2/5
# label_L
label_1070:
# is_nil_fS
    cmp qword ptr [rbx+24], 59
    jne label_1066
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2709
    mov ecx, 5
.db 0x66, 0x90
    call 140320710850576
L2709:
# put_cons_ss
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rbx], xmm0
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L2710
    mov ecx, 2
.db 0x90
    call 140320710850576
L2710:
# call_light_bif_be
    align 4
L2711:
L2712:
    long mov rcx, 9223372036854775807
    mov rax, 94919178928352
    lea rdx, qword ptr [L2711]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1115
    ret
# label_L
label_1071:
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
label_1072:
# i_func_info_IaaI
# lists:rufmerge2_1/5
    call L1113
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xE8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x56, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
rufmerge2_1/5:
# i_breakpoint_trampoline
    short jmp L2713
.db 0x00
    call L1116
    align 8
L2713:
# i_test_yield
    lea rdx, qword ptr [rufmerge2_1/5+24]
    dec r14
    jle L1114
# is_nonempty_list_fS
    test byte ptr [rbx], 2
    jne label_1076
# allocate_tt
    lea rdx, qword ptr [r15+80]
    cmp rdx, rsp
    short jbe L2714
    mov ecx, 5
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2714:
    sub rsp, 48
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+24], 1
    vmovups xmmword ptr [rsp+16], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rsp+32], xmm0
# get_list_Sdd
    mov rdi, qword ptr [rbx]
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rdi-1], 1
    vmovups xmmword ptr [rsp], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# line_I
# i_call_fun2_atS
    mov rcx, qword ptr [rbx+16]
    mov edx, 2
    lea r8, qword ptr [L2715]
# skipped box test since source is always boxed
# skipped fun test since source is always a fun when boxed
# skipped arity test since source always has right arity
    mov rax, qword ptr [rcx+6]
    mov rdi, qword ptr [rax+r12*8]
L2715:
    call rdi
.db 0x90
    call rdi
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 11
    je label_1075
    cmp rsi, 75
    je label_1074
    jmp label_1077
# label_L
label_1074:
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+8], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+16], 1
    vmovups xmmword ptr [rbx+24], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [rbx+40], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 48
    jmp rufmerge2_2/6
# label_L
label_1075:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2716
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2716:
# put_cons_ss
# (put head and tail together)
    movups xmm0, xmmword ptr [rsp+8]
    movups xmmword ptr [r15], xmm0
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+32], rsi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+24], 1
    vmovups xmmword ptr [rbx+16], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 48
    jmp rufmerge2_1/5
# label_L
label_1076:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_1072
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2717
    mov ecx, 5
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2717:
# put_cons_ss
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rbx+32]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+8], rsi
# i_move_sd
    mov rdi, qword ptr [rbx+24]
    mov qword ptr [rbx], rdi
# line_I
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L2718
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L2718:
# call_light_bif_be
    align 4
L2719:
L2720:
    long mov rcx, 9223372036854775807
    mov rax, 94919178928352
    lea rdx, qword ptr [L2719]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1115
    ret
# label_L
label_1077:
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
label_1078:
# i_func_info_IaaI
# lists:rufmerge2_2/6
    call L1113
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xE8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x8B, 0x56, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
rufmerge2_2/6:
# i_breakpoint_trampoline
    short jmp L2721
.db 0x00
    call L1116
    align 8
L2721:
# i_test_yield
    lea rdx, qword ptr [rufmerge2_2/6+24]
    dec r14
    jle L1114
# is_nonempty_list_fS
    test byte ptr [rbx+24], 2
    jne label_1084
# allocate_tt
    lea rdx, qword ptr [r15+88]
    cmp rdx, rsp
    short jbe L2722
    mov ecx, 6
.db 0x66, 0x90
    call 140320710850576
L2722:
    sub rsp, 56
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+32], 1
    vmovups xmmword ptr [rsp+16], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+8], 1
    vmovups xmmword ptr [rsp+32], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rsp+48], rdi
# get_list_Sdd
    mov rdi, qword ptr [rbx+24]
# (moving and swapping head and tail together)
    vpermilpd xmm0, xmmword ptr [rdi-1], 1
    vmovups xmmword ptr [rsp], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+8], rdi
# line_I
# i_call_fun2_atS
    mov rcx, qword ptr [rbx+16]
    mov edx, 2
    lea r8, qword ptr [L2723]
# skipped box test since source is always boxed
# skipped fun test since source is always a fun when boxed
# skipped arity test since source always has right arity
    mov rax, qword ptr [rcx+6]
    mov rdi, qword ptr [rax+r12*8]
L2723:
    call rdi
.db 0x0F, 0x1F, 0x00
    call rdi
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 11
    je label_1081
    cmp rsi, 75
    je label_1080
    jmp label_1088
# label_L
label_1080:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2724
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2724:
# put_cons_ss
# (put head and tail together)
    movups xmm0, xmmword ptr [rsp+16]
    movups xmmword ptr [r15], xmm0
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+32], rsi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+40], rdi
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+32], 1
    vmovups xmmword ptr [rbx+8], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp+48]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 56
    jmp rufmerge2_2/6
# label_L
label_1081:
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+48]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# line_I
# i_call_fun2_atS
    mov rcx, qword ptr [rbx+16]
    mov edx, 2
    lea r8, qword ptr [L2725]
# skipped box test since source is always boxed
# skipped fun test since source is always a fun when boxed
# skipped arity test since source always has right arity
    mov rax, qword ptr [rcx+6]
    mov rdi, qword ptr [rax+r12*8]
L2725:
    call rdi
    call rdi
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 11
    je label_1083
    cmp rsi, 75
    je label_1082
    jmp label_1087
# label_L
label_1082:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2726
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2726:
# put_cons_ss
    mov rdi, qword ptr [rsp+48]
    mov qword ptr [r15], rdi
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [r15+8], rdi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+32], rsi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 56
    jmp rufmerge2_1/5
# label_L
label_1083:
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L2727
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2727:
# put_cons_ss
# (put head and tail together)
    movups xmm0, xmmword ptr [rsp+16]
    movups xmmword ptr [r15], xmm0
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx], rsi
# append_cons_Is
    mov rdi, qword ptr [rsp+48]
    mov qword ptr [r15], rdi
    mov qword ptr [r15+8], rsi
    lea rsi, qword ptr [r15+1]
# store_cons_Id
    add r15, 16
    mov qword ptr [rbx+32], rsi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx+24], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+32]
    mov qword ptr [rbx+16], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+40]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 56
    jmp rufmerge2_1/5
# label_L
label_1084:
# is_nil_fS
    cmp qword ptr [rbx+24], 59
    jne label_1078
# allocate_tt
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L2728
    mov ecx, 6
.db 0x66, 0x90
    call 140320710850576
L2728:
    sub rsp, 32
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx+32], 1
    vmovups xmmword ptr [rsp], xmm0
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rsp+16], xmm0
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rbx+40]
    mov qword ptr [rbx], rdi
# line_I
# i_call_fun2_atS
    mov rcx, qword ptr [rbx+16]
    mov edx, 2
    lea r8, qword ptr [L2729]
# skipped box test since source is always boxed
# skipped fun test since source is always a fun when boxed
# skipped arity test since source always has right arity
    mov rax, qword ptr [rcx+6]
    mov rdi, qword ptr [rax+r12*8]
L2729:
    call rdi
    call rdi
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 11
    je label_1086
    cmp rsi, 75
    je label_1085
    jmp label_1089
# label_L
label_1085:
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2730
    xor ecx, ecx
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2730:
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
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L2731:
L2732:
    long mov rcx, 9223372036854775807
    mov rax, 94919178928352
    lea rdx, qword ptr [L2731]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 32
# return
    dec r14
    jl L1115
    ret
# label_L
label_1086:
# test_heap_It
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L2733
    xor ecx, ecx
.db 0x90
    call 140320710850576
L2733:
# put_cons_ss
# (put head and tail together)
    movups xmm0, xmmword ptr [rsp]
    movups xmmword ptr [r15], xmm0
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
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx], rdi
# line_I
# call_light_bif_be
    align 4
L2734:
L2735:
    long mov rcx, 9223372036854775807
    mov rax, 94919178928352
    lea rdx, qword ptr [L2734]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 32
# return
    dec r14
    jl L1115
    ret
# label_L
label_1087:
# line_I
# case_end_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 7248
    xor ecx, ecx
    call 140320710854352
# label_L
label_1088:
# line_I
    nop
# case_end_s
    mov rdi, qword ptr [rbx]
    mov qword ptr [r13+120], rdi
    mov qword ptr [r13+112], 7248
    xor ecx, ecx
    call 140320710854352
# label_L
label_1089:
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
label_1090:
# i_func_info_IaaI
# lists:uniq/1
    call L1113
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xE8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xAE, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
uniq/1:
# i_breakpoint_trampoline
    short jmp L2736
.db 0x00
    call L1116
    align 8
L2736:
# i_test_yield
    lea rdx, qword ptr [uniq/1+24]
    dec r14
    jle L1114
# i_move_sd
L2737:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+8], rdi
# i_call_only_f
    jmp uniq_1/2
# func_line_I
# aligned_label_Lt
    align 8
label_1092:
# i_func_info_IaaI
# lists:uniq_1/2
    call L1113
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xE8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x56, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
uniq_1/2:
# i_breakpoint_trampoline
    short jmp L2738
.db 0x00
    call L1116
    align 8
L2738:
# i_test_yield
    lea rdx, qword ptr [uniq_1/2+24]
    dec r14
    jle L1114
# is_nonempty_list_get_list_fSdd
    mov rax, qword ptr [rbx]
    test al, 2
    jne label_1095
    mov rsi, qword ptr [rax-1]
    mov rdx, qword ptr [rax+7]
    mov qword ptr [rbx+16], rsi
    mov qword ptr [rbx], rdx
# i_get_map_element_fSSS
    mov rdi, qword ptr [rbx+8]
    mov rsi, qword ptr [rbx+16]
    call 140320710851984
    jne label_1094
# i_call_only_f
    short jmp uniq_1/2
# label_L
label_1094:
# allocate_tt
    lea rdx, qword ptr [r15+40]
    cmp rdx, rsp
    short jbe L2739
    mov ecx, 3
    call 140320710850576
L2739:
    sub rsp, 8
# i_move_sd
    mov rdi, qword ptr [rbx+16]
    mov qword ptr [rsp], rdi
# update_map_assoc_sdtI
.section .rodata {#1}
L2740:
    align 8
.db 0x23, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x4B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
    mov rdi, qword ptr [rbx+8]
    mov qword ptr [rbx+24], rdi
    mov edx, 3
    mov ecx, 2
    lea r8, qword ptr [L2740]
.db 0x90
    call 140320710854704
    mov qword ptr [rbx+8], rax
# line_I
# i_call_f
.db 0x0F, 0x1F, 0x00
    call uniq_1/2
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2741
    mov ecx, 1
    call 140320710850576
L2741:
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
    jl L1115
    ret
# label_L
label_1095:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_1092
# return
    dec r14
    jl L1115
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_1096:
# i_func_info_IaaI
# lists:uniq/2
    call L1113
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xE8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0xAE, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
uniq/2:
# i_breakpoint_trampoline
    short jmp L2742
.db 0x00
    call L1116
    align 8
L2742:
# i_test_yield
    lea rdx, qword ptr [uniq/2+24]
    dec r14
    jle L1114
# is_function2_fss
    mov rdi, qword ptr [rbx]
    rex test dil, 1
    short jne label_1096
    mov eax, dword ptr [rdi-2]
    cmp eax, 212
    short jne label_1096
    cmp byte ptr [rdi+22], 1
    short jne label_1096
# i_move_sd
L2743:
    long mov rdi, 9223372036854775807
    mov qword ptr [rbx+16], rdi
# swap_dd
# (swapping using AVX)
    vpermilpd xmm0, xmmword ptr [rbx], 1
    vmovups xmmword ptr [rbx], xmm0
# i_call_only_f
    jmp uniq_2/3
# func_line_I
# aligned_label_Lt
    align 8
label_1098:
# i_func_info_IaaI
# lists:uniq_2/3
    call L1113
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xE8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0B, 0x57, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
uniq_2/3:
# i_breakpoint_trampoline
    short jmp L2744
.db 0x00
    call L1116
    align 8
L2744:
# i_test_yield
    lea rdx, qword ptr [uniq_2/3+24]
    dec r14
    jle L1114
# is_nonempty_list_fS
    test byte ptr [rbx], 2
    jne label_1101
# allocate_tt
    lea rdx, qword ptr [r15+64]
    cmp rdx, rsp
    short jbe L2745
    mov ecx, 3
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2745:
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
# i_call_fun2_atS
    mov rcx, qword ptr [rbx+8]
    mov edx, 1
    lea r8, qword ptr [L2746]
# skipped box test since source is always boxed
# skipped fun test since source is always a fun when boxed
# skipped arity test since source always has right arity
    mov rax, qword ptr [rcx+6]
    mov rdi, qword ptr [rax+r12*8]
L2746:
    call rdi
.db 0x66, 0x90
    call rdi
# i_get_map_element_fSSS
    mov rdi, qword ptr [rsp+16]
    mov rsi, qword ptr [rbx]
    call 140320710851984
    jne label_1100
# move_two_words_sdsd
# (moving and swapping)
    vpermilpd xmm0, xmmword ptr [rsp+16], 1
    vmovups xmmword ptr [rbx+8], xmm0
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 32
    jmp uniq_2/3
# label_L
label_1100:
# update_map_assoc_sdtI
.section .rodata {#1}
L2747:
    align 8
.db 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
    align 8
.db 0x4B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+8], rdi
    mov edx, 1
    mov ecx, 2
    lea r8, qword ptr [L2747]
.db 0x0F, 0x1F, 0x00
    call 140320710854704
    mov qword ptr [rbx+16], rax
# i_move_sd
    mov rdi, qword ptr [rsp+24]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_move_sd
    mov rdi, qword ptr [rsp+8]
    mov qword ptr [rsp+24], rdi
# i_trim_t
    add rsp, 24
# line_I
# i_call_f
.db 0x90
    call uniq_2/3
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2748
    mov ecx, 1
    call 140320710850576
L2748:
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
    jl L1115
    ret
# label_L
label_1101:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_1098
# return
    dec r14
    jl L1115
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_1102:
# i_func_info_IaaI
# lists:module_info/0
    call L1113
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xE8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x66, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
module_info/0:
# i_breakpoint_trampoline
    short jmp L2749
.db 0x00
    call L1116
    align 8
L2749:
# i_test_yield
    lea rdx, qword ptr [module_info/0+24]
    dec r14
    jle L1114
# i_move_sd
    mov qword ptr [rbx], 59467
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L2750
    mov ecx, 1
.db 0x90
    call 140320710850576
L2750:
# call_light_bif_be
    align 4
L2751:
L2752:
    long mov rcx, 9223372036854775807
    mov rax, 94919178912304
    lea rdx, qword ptr [L2751]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1115
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_1104:
# i_func_info_IaaI
# lists:module_info/1
    call L1113
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xE8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xCB, 0x66, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
module_info/1:
# i_breakpoint_trampoline
    short jmp L2753
.db 0x00
    call L1116
    align 8
L2753:
# i_test_yield
    lea rdx, qword ptr [module_info/1+24]
    dec r14
    jle L1114
# i_move_sd
    mov rdi, qword ptr [rbx]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov qword ptr [rbx], 59467
# allocate_tt
    lea rdx, qword ptr [r15+32]
    cmp rdx, rsp
    short jbe L2754
    mov ecx, 2
.db 0x66, 0x90
    call 140320710850576
L2754:
# call_light_bif_be
    align 4
L2755:
L2756:
    long mov rcx, 9223372036854775807
    mov rax, 94919178913216
    lea rdx, qword ptr [L2755]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1115
    ret
# func_line_I
# aligned_label_Lt
    align 8
label_1106:
# i_func_info_IaaI
# lists:'-filter/2-lc$^0/1-0-'/2
    call L1113
    align 8
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.db 0x4B, 0xE8, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x4B, 0x57, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
# aligned_label_Lt
    align 8
'-filter/2-lc$^0/1-0-'/2:
# i_breakpoint_trampoline
    short jmp L2757
.db 0x00
    call L1116
    align 8
L2757:
# i_test_yield
    lea rdx, qword ptr ['-filter/2-lc$^0/1-0-'/2+24]
    dec r14
    jle L1114
# is_nonempty_list_fS
    test byte ptr [rbx], 2
    jne label_1111
# allocate_tt
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L2758
    mov ecx, 2
.db 0x0F, 0x1F, 0x00
    call 140320710850576
L2758:
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
# i_call_fun2_atS
    mov rcx, qword ptr [rbx+8]
    mov edx, 1
    lea r8, qword ptr [L2759]
# skipped box test since source is always boxed
# skipped fun test since source is always a fun when boxed
# skipped arity test since source always has right arity
    mov rax, qword ptr [rcx+6]
    mov rdi, qword ptr [rax+r12*8]
L2759:
    call rdi
.db 0x66, 0x90
    call rdi
# i_select_val_lins_sfI
    mov rsi, qword ptr [rbx]
    cmp rsi, 11
    je label_1109
    cmp rsi, 75
    je label_1108
    jmp label_1110
# label_L
label_1108:
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
# i_call_f
.db 0x90
    call '-filter/2-lc$^0/1-0-'/2
# test_heap_It
    lea rdx, qword ptr [r15+48]
    cmp rdx, rsp
    short jbe L2760
    mov ecx, 1
    call 140320710850576
L2760:
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
    jl L1115
    ret
# label_L
label_1109:
# i_move_sd
    mov rdi, qword ptr [rsp+16]
    mov qword ptr [rbx+8], rdi
# i_move_sd
    mov rdi, qword ptr [rsp]
    mov qword ptr [rbx], rdi
# i_call_last_ft
    add rsp, 24
    jmp '-filter/2-lc$^0/1-0-'/2
# label_L
label_1110:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L2761
    mov ecx, 1
    call 140320710850576
L2761:
# put_tuple2_SA
# Move arity word
    mov edi, 128
    mov qword ptr [r15], rdi
# Move tuple data
    mov qword ptr [r15+8], 247563
    mov rdi, qword ptr [rbx]
    mov qword ptr [r15+16], rdi
# Create boxed ptr
    lea rdi, qword ptr [r15+2]
    add r15, 24
    mov qword ptr [rbx], rdi
# call_light_bif_be
    align 4
L2762:
L2763:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089728
    lea rdx, qword ptr [L2762]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
    add rsp, 24
# return
    dec r14
    jl L1115
    ret
# label_L
label_1111:
# is_nil_fS
    cmp qword ptr [rbx], 59
    jne label_1112
# return
    dec r14
    jl L1115
    ret
# label_L
label_1112:
# test_heap_It
    lea rdx, qword ptr [r15+56]
    cmp rdx, rsp
    short jbe L2764
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L2764:
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
    short jbe L2765
    mov ecx, 1
.db 0x66, 0x90
    call 140320710850576
L2765:
# call_light_bif_be
    align 4
L2766:
L2767:
    long mov rcx, 9223372036854775807
    mov rax, 94919179089728
    lea rdx, qword ptr [L2766]
.db 0x0F, 0x1F, 0x00
    call 140320710849472
# deallocate_t
# return
    dec r14
    jl L1115
    ret
# int_code_end
L2768:
    mov rbp, rsp
    lea rsp, qword ptr [rbx-128]
    mov rdi, 94919180896308
    call 94919178184336
.section .rodata {#1}
line:
.db 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
.section .text {#0}
.section .rodata {#1}
attr:
.db 0x83, 0x6C, 0x00, 0x00, 0x00, 0x02, 0x68, 0x02, 0x64, 0x00, 0x03, 0x76, 0x73, 0x6E, 0x6C, 0x00, 0x00, 0x00, 0x01, 0x6E, 0x10, 0x00, 0x21, 0x34, 0x45, 0xF5, 0xB2, 0x9E, 0x95, 0xBD, 0xB7, 0x21, 0xA4, 0x59, 0xE1, 0x81, 0xB3, 0x26, 0x6A, 0x68, 0x02, 0x64, 0x00, 0x08, 0x64, 0x69, 0x61, 0x6C, 0x79, 0x7A, 0x65, 0x72, 0x6C, 0x00, 0x00, 0x00, 0x01, 0x68, 0x02, 0x64, 0x00, 0x11, 0x6E, 0x6F, 0x5F, 0x69, 0x6D, 0x70, 0x72, 0x6F, 0x70, 0x65, 0x72, 0x5F, 0x6C, 0x69, 0x73, 0x74, 0x73, 0x68, 0x02, 0x64, 0x00, 0x0A, 0x75, 0x6B, 0x65, 0x79, 0x6D, 0x65, 0x72, 0x67, 0x65, 0x6C, 0x61, 0x03, 0x6A, 0x6A
.section .text {#0}
.section .rodata {#1}
compile:
.db 0x83, 0x6C, 0x00, 0x00, 0x00, 0x03, 0x68, 0x02, 0x64, 0x00, 0x07, 0x76, 0x65, 0x72, 0x73, 0x69, 0x6F, 0x6E, 0x6B, 0x00, 0x03, 0x38, 0x2E, 0x32, 0x68, 0x02, 0x64, 0x00, 0x07, 0x6F, 0x70, 0x74, 0x69, 0x6F, 0x6E, 0x73, 0x6C, 0x00, 0x00, 0x00, 0x03, 0x64, 0x00, 0x0A, 0x64, 0x65, 0x62, 0x75, 0x67, 0x5F, 0x69, 0x6E, 0x66, 0x6F, 0x68, 0x02, 0x64, 0x00, 0x01, 0x69, 0x6B, 0x00, 0x45, 0x2F, 0x62, 0x75, 0x69, 0x6C, 0x64, 0x2F, 0x72, 0x65, 0x70, 0x72, 0x6F, 0x64, 0x75, 0x63, 0x69, 0x62, 0x6C, 0x65, 0x2D, 0x70, 0x61, 0x74, 0x68, 0x2F, 0x65, 0x72, 0x6C, 0x61, 0x6E, 0x67, 0x2D, 0x32, 0x35, 0x2E, 0x32, 0x2E, 0x33, 0x2B, 0x64, 0x66, 0x73, 0x67, 0x2F, 0x6C, 0x69, 0x62, 0x2F, 0x73, 0x74, 0x64, 0x6C, 0x69, 0x62, 0x2F, 0x73, 0x72, 0x63, 0x2F, 0x2E, 0x2E, 0x2F, 0x69, 0x6E, 0x63, 0x6C, 0x75, 0x64, 0x65, 0x68, 0x02, 0x64, 0x00, 0x01, 0x69, 0x6B, 0x00, 0x4F, 0x2F, 0x62, 0x75, 0x69, 0x6C, 0x64, 0x2F, 0x72, 0x65, 0x70, 0x72, 0x6F, 0x64, 0x75, 0x63, 0x69, 0x62, 0x6C, 0x65, 0x2D, 0x70, 0x61, 0x74, 0x68, 0x2F, 0x65, 0x72, 0x6C, 0x61, 0x6E, 0x67, 0x2D, 0x32, 0x35, 0x2E, 0x32, 0x2E, 0x33, 0x2B, 0x64, 0x66, 0x73, 0x67, 0x2F, 0x6C, 0x69, 0x62, 0x2F, 0x73, 0x74, 0x64, 0x6C, 0x69, 0x62, 0x2F, 0x73, 0x72, 0x63, 0x2F, 0x2E, 0x2E, 0x2F, 0x2E, 0x2E, 0x2F, 0x6B, 0x65, 0x72, 0x6E, 0x65, 0x6C, 0x2F, 0x69, 0x6E, 0x63, 0x6C, 0x75, 0x64, 0x65, 0x6A, 0x68, 0x02, 0x64, 0x00, 0x06, 0x73, 0x6F, 0x75, 0x72, 0x63, 0x65, 0x6B, 0x00, 0x44, 0x2F, 0x62, 0x75, 0x69, 0x6C, 0x64, 0x2F, 0x72, 0x65, 0x70, 0x72, 0x6F, 0x64, 0x75, 0x63, 0x69, 0x62, 0x6C, 0x65, 0x2D, 0x70, 0x61, 0x74, 0x68, 0x2F, 0x65, 0x72, 0x6C, 0x61, 0x6E, 0x67, 0x2D, 0x32, 0x35, 0x2E, 0x32, 0x2E, 0x33, 0x2B, 0x64, 0x66, 0x73, 0x67, 0x2F, 0x6C, 0x69, 0x62, 0x2F, 0x73, 0x74, 0x64, 0x6C, 0x69, 0x62, 0x2F, 0x73, 0x72, 0x63, 0x2F, 0x6C, 0x69, 0x73, 0x74, 0x73, 0x2E, 0x65, 0x72, 0x6C, 0x6A
.section .text {#0}
.section .rodata {#1}
md5:
.db 0x26, 0xB3, 0x81, 0xE1, 0x59, 0xA4, 0x21, 0xB7, 0xBD, 0x95, 0x9E, 0xB2, 0xF5, 0x45, 0x34, 0x21
.section .text {#0}
