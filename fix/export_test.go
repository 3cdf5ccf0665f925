package fix

// NewBytes is newBytes, for the tests of package fix_test.
var NewBytes = newBytes
