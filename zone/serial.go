package zone

import (
	"fmt"
	"time"

	"github.com/zonegen/zonegen/internal/clip"
)

// SerialGreater reports whether serial a is greater than b in RFC 1982
// serial number arithmetic (32 bits).
func SerialGreater(a, b uint32) bool {
	return a != b && (a > b && a-b < 1<<31 || a < b && b-a > 1<<31)
}

// The serial schemes of NextSerial.
const (
	SerialAuto      = "auto"      // keep the file's scheme: date if it looks like YYYYMMDDnn, else increment
	SerialDate      = "date"      // YYYYMMDDnn, nn counting up within a day
	SerialIncrement = "increment" // +1, wrapping as RFC 1982 allows
	SerialUnixTime  = "unixtime"  // seconds since 1970
	SerialKeep      = "keep"      // leave the serial alone
)

// SerialSchemes lists the schemes NextSerial knows.
func SerialSchemes() []string {
	return []string{SerialAuto, SerialDate, SerialIncrement, SerialUnixTime, SerialKeep}
}

// NextSerial returns the serial that follows old under a scheme at time
// now. The result is always greater than old in serial arithmetic, except
// with SerialKeep.
func NextSerial(old uint32, scheme string, now time.Time) (uint32, error) {
	switch scheme {
	case SerialKeep:
		return old, nil
	case SerialIncrement:
		return old + 1, nil
	case SerialDate:
		return atLeast(dateSerial(now), old), nil
	case SerialUnixTime:
		return atLeast(uint32(now.Unix()), old), nil
	case SerialAuto, "":
		if isDateSerial(old) {
			return atLeast(dateSerial(now), old), nil
		}
		return old + 1, nil
	}
	return 0, fmt.Errorf("unknown serial scheme %s (want auto, date, increment, unixtime or keep)", clip.Quote(scheme))
}

// atLeast returns want when it is greater than old, else old+1.
func atLeast(want, old uint32) uint32 {
	if SerialGreater(want, old) {
		return want
	}
	return old + 1
}

// dateSerial returns YYYYMMDD00 for the day of now, in UTC.
func dateSerial(now time.Time) uint32 {
	y, m, d := now.UTC().Date()
	return uint32(y*1000000 + int(m)*10000 + d*100)
}

// isDateSerial reports whether a serial reads as YYYYMMDDnn with a
// plausible date.
func isDateSerial(s uint32) bool {
	day := s / 100
	y, m, d := day/10000, day/100%100, day%100
	return y >= 1980 && y <= 2100 && m >= 1 && m <= 12 && d >= 1 && d <= 31
}
