$ORIGIN example.com.
$TTL 1h
@ SOA ns1 hm 1 1 1 1 1
$INCLUDE ns.inc
ns1 A 192.0.2.1
  AAAA 2001:db8::1
lync A 10.20.1.5
