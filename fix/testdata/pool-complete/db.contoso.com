; Tester Q3: fepool-ams has the AAAA of fe01 and fe02, and fe03 has none.
; fe03 gets the address the plan derives, and so does fepool-ams, whose
; AAAA set is its members' (pool-aaaa-mismatch): a pool with three A
; records gets three AAAA. fepool-ams writes its AAAA with a TTL of 600:
; its new one joins that RRset at 600.
; dirpool has no AAAA, and dir01 has one the plan does not give: dirpool
; gets none (it would lack dir01's and have one no member has), dir02 gets
; its own.
$ORIGIN contoso.com.
$TTL 3600
@                    IN SOA ns1 hostmaster ( 2024061401 3600 900 1209600 300 )
                     IN NS  ns1.example.net.
_sipinternaltls._tcp IN SRV 0 0 5061 fepool-ams
_sipinternal._tcp    IN SRV 0 0 5061 dirpool
fepool-ams           IN A    10.20.1.11
                     IN A    10.20.1.12
                     IN A    10.20.1.13
fepool-ams       600 IN AAAA fd20:0:0:1::11
fepool-ams       600 IN AAAA fd20:0:0:1::12
fe01                 IN A    10.20.1.11
                     IN AAAA fd20:0:0:1::11
fe02                 IN A    10.20.1.12
                     IN AAAA fd20:0:0:1::12
fe03                 IN A    10.20.1.13
dirpool              IN A    10.20.2.21
                     IN A    10.20.2.22
dir01                IN A    10.20.2.21
                     IN AAAA fd20:0:0:2::121
dir02                IN A    10.20.2.22
