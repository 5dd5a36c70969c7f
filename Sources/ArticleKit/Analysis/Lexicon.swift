/// The words attribution turns on, gathered in one place.
///
/// Reporting verbs follow the lexicon published extractors share
/// (../shared/docs/quote-attribution.md), generated in every inflection.
/// The other lists are the closed classes news prose uses around a source:
/// honorifics, pronouns, titles of office, determiners.
enum Lexicon {
    /// Base forms of verbs that introduce reported speech.
    static let reportingVerbBases: [String] = [
        "accept", "acknowledge", "add", "admit", "advise", "agree", "allege", "announce", "answer", "argue",
        "ask", "assert", "assure", "believe", "blame", "boast", "caution", "charge", "cite", "claim", "clarify",
        "comment", "complain", "concede", "conclude", "confirm", "contend", "continue", "counter", "criticize",
        "criticise", "declare", "decline", "deny", "describe", "disagree", "disclose", "dispute", "emphasize",
        "emphasise", "estimate", "exclaim", "explain", "fear", "find", "hope", "indicate", "inform", "insist",
        "joke", "maintain", "mention", "muse", "note", "observe", "plead", "pledge", "point", "predict", "promise",
        "proclaim", "quip", "recall", "recount", "recommend", "reiterate", "remark", "remind", "reply", "report",
        "respond", "retort", "reveal", "say", "scoff", "shout", "signal", "speak", "state", "stress", "suggest",
        "tell", "testify", "think", "tweet", "urge", "vow", "warn", "wonder", "worry", "write", "yell",
        "lament", "concur", "posit", "chime", "interject", "mutter", "whisper", "demand", "question", "challenge",
        "assess", "underscore", "underline", "highlight", "brag", "opine", "rule", "scream", "chant", "cry",
        "holler", "laugh", "sigh", "snap", "gush", "post", "retweet", "text", "email", "concur", "marvel",
        "acknowledge", "announce", "boast", "tease", "vent", "rail", "thunder", "bellow", "growl", "snarl",
        "call", "dub", "label", "brand", "term", "credit", "slam", "deride", "praise", "accuse", "attack",
        "mock", "tout", "hail", "refer", "decry", "condemn", "dismiss", "characterize", "characterise",
        "blast", "chide", "denounce", "lambaste", "ridicule", "quote", "applaud", "thank", "welcome",
        "compare", "repeat", "promise", "pledge", "swear", "lash", "fume", "rage", "read", "sing", "beam", "snipe",
        "recite", "preach", "lecture", "remember", "reminisce", "reflect", "shrug", "smile", "grin", "nod", "concede", "proclaim", "insinuate", "muse", "surmise", "gripe", "grumble", "plead",
    ]

    static let irregular: [String: [String]] = [
        "say": ["say", "says", "said", "saying"],
        "tell": ["tell", "tells", "told", "telling"],
        "write": ["write", "writes", "wrote", "written", "writing"],
        "think": ["think", "thinks", "thought", "thinking"],
        "find": ["find", "finds", "found", "finding"],
        "speak": ["speak", "speaks", "spoke", "spoken", "speaking"],
        "plead": ["plead", "pleads", "pleaded", "pled", "pleading"],
        "sing": ["sing", "sings", "sang", "sung", "singing"],
        "swear": ["swear", "swears", "swore", "sworn", "swearing"],
        "read": ["read", "reads", "reading"],
    ]

    /// Every inflected form of every reporting verb: said, says, saying, told…
    static let reportingVerbs: Set<String> = {
        var forms = Set<String>()
        for base in reportingVerbBases {
            forms.formUnion(irregular[base] ?? inflect(base))
        }
        return forms
    }()

    /// Forms that are nouns as often as verbs: only a cue when nothing
    /// before them makes them a noun (a determiner, an adjective).
    static let nounLikeCues: Set<String> = [
        "chant", "chants", "saying", "sayings", "nod", "nods", "reads", "plea", "pleas", "cries", "shout", "shouts",
        "quip", "quips", "joke", "jokes", "boast", "boasts", "retort", "retorts", "response", "remarks", "lament",
        "call", "calls", "attack", "attacks", "credit", "term", "terms", "brand", "label", "post", "posts", "text",
        "texts", "email", "emails", "laugh", "cry", "welcome", "read", "praise", "quote", "promise", "rage",
        "report", "reports", "note", "notes", "claim", "claims", "state", "states", "comment", "comments",
        "answer", "answers", "estimate", "estimates", "tweet", "tweets", "point", "points", "reply", "replies",
        "charge", "charges", "question", "questions", "challenge", "challenges", "signal", "signals",
        "statement", "promise", "promises", "hope", "hopes", "fear", "fears", "finding", "findings", "rule",
        "rules", "blame", "warning", "warnings", "worry", "worries", "demand", "demands", "vow", "vows",
        "highlight", "highlights", "pledge", "pledges", "report", "dispute", "disputes", "respond", "ruling",
        "thinking", "writing", "remarks", "remark", "quote", "quotes", "cites", "found", "speaking",
    ]

    /// Cues too weak to attribute a quote unless they sit right next to it:
    /// verbs that report an opinion of words, or a state of mind, more than
    /// the words ("called it "…"", "thinks "…"").
    static let weakCueBases: [String] = [
        "call", "dub", "label", "brand", "term", "credit", "slam", "deride", "praise", "accuse", "attack", "mock",
        "tout", "hail", "refer", "decry", "condemn", "dismiss", "characterize", "characterise", "blast", "chide",
        "denounce", "lambaste", "ridicule", "quote", "applaud", "thank", "welcome", "compare", "repeat", "promise",
        "pledge", "swear", "read", "post", "text", "email", "laugh", "sigh", "snap", "rail", "lash", "rage", "fume",
        "vent", "marvel", "tease", "concur", "cry", "gush", "retweet", "think", "believe", "hope", "fear", "find",
        "continue", "worry", "wonder", "estimate", "rule", "question", "challenge", "signal", "describe", "cite",
        "blame", "agree", "accept", "decline", "demand", "assess", "mention", "speak", "report", "point",
        "criticize", "criticise", "recommend", "inform", "charge", "reveal",
    ]

    /// Forms of a strong cue that report weakly: "writing that…", "written".
    static let weakParticiples: [String] = ["writing", "written"]

    /// Every form of every weak cue, generated.
    static let weakCues: Set<String> = {
        var forms = Set(weakParticiples)
        for base in weakCueBases { forms.formUnion(irregular[base] ?? inflect(base)) }
        return forms
    }()

    /// The regular forms of a verb: base, -s, -ed, -ing, with English's
    /// spelling rules (argue → argued, worry → worries, slam → slammed, label
    /// → labelled and labeled).
    static func inflect(_ base: String) -> [String] {
        let vowels: Set<Character> = ["a", "e", "i", "o", "u"]
        var s = base + "s", ed = base + "ed", ing = base + "ing"
        var more: [String] = []
        if base.hasSuffix("e") {
            ed = base + "d"
            ing = String(base.dropLast()) + "ing"
        } else if base.hasSuffix("y"), let before = base.dropLast().last, !vowels.contains(before) {
            s = String(base.dropLast()) + "ies"
            ed = String(base.dropLast()) + "ied"
        } else if base.hasSuffix("s") || base.hasSuffix("sh") || base.hasSuffix("ch") || base.hasSuffix("x") {
            s = base + "es"
        } else if doubledFinals.contains(base) {
            let last = base.last!
            ed = base + String(last) + "ed"
            ing = base + String(last) + "ing"
        } else if bothSpellings.contains(base) {
            more = [base + "led", base + "ling"]
        }
        return [base, s, ed, ing] + more
    }

    /// Verbs that double their last consonant: "slam" → "slammed".
    static let doubledFinals: Set<String> = ["quip", "admit", "plan", "stop", "slam", "snap", "dub", "refer", "concur", "rebut", "commit", "chat"]
    /// Verbs spelt both ways: "labelled" (British), "labeled" (American).
    static let bothSpellings: Set<String> = ["label", "marvel", "signal", "cancel", "model"]

    /// Honorifics stripped from names; the value is the gender they imply.
    static let honorifics: [String: Gender] = [
        "mr": .male, "mr.": .male, "mrs": .female, "mrs.": .female, "ms": .female, "ms.": .female,
        "miss": .female, "dr": .unknown, "dr.": .unknown, "sir": .male, "dame": .female, "lord": .male,
        "lady": .female, "prof": .unknown, "prof.": .unknown, "professor": .unknown, "rev": .unknown,
        "rev.": .unknown, "sen.": .unknown, "sen": .unknown, "rep.": .unknown, "gov.": .unknown,
        "gen.": .unknown, "lt.": .unknown, "col.": .unknown, "capt.": .unknown, "sgt.": .unknown,
        "mx": .unknown, "mx.": .unknown, "messrs": .male, "pres.": .unknown, "supt": .unknown,
        // British style writes them without a full stop: "Gen Musharraf", "Col Gaddafi".
        "gen": .unknown, "col": .unknown, "capt": .unknown, "sgt": .unknown, "lt": .unknown, "gov": .unknown,
    ]

    /// Conjunctions that may open a sentence before its subject: "But the BBC's business editor, Jeff Randall, said".
    static let sentenceConjunctions: Set<String> = ["but", "and", "yet", "however", "meanwhile"]

    /// Words that open what is said of someone's side, place or time, never their job.
    static let rolePrepositions: Set<String> = ["of", "for", "on", "at", "in", "from", "with", "by", "to", "after", "before", "during", "until", "since"]

    /// Titles of peers, who are known by title and surname ("Lord Falconer",
    /// "Baroness Scotland"); the value is the gender they imply. Not "Earl":
    /// it is also a given name (Earl Woods).
    static let peerageTitles: [String: Gender] = [
        "lord": .male, "lady": .female, "baroness": .female, "baron": .male, "viscount": .male, "viscountess": .female,
        "countess": .female,
    ]

    enum Gender: Sendable { case male, female, unknown }

    /// With their contractions: "He’s predicting he will do “very, very well”".
    static let personalPronouns: [String: Gender] = [
        "he": .male, "she": .female, "he's": .male, "he’s": .male, "she's": .female, "she’s": .female,
        "he'd": .male, "he’d": .male, "she'd": .female, "she’d": .female,
    ]
    static let groupPronouns: Set<String> = ["they", "it", "we"]
    static let firstPersonPronouns: Set<String> = ["i", "we", "you"]

    static let determiners: Set<String> = [
        "the", "a", "an", "this", "that", "these", "those", "another", "one", "two", "three", "several",
        "some", "many", "his", "her", "its", "their", "our", "my", "your", "both", "other", "each", "every",
        "no", "most", "few", "four", "five", "six", "seven", "eight", "nine", "ten",
    ]

    /// Words that cannot stand inside a subject noun phrase: they end it.
    static let clauseBoundaries: Set<String> = [
        "that", "and", "but", "or", "as", "while", "because", "since", "when", "after", "before", "if",
        "though", "although", "whereas", "so", "yet", "where", "which", "who", "whom", "whose", "than",
        "unless", "until", "whether", "what", "how", "why", "then", "also", "however", "meanwhile",
        "instead", "still", "now", "later", "earlier", "today", "yesterday", "tonight", "once", "again",
        "even", "just", "only", "not", "never", "has", "have", "had", "is", "was", "were", "are", "be",
        "been", "being", "will", "would", "could", "can", "may", "might", "must", "should", "shall", "did",
        "does", "do", "to", "in", "on", "at", "with", "by", "from", "into", "about", "over", "under",
        "against", "during", "through", "without", "within", "among", "between", "like", "out", "up",
        "said", "says", "told", "it's", "there", "here", "too", "very", "recently", "previously",
        "reportedly", "repeatedly", "further", "ago", "last", "next", "per", "amid", "despite", "via",
    ]

    /// Words between a source and its verb that do not belong to either.
    static let adverbials: Set<String> = [
        "also", "later", "then", "again", "once", "previously", "earlier", "now", "still", "further",
        "too", "recently", "reportedly", "repeatedly", "has", "have", "had", "is", "was", "were", "are",
        "will", "would", "could", "can", "may", "might", "must", "should", "did", "does", "do", "not",
        "never", "already", "just", "ever", "often", "always", "first", "had", "yesterday", "today",
        "tonight", "simply", "flatly", "bluntly", "publicly", "privately", "separately", "quickly",
        "immediately", "subsequently", "been", "even", "has", "n't", "only", "since", "long", "all",
        "both", "herself", "himself", "themselves", "itself", "openly", "proudly", "angrily", "sharply",
    ]

    static let timeWords: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "week", "month",
        "year", "night", "morning", "afternoon", "evening", "weekend", "day", "time", "january",
        "february", "march", "april", "june", "july", "august", "september", "october", "november",
        "december", "jan.", "feb.", "aug.", "sept.", "oct.", "nov.", "dec.", "statement", "interview",
        "letter", "speech", "email", "e-mail", "tweet", "post", "conference", "briefing", "hearing",
    ]

    /// The time words that can end a capitalised run by accident ("on Twitter Tuesday").
    static let daysAndMonths: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
        "april", "june", "july", "august", "september", "october", "november", "december", "jan.", "feb.", "aug.",
        "sept.", "oct.", "nov.", "dec.",
    ]

    static let timePrepositions: Set<String> = ["on", "last", "this", "in", "earlier", "late", "early", "next", "in a", "that"]

    /// Titles of office: they make a role, not a name ("Foreign Minister").
    static let roleWords: Set<String> = [
        "president", "minister", "secretary", "senator", "sen.", "governor", "gov.", "representative",
        "rep.", "chancellor", "chairman", "chairwoman", "chair", "chief", "director", "leader", "prime",
        "foreign", "moderator", "columnist", "commentator", "producer", "delegate", "deputy", "general", "attorney", "spokesman", "spokeswoman", "spokesperson", "justice",
        "judge", "mayor", "ambassador", "king", "queen", "prince", "princess", "pope", "speaker", "vice",
        "executive", "officer", "commissioner", "head", "manager", "coach", "captain", "boss", "founder",
        "chairperson", "candidate", "nominee", "congressman", "congresswoman", "councilman", "councillor",
        "councilwoman", "premier", "defence", "defense", "home", "shadow", "state", "lieutenant",
        "colonel", "sergeant", "inspector", "superintendent", "detective", "constable", "professor",
        "dr", "dr.", "economist", "analyst", "strategist", "pollster", "adviser", "advisor", "aide",
        "official", "officials", "lawyer", "campaign", "manager", "editor", "correspondent", "reporter",
        "host", "anchor", "founder", "ceo", "cfo", "coo", "mp", "mep", "lord", "baroness", "dame", "sir",
        "health", "trade", "industry", "culture", "education", "transport", "environment", "treasury",
        "finance", "interior", "justice", "economy", "work", "pensions", "business", "energy", "culture",
        "media", "sport", "international", "development", "northern", "ireland", "scotland", "wales",
        "communications", "press", "national", "security", "adviser", "majority", "minority", "whip",
        "house", "senate", "democratic", "republican", "gop", "labour", "conservative", "tory", "liberal",
        "democrat", "democrats", "republicans", "party", "former", "acting", "interim", "top", "senior",
        "assistant", "associate", "managing", "co-founder", "president-elect", "presidential",
        "rev.", "gen.", "lt.", "col.", "capt.", "sgt.", "pastor", "bishop", "archbishop", "cardinal",
        "rabbi", "imam", "father", "mrs", "mr", "ms", "mr.", "ms.", "mrs.", "miss", "chief-executive",
        "u.s.", "us", "uk", "eu", "un", "nato", "fbi", "cia", "gop", "nhs", "bbc", "chief", "press",
        "sheriff", "prosecutor", "district", "solicitor", "counsel", "auditor", "comptroller", "treasurer",
        "clerk", "mp", "shadow", "secretary-general", "director-general", "general-secretary",
    ]

    /// Heads of descriptions that name organisations ("the firm said").
    static let organisationHeads: Set<String> = [
        "company", "firm", "group", "bank", "government", "ministry", "department", "agency", "campaign",
        "committee", "commission", "council", "court", "union", "party", "club", "team", "board", "office",
        "administration", "organisation", "organization", "association", "federation", "authority",
        "institute", "foundation", "network", "channel", "newspaper", "paper", "website", "site", "study",
        "report", "survey", "poll", "police", "army", "military", "regulator", "watchdog", "charity",
        "airline", "carrier", "retailer", "manufacturer", "maker", "operator", "broadcaster", "publisher",
        "studio", "label", "society", "body", "coalition", "alliance", "statement", "spokesman", "league",
    ]

    /// Capitalised words that make a name an organisation, not a person.
    static let organisationWords: Set<String> = [
        "kremlin", "house", "department", "ministry", "office", "party", "post", "times", "journal",
        "news", "inc", "inc.", "corp", "corp.", "ltd", "plc", "group", "bank", "association", "commission",
        "committee", "council", "union", "agency", "court", "police", "government", "university",
        "institute", "foundation", "campaign", "church", "network", "press", "club", "fund", "federation",
        "organisation", "organization", "service", "services", "board", "authority", "reuters", "cnn",
        "fox", "bbc", "nbc", "abc", "cbs", "msnbc", "breitbart", "politico", "tribune", "herald", "guardian",
        "telegraph", "mail", "express", "globe", "gazette", "magazine", "pentagon", "congress", "senate",
        "parliament", "whitehall", "downing", "airways", "airlines", "motors", "systems", "technologies",
        "microsoft", "google", "apple", "sony", "nintendo", "ofcom", "ofsted", "uefa", "fifa", "fa",
        "nasa", "fbi", "cia", "nhs", "un", "eu", "nato", "gop", "dnc", "rnc", "opec", "imf", "wto", "who",
        "treasury", "cabinet", "administration", "centre", "center", "coalition", "alliance", "team",
        "review", "daily", "weekly", "radio", "tv", "television", "channel", "agency", "pac", "trust",
        "industries", "holdings", "partners", "capital", "securities", "exchange", "league", "museum",
        "hospital", "school", "college", "academy", "society", "institution", "bureau", "unit", "force",
        // Clubs: "Manchester United", "Blackburn Rovers", "Wigan Athletic".
        "united", "rovers", "wanderers", "athletic", "albion", "rangers", "hotspur",
    ]

    /// Unnamed sources that stand on their own ("a source", "officials").
    static let unnamedSourceHeads: Set<String> = [
        "source", "sources", "official", "officials", "aide", "aides", "spokesman", "spokeswoman",
        "spokesperson", "spokespeople", "analyst", "analysts", "expert", "experts", "critics", "critic",
        "observers", "insiders", "insider", "people", "person", "witness", "witnesses", "residents",
        "resident", "supporters", "opponents", "economists", "diplomats", "diplomat", "lawmakers",
        "members", "voters", "staff", "employees", "police", "investigators", "researchers", "scientists",
        "doctors", "lawyers", "activists", "protesters", "fans", "colleagues", "friends", "allies",
        "advisers", "advisors", "strategists", "democrats", "republicans", "reporters", "journalists",
        "executives", "leaders", "ministers", "mps", "peers", "campaigners", "organisers", "organizers",
        "officers", "prosecutors", "judges", "jurors", "regulators", "negotiators",
        "statement", "report", "study", "poll", "survey", "document", "documents", "memo",
    ]

    /// Offices that share a meaning: "top diplomat" is the foreign minister.
    static let roleSynonyms: [String: [String]] = [
        "diplomat": ["foreign minister", "foreign secretary", "secretary of state"],
        "top diplomat": ["foreign minister", "foreign secretary", "secretary of state"],
        "premier": ["prime minister"],
        "pm": ["prime minister"],
        "chancellor": ["chancellor"],
        "boss": ["chief executive", "manager", "head", "ceo", "chairman", "coach"],
        "chief": ["chief executive", "head", "ceo"],
        "leader": ["leader", "president", "prime minister"],
        "manager": ["manager", "coach"],
        "coach": ["coach", "manager"],
        "minister": ["minister", "secretary"],
        "secretary": ["secretary", "minister"],
        "senator": ["senator", "sen."],
        "governor": ["governor", "gov."],
        "candidate": ["candidate", "nominee"],
        "nominee": ["nominee", "candidate"],
    ]

    /// Country and adjective pairs, so "Russia's" matches "Russian".
    static let demonyms: [String: String] = [
        "russia": "russian", "ukraine": "ukrainian", "france": "french", "germany": "german",
        "britain": "british", "china": "chinese", "america": "american", "us": "us", "u.s.": "us",
        "iran": "iranian", "israel": "israeli", "italy": "italian", "spain": "spanish", "japan": "japanese",
        "india": "indian", "turkey": "turkish", "syria": "syrian", "iraq": "iraqi", "mexico": "mexican",
        "canada": "canadian", "poland": "polish", "ireland": "irish", "scotland": "scottish",
        "wales": "welsh", "england": "english", "europe": "european", "egypt": "egyptian",
    ]

    /// Country names, which stand before a name only as part of a title.
    static let countries: Set<String> = [
        "britain", "china", "france", "germany", "russia", "ukraine", "america", "japan", "india", "iran",
        "israel", "italy", "spain", "mexico", "canada", "australia", "brazil", "turkey", "syria", "iraq",
        "egypt", "pakistan", "afghanistan", "korea", "poland", "ireland", "scotland", "wales", "england",
        "europe", "nigeria", "kenya", "greece", "sweden", "norway", "denmark", "netherlands", "belgium",
        "switzerland", "austria", "portugal", "argentina", "chile", "cuba", "venezuela", "colombia",
    ]

    /// Words that start a sentence capitalised without being a name.
    static let capitalisedFunctionWords: Set<String> = [
        "the", "a", "an", "but", "and", "or", "so", "yet", "in", "on", "at", "for", "of", "to", "by",
        "with", "from", "as", "if", "when", "while", "after", "before", "since", "because", "though",
        "although", "this", "that", "these", "those", "it", "he", "she", "they", "we", "i", "you", "his",
        "her", "their", "its", "our", "my", "there", "here", "what", "who", "why", "how", "where", "which",
        "meanwhile", "however", "still", "also", "then", "now", "yes", "no", "not", "one", "some", "many",
        "most", "all", "both", "each", "every", "speaking", "asked", "according", "last", "next", "under",
        "over", "after", "during", "despite", "instead", "even", "just", "only", "more", "less", "other",
        "another", "such", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "read", "earlier", "later",
        "today", "yesterday", "tomorrow", "monday", "tuesday", "wednesday", "thursday", "friday",
        "saturday", "sunday", "is", "was", "are", "were", "do", "does", "did", "has", "have", "had", "will",
        "would", "can", "could", "should", "may", "might", "must", "let", "please", "thanks", "well", "oh",
    ]

    /// Common first names with their usual gender, for pronoun agreement.
    static let femaleFirstNames: Set<String> = censusFemaleFirstNames.union(handFemaleFirstNames)
    static let maleFirstNames: Set<String> = censusMaleFirstNames.union(handMaleFirstNames)

    /// Given names the census lists miss (British, European, of public figures).
    static let handFemaleFirstNames: Set<String> = [
        "hillary", "theresa", "patricia", "sandra", "margaret", "nancy", "elizabeth", "mary", "sarah", "anne",
        "ann", "jane", "susan", "karen", "linda", "barbara", "maria", "kate", "catherine", "katherine",
        "emma", "laura", "lisa", "michelle", "melania", "ivanka", "chelsea", "kellyanne", "huma", "donna",
        "debbie", "deborah", "elizabeth", "angela", "tessa", "harriet", "ruth", "clare", "claire", "jennifer",
        "jessica", "amy", "rachel", "rebecca", "helen", "julie", "julia", "carly", "condoleezza", "madeleine",
        "nicola", "yvette", "diane", "dianne", "kirsten", "tammy", "elaine", "christine", "marine", "ségolène",
        "segolene", "hazel", "estelle", "janet", "joan", "judith", "heather", "kelly", "megyn", "katrina",
        "hope", "sharon", "caroline", "alison", "victoria", "natalie", "sophie", "charlotte", "lucy", "alice",
        "anna", "irene", "carol", "carolyn", "martha", "dolores", "rosa", "kamala", "nikki", "sarah", "betsy",
        "loretta", "sheila", "valerie", "samantha", "stephanie", "nicole", "kathleen", "jill", "brenda",
        "beverly", "tina", "kim", "michele", "lynn", "dana", "jo", "joanne", "fiona", "gillian", "jacqui",
        "patsy", "ruth", "shirley", "margot", "penny", "liz", "beth", "meg", "jenny", "zoe", "venus", "serena",
        "paula", "kelly", "jodie", "amanda", "melissa", "danielle", "monica", "marsha", "gwen", "gwyneth",
    ]
    static let handMaleFirstNames: Set<String> = [
        "donald", "bill", "barack", "bernie", "tony", "gordon", "john", "james", "robert", "michael", "william",
        "david", "richard", "charles", "joseph", "thomas", "christopher", "daniel", "paul", "mark", "george",
        "steven", "kenneth", "andrew", "edward", "brian", "kevin", "jason", "jeff", "jeffrey", "ryan", "jacob",
        "gary", "nicholas", "eric", "stephen", "larry", "justin", "scott", "brandon", "frank", "benjamin",
        "gregory", "samuel", "raymond", "patrick", "alexander", "jack", "dennis", "jerry", "tyler", "aaron",
        "jose", "henry", "adam", "douglas", "nathan", "peter", "zachary", "kyle", "walter", "harold", "jeremy",
        "ethan", "carl", "keith", "roger", "gerald", "christian", "terry", "sean", "arthur", "austin", "noah",
        "lawrence", "jesse", "joe", "bryan", "billy", "jordan", "albert", "dylan", "bruce", "willie", "gabriel",
        "alan", "juan", "logan", "wayne", "ralph", "roy", "eugene", "randy", "vincent", "russell", "louis",
        "philip", "bobby", "johnny", "bradley", "mike", "jim", "tom", "ted", "marco", "chris", "jeb", "ben",
        "mitt", "mitch", "newt", "rudy", "rudolph", "reince", "sean", "steve", "vladimir", "sergey", "sergei",
        "volodymyr", "emmanuel", "antony", "jens", "boris", "nick", "ed", "ken", "jeremy", "iain", "ian",
        "alastair", "alistair", "jack", "hilary", "geoff", "jared", "dick", "lindsey", "rand", "rick",
        "mikhail", "dmitry", "xi", "jacques", "nicolas", "francois", "françois", "silvio", "gerhard",
        "kofi", "ban", "jean", "pierre", "bob", "jon", "tim", "phil", "rob", "dan", "matt", "matthew",
        "luke", "simon", "martin", "graham", "neil", "colin", "stuart", "gareth", "owen", "rhodri",
        "alex", "arsene", "arsène", "jose", "josé", "sven", "alex", "rafael", "roger", "andy", "lleyton",
        "tiger", "lance", "wayne", "thierry", "jonny", "clive", "kelvin", "howard", "oliver", "liam",
        "charlie", "harry", "reggie", "elton", "robbie", "sting", "bono", "mel", "quentin", "steven",
        "hugh", "jude", "keanu", "leonardo", "martin", "clint", "denzel", "jamie", "jimmy", "kanye",
        "eminem", "usher", "prince", "elvis", "ozzy", "gerry", "trevor", "digby", "kim", "paddy", "menzies",
        "vince", "ming", "nigel", "norman", "kenneth", "ken", "alun", "hywel", "dafydd", "kenny", "les",
        "wolfgang", "jürgen", "jurgen", "angus", "hamish", "fraser", "murray", "ross", "duncan", "alec",
        "chuck", "jimmie", "lyndon", "ronald", "dwight", "franklin", "herbert", "ted", "elijah", "hakeem",
        "reid", "harry", "orrin", "lamar", "trey", "jason", "devin", "darrell", "kevin", "paul", "marcus",
        "corey", "tim", "mike", "carson", "ben", "jeb", "chris", "rand", "bobby", "rick", "lincoln", "jim",
        "martin", "lawrence", "joaquin", "julian", "ari", "josh", "karl", "kellyanne", "stephen", "rahm",
    ]

    /// Abbreviations whose period does not end a sentence.
    static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "lt", "col", "capt", "sgt", "st", "jr",
        "sr", "rev", "inc", "corp", "ltd", "co", "no", "vs", "jan", "feb", "aug", "sept", "sep", "oct", "nov",
        "dec", "mt", "ft", "pres", "supt", "messrs", "u.s", "u.k", "u.n", "d.c", "e.g", "i.e", "a.m", "p.m",
        "ph.d", "fig", "approx", "dept", "est", "govt", "calif", "fla", "ill", "mass", "mich", "minn", "penn",
        "tenn", "tex", "va", "wash", "wis", "ariz", "colo", "conn", "ga", "ind", "kan", "ky", "la", "md",
        "mo", "neb", "nev", "okla", "ore", "pa", "wyo", "ala", "ark", "del",
    ]

    /// First words of two-word place names: "New Hampshire", "Las Vegas".
    static let placeFirstWords: Set<String> = [
        "New", "North", "South", "East", "West", "Las", "Los", "San", "Santa", "Des", "Fort", "Saint", "St.", "Port", "Palm",
        "Lake", "Mount", "Salt", "Baton", "Little", "Upper", "Lower", "Greater", "Central",
    ]
    /// Last words of place names: "Trump Tower", "Salt Lake City".
    static let placeLastWords: Set<String> = [
        "City", "County", "Beach", "Island", "Islands", "Valley", "Street", "Avenue", "Square", "Park", "Hall", "Center",
        "Centre", "University", "College", "Airport", "Hotel", "Church", "Tower", "Plaza", "Bay", "River", "Mountains",
        "Hills", "Heights", "Springs", "Falls", "Creek", "Harbor", "Harbour", "Road", "Bridge", "Stadium", "Arena", "Carolina",
        "Dakota", "Virginia", "Jersey", "Hampshire", "Mexico", "York", "Vegas", "Angeles", "Francisco", "Diego", "Orleans",
    ]

    /// Heads of descriptions that speak for a body named in them: "a Cabinet
    /// Office spokeswoman", "a spokesman for the English National Ballet".
    static let bodyVoices: Set<String> = words("""
        spokesman spokeswoman spokesperson spokespeople statement website lawyers representatives
        """)

    /// Documents and messages that speak for whoever issued them: "Her lawsuit said",
    /// "the suit added", "His message to the chancellor was: …".
    static let documents: Set<String> = words("""
        lawsuit suit statement letter website blog memoir autobiography complaint petition filing report
        study survey review submission manifesto
        message reply response answer advice warning
        """)

    /// Heads of descriptions that mean the body the article names: "the company said".
    static let companyHeads: Set<String> = words("""
        company firm bank carrier airline retailer maker broadcaster newspaper paper agency group club
        team studio label insurer chain operator
        """)

    /// Heads of descriptions that mean a body named with that word: "the
    /// committee" → the Joint Committee on Human Rights.
    static let namedBodyHeads: Set<String> = words("""
        committee commission council ministry department office union party association federation
        authority institute foundation agency board court union league project campaign
        """)

    // MARK: People and their roles

    /// Words that make a role of their own before a name or in apposition:
    /// jobs, offices and callings ("writer Tony Cowell", "Jack Straw, the
    /// foreign secretary"). With `roleWords` (titles of office), the heads a
    /// role phrase ends with.
    static let occupations: Set<String> = words("""
        actor actress artist author co-author buyer biographer broadcaster campaigner cartoonist chef choreographer comedian
        comic commentator composer conductor critic curator dancer designer diarist director dj drummer
        editor entertainer filmmaker frontman frontwoman guitarist historian illustrator journalist lyricist
        musician novelist painter performer photographer pianist playwright poet presenter producer rapper
        reviewer satirist screenwriter sculptor singer singer-songwriter songwriter star superstar vocalist
        writer model broadcaster newsreader columnist blogger publisher
        accountant administrator adviser advisor agent analyst architect attorney auditor banker barrister
        boss broker builder businessman businesswoman chairman chairwoman chairperson chancellor chief
        clerk co-chairman co-founder co-ordinator commissioner consultant coordinator counsel councillor
        councilor dealer deputy developer diplomat director-general economist engineer entrepreneur
        executive expert financier founder governor head industrialist inspector investor lawyer leader
        lecturer magnate manager mayor member minister negotiator officer official operator organiser
        organizer owner partner pilot planner politician pollster president principal professor
        prosecutor psychologist publisher regulator representative researcher scientist secretary
        senator solicitor specialist spokesman spokeswoman spokesperson statistician strategist
        strategist surgeon teacher technician treasurer trustee tycoon vice-chairman vice-president
        doctor nurse physician pharmacist dentist vet veterinarian paramedic midwife psychiatrist
        judge magistrate coroner detective constable sergeant superintendent ombudsman
        priest vicar bishop archbishop cardinal rabbi imam pastor minister cleric monk nun
        soldier general colonel commander captain lieutenant marshal admiral sergeant-major
        coach manager player striker forward midfielder defender goalkeeper keeper winger full-back
        centre-back captain skipper batsman bowler all-rounder wicketkeeper scrum-half fly-half
        hooker prop flanker lock number-eight wing centre jockey trainer rider driver cyclist
        sprinter runner athlete hurdler swimmer boxer fighter wrestler golfer gymnast skater skier
        rower sailor champion medallist medalist debutant international veteran youngster
        chairman-elect president-elect prime-minister premier chancellor mp mep msp am peer
        mps meps spokesmen
        inventor entrepreneur pioneer guru activist protester campaigner pensioner student graduate
        envoy emissary lawmaker legislator fellow elder ranger defenseman defenceman
        co-ceo co-chair co-chief co-president co-owner co-host co-leader co-director vice-chair
        """)

    /// Titles of office that head a role, beside `occupations`.
    static let roleHeads: Set<String> = words("""
        president minister secretary senator sen. governor gov. representative rep. chancellor chairman
        chairwoman chair chief director leader moderator columnist commentator producer delegate general
        attorney spokesman spokeswoman spokesperson justice judge mayor ambassador king queen prince princess
        pope speaker executive officer commissioner head manager coach captain boss founder chairperson
        candidate nominee congressman congresswoman councilman councillor councilwoman premier lieutenant
        colonel sergeant inspector superintendent detective constable professor economist analyst strategist
        pollster adviser advisor aide official lawyer editor correspondent reporter host anchor ceo cfo coo
        mp mep msp whip pastor bishop archbishop cardinal rabbi imam sheriff prosecutor solicitor counsel
        auditor comptroller treasurer clerk secretary-general director-general general-secretary
        chief-executive md chief-of-staff
        """)

    /// Parties, which stand before a name as its role: "Liberal Democrat Alan
    /// Beith", "Fellow Lib Dem Norman Baker", "Tory Michael Howard".
    static let partyWords: Set<String> = words("""
        labour tory tories conservative conservatives liberal democrat democrats lib dem dems republican
        republicans green greens snp ukip plaid unionist unionists dup sdlp
        """)

    /// Capitalised words that may open a role at a sentence's start.
    static let roleOpeners: WordList = ["former", "ex", "new", "acting", "interim", "deputy", "shadow", "fellow", "then"]

    /// Prepositions: a name after one is mentioned in passing.
    static let prepositions: Set<String> = words("""
        of to for with by from against about at in on into onto than like between behind under over among
        towards toward without within via alongside beside including despite during through across upon
        """)

    /// "Dr Erel Avineri, of the Centre for…": words that open an affiliation after a name.
    static let affiliationOpeners: WordList = ["of", "from", "at"]

    /// Honorifics that name an office: "Gov. Mike Pence", "Sen. Chuck Schumer".
    static let officeAbbreviations: Set<String> = words("""
        sen. sen rep. rep gov. gov gen. gen lt. lt col. col capt. capt sgt. sgt pres. pres supt. supt prof. prof rev. rev
        """)

    /// Words that only ever name a body, whatever comes before them: "Morgan
    /// Stanley Group", "John Lewis Partnership Ltd".
    static let corporateWords: WordList = [
        "inc", "inc.", "corp", "corp.", "ltd", "plc", "group", "bank", "association", "commission", "committee", "council",
        "union", "agency", "court", "police", "government", "university", "institute", "foundation", "party", "fund",
        "federation", "organisation", "organization", "services", "board", "authority", "airways", "airlines", "motors",
        "systems", "technologies", "industries", "holdings", "partners", "capital", "securities", "exchange", "trust",
    ]

    /// Words that make another office of the one they qualify: a shadow
    /// chancellor is not the chancellor, nor a deputy prime minister the prime minister.
    static let officeQualifiers: WordList = ["shadow", "deputy", "vice", "former", "ex", "assistant", "junior", "opposition"]

    /// Words that open a relative clause.
    static let relativeWords: WordList = ["who", "whom", "whose", "which", "that", "where", "when"]

    /// Auxiliary and linking verbs.
    static let auxiliaries: Set<String> = words("""
        is was are were has have had will would could can may might must should shall does did do be been being
        """)

    /// Adjectives of nationality: "American Serena Williams", "German Chancellor".
    static let nationalityAdjectives: Set<String> = words("""
        american british english scottish welsh irish french german italian spanish portuguese dutch
        belgian swiss austrian swedish norwegian danish finnish icelandic polish czech slovak hungarian
        romanian bulgarian greek turkish russian ukrainian serbian croatian bosnian albanian georgian
        armenian israeli palestinian lebanese syrian iraqi iranian saudi egyptian libyan moroccan
        algerian tunisian nigerian kenyan ethiopian somali sudanese ghanaian zimbabwean south african
        indian pakistani afghan bangladeshi chinese japanese korean vietnamese thai indonesian malaysian
        filipino australian canadian mexican brazilian argentine argentinian chilean colombian
        venezuelan peruvian cuban jamaican european asian african latin
        frenchman frenchwoman englishman englishwoman scotsman scotswoman welshman welshwoman irishman
        irishwoman dutchman spaniard briton scot swede dane finn pole icelander kiwi aussie
        """)

    /// Nouns right after a capitalised run that make it a work or a body,
    /// not a person: "Rolling Stone magazine", "the programme Go Digital", "the
    /// Edinburgh Lectures series", "Scott's company Scott Free".
    static let workAndBodyNouns: Set<String> = words("""
        magazine newspaper paper programme program show series service website site channel station
        network network radio discussion debate lecture lectures festival awards award conference summit
        company firm group band studio label agency chain brand project scheme campaign report study
        survey index fund trust team club league cup tournament championship album film movie book novel
        song single game machine system computer software device product
        """)

    /// Lowercase nouns that name a kind of body, after which a capitalised
    /// run is that body: "security firm Sophos", "chip maker Texas Instruments".
    static let bodyKinds: Set<String> = words("""
        firm company group maker manufacturer retailer carrier airline bank insurer broker brokerage
        studio label agency newspaper magazine channel broadcaster network programme website charity
        club team party union body watchdog regulator operator giant supplier provider developer publisher
        """)

    /// Words of a run of text split on spaces and newlines.
    ///
    /// Every run of quoth reads the given names this way (thousands of
    /// them) before its first article, so ASCII text is cut at its bytes.
    static func words(_ text: String) -> Set<String> {
        var copy = text
        let ascii: [String]? = copy.withUTF8 { u in
            var words: [String] = []
            var start = 0
            for k in 0...u.count {
                let b = k < u.count ? u[k] : 0x20
                if b >= 0x80 { return nil }
                guard b == 0x20 || b == 0x0A else { continue }
                if k > start { words.append(String(decoding: UnsafeBufferPointer(rebasing: u[start..<k]), as: UTF8.self)) }
                start = k + 1
            }
            return words
        }
        return Set(ascii ?? text.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))
    }

    // MARK: Words around a source, as the attribution rules read them

    /// "Mr. Trump wrote on Twitter on Monday.": words that open where or
    /// when something was said, after its cue.
    static let attributionTailWords: Set<String> = [
        "on", "in", "at", "to", "during", "after", "before", "via", "from", "through", "while", "when", "with", "reporters",
        "as", "about", "of", "outside", "inside",
    ]

    /// "shot back", "fired back": verbs that make a retort with "back".
    static let retortVerbs: WordList = ["shot", "fired", "hit", "wrote", "pushed", "snapped", "struck", "punched"]

    /// "a Donald Trump tweet", "of Republican claims": before a name, these
    /// make the cue word after it a noun.
    static let prepositionsBeforeANoun: WordList = ["of", "for", "to", "in", "on", "with", "by", "about", "from"]

    /// "… and urged": the subject of the clause goes on to the next verb.
    static let clauseConjunctions: WordList = ["and", "but", "then", "or"]

    /// "before saying", "while warning": a participle after these is detached
    /// from any subject right before it.
    static let detachingWords: WordList = ["before", "after", "while", "when", "by", "in", "without", "also"]

    /// Words that open a clause before its subject ("But Smith said").
    static let clauseOpeners: Set<String> = [
        "but", "and", "so", "yet", "however", "meanwhile", "though", "although",
        "while", "whereas", "because", "when", "as", "after", "then",
    ]

    /// Words that open an introductory phrase, not a subject.
    static let introWords: Set<String> = [
        "in", "on", "at", "amid", "after", "before", "during", "despite", "with", "without", "for", "from",
        "by", "under", "over", "since", "until", "if", "when", "once", "to", "of", "about", "like", "unlike",
        "among", "as", "asked", "speaking", "writing", "according", "instead", "still", "yet", "there", "here",
        "it", "this", "that", "what", "which", "who", "where", "why", "how", "not", "no", "yes",
    ]

    /// "As Akhil Amar put it", "Trump went on": short verbs that report
    /// only with the word after them. Asked of every three- or four-letter
    /// word of a quoted paragraph, so it is a bit on the token.
    static let phrasalCueVerbs: WordList = ["put", "puts", "went", "goes"]

    /// "He went on to say": the forms of "go" before "on to".
    static let goForms: WordList = ["went", "goes", "go", "going"]

    /// "Clinton continued to call": verbs before "to" that carry the subject on.
    static let continuingVerbs: WordList = ["continued", "continues", "proceeded"]

    /// "on Friday", "in a statement", "during a Sunday": words of a phrase of
    /// time between a subject and its verb.
    static let timePhraseWords: WordList = ["a", "in", "on", "during", "at", "last", "this"]

    /// "who, on a press call Friday, criticized": words that open an aside
    /// set off by commas between a subject and its verb.
    static let asideOpeners: WordList = [
        "on", "in", "at", "during", "after", "before", "last", "earlier", "later", "meanwhile", "however",
    ]

    /// Adjectives that open a postmodifier: "a source familiar with", "people close to".
    static let postmodifierHeads: WordList = ["familiar", "close", "involved", "knowledgeable", "briefed"]

    /// "familiar with", "close to": the prepositions after a postmodifier head.
    static let postmodifierPrepositions: WordList = ["with", "to", "in", "on"]

    /// "speaking to Fox News", "talking with reporters": whom someone spoke to.
    static let speakingVerbs: WordList = ["speaking", "talking", "writing"]
    static let addresseePrepositions: WordList = ["to", "with"]

    /// "Trade and Industry Secretary", "spokeswoman for women": words that
    /// join the parts of a title.
    static let titleInnerWords: WordList = ["of", "for", "at", "and", "on"]

    /// "Café owners in Zürich", "officials from the State Department": a place
    /// after a plural noun belongs to the noun before it.
    static let placeAfterNounPrepositions: WordList = ["in", "from", "at"]

    /// "a spokesman for the campaign", "Jeffrey Lewis of the James Martin
    /// Center", "Charles de Gaulle": words a phrase read forwards goes on over.
    static let phraseContinuingWords: WordList = ["of", "for", "at", "de", "van", "von"]

    /// "a spokesman for the campaign": what follows these describes the head.
    static let descriptionPrepositions: WordList = ["of", "for", "at"]
    /// The same, where a place may follow too ("officials in Kabul").
    static let descriptionCorePrepositions: WordList = ["for", "of", "at", "in", "from", "to"]

    /// "… and "Q"", "but "Q"": words that may open a sentence before its quote.
    static let sentenceOpeningConjunctions: WordList = ["and", "but", "so"]

    /// "a show called "Brokers"": verbs that give a name.
    static let namingVerbs: WordList = ["called", "named", "titled", "entitled", "dubbed"]

    /// "on "Meet the Press"", "the novel "Opening Belle"": words after which a
    /// title-case quote is a title.
    static let wordsBeforeATitle: Set<String> = [
        "on", "in", "to", "of", "titled", "entitled", "show", "program", "programme",
        "book", "column", "film", "movie", "song", "headline", "memoir", "album", "series",
        "novel", "the", "a", "his", "her", "their", "its",
    ]

    /// "told "Fox and Friends"", "his podcast "The Axe Files"": words naming
    /// where something was said, or to whom.
    static let venueWords: Set<String> = [
        "on", "told", "tells", "telling", "with", "podcast", "show", "program", "programme",
        "book", "novel", "memoir", "film", "movie", "column", "album", "song", "series", "titled", "entitled", "of",
    ]

    /// "This Week with George Stephanopoulos": short joining words a title keeps lowercase.
    static let titleJoiningWords: WordList = ["with", "from", "into", "over", "upon", "about", "than", "that", "this", "your"]

    /// The dashes that sign a quote: "…" ― Karen Bobadilla.
    static let signatureDashes: WordList = ["\u{2015}", "\u{2014}", "\u{2013}", "-"]

    /// Nouns in -ed, which are not past tenses.
    static let nounsInEd: WordList = ["hundred", "speed", "seed", "breed", "creed", "greed", "need", "bed", "shed", "weed", "reed"]

    /// Words in -ly that are not adverbs.
    static let nounsInLy: WordList = ["family", "ally", "italy", "rally", "supply"]

    // MARK: Words inside names and titles

    /// "of", "for", "at", "from": after a name, what follows is an affiliation.
    static let affiliationPrepositions: Set<String> = ["of", "for", "at", "from"]
    /// "in", "from", "at", "of", "for": after a plural noun, a place ("Café owners in Zürich").
    static let placePrepositions: Set<String> = ["in", "from", "at", "of", "for"]
    /// "for", "of", "at", "to": after an unnamed source, whom it speaks for.
    static let agentPrepositions: Set<String> = ["for", "of", "at", "to"]
    /// Particles inside a name: "Ursula von der Leyen", "Charles de Gaulle".
    static let nameParticles: Set<String> = ["de", "van", "von", "al", "bin", "la", "du", "der", "da", "di", "le", "del", "el", "dos", "ibn"]
    /// "of", "for", "and": inside a title ("Secretary of State", "Trade and Industry Secretary").
    static let titleJoiners: Set<String> = ["of", "for", "and"]
}
