import Foundation

/// Where the theme files shipped with quoth are.
///
/// The `.theme` files in this folder are this target's resources, so they
/// travel with the binary (in `quoth_QuothThemes.resources` beside it). The
/// folder is found by hand rather than through `Bundle.module`, whose
/// accessor stops the program when the folder is missing: quoth must still
/// start, with its built-in theme, from a bare copied binary.
public enum ShippedThemes {
    static let bundleName = "quoth_QuothThemes.resources"

    /// The folder holding the shipped `.theme` files, if it can be found.
    public static var directory: String? {
        var places = [Bundle.main.bundleURL]
        if let executable = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            places.append(URL(fileURLWithPath: executable).deletingLastPathComponent())
        }
        for place in places {
            let path = place.appendingPathComponent(bundleName).path
            if FileManager.default.fileExists(atPath: path + "/default.theme") { return path }
        }
        return nil
    }
}
