; the internal view of example.com: lync gets the address its plan entry maps its own A record to
$ORIGIN example.com.
$TTL 1h
@ SOA ns hm 1 1 1 1 1
lync A 10.20.1.5
only-int A 10.20.1.6
