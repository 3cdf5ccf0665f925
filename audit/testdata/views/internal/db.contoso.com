; views: the internal view of contoso.com. The external view
; (../external/db.contoso.com) is another zone of the same name: BIND
; serves them apart, so their records never form one RRset (RFC 2181 §5).
; Merged, they gave duplicate-record (meet), rrset-ttl-mismatch and
; aaaa-ttl-mismatch (lyncdiscover), cname-other-data (dialin) and
; pool-scope-mixed (sip).
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
pool01                  IN A    10.0.1.11
pool01                  IN A    10.0.1.12
pool01                  IN AAAA fd00:10:1::11
pool01                  IN AAAA fd00:10:1::12
lyncdiscover            IN A    198.51.100.20
lyncdiscover            IN AAAA 2a00:1450:4001::20
lyncdiscoverinternal    IN A    10.0.1.20
lyncdiscoverinternal    IN AAAA fd00:10:1::20
sip                     IN A    10.0.1.30
sip                     IN AAAA fd00:10:1::30
meet                    IN CNAME webint.contoso.net.
dialin                  IN CNAME webint.contoso.net.
; a real finding of this view alone
admin                   IN A    10.0.1.40                ; want missing-aaaa
