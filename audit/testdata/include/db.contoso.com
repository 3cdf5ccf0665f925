; include: db.contoso.com keeps the pool records in parts/frontend.inc.
; Findings in the included file carry its own name and line numbers.
$ORIGIN contoso.com.
$TTL 3600
@                       IN SOA  ns1.contoso.com. hostmaster.contoso.com. (
                                2024061401 ; serial
                                3600       ; refresh
                                900        ; retry
                                1209600    ; expire
                                300 )      ; minimum
                        IN NS   ns1.contoso.com.
ns1                     IN A    10.0.0.53

_sipinternaltls._tcp    IN SRV  0 0 5061 pool01.contoso.com.

$INCLUDE parts/frontend.inc

; after the include the origin is contoso.com. again
meet                    IN A    10.0.1.20
meet                    IN AAAA fd00:10:1::20
dialin                  IN A    10.0.1.20                ; want missing-aaaa
