; ttl-runs: BIND's runs of one owner, as fix must read them to give a new
; AAAA the TTL its A records are served with and change no TTL it keeps
; (test 19b D1, D3). pool's AAAA: two runs, the owner spelled otherwise
; in the second (served at 3600, not 600); sip's A: the second run, 86400
; (not the $TTL); and, in a zone without $TTL, meet inherits from fe11's
; second A record the TTL BIND set it to, 300, not the 600 written.
$ORIGIN contoso.com.
@ 7200 SOA ns1 hostmaster ( 1 3600 900 1209600 300 )
  NS ns1
ns1 A 10.0.1.53
    AAAA fd00:0:0:1::53
_sipinternaltls._tcp SRV 0 0 5061 pool
fe11 300 A 10.0.1.11
     600 A 10.0.1.21
     AAAA fd00:0:0:1::11
     AAAA fd00:0:0:1::21
meet A 10.0.1.40
fe12 A 10.0.1.12
     AAAA fd00:0:0:1::12
fe13 A 10.0.1.13
pool A 10.0.1.11
     A 10.0.1.12
     A 10.0.1.13
pool 600 AAAA fd00:0:0:1::11
POOL ( 3600 AAAA fd00:0:0:1::12 )
sip 900 A 10.0.1.15
SIP 86400 A 10.0.1.16
