package zone

import (
	"bytes"
	"cmp"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/miekg/dns"

	"github.com/zonegen/zonegen/internal/clip"
)

// BIND's words for SvcParams it refuses (named-checkzone 9.18).
const (
	svcSyntax       = "syntax error"
	svcDuplicate    = "duplicate query"
	svcDisallowed   = "disallowed (by application policy)"
	svcInconsistent = "inconsistent resource record"
	svcFormErr      = "FORMERR"
	svcRange        = "out of range"
)

// SvcParamKey numbers that BIND's rules name (RFC 9460 §14.3.2).
const (
	svcMandatory     = 0
	svcALPN          = 1
	svcNoDefaultALPN = 2
)

// svcKeyNames are the SvcParamKey names BIND 9.18 knows, which a
// mandatory list may give in any case; it knows no "ohttp" (key8).
var svcKeyNames = map[string]uint16{
	"mandatory": 0, "alpn": 1, "no-default-alpn": 2, "port": 3, "ipv4hint": 4, "ech": 5, "ipv6hint": 6, "dohpath": 7,
}

// checkSvcParams refuses an SVCB or HTTPS record, written in presentation
// form, whose SvcParams BIND 9.18 refuses where miekg/dns reads them
// (docs/decisions.md, "SvcParams and NAPTR regexps as BIND reads them"):
// a key given twice, a mandatory or alpn without a value, a mandatory list
// with a key twice, a key misspelled, an escape or a trailing comma, an
// ipv4hint or ipv6hint that ends in a comma, a dohpath that is not BIND's
// UTF-8 or no relative URI template with a "dns" variable, the key name
// "ohttp", which BIND 9.18 does not know, and BIND's rules on the
// keys as a set: mandatory neither alone nor naming itself, each key it
// names present, no-default-alpn with alpn. What miekg/dns cannot read is
// a bind-divergence note already; a record in RFC 3597's form is
// checkGeneric's. text is the record's entry as written.
func checkSvcParams(rr dns.RR, text []byte) error {
	var s *dns.SVCB
	switch v := rr.(type) {
	case *dns.SVCB:
		s = v
	case *dns.HTTPS:
		s = &v.SVCB
	default:
		return nil
	}
	if len(s.Value) == 0 || bytes.Contains(text, []byte(`\#`)) {
		return nil
	}
	var mandatory []uint16
	for _, kv := range s.Value {
		var err error
		switch v := kv.(type) {
		case *dns.SVCBMandatory:
			mandatory, err = mandatoryKeys(v, text)
		case *dns.SVCBAlpn:
			if len(v.Alpn) == 0 || slices.Contains(v.Alpn, "") {
				err = svcError("alpn without a protocol id, or with an empty one", svcSyntax)
			}
		case *dns.SVCBDoHPath:
			switch {
			case !bindUTF8(v.Template):
				err = svcError("dohpath "+clip.Quote(v.Template)+" is not UTF-8", svcFormErr)
			case !validDoHPath(v.Template):
				err = svcError("dohpath "+clip.Quote(v.Template)+" is not a relative URI template with a \"dns\" variable", svcFormErr)
			}
		case *dns.SVCBIPv4Hint, *dns.SVCBIPv6Hint:
			err = hintText(kv.Key(), text)
		case *dns.SVCBOhttp:
			err = svcError("ohttp is a SvcParamKey BIND 9.18 does not know", svcSyntax)
		}
		if err != nil {
			return fmt.Errorf("%s record: %w", Type(rr.Header().Rrtype), err)
		}
	}
	if err := checkSvcKeys(s.Value, mandatory); err != nil {
		return fmt.Errorf("%s record: %w", Type(rr.Header().Rrtype), err)
	}
	return nil
}

// svcError is a SvcParams problem in BIND's word.
func svcError(what, bind string) error {
	return fmt.Errorf("%s: BIND says %q", what, bind)
}

// mandatoryKeys returns the keys a mandatory SvcParam names, sorted, as
// BIND reads its value from the text of the entry: names in any case or
// keyNNNNN without leading zeros, separated by single commas, none twice.
// miekg/dns reads "KEY1", "key01" and "alpn," too, as a key it keeps as
// 65535. Without a value to be found in the text, miekg/dns's keys serve.
func mandatoryKeys(m *dns.SVCBMandatory, text []byte) ([]uint16, error) {
	var keys []uint16
	value, found := mandatoryText(text)
	if found {
		var err error
		if keys, err = parseKeyList(value); err != nil {
			return nil, err
		}
	} else {
		for _, k := range m.Code {
			keys = append(keys, uint16(k))
		}
	}
	if len(keys) == 0 {
		return nil, svcError("mandatory without a value", svcSyntax)
	}
	slices.Sort(keys)
	for i := 1; i < len(keys); i++ {
		if keys[i] == keys[i-1] {
			return nil, svcError(fmt.Sprintf("mandatory names %s twice", svcKeyName(keys[i])), svcSyntax)
		}
	}
	return keys, nil
}

// mandatoryText returns the value of the entry's mandatory SvcParam as
// written, without its quotes; false when there is none.
func mandatoryText(text []byte) (string, bool) {
	return paramText(text, "mandatory")
}

// paramText returns the value of the entry's SvcParam key as written,
// without its quotes; false when there is none. BIND knows a key by its
// name in lower case only.
func paramText(text []byte, key string) (string, bool) {
	for _, t := range svcParamTokens(text) {
		value, ok := strings.CutPrefix(t.text, key)
		if !ok || value != "" && value[0] != '=' {
			continue
		}
		return unquote(strings.TrimPrefix(value, "=")), true
	}
	return "", false
}

// hintText refuses an ipv4hint or ipv6hint that ends with a comma, as
// BIND does, where miekg/dns reads the addresses before it (test 17 D2).
func hintText(key dns.SVCBKey, text []byte) error {
	if value, ok := paramText(text, key.String()); ok && strings.HasSuffix(value, ",") {
		return svcError(key.String()+"="+clip.Text(value)+" ends with a comma", svcSyntax)
	}
	return nil
}

// svcParamTokens returns the tokens of an SVCB or HTTPS entry after its
// owner, TTL, class, type, priority and target: its SvcParams as written
// (an owner or a target named "mandatory" is none).
func svcParamTokens(text []byte) []token {
	toks := rawTokens(text)
	i := 0
	if len(toks) > 0 && toks[0].off == 0 {
		i = 1 // the owner
	}
	for i < len(toks) && (isClass(toks[i].text) || isTTL(toks[i].text)) {
		i++
	}
	if i+3 > len(toks) {
		return nil
	}
	return toks[i+3:]
}

// parseKeyList reads a mandatory list as BIND does: an escape is none of
// its names (test 17 D3).
func parseKeyList(list string) ([]uint16, error) {
	if list == "" {
		return nil, nil
	}
	if strings.Contains(list, `\`) {
		return nil, svcError("mandatory="+clip.Text(list)+" holds an escape, which BIND does not read in a list of keys", svcSyntax)
	}
	if strings.HasSuffix(list, ",") {
		return nil, svcError("mandatory="+clip.Text(list)+" ends with a comma", svcSyntax)
	}
	var keys []uint16
	for _, name := range strings.Split(list, ",") {
		k, err := parseKeyName(name)
		if err != nil {
			return nil, err
		}
		keys = append(keys, k)
	}
	return keys, nil
}

// parseKeyName reads one key of a mandatory list: a name BIND knows, in
// any case, or "key" and a number up to 65535 without a sign or leading
// zeros.
func parseKeyName(name string) (uint16, error) {
	if k, ok := svcKeyNames[strings.ToLower(name)]; ok {
		return k, nil
	}
	digits, ok := strings.CutPrefix(name, "key")
	if !ok || digits == "" || len(digits) > 1 && digits[0] == '0' || strings.Trim(digits, "0123456789") != "" {
		return 0, svcError("mandatory names "+clip.Quote(name)+", not a SvcParamKey", svcSyntax)
	}
	n, err := strconv.ParseUint(digits, 10, 64)
	if err != nil || n > 65535 {
		return 0, svcError("mandatory names "+clip.Quote(name)+", past key65535", svcRange)
	}
	return uint16(n), nil
}

// checkSvcKeys applies BIND's rules on the record's keys taken in order:
// no key twice; mandatory not alone and not naming itself; each key it
// names present; no-default-alpn after alpn. BIND checks the key it takes
// last against mandatory's list before no-default-alpn, so a record whose
// last key is a no-default-alpn that mandatory names loads without alpn
// (named-checkzone 9.18: `HTTPS 1 . mandatory=no-default-alpn
// no-default-alpn`), and so it does here.
func checkSvcKeys(params []dns.SVCBKeyValue, mandatory []uint16) error {
	keys := make([]uint16, len(params))
	for i, kv := range params {
		keys[i] = uint16(kv.Key())
	}
	slices.SortFunc(keys, cmp.Compare)
	for i := 1; i < len(keys); i++ {
		if keys[i] == keys[i-1] {
			return svcError(fmt.Sprintf("%s is given twice", svcKeyName(keys[i])), svcDuplicate)
		}
	}
	var pending []uint16 // the keys of mandatory's list not met yet
	alpn := false
	for i, k := range keys {
		if i == len(keys)-1 {
			return lastSvcKey(k, pending, alpn)
		}
		switch k {
		case svcALPN:
			alpn = true
		case svcNoDefaultALPN:
			if !alpn {
				return svcError("no-default-alpn without alpn", svcDisallowed)
			}
		}
		if len(pending) > 0 {
			if k > pending[0] {
				return svcError(fmt.Sprintf("mandatory names %s, which the record does not have", svcKeyName(pending[0])), svcInconsistent)
			}
			if k == pending[0] {
				pending = pending[1:]
			}
		}
		if k == svcMandatory {
			if mandatory[0] == svcMandatory {
				return svcError("mandatory names itself", svcDisallowed)
			}
			pending = mandatory
		}
	}
	return nil
}

// lastSvcKey checks the key BIND takes last, k, with the keys of
// mandatory's list not met before it.
func lastSvcKey(k uint16, pending []uint16, alpn bool) error {
	switch {
	case len(pending) > 0 && (k != pending[0] || len(pending) > 1):
		missing := pending[0]
		if k == missing {
			missing = pending[1]
		}
		return svcError(fmt.Sprintf("mandatory names %s, which the record does not have", svcKeyName(missing)), svcInconsistent)
	case len(pending) > 0:
		return nil
	case k == svcMandatory:
		return svcError("mandatory is the only SvcParam", svcDisallowed)
	case k == svcNoDefaultALPN && !alpn:
		return svcError("no-default-alpn without alpn", svcDisallowed)
	}
	return nil
}

// svcKeyName names a SvcParamKey as a zone file writes it.
func svcKeyName(k uint16) string {
	if name := dns.SVCBKey(k).String(); name != "" {
		return name
	}
	return "key" + strconv.Itoa(int(k))
}
