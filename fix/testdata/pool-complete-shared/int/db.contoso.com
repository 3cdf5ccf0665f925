; The internal view: fepool has the AAAA of fe01 and fe02 in common.inc,
; and fe03 has none. fepool would get fe03's address, but its line would
; go into common.inc (after its last AAAA record there, or its A record),
; which the external view reads without getting it (aaaa-shared-file): so
; fe03 gets none either, or fepool's AAAA set would lack an address of a
; member (pool-aaaa-mismatch). Case pool-complete-own has fepool's AAAA in
; this file: the line goes here
$ORIGIN contoso.com.
$TTL 3600
@ IN SOA ns1 hostmaster ( 1 3600 900 1209600 300 )
  IN NS ns1.example.net.
_sipinternaltls._tcp IN SRV 0 0 5061 fepool
$INCLUDE ../common.inc
fe01 IN A 10.20.1.11
fe01 IN AAAA fd20:0:0:1::11
fe02 IN A 10.20.1.12
fe02 IN AAAA fd20:0:0:1::12
fe03 IN A 10.20.1.13
