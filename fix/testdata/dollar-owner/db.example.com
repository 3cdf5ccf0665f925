$ORIGIN example.com.
$TTL 1h
@ SOA ns hm 1 1 1 1 1
; an owner that starts with $ is escaped, or it would read as a directive
\$lync A 10.20.1.5
