// The attributes of actors, ties and metadata keep the column order of the file they were read
// from, so the model stores them in swift-collections' `OrderedDictionary`. It is re-exported on
// purpose: code that imports NetwerkkaartCore can read and build attributes without adding
// swift-collections to its own package or importing it. No other swift-collections type appears
// in the public API.
@_exported import struct OrderedCollections.OrderedDictionary
