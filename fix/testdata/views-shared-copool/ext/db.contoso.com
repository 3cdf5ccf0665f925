; The external view: sip and av are pools of fe01 and fe02 (common.inc),
; and members of each other. With fe02 left out, neither may get
; 2a01:db8:1::12, which no server would have (pool-aaaa-mismatch): that
; the other gets it does not make it a server's (test 18 D2); fe01 gets
; its AAAA
$ORIGIN contoso.com.
$TTL 3600
@ IN SOA ns1 hostmaster ( 1 3600 900 1209600 300 )
  IN NS ns1.example.net.
_sip._tls IN SRV 0 0 443 sip
sip IN A 10.20.1.11
sip IN A 10.20.1.12
av IN A 10.20.1.11
av IN A 10.20.1.12
fe01 IN A 10.20.1.11
$INCLUDE ../common.inc
