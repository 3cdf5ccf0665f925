; zone-cut: the child zone emea.contoso.com., in the set beside its parent
$ORIGIN emea.contoso.com.
$TTL 3600
@                       IN SOA  ns1.contoso.com. hostmaster.contoso.com. 1 3600 900 1209600 300
                        IN NS   ns1.contoso.com.
pool02                  IN A    10.1.0.10
                        IN AAAA fd00:1::10
; the reverse zone of 10/8 is in the set, and delegates 1.10.in-addr.arpa.,
; which holds pool02's PTR, to a zone that is not: no missing-ptr for pool02
pool03                  IN A    10.2.0.5                 ; want missing-ptr
                        IN AAAA fd00:2::5
