; views-suppression: the external view of contoso.com.
$ORIGIN contoso.com.
$TTL 3600
@                       IN SOA  ns1 hostmaster 1 3600 600 86400 300
                        IN NS   ns1
ns1                     IN A    10.0.0.1
                        IN AAAA fd00::1
lyncdiscover            IN A    198.51.100.20
lyncdiscover            IN AAAA 2001:db8::20             ; want documentation-aaaa
; this view's own suppression, which suppresses nothing
lyncdiscover            IN A    198.51.100.21            ; zonegen:ignore missing-aaaa one of two ; want bad-suppression
