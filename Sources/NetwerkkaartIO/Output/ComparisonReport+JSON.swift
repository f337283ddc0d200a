import NetwerkkaartCore

extension ComparisonReport {
  /// The JSON contract of `netwerkkaart compare --format json` (`Docs/JSON.md`): the settings,
  /// one object per map in the order given, and the conventions; numbers exact, `null` where a
  /// figure is undefined, never NaN.
  func json() -> String {
    let first = entries.first?.summary
    let members: [(key: String, value: String)] = [
      ("directed", String(first?.directed ?? false)), ("weighted", String(first?.weighted ?? false)),
      ("settings", "[" + settings.map(JSONText.quoted).joined(separator: ", ") + "]"),
      ("maps", JSONText.list(entries.map(mapObject))),
      ("conventions", JSONText.object(sections.map { ($0.key, JSONText.quoted(Language.en.word($0.note))) })),
    ]
    return "{\n" + members.map { "  \(JSONText.quoted($0.key)): \($0.value)" }.joined(separator: ",\n") + "\n}\n"
  }

  private func mapObject(_ entry: Entry) -> String {
    let s = entry.summary
    func real(_ value: Double?) -> String { value.map(NumberFormatting.exact) ?? "null" }
    func shares(_ shares: CodebookShares) -> String {
      JSONText.object(
        shares.field.listedValues.indices.map { index in
          (ComparisonTableLayout.snakeCase(shares.field.listedValues[index].value), real(shares.share(at: index)))
        } + [("unknown", real(shares.unknownShare))])
    }
    let brokers = s.brokers.entries.map { broker in
      JSONText.object([
        ("id", JSONText.quoted(broker.id.rawValue)), ("label", JSONText.quoted(broker.label)),
        (Measure.betweenness.rawValue, NumberFormatting.exact(broker.betweenness)),
        (Measure.betweennessNormalized.rawValue, NumberFormatting.exact(broker.normalized)),
      ])
    }
    return JSONText.object(
      [
        ("label", JSONText.quoted(entry.label)), ("source", JSONText.quoted(entry.source)),
        ("wave", entry.wave.map(JSONText.quoted) ?? "null"),
        ("focal_school", s.school.map { JSONText.quoted($0.rawValue) } ?? "null"),
        ("actors", String(s.actors)), ("actors_internal", String(s.sides.internalCount)),
        ("actors_external", String(s.sides.externalCount)), ("actors_unknown_side", String(s.sides.unknownCount)),
        ("ties", String(s.ties)), ("density", real(s.density)),
        ("density_without_school", real(s.densityWithoutSchool)),
        ("components", String(s.components)),
        ("degree_centralization", real(s.centralization.degree)),
        ("betweenness_centralization", real(s.centralization.betweenness)),
        ("closeness_centralization", real(s.centralization.closeness)),
        (
          "roles",
          JSONText.object(
            ActorRole.allCases.map { ($0.rawValue, String(s.roles.count($0))) } + [("none", String(s.roles.none))])
        ),
        ("tie_records", String(s.motives.records)), ("motive_shares", shares(s.motives)),
        ("form_shares", shares(s.forms)),
      ] + (recordsReasons ? [("reason_shares", shares(s.reasons))] : []) + [
        ("top_brokers", "[" + brokers.joined(separator: ", ") + "]")
      ])
  }
}
