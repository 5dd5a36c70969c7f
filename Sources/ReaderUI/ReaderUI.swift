public enum ReaderUIPlaceholder {}
