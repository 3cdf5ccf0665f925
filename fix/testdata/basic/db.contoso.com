; contoso.com internal view
$ORIGIN contoso.com.
$TTL 1h
@               IN  SOA  ns1 hostmaster (
                         2024061503 ; serial
                         3600 600 1209600 300 )
                IN  NS   ns1
ns1             IN  A    10.0.0.1

_sipinternaltls._tcp  IN SRV 0 0 5061 pool01.contoso.com.

; Front End pool, DNS load balanced
pool01          300  IN  A     10.0.1.11
                300  IN  A     10.0.1.12
                300  IN  A     10.0.1.13
fe01            300  IN  A     10.0.1.11 ; rack 4
fe02.contoso.com. 300 IN A     10.0.1.12
fe03            1h   IN  A     10.0.1.13
sip             IN  CNAME pool01
meet            IN  A    10.0.1.20
printer1        IN  A    10.0.5.9
