/// Human titles for the snake_case metric columns: short ones for a terminal table, full
/// ones for a paper.
enum MetricTitles {
  static func short(_ key: String) -> String {
    switch key {
    case "degree": "degree"
    case "in_degree": "in"
    case "out_degree": "out"
    case "strength": "strength"
    case "in_strength": "in_str"
    case "out_strength": "out_str"
    case "degree_centrality": "deg_c"
    case "betweenness": "betweenness"
    case "betweenness_normalized": "betw_n"
    case "closeness": "closeness"
    case "in_closeness": "in_clos"
    case "harmonic_closeness": "harmonic"
    case "in_harmonic_closeness": "in_harm"
    case "effective_size": "eff_size"
    case "efficiency": "effic"
    case "constraint": "constraint"
    case "eigenvector": "eigenv"
    case "pagerank": "pagerank"
    case "core_number": "core"
    case "clustering": "clust"
    default: key
    }
  }

  static func full(_ key: String) -> String {
    switch key {
    case "degree": "Degree"
    case "in_degree": "In-degree"
    case "out_degree": "Out-degree"
    case "strength": "Strength"
    case "in_strength": "In-strength"
    case "out_strength": "Out-strength"
    case "degree_centrality": "Degree centrality"
    case "betweenness": "Betweenness"
    case "betweenness_normalized": "Betweenness (normalized)"
    case "closeness": "Closeness"
    case "in_closeness": "In-closeness"
    case "harmonic_closeness": "Harmonic closeness"
    case "in_harmonic_closeness": "In-harmonic closeness"
    case "effective_size": "Effective size"
    case "efficiency": "Efficiency"
    case "constraint": "Constraint"
    case "eigenvector": "Eigenvector centrality"
    case "pagerank": "PageRank"
    case "core_number": "Core number"
    case "clustering": "Clustering"
    default: key
    }
  }
}
