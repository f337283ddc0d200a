import Testing

@testable import NetwerkkaartIO

/// The OWASP "CSV Injection" rule, cell by cell: text that a spreadsheet would take for a
/// formula gets a leading apostrophe, numbers stay numbers, and the reader undoes exactly that.
@Suite struct CSVTextTests {
  @Test(arguments: [
    ("=1+1", "'=1+1"), ("+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"), ("-2+3", "'-2+3"), ("@SUM(A1)", "'@SUM(A1)"),
    ("\tx", "'\tx"), ("\rx", "'\rx"), ("'=x", "''=x"), ("''+x", "'''+x"), ("'x", "'x"), ("-3", "-3"), ("+2.5", "+2.5"),
    ("-1e-3", "-1e-3"), ("-1E+3", "-1E+3"), ("-", "'-"), ("-.", "'-."), ("-inf", "'-inf"), ("-1e", "'-1e"),
    ("De Linde", "De Linde"), ("", ""), ("a=b", "a=b"),
  ])
  func formulasAreNeutralisedAndRestored(value: String, written: String) {
    #expect(CSVText.neutralised(value) == written)
    #expect(CSVText.restored(written) == value)
  }
}
