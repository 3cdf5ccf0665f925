; The external view: fepool has the AAAA of fe01 and fe02 in common.inc and
; that of fe03 in this file, and no server of it is published here
$ORIGIN contoso.com.
$TTL 3600
@ IN SOA ns1 hostmaster ( 1 3600 900 1209600 300 )
  IN NS ns1.example.net.
_sip._tls IN SRV 0 0 443 fepool
$INCLUDE ../common.inc
fepool IN AAAA fd20:0:0:1::13
