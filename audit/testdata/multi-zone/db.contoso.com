; multi-zone: two zone files audited together as one namespace. The SIP
; domain is contoso.com; the servers live in the AD domain contoso.net.
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

; strict domain matching: targets in contoso.net do not work for contoso.com
_sipinternaltls._tcp    IN SRV  0 0 5061 pool01.contoso.net.     ; want srv-target-other-domain
; contoso.net is in the zone set, so its missing names are unresolved too
_sipinternal._tcp       IN SRV  0 0 5060 pool02.contoso.net.     ; want srv-target-other-domain srv-target-unresolved

; aliases into the other zone
lyncdiscoverinternal    IN CNAME webint.contoso.net.
meet                    IN CNAME webint.contoso.net.
