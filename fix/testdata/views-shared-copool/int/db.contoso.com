; The internal view: pool01 has a unique-local AAAA, so fe02 gets no global
; one here (pool-scope-mixed), nor in the external view, whose line would go
; into common.inc, which this view reads too
$ORIGIN contoso.com.
$TTL 3600
@ IN SOA ns1 hostmaster ( 1 3600 900 1209600 300 )
  IN NS ns1.example.net.
_sipinternaltls._tcp IN SRV 0 0 5061 pool01
pool01 IN A 10.20.1.11
pool01 IN A 10.20.1.12
pool01 IN AAAA fd20:0:0:1::11
$INCLUDE ../common.inc
