; Two views that name one address apart: fe02 inside, with its AAAA
; already and no PTR; edge01 outside, with its AAAA and its PTR.
; The internal pool01 gets fd20:0:0:1::12 in this run. The internal
; reverse zone's PTR names fe02, the older holder of the address in its
; own view, not edge01, a name of the external view only, which the
; internal view does not know (test 11 D5, review 16 T3). ext/ is read
; before int/, so edge01 is the first older holder of the address seen.
$ORIGIN contoso.com.
$TTL 3600
@   IN SOA ns1 hostmaster ( 2024061401 3600 900 1209600 300 )
    IN NS ns1.example.net.
_sipinternaltls._tcp IN SRV 0 0 5061 pool01
pool01 IN A 10.20.1.11
       IN A 10.20.1.12
fe01 IN A 10.20.1.11
fe02 IN A 10.20.1.12
fe02 IN AAAA fd20:0:0:1::12
