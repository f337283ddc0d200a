extension Language {
  /// The language an environment asks for: `NETWERKKAART_LANG` first (`nl` or `en`), else the
  /// POSIX locale variables in their order of precedence, `LC_ALL`, `LC_MESSAGES`, `LANG`; the
  /// first one set and not empty decides. A locale starting with `nl` (`nl_BE.UTF-8`, `nl_NL`)
  /// gives Dutch; any other (`en_GB.UTF-8`, `C`, `POSIX`), and no variable at all, give English,
  /// so machine formats and a bare `C` locale read as before.
  ///
  /// ```swift
  /// Language(environment: ["LANG": "nl_BE.UTF-8"])                            // .nl
  /// Language(environment: ["LANG": "nl_BE.UTF-8", "NETWERKKAART_LANG": "en"]) // .en
  /// Language(environment: ["LC_ALL": "C", "LANG": "nl_BE.UTF-8"])             // .en
  /// ```
  public init(environment: [String: String]) {
    let names = ["NETWERKKAART_LANG", "LC_ALL", "LC_MESSAGES", "LANG"]
    let setting = names.lazy.compactMap { environment[$0] }.first { !$0.isEmpty } ?? ""
    self = setting.lowercased().hasPrefix("nl") ? .nl : .en
  }
}
