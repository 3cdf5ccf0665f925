; The internal view: old is redirected by a DNAME, so sip.old here is never
; served and gets no AAAA; pool\.sub is one label below contoso.com. (an
; escaped dot), not below the delegation of sub, and gets one.
$ORIGIN contoso.com.
$TTL 3600
@        IN SOA ns1 hostmaster 1 3600 600 1209600 300
         IN NS  ns1
ns1      IN A    10.0.0.1
ns1      IN AAAA fd00::1
sub      IN NS  ns.elsewhere.net.
pool\.sub IN A   10.0.1.30
old      IN DNAME contoso.net.
sip.old  IN A    10.0.1.40
