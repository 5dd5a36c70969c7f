import Foundation
import GRDB
import Testing
@testable import ArticleStore

@Suite struct SchemaTests {
    @Test func migratesAFreshFileInWALMode() throws {
        let folder = try TemporaryFolder()
        let pool = try DatabasePool(path: folder.path("quoth.sqlite"))
        try StoreSchema.migrator.migrate(pool)
        let mode = try pool.read { try String.fetchOne($0, sql: "PRAGMA journal_mode") }
        #expect(mode == "wal")
        let tables = try pool.read { try String.fetchAll($0, sql: "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name") }
        for table in ["articles", "feeds", "files", "quotes", "quotes_fts", "read_state", "speakers"] {
            #expect(tables.contains(table))
        }
    }
}
