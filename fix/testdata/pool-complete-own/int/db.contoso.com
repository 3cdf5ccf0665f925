; The internal view: fepool (common.inc) has the AAAA of fe01 and fe02 in
; this file, and fe03 has none. fepool gets fe03's address after its last
; AAAA record, in this file, which the external view does not read; after
; its A record, in common.inc, the external view would read it too without
; getting it (case pool-complete-shared)
$ORIGIN contoso.com.
$TTL 3600
@ IN SOA ns1 hostmaster ( 1 3600 900 1209600 300 )
  IN NS ns1.example.net.
_sipinternaltls._tcp IN SRV 0 0 5061 fepool
$INCLUDE ../common.inc
fepool IN AAAA fd20:0:0:1::11
fepool IN AAAA fd20:0:0:1::12
fe01 IN A 10.20.1.11
fe01 IN AAAA fd20:0:0:1::11
fe02 IN A 10.20.1.12
fe02 IN AAAA fd20:0:0:1::12
fe03 IN A 10.20.1.13
