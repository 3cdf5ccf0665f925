; records of another class than the zone's (bind-divergence) are no
; addresses: pool01 gets one AAAA, for its IN A, and e none
$ORIGIN contoso.com.
$TTL 1h
@               IN  SOA  ns1 hostmaster 2024061503 3600 600 1209600 300
                IN  NS   ns1
ns1             IN  A    10.0.0.1
ns1             IN  AAAA fd00::1

_sipinternaltls._tcp  IN SRV 0 0 5061 pool01.contoso.com.
pool01          IN  A    10.0.1.10
pool01          CH  A    10.0.1.11
e               CH  A    10.0.1.12
