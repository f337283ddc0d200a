import NetwerkkaartCore

/// What the library and the command line say about a file they cannot open or write, in
/// English and Dutch, after the file's name: `ties.csv: error: no such file`.
public enum FileWording {
  /// The path names nothing.
  public static let missing = Wording("no such file", dutch: "bestand bestaat niet")
  /// The path names a folder where a file is needed.
  public static let isFolder = Wording("is a folder, not a file", dutch: "is een map, geen bestand")
  /// The file exists but cannot be opened.
  public static let unreadable = Wording(
    "cannot be read; check its permissions", dutch: "is onleesbaar; controleer de rechten")
  /// The advice after a failed write, after a semicolon.
  public static let checkFolder = Wording(
    "check that its folder exists and is writable", dutch: "controleer of de map bestaat en beschrijfbaar is")
}
