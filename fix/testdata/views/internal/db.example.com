; the internal view of example.com: its AAAA come from its own A records
$ORIGIN example.com.
$TTL 1h
@ SOA ns hm 1 1 1 1 1
lync A 10.20.1.5
only-int A 10.20.1.6
