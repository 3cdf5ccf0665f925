; the external view of example.com: lyncdiscover lacks its AAAA here only
$ORIGIN example.com.
$TTL 1h
@ SOA ns hm 1 1 1 1 1
lyncdiscover A 192.0.2.5
sip A 192.0.2.7
