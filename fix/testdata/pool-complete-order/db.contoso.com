; Tester 9's design question: the pool name's new AAAA go in the order of
; its A records (.3, .1, .20, .100, .10), which is the order a DNS engineer
; reads, not in its members' name order (fe1, fe10, fe100, fe20) nor by
; address: ::3 is there, then ::1, ::20, ::100, ::10.
$ORIGIN contoso.com.
$TTL 3600
@                    IN SOA ns1 hostmaster ( 2024061401 3600 900 1209600 300 )
                     IN NS  ns1.example.net.
_sipinternaltls._tcp IN SRV 0 0 5061 pool
pool                 IN A    10.20.1.3
                     IN A    10.20.1.1
                     IN A    10.20.1.20
                     IN A    10.20.1.100
                     IN A    10.20.1.10
                     IN AAAA fd20:0:0:1::3
fe1                  IN A    10.20.1.1
fe10                 IN A    10.20.1.10
fe100                IN A    10.20.1.100
fe20                 IN A    10.20.1.20
fe3                  IN A    10.20.1.3
                     IN AAAA fd20:0:0:1::3
