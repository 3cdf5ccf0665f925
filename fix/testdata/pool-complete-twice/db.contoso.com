; fepool has the AAAA of fe01 and fe02 in a part that the zone $INCLUDEs
; twice (BIND reads its records twice), and fe03 has none. fepool's new
; AAAA of fe03 goes after its A record of 10.20.1.13, in this file, which
; the zone reads once: after its last AAAA record, in the part, the zone
; would read it twice, a duplicate-record
$ORIGIN contoso.com.
$TTL 3600
@ IN SOA ns1 hostmaster 1 3600 900 1209600 300
@ IN NS ns1
ns1 IN A 10.20.1.1
ns1 IN AAAA fd20:0:0:1::1
_sipinternaltls._tcp IN SRV 0 0 5061 fepool
fepool IN A 10.20.1.13
$INCLUDE part.inc
$INCLUDE part.inc
fe01 IN A 10.20.1.11
fe01 IN AAAA fd20:0:0:1::11
fe02 IN A 10.20.1.12
fe02 IN AAAA fd20:0:0:1::12
fe03 IN A 10.20.1.13
