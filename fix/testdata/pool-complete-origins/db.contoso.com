; Two zones of two origins $INCLUDE one part, with fepool's A records and
; the AAAA of fe01 and fe02; fe03 has none. Both zones give fepool fe03's
; address at one place, after its last AAAA record in the part: the line
; is written once, and each zone reads it under its origin
$ORIGIN contoso.com.
$TTL 3600
@ IN SOA ns1 hostmaster 1 3600 900 1209600 300
@ IN NS ns1
ns1 IN A 10.20.1.1
ns1 IN AAAA fd20:0:0:1::1
_sipinternaltls._tcp IN SRV 0 0 5061 fepool
$INCLUDE part.inc
