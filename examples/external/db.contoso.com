; db.contoso.com -- contoso.com, EXTERNAL view (the Internet)
;
; Published by the hidden primary to the provider's secondaries. Owner: DNS
; team <dns@contoso.com>. Every change carries its change number in a
; comment and bumps the serial (YYYYMMDDnn).
;
; Addresses: IPv4 198.51.100.0/24 (DMZ), IPv6 3fff:a1c:100::/64 (DMZ). Both
; are documentation ranges (RFC 5737, RFC 9637) standing in for the real
; provider-assigned ones. Lync Server 2013 Edge dual stack rollout:
; CHG0041377.
;
$ORIGIN contoso.com.
$TTL 3600
@                       IN SOA  ns1.contoso.com. hostmaster.contoso.com. (
                                2024061403 ; serial (YYYYMMDDnn)
                                3600       ; refresh
                                900        ; retry
                                1209600    ; expire
                                300 )      ; negative caching TTL
                        IN NS   ns1.contoso.com.
                        IN NS   ns2.contoso.com.
                        IN MX   10 mail.contoso.com.
                        IN TXT  "v=spf1 mx -all"

ns1                     IN A    198.51.100.53
                        IN AAAA 3fff:a1c:100::53
ns2                     IN A    203.0.113.53
                        IN AAAA 3fff:a1c:200::53
mail                    IN A    198.51.100.25
www                     IN A    198.51.100.80

;; ------------------------------------------------------------ Lync Edge, external side
;; Scaled consolidated Edge (edge01, edge02), hardware load balanced: one
;; VIP per service.
sip                     IN A    198.51.100.10
                        IN AAAA 3fff:a1c:100::10
webconf                 IN A    198.51.100.11
av                      IN A    198.51.100.12
                        IN AAAA 2001:db8:100::12
_sip._tls               IN SRV  0 0 5061 sip.contoso.com.
_sipfederationtls._tcp  IN SRV  0 0 5061 sip.contoso.com.
; XMPP federation: the XMPP proxy shares the Access Edge address
_xmpp-server._tcp       IN SRV  0 0 5269 xmpp.contoso.com.
xmpp                    IN CNAME sip.contoso.com.

;; ------------------------------------------------------------ reverse proxy
;; Everything below is published by the reverse proxy on one listener.
lyncdiscover            IN A    198.51.100.20
                        IN AAAA 3fff:a1c:100::20
webext                  IN A    198.51.100.20
                        IN AAAA 3fff:a1c:100::20
webdirext               IN A    198.51.100.20
                        IN AAAA 3fff:a1c:100::20
meet                    IN A    198.51.100.20
                        IN AAAA 3fff:a1c:100::20
dialin                  IN A    198.51.100.20
                        IN AAAA 3fff:a1c:100::20
owas                    IN A    198.51.100.20
                        IN AAAA 3fff:a1c:100::20
; mobile clients on the guest Wi-Fi, CHG0040890
lyncdiscoverinternal    IN A    10.20.10.20
                        IN AAAA fd6b:3c2e:51a0:10::20
