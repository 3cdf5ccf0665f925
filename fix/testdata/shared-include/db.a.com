$ORIGIN a.com.
$TTL 1h
@ IN SOA ns hm 1 1 1 1 1
@ NS ns
ns A 10.20.1.1
   AAAA fd20:0:0:1::1
$INCLUDE common.inc
