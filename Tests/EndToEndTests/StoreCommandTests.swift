import ArticleKit
import ArticleStore
import Foundation
import GRDB
import Testing

/// `quoth index` and `--store` as a script would run them, and the store
/// surviving what happens to real processes: kill -9, two at once, a damaged
/// file, a data folder that cannot be written.
@Suite(.serialized)
struct StoreCommandTests {
    /// A data folder of its own for one test, removed after.
    final class DataHome {
        let path = NSTemporaryDirectory() + "quoth-data-\(UUID().uuidString)"
        var environment: [String: String] { ["XDG_DATA_HOME": path, "XDG_STATE_HOME": path + "/state"] }
        var database: String { path + "/quoth/quoth.sqlite" }
        deinit { try? FileManager.default.removeItem(atPath: path) }
    }

    static func quoth(_ arguments: [String], _ home: DataHome) throws -> CommandLineTests.Run {
        try CommandLineTests.quoth(arguments, environment: home.environment)
    }

    @Test func storeAnswersPrintWhatAReadPrints() throws {
        let home = DataHome()
        let index = try Self.quoth(["index", TestData.articles, TestData.seed], home)
        #expect(index.status == 0)
        #expect(index.stdout.hasPrefix("5 files: 5 read ("))
        #expect(try Self.quoth(["index", TestData.articles, TestData.seed], home).stdout.hasPrefix("5 files: 0 read, 5 unchanged;"))
        for arguments in [["quotes"], ["quotes", "--format", "jsonl"], ["quotes", "--speaker", "ms okafor", "--explain"],
                          ["quotes", "--grep", "war", "--format", "csv"], ["speakers"], ["speakers", "--format", "jsonl"]] {
            let read = try Self.quoth(arguments + [TestData.articles, TestData.seed], home)
            let stored = try Self.quoth(arguments + ["--store", TestData.articles, TestData.seed], home)
            #expect(stored.stdout == read.stdout, "\(arguments)")
            #expect(stored.stderr == read.stderr && stored.status == read.status)
            #expect(!read.stdout.isEmpty)
        }
    }

    @Test func withNoPathsTheWholeStoreAnswersAsLastIndexed() throws {
        let home = DataHome()
        #expect(try Self.quoth(["index", TestData.articles, TestData.seed], home).status == 0)
        for arguments in [["quotes", "--speaker", "okafor"], ["quotes", "--format", "jsonl"], ["speakers", "--format", "csv"]] {
            let read = try Self.quoth(arguments + [TestData.articles, TestData.seed], home)
            let stored = try Self.quoth(arguments + ["--store"], home)
            #expect(stored.stdout == read.stdout, "\(arguments)")
            #expect(stored.stderr.isEmpty && stored.status == 0)
        }
        let bare = try Self.quoth(["quotes"], home)
        #expect(bare.status == 2 && bare.stderr.contains("Missing expected argument '<paths> ...'"))
    }

    @Test func indexWithNoPathsIndexesEveryPathAgain() throws {
        let home = DataHome()
        let nothing = try Self.quoth(["index"], home)
        #expect(nothing.status == 2 && nothing.stderr.contains("nothing indexed yet"))
        let folder = home.path + "/news"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: TestData.seed, toPath: folder + "/seed.txt")
        #expect(try Self.quoth(["index", folder, TestData.articles], home).stdout.hasPrefix("5 files: 5 read"))
        try FileManager.default.copyItem(atPath: TestData.articles + "/sport/1.txt", toPath: folder + "/sport.txt")
        let again = try Self.quoth(["index"], home)
        #expect(again.status == 0)
        #expect(again.stdout.hasPrefix("6 files: 1 read ("), "\(again.stdout)")
        #expect(again.stdout.contains("5 unchanged"))
    }

    @Test func aURLIsNotIndexed() throws {
        let home = DataHome()
        let run = try Self.quoth(["quotes", "--store", "https://example.org/a"], home)
        #expect(run.status == 2)
        #expect(run.stderr.contains("--store indexes files and folders; https://example.org/a is read without it"))
    }

    @Test(.needsShared("data/bbc"))
    func killedMidIndexLosesNothingCommittedAndTheNextRunGoesOn() throws {
        let home = DataHome()
        let bbc = TestData.shared("data/bbc")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: CommandLineTests.binary)
        process.arguments = ["index", "--jobs", "1", bbc]
        process.environment = ProcessInfo.processInfo.environment.merging(home.environment) { $1 }
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        // Wait for a few committed chunks, then kill -9 in the middle of the next.
        var committed = 0
        let deadline = Date().addingTimeInterval(60)
        while committed < 300, Date() < deadline, process.isRunning {
            usleep(20_000)
            committed = (try? Self.fileCount(home.database)) ?? 0
        }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal, "the index was still running when killed")
        let after = try Self.fileCount(home.database)
        #expect(after >= committed && committed >= 256)
        let check = try DatabaseQueue(path: home.database).read { try String.fetchOne($0, sql: "PRAGMA integrity_check") }
        #expect(check == "ok")

        let again = try Self.quoth(["index", bbc], home)
        #expect(again.stdout.contains("\(after) unchanged"))
        #expect(again.stdout.hasPrefix("2200 files: \(2200 - after) read") || again.stdout.hasPrefix("2201 files: \(2201 - after) read"))
        let read = try Self.quoth(["speakers", "--format", "jsonl", bbc], home)
        let stored = try Self.quoth(["speakers", "--format", "jsonl", "--store", bbc], home)
        #expect(stored.stdout == read.stdout)
    }

    @Test(.needsShared("data/bbc"))
    func twoIndexesAtOnceNeitherFailNorLoseWrites() throws {
        let home = DataHome()
        let folders = ["politics", "sport", "business", "tech"].map { TestData.shared("data/bbc/" + $0) }
        let processes = folders.map { folder -> Process in
            let process = Process()
            process.executableURL = URL(fileURLWithPath: CommandLineTests.binary)
            // Both runs index politics too, so they write the same rows at the same time.
            process.arguments = ["index", "--jobs", "1", folders[0], folder]
            process.environment = ProcessInfo.processInfo.environment.merging(home.environment) { $1 }
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice  // sport/199.txt's warning
            return process
        }
        for process in processes { try process.run() }
        for process in processes { process.waitUntilExit() }
        #expect(processes.map(\.terminationStatus) == [0, 0, 0, 0])
        #expect(processes.allSatisfy { $0.terminationReason == .exit })
        let again = try Self.quoth(["index"] + folders, home)
        #expect(again.stdout.contains(" 0 read, "), "every file was written by one of the four: \(again.stdout)")
        let read = try Self.quoth(["quotes", "--format", "jsonl"] + folders, home)
        let stored = try Self.quoth(["quotes", "--format", "jsonl", "--store"] + folders, home)
        #expect(stored.stdout == read.stdout)
    }

    @Test func aDamagedDatabaseIsMovedAsideWithOneWarningAndRebuilt() throws {
        let home = DataHome()
        try FileManager.default.createDirectory(atPath: home.path + "/quoth", withIntermediateDirectories: true)
        try Data("this is not a database, whatever it once was".utf8).write(to: URL(fileURLWithPath: home.database))
        let read = try Self.quoth(["speakers", TestData.articles], home)
        let stored = try Self.quoth(["speakers", "--store", TestData.articles], home)
        #expect(stored.stdout == read.stdout)
        let warnings = stored.stderr.split(separator: "\n")
        #expect(warnings.count == 1)
        #expect(warnings.first?.hasPrefix("quoth: \(home.database): the database was damaged") == true)
        #expect(try Self.quoth(["index", TestData.articles], home).stdout.hasPrefix("4 files: 0 read, 4 unchanged"))
    }

    @Test func aDataFolderThatCannotBeWrittenIsOneWarningAndTheFilesAreStillRead() throws {
        // sysfs refuses new folders even to root.
        let environment = ["XDG_DATA_HOME": "/sys/kernel"]
        let read = try CommandLineTests.quoth(["quotes", TestData.articles], environment: environment)
        let stored = try CommandLineTests.quoth(["quotes", "--store", TestData.articles], environment: environment)
        #expect(stored.stdout == read.stdout && stored.status == 0)
        let warnings = stored.stderr.split(separator: "\n")
        #expect(warnings.count == 1)
        #expect(warnings.first?.hasPrefix("quoth: /sys/kernel/quoth: cannot make the data folder") == true)
        #expect(warnings.first?.hasSuffix("; reading the files without the store") == true)
        let index = try CommandLineTests.quoth(["index", TestData.articles], environment: environment)
        #expect(index.status == 1 && index.stderr.split(separator: "\n").count == 1)
    }

    static func fileCount(_ database: String) throws -> Int {
        guard FileManager.default.fileExists(atPath: database) else { return 0 }
        var configuration = Configuration()
        configuration.readonly = true
        configuration.busyMode = .timeout(5)
        return try DatabaseQueue(path: database, configuration: configuration).read { try Int.fetchOne($0, sql: "SELECT count(*) FROM files") ?? 0 }
    }
}
