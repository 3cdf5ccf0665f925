; zone-cut: srv-target-unresolved and dangling-cname check the targets inside
; the zone set only. A name at or below a delegation (NS records at a name that
; is no origin of the set) lies in a child zone that the set does not hold:
; not checked. A child zone the set does hold is checked.
$ORIGIN contoso.com.
$TTL 3600
@                       IN SOA  ns1.contoso.com. hostmaster.contoso.com. 1 3600 900 1209600 300
                        IN NS   ns1.contoso.com.
ns1                     IN A    10.0.0.53
                        IN AAAA fd00::53

; corp.contoso.com. is delegated, and its zone is not in the set
corp                    IN NS   ns1.corp.contoso.com.
ns1.corp                IN A    10.0.0.54
_sipinternaltls._tcp    IN SRV  0 0 5061 pool01.corp.contoso.com.      ; want srv-target-other-domain
lyncdiscoverinternal    IN CNAME web.corp.contoso.com.
lyncdiscover            IN CNAME corp.contoso.com.
_sip._tls               IN SRV  0 0 443 a.b.corp.contoso.com.          ; want srv-target-other-domain

; emea.contoso.com. is delegated to a zone of the set: its names are checked
emea                    IN NS   ns1.contoso.com.
_sipinternaltls._tcp    IN SRV  0 0 5061 pool02.emea.contoso.com.      ; want srv-target-other-domain
_sipinternaltls._tcp    IN SRV  0 0 5061 pool03.emea.contoso.com.      ; want srv-target-other-domain
_sipinternaltls._tcp    IN SRV  0 0 5061 gone.emea.contoso.com.        ; want srv-target-other-domain srv-target-unresolved
sip                     IN CNAME nothere.emea.contoso.com.           ; want dangling-cname
