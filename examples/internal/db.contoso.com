; db.contoso.com -- contoso.com, INTERNAL view
;
; Served by ns1/ns2 to the corporate network only (split-brain DNS: the
; public view is external/db.contoso.com). Owner: DNS team <dns@contoso.com>.
; Every change carries its change number in a comment and bumps the serial
; (YYYYMMDDnn).
;
; IPv6: unique-local prefix fd6b:3c2e:51a0::/48 (RFC 4193, random global ID),
; one /64 per IPv4 /24: 10.20.N.H -> fd6b:3c2e:51a0:N::H. Reverse zone:
; db.0.a.1.5.e.2.c.3.b.6.d.f.ip6.arpa. The IPv4 reverse zones live on the
; domain controllers and are not kept here.
; Lync Server 2013 dual stack rollout: CHG0041377.
;
$ORIGIN contoso.com.
$TTL 3600
@                       IN SOA  ns1.contoso.com. hostmaster.contoso.com. (
                                2024061402 ; serial
                                3600       ; refresh
                                900        ; retry
                                1209600    ; expire
                                300 )      ; negative caching TTL
                        IN NS   ns1.contoso.com.
                        IN NS   ns2.contoso.com.
                        IN MX   10 mail.contoso.com.

;; ------------------------------------------------------------ infrastructure
ns1                     IN A    10.20.0.53
                        IN AAAA fd6b:3c2e:51a0::53
ns2                     IN A    10.20.0.54
                        IN AAAA fd6b:3c2e:51a0::54
dc01                    IN A    10.20.0.11
                        IN AAAA fd6b:3c2e:51a0::11
dc02                    IN A    10.20.0.12
                        IN AAAA fd6b:3c2e:51a0::12

;; ------------------------------------------------------------ Lync Server 2013
;; Director pool dirpool01 (dir01, dir02) in front of the front end pool
;; pool01 (fe01..fe03), both DNS load balanced. Web services behind the F5
;; pair: webint = front end pool, webdirint = director pool.
;; Pool and server records: pools/frontend.inc.

; automatic sign-in: the director pool, the front end pool as a fallback
_sipinternaltls._tcp    IN SRV  0 0 5061 dirpool01.contoso.com.
                        IN SRV  10 0 5061 pool01.contoso.com.
; time source for Lync Phone Edition devices
_ntp._udp               IN SRV  0 0 123 dc01.contoso.com.

$INCLUDE pools/frontend.inc

; internal web services (F5 VIPs)
webint                  IN A    10.20.10.10
                        IN AAAA fd6b:3c2e:51a0:10::10
webdirint               IN A    10.20.10.20
                        IN AAAA fd6b:3c2e:51a0:10::20

; sip: the director pool's servers (phones, next hop of the Edge pool)
sip                     IN A    10.20.10.21
                        IN A    10.20.10.22
                        IN AAAA fd6b:3c2e:51a0:10::21

; autodiscover and simple URLs on the director's web services
lyncdiscoverinternal    IN CNAME webdirint.contoso.com.
meet                    IN A    10.20.10.20
                        IN AAAA fd6b:3c2e:51a0:10::20
dialin                  IN A    10.20.10.20
dialin              300 IN AAAA fd6b:3c2e:51a0:10::20     ; CHG0041377: short TTL for the cut-over
ucupdates-r2            IN A    10.20.10.20
; Control Panel is published on the front end pool's web services
admin                   IN A    10.20.10.10
                        IN AAAA fd6b:3c2e:51a0:10::10

;; ------------------------------------------------------------ Edge, internal side
;; Scaled consolidated Edge, hardware load balanced on both sides.
edgepool-int            IN A    10.20.20.10
                        IN AAAA fd6b:3c2e:51a0:20::10
edge01-int              IN A    10.20.20.11
                        IN AAAA fd6b:3c2e:51a0:20::11
edge02-int              IN A    10.20.20.12
                        IN AAAA fd6b:3c2e:51a0:20::12
; reverse proxy, internal interface (management only)
rp01-int                IN A    10.20.20.20

;; ------------------------------------------------------------ Office Web Apps
owas                    IN A    10.20.30.10
                        IN AAAA fd6b:3c2e:51a0:30::10
owas01                  IN A    10.20.30.11
                        IN AAAA fd6b:3c2e:51a0:30::11
owas02                  IN A    10.20.30.12
                        IN AAAA fd6b:3c2e:51a0:30::12

;; ------------------------------------------------------------ Exchange 2013
;; Exchange UM does not support IPv6: no AAAA for the Exchange servers.
mail                    IN A    10.20.30.20
autodiscover            IN CNAME mail.contoso.com.
ex01                    IN A    10.20.30.21
ex02                    IN A    10.20.30.22

;; ------------------------------------------------------------ file and print (IPv4 only)
fs01                    IN A    10.20.40.11
fs02                    IN A    10.20.40.12
files                   IN CNAME fs01.contoso.com.
prn-hq-1f               IN A    10.20.40.101
prn-hq-2f               IN A    10.20.40.102
prn-hq-3f               IN A    10.20.40.103
