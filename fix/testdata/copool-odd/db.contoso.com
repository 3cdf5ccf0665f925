$ORIGIN contoso.com.
$TTL 3600
@ IN SOA ns1 hostmaster 1 3600 600 1209600 300
  IN NS ns1
ns1 IN A 10.0.1.1
    IN AAAA fd00:10:0:1::1
_sipinternaltls._tcp IN SRV 0 0 5061 pool01
; pool01 and sip share their servers (test 18 D2): each is the other's
; member, but each is compared with the servers only. Both have
; 10.0.1.12, which no server has: neither gets an AAAA, which no server
; would have (pool-aaaa-mismatch); that both would get it does not make
; it a server's
pool01 IN A 10.0.1.11
pool01 IN A 10.0.1.12
sip    IN A 10.0.1.11
sip    IN A 10.0.1.12
fe01   IN A 10.0.1.11
; dirpool and dialin share their servers; dialin kept fd00:10:0:1::29 of
; a server that is gone (the audit's pool-aaaa-mismatch, before and
; after): dirpool gets its servers' addresses, for that stale address is
; no server's
dirpool IN A 10.0.1.21
dirpool IN A 10.0.1.22
dialin  IN A 10.0.1.21
dialin  IN A 10.0.1.22
dialin  IN AAAA fd00:10:0:1::21
dialin  IN AAAA fd00:10:0:1::22
dialin  IN AAAA fd00:10:0:1::29
dir01   IN A 10.0.1.21
dir01   IN AAAA fd00:10:0:1::21
dir02   IN A 10.0.1.22
dir02   IN AAAA fd00:10:0:1::22
