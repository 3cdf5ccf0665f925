; views: the external view of contoso.com, beside ../internal/db.contoso.com.
$ORIGIN contoso.com.
$TTL 300
@                       IN SOA  ns1.contoso.com. hostmaster.contoso.com. (
                                2024061401 ; serial
                                3600       ; refresh
                                900        ; retry
                                1209600    ; expire
                                300 )      ; minimum
                        IN NS   ns1.contoso.com.
ns1                     IN A    198.51.100.53

_sip._tls               IN SRV  0 0 443 sip.contoso.com.
lyncdiscover            IN A    198.51.100.20
lyncdiscover            IN AAAA 2a00:1450:4001::20
sip                     IN A    198.51.100.30
sip                     IN AAAA 2a00:1450:4001::30
meet                    IN CNAME webint.contoso.net.
dialin                  IN A    198.51.100.40
dialin                  IN AAAA 2a00:1450:4001::40
; a real finding of this view alone
webconf                 IN A    198.51.100.41            ; want missing-aaaa
