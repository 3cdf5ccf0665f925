; this header line was added on Unix (LF); the rest of the file is CRLF
$ORIGIN example.com.
$TTL 1h
@ SOA ns hm 1 1 1 1 1
lync A 10.20.1.5
next A 10.20.1.6
