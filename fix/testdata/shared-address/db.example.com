$TTL 1h
$ORIGIN example.com.
@ IN SOA ns hm 1 1 1 1 1
@ NS ns
ns A 10.20.1.1
   AAAA fd20:0:0:1::1
; meet and dialin share an address: meet, the first in file order, gets the PTR
meet A 10.20.1.20
dialin A 10.20.1.20
low A 10.20.1.2
