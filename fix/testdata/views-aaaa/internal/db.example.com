; the internal view of example.com, given with the external view: lyncdiscover has
; its AAAA here already and gets no other; sip has none in either view
$ORIGIN example.com.
$TTL 1h
@ SOA ns hm 1 1 1 1 1
lyncdiscover A 10.20.1.5
lyncdiscover AAAA fd20:0:0:1::5
sip A 10.20.1.7
