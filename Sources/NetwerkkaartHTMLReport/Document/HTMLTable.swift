import NetwerkkaartCore
import NetwerkkaartIO

/// A table of the report as HTML: a caption, a header row and body rows, every text escaped.
///
/// A sortable table gets a `<button>` in each header cell (so that the keyboard reaches it and
/// Enter or Space sorts) and `aria-sort` on the sorted column; the page's script does the
/// sorting, by each cell's `data-value` when it has one (numbers), else by its text.
struct HTMLTable {
  struct Cell {
    var text: String
    /// The number behind a numeric cell, for sorting.
    var value: Double?

    static func text(_ text: String) -> Cell { Cell(text: text, value: nil) }
    static func number(_ value: Double, decimals: Int) -> Cell {
      Cell(text: NumberFormatting.rounded(value, decimals: decimals), value: value.isFinite ? value : nil)
    }
    static func integer(_ value: Int) -> Cell { Cell(text: String(value), value: Double(value)) }
  }

  var caption: String?
  var header: [String]
  var rows: [[Cell]]
  /// Attributes of each body row (such as `data-actor`), already escaped; empty for none.
  var rowAttributes: [String] = []
  var sortable = false
  var className = "data"
  /// A sentence under the table.
  var note: String?
  /// The report's language: in Dutch the numbers of the cells show a decimal comma (`0,133`);
  /// their `data-value` stays a JSON number for sorting.
  var language: Language = .en

  func html() -> String {
    var out = "<div class=\"table-wrap\"><table class=\"\(className)\(sortable ? " sortable" : "")\">\n"
    if let caption { out += "<caption>\(HTMLText.escaped(caption))</caption>\n" }
    let numeric = header.indices.map { column in
      !rows.isEmpty && rows.allSatisfy { column < $0.count && $0[column].value != nil }
    }
    out += "<thead><tr>"
    for (column, title) in header.enumerated() {
      let kind = numeric[column] ? " class=\"num\"" : ""
      if sortable {
        out +=
          "<th scope=\"col\"\(kind) aria-sort=\"none\"><button type=\"button\" data-column=\"\(column)\">"
          + "\(HTMLText.escaped(title))<span class=\"arrow\" aria-hidden=\"true\"></span></button></th>"
      } else {
        out += "<th scope=\"col\"\(kind)>\(HTMLText.escaped(title))</th>"
      }
    }
    out += "</tr></thead>\n<tbody>\n"
    for (index, row) in rows.enumerated() {
      let attributes = index < rowAttributes.count && !rowAttributes[index].isEmpty ? " " + rowAttributes[index] : ""
      out += "<tr\(attributes)>"
      for (column, cell) in row.enumerated() {
        let kind = column < numeric.count && numeric[column] ? " class=\"num\"" : ""
        let value = cell.value.map { " data-value=\"\($0)\"" } ?? ""
        let tag = column == 0 ? "th scope=\"row\"" : "td"
        let text = cell.value == nil ? cell.text : NumberFormatting.localised(cell.text, in: language)
        out += "<\(tag)\(kind)\(value)>\(HTMLText.escaped(text))</\(column == 0 ? "th" : "td")>"
      }
      out += "</tr>\n"
    }
    out += "</tbody>\n</table></div>\n"
    if let note { out += "<p class=\"note\">\(HTMLText.escaped(note))</p>\n" }
    return out
  }
}
