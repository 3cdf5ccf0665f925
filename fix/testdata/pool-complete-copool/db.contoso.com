; pool01 and sip share their servers (test 18 D2). fe02 has no AAAA yet,
; and both pool names kept fd00:10::12, which no server has: the audit
; reports it for each, before fix and after. fe02 gets fd00:10::c from
; the plan, and pool01 and sip get it as their server's; fix removes no
; record, so fd00:10::12 stays for the engineer to remove.
$TTL 3600
@ IN SOA ns1 hostmaster 1 3600 600 86400 300
  IN NS ns1
ns1 IN A 10.0.0.1
    IN AAAA fd00::1
_sipinternaltls._tcp IN SRV 0 0 5061 pool01
pool01 IN A 10.0.1.11
pool01 IN A 10.0.1.12
pool01 IN AAAA fd00:10::11
pool01 IN AAAA fd00:10::12
sip IN A 10.0.1.11
sip IN A 10.0.1.12
sip IN AAAA fd00:10::11
sip IN AAAA fd00:10::12
fe01 IN A 10.0.1.11
fe01 IN AAAA fd00:10::11
fe02 IN A 10.0.1.12
