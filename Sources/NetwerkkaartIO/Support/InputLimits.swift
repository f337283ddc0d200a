import NetwerkkaartCore

/// The sizes a map file may declare, checked before anything is allocated for them.
///
/// A file states some sizes instead of spelling them out: Pajek's `*Vertices 30000000`, UCINET's
/// `n=2147483648`, a worksheet cell at `XFD1048576`. A reader that believed them would allocate
/// gigabytes for a 20-byte file, or overflow an `Int` adding up a cell reference. Each reader
/// checks such a size here first and refuses the file with a message naming the limit; the
/// limits, and what each refusal says, are listed in Docs/Reliability.md.
///
/// The limits sit far above any school's partnership map (tens to hundreds of actors) and
/// above the maps the round-trip tests write (10^6 ties).
enum InputLimits {
  /// The most actors a file may declare without listing them (Pajek `*Vertices n`, UCINET `n=`).
  static let maximumDeclaredActors = 1_000_000

  /// The columns of a worksheet: `A` … `XFD`, as in Excel and LibreOffice.
  static let maximumSheetColumns = 16_384

  /// The rows of a worksheet, as in Excel and LibreOffice.
  static let maximumSheetRows = 1_048_576

  /// The most cells a worksheet's table may span (rows with a value × columns up to the last
  /// named one); each costs memory even when empty.
  static let maximumSheetCells = 50_000_000

  /// The problem with a declared count of actors, or `nil` when it can be read. `declaration`
  /// is what the file wrote (`'*Vertices 30000000'`).
  static func declaredActorsProblem(_ count: Int, declaration: String) -> Wording? {
    guard count > maximumDeclaredActors else { return nil }
    return Wording(
      "\(declaration) declares more actors than netwerkkaart reads (at most \(maximumDeclaredActors.grouped)); check the number, or split the map",
      dutch:
        "\(declaration) geeft meer actoren op dan netwerkkaart leest (hoogstens \(maximumDeclaredActors.grouped)); controleer het getal, of splits de kaart"
    )
  }

  /// Whether a matrix of `rows` × `columns` values fits in `available` values, without
  /// overflowing on huge declared sizes.
  static func matrixFits(rows: Int, columns: Int, in available: Int) -> Bool {
    let (cells, overflow) = rows.multipliedReportingOverflow(by: columns)
    return !overflow && cells <= available
  }
}

extension Int {
  /// The number with thin groups of three digits (`1 000 000`), for messages.
  var grouped: String {
    let digits = String(magnitude)
    var out = ""
    for (position, digit) in digits.enumerated() {
      if position > 0 && (digits.count - position) % 3 == 0 { out.append(" ") }
      out.append(digit)
    }
    return (self < 0 ? "-" : "") + out
  }
}
