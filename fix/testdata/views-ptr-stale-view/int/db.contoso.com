; int/: lab is delegated here; the shared reverse zone's PTR of ::11 names
; h.lab, which this view does not answer for: fix judges that PTR in
; pool01's view, as the audit does, and says nothing of it (test 20d D2:
; it asked every view that reads the reverse zone, and the external one
; answers for h.lab)
$ORIGIN contoso.com.
$TTL 3600
@   IN SOA ns1 hostmaster ( 2024061401 3600 900 1209600 300 )
    IN NS ns1.example.net.
_sipinternaltls._tcp IN SRV 0 0 5061 pool01
pool01 IN A 10.20.1.11
lab IN NS ns.example.net.
