$ORIGIN contoso.com.
$TTL 3600
@ IN SOA ns1 hostmaster 1 3600 600 1209600 300
  IN NS ns1
ns1 IN A 10.0.1.1
    IN AAAA fd00:10:0:1::1
_sipinternaltls._tcp IN SRV 0 0 5061 pool01
; an A record written twice is one address (an RRset is a set, RFC 2181 5):
; it gets one AAAA, and a hosts entry gives it one address
; pool01 has 10.0.1.12, which no server has: it gets no AAAA, which no
; server would have either (pool-aaaa-mismatch)
pool01 IN A 10.0.1.11
pool01 IN A 10.0.1.12
pool01 IN A 10.0.1.11
fe01   IN A 10.0.1.11
fe01   IN A 10.0.1.11
sip    IN A 10.0.1.20
sip    IN A 10.0.1.20
