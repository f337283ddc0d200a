import NetwerkkaartCore
import Testing

/// The language an environment asks for, by the POSIX order of the locale variables and the
/// tool's own override.
@Suite struct LanguageTests {
  @Test(arguments: [
    ([:], Language.en),
    (["LANG": "nl_BE.UTF-8"], .nl),
    (["LANG": "nl_NL"], .nl),
    (["LANG": "en_GB.UTF-8"], .en),
    (["LANG": "C.UTF-8"], .en),
    (["LANG": "fr_BE.UTF-8"], .en),
    (["LC_ALL": "C", "LANG": "nl_BE.UTF-8"], .en),
    (["LC_ALL": "", "LANG": "nl_BE.UTF-8"], .nl),
    (["LC_MESSAGES": "nl_BE.UTF-8", "LANG": "en_US.UTF-8"], .nl),
    (["NETWERKKAART_LANG": "en", "LANG": "nl_BE.UTF-8"], .en),
    (["NETWERKKAART_LANG": "nl", "LC_ALL": "en_US.UTF-8"], .nl),
  ])
  func environmentDecides(environment: [String: String], expected: Language) {
    #expect(Language(environment: environment) == expected)
  }
}
