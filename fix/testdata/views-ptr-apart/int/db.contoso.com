; Two views. Inside, fe02 gets fd20:0:0:1::12 in this run; sql02, a
; second name of that address, has its AAAA already and no PTR. Each has
; one AAAA in this view, so the PTR names fe02, the name that gets the
; address now, as when the internal view is given alone. Outside, fe02
; has that AAAA and its PTR already: a name is counted in each view
; apart (test 11 D2), and counted here too, fe02 weighed as a pool of
; two AAAA and the internal PTR named sql02 (review 16).
$ORIGIN contoso.com.
$TTL 3600
@   IN SOA ns1 hostmaster ( 2024061401 3600 900 1209600 300 )
    IN NS ns1.example.net.
_sipinternaltls._tcp IN SRV 0 0 5061 fe02
fe02 IN A 10.20.1.12
sql02 IN A 10.20.1.12
sql02 IN AAAA fd20:0:0:1::12
