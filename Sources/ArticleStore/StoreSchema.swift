import GRDB

/// The store's tables, built by numbered migrations.
///
/// A migration once shipped is never edited: a database made by an older
/// quoth is brought forward by the migrations it has not yet run, so a
/// library kept for years survives every upgrade. New columns and tables go
/// in a new migration at the end.
enum StoreSchema {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1: files, articles, speakers, quotes, read state, feeds, search") { db in
            // The files and folders indexed, in the order first given: the
            // library a command without paths answers for.
            try db.create(table: "roots") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("path", .text).notNull().unique()
            }
            // One row per file on disk, identified by path, size and mtime:
            // a second index reads a file again only when one of them moved.
            try db.create(table: "files") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("path", .text).notNull().unique()
                // The root it was last indexed under, and its place in that root's reading order.
                t.column("root_id", .integer).references("roots", onDelete: .setNull)
                t.column("ordinal", .integer).notNull().defaults(to: 0)
                t.column("size", .integer).notNull()
                t.column("mtime_ns", .integer).notNull()
                t.column("analyser_version", .integer).notNull()
                // Why the file could not be read; it then holds no article.
                t.column("error", .text)
            }
            try db.create(table: "feeds") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("url", .text).notNull().unique()
                t.column("title", .text)
                t.column("tags", .text).notNull().defaults(to: "")
                t.column("etag", .text)
                t.column("last_modified", .text)
                t.column("last_fetched", .double)
                t.column("last_error", .text)
            }
            try db.create(table: "articles") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("file_id", .integer).references("files", onDelete: .cascade).indexed()
                t.column("feed_id", .integer).references("feeds", onDelete: .cascade).indexed()
                // Where in its file (a feed file holds one article per item).
                t.column("position", .integer).notNull()
                // The article's source after its file's path ("#3" for a feed's
                // third item): the source is printed with the path as given.
                t.column("source_suffix", .text).notNull()
                // A fetched item's own source (its link or guid) when it has no file.
                t.column("source", .text)
                t.column("title", .text).notNull()
                t.column("byline", .text)
                t.column("published", .text)
                t.column("published_iso", .text)
                t.column("site", .text)
                t.column("link", .text)
                t.column("text", .text).notNull()
                t.column("warnings", .text).notNull().defaults(to: "")
                t.column("analyser_version", .integer).notNull()
            }
            try db.create(table: "speakers") { t in
                t.column("article_id", .integer).notNull().references("articles", onDelete: .cascade)
                t.column("position", .integer).notNull()
                t.column("name", .text).notNull()
                t.column("role", .text)
                t.column("kind", .text).notNull()
                // Name forms, one a line.
                t.column("aliases", .text).notNull()
                t.column("quote_count", .integer).notNull()
                t.primaryKey(["article_id", "position"])
            }
            try db.create(table: "quotes") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("article_id", .integer).notNull().references("articles", onDelete: .cascade).indexed()
                t.column("position", .integer).notNull()
                t.column("start", .integer).notNull()
                t.column("end", .integer).notNull()
                t.column("text", .text).notNull()
                t.column("marked_start", .integer).notNull()
                t.column("marked_end", .integer).notNull()
                t.column("kind", .text).notNull()
                // The speaker's position in its article (speakers.position).
                t.column("speaker", .integer)
                t.column("mention_start", .integer)
                t.column("mention_end", .integer)
                t.column("mention", .text)
                t.column("cue_start", .integer)
                t.column("cue_end", .integer)
                t.column("cue", .text)
                t.column("paragraph", .integer).notNull()
                t.column("sieve", .text)
                t.column("resolution_step", .text)
                t.column("evidence_start", .integer)
                t.column("evidence_end", .integer)
                t.column("evidence", .text)
                t.column("evidence_paragraph", .integer)
            }
            try db.create(table: "read_state") { t in
                // ReadingMemory.key: an absolute path, or a URL as it is.
                t.primaryKey("key", .text)
                t.column("read", .boolean).notNull()
                t.column("offset", .integer).notNull()
            }
            try db.create(table: "meta") { t in
                t.primaryKey("key", .text)
                t.column("value", .text).notNull()
            }
            // Word search: "war" is a word of its own, never the end of "aware";
            // `war*` is what a prompt asks while a word is being typed.
            // Prefixes of one to three letters have lists of their own, so the
            // first letters typed into a filter answer as fast as whole words
            // (without them "s" merged the lists of every word in s).
            try db.create(virtualTable: "quotes_fts", using: FTS5()) { t in
                t.synchronize(withTable: "quotes")
                t.tokenizer = .unicode61(diacritics: .remove)
                t.prefixes = [1, 2, 3]
                t.column("text")
            }
            // Which articles hold the words, not where in them: half the
            // indexing time of full detail on the BBC folder, and word and
            // prefix queries need no positions.
            try db.create(virtualTable: "articles_fts", using: FTS5()) { t in
                t.synchronize(withTable: "articles")
                t.tokenizer = .unicode61(diacritics: .remove)
                t.detail = "none"
                t.column("title")
                t.column("text")
            }
        }
        migrator.registerMigration("v2: merged speakers kept for the libraries asked about") { db in
            // Merging the speakers of 100,000 articles takes most of a second;
            // kept here, keyed by the library's articles in order, it is read
            // back in a few milliseconds until one of them changes.
            try db.create(table: "speaker_merges") { t in
                t.primaryKey("fingerprint", .text)
                t.column("made", .double).notNull()
                t.column("entries", .blob).notNull()
            }
        }
        migrator.registerMigration("v3: fetched items kept once per feed, with their paragraphs") { db in
            // "keeps each article once (by guid or link)": an item's key
            // (`FetchedItem.key`) is unique within its feed, so a fetch that
            // races another, or runs again after kill -9, cannot keep it twice.
            try db.alter(table: "articles") { t in
                t.add(column: "item_key", .text)
                // A fetched article has no file to reopen for its paragraphs
                // (`FeedArticleRows`), so they are kept with it.
                t.add(column: "paragraphs", .blob)
            }
            try db.execute(sql: "CREATE UNIQUE INDEX articles_on_feed_item ON articles (feed_id, item_key) WHERE feed_id IS NOT NULL")
            // Where redirects ended last time (`FeedStatus.finalURL`).
            try db.alter(table: "feeds") { t in t.add(column: "final_url", .text) }
        }
        migrator.registerMigration("v4: full-text rows added a chunk at a time, not by a trigger per row") { db in
            // `FullTextRows` adds them in the transaction that writes the
            // rows; deletes and changes still go through the triggers, so a
            // cascade (a file or feed removed) leaves nothing behind.
            try db.execute(sql: "DROP TRIGGER IF EXISTS __quotes_fts_ai")
            try db.execute(sql: "DROP TRIGGER IF EXISTS __articles_fts_ai")
            // Segments are merged sixteen at a time rather than four: each
            // word's entries are rewritten fewer times as the tables grow
            // (the full-text part of 100,000 articles took 13.7 s of CPU
            // against 16.1 s), and a query reads a few more segments.
            try db.execute(sql: "INSERT INTO quotes_fts (quotes_fts, rank) VALUES ('automerge', 16)")
            try db.execute(sql: "INSERT INTO articles_fts (articles_fts, rank) VALUES ('automerge', 16)")
            try FullTextRows.catchUp(in: db)
        }
        migrator.registerMigration("v5: the library listed from indexes, not from the articles' pages") { db in
            // The reader lists every article (title, date, source) and each
            // one's first speakers. From the articles' own rows that read the
            // pages holding their text too (225 MB at 100,000 articles): 290 ms
            // to list them; from these covering indexes, 130 ms.
            try db.execute(sql: "CREATE INDEX IF NOT EXISTS articles_listing ON articles (file_id, position, title, published, source_suffix, source, feed_id)")
            try db.execute(sql: "CREATE INDEX IF NOT EXISTS speakers_listing ON speakers (article_id, position, name) WHERE position < 3")
        }
        return migrator
    }
}
