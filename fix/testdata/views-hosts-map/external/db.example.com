; the external view of example.com, given with the internal view
$ORIGIN example.com.
$TTL 1h
@ SOA ns hm 1 1 1 1 1
lync A 192.0.2.5
