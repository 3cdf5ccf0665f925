; The ext view: fe01 comes from the shared part, fe02 is its own
$ORIGIN contoso.com.
$TTL 3600
@ IN SOA ns1 hostmaster ( 2024061401 3600 900 1209600 300 )
  IN NS ns1.example.net.
_sipinternaltls._tcp IN SRV 0 0 5061 fe01
_sipinternaltls._tcp IN SRV 0 0 5061 fe02
$INCLUDE ../fe.inc
fe02 IN A 10.20.1.12
