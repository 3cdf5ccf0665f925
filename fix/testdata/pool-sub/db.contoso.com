; Tester 9's D3: sub is a pool at two of pool's three servers (fe01, fe02),
; pool at all three. sub's members are the names whose addresses all
; belong to its own A set: fe01 (fd20:0:0:1::11) and fe02, not fe03. So
; sub gets ::11 and ::12, fe02 and fe03 their own, and pool the new ::12
; and ::13 of its members. fix compared sub with all of pool's names and
; refused it ("its members have fd20:0:0:1::13").
$ORIGIN contoso.com.
$TTL 3600
@                    IN SOA ns1 hostmaster ( 2024061401 3600 900 1209600 300 )
                     IN NS  ns1.example.net.
_sipinternaltls._tcp IN SRV 0 0 5061 pool
_sip._tls            IN SRV 0 0 5061 sub
pool                 IN A    10.20.1.11
                     IN A    10.20.1.12
                     IN A    10.20.1.13
                     IN AAAA fd20:0:0:1::11
sub                  IN A    10.20.1.11
                     IN A    10.20.1.12
fe01                 IN A    10.20.1.11
                     IN AAAA fd20:0:0:1::11
fe02                 IN A    10.20.1.12
fe03                 IN A    10.20.1.13
