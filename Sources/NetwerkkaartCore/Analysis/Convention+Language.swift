extension MetricsTable {
  /// The conventions in `language`: in English ``conventions`` as they are; in Dutch the same
  /// conventions in the same order, keys unchanged (`closeness`, as in JSON), sentences in Dutch,
  /// for the tables people read (`metrics --lang nl`). JSON and CSV keep the English sentences.
  public func conventions(in language: Language) -> [Convention] {
    guard language == .nl else { return conventions }
    return conventions.map { Convention($0.name, dutch(of: $0)) }
  }

  /// The Dutch sentence of `convention`, built from the same settings as the English one.
  private func dutch(of convention: Convention) -> String {
    let directed = network.isDirected
    let weighted = network.isWeighted
    if unconverged.contains(where: { $0.rawValue == convention.name }) {
      let steps =
        convention.name == Measure.eigenvector.rawValue
        ? analysis.eigenvector.iterations : analysis.pageRank.iterations
      let reason =
        convention.name == Measure.eigenvector.rawValue
        ? "ze is niet bepaald op een gerichte kaart die niet sterk samenhangend is"
        : "de iteratie kwam niet tot rust"
      return
        "niet geconvergeerd na \(steps) stappen van de machtsmethode: \(reason); de waarden zijn die van de laatste stap"
    }
    switch convention.name {
    case "ties":
      return directed
        ? "gericht; relaties van dezelfde bron naar hetzelfde doel samengevoegd (gewichten opgeteld); relaties met zichzelf weggelaten"
        : "ongericht; relaties tussen hetzelfde paar samengevoegd (gewichten opgeteld); relaties met zichzelf weggelaten"
    case "distance":
      return weighted
        ? "1/gewicht (sterke relaties zijn kort); padlengtes die relatief minder dan 1e-9 verschillen, tellen als even kort"
        : "stappen (gewichten tellen niet)"
    case "degree":
      return (directed ? "in + uit; " : "") + "verschillende buren; degree_centrality = graad/(n-1)"
        + (weighted ? "; sterkte = som van de gewichten" : "")
    case "betweenness":
      var text =
        "Brandes 2001; " + (directed ? "geordende paren" : "elk ongeordend paar één keer") + "; genormaliseerd door "
        + (directed ? "(n-1)(n-2)" : "(n-1)(n-2)/2") + " (= NetworkX normalized=True)"
      if let estimate = approximation {
        // trap-checked: delta is a probability, checked when the approximation was made.
        let percent = Int(((1 - estimate.delta) * 100).rounded())
        text +=
          estimate.isExact
          ? "; exact: de garantie vroeg elke actor als bron"
          : "; geschat uit \(estimate.sampleSize) getrokken bronnen van \(estimate.raw.count) (Brandes-Pich 2007, "
            + "seed \(estimate.seed)); met kans >= \(percent)% ligt elke genormaliseerde waarde binnen "
            + "\(estimate.epsilon) van de exacte"
      }
      return text
    case "closeness" where approximation != nil:
      return "niet berekend met --approximate (daarvoor is elke actor als bron nodig)"
    case "closeness":
      return
        "Wasserman-Faust (r-1)/(n-1) * (r-1)/som(d), r = bereikbare actoren, de actor zelf meegeteld; 0 als er geen zijn"
        + (directed ? "; closeness uitgaand (vanaf de actor), in_closeness inkomend" : "")
    case "harmonic_closeness":
      return "som van 1/d(u,v) over v != u, gedeeld door (n-1)"
        + (directed ? "; uitgaand, in_harmonic_closeness inkomend" : "")
    case "density":
      return directed ? "m/(n(n-1))" : "2m/(n(n-1))"
    case "components":
      return directed ? "zwak samenhangend; losse actoren tellen mee" : "samenhangend; losse actoren tellen mee"
    default:
      return convention.text
    }
  }
}

extension Convention {
  /// The convention's name as a table people read shows it: in English its key (`closeness`,
  /// `harmonic_closeness`), in Dutch the measure's or figure's Dutch name (`harmonische
  /// closeness`, `afstand`).
  public func heading(in language: Language) -> String {
    guard language == .nl else { return name }
    switch name {
    case "ties": return "relaties"
    case "distance": return "afstand"
    default: return Measure(parsing: name)?.name(in: .nl) ?? MapFigure(parsing: name)?.name(in: .nl) ?? name
    }
  }
}
