import Testing
@testable import ArticleKit

/// The roles news gives people, in the shapes of outlets quoth was not
/// tuned on (US papers, wires, trade press), as a reader would name them.
@Suite struct RoleShapeTests {
    private func role(of name: String, in a: Article) -> String? {
        a.speakers.first { $0.name == name }?.role
    }

    @Test func anOfficeWrittenShortWithItsPeriodIsTheRole() {
        let a = story(#"The bill passed. Gov. Kristi Noem said it was "a success". Lt. Col. Alexander Vindman said he was "concerned". On Monday, Rep. Ilhan Omar called it "shameful"."#)
        #expect(a.speaker(of: "a success") == "Kristi Noem")
        #expect(role(of: "Kristi Noem", in: a) == "Gov.")
        #expect(role(of: "Alexander Vindman", in: a) == "Lt. Col.")
        #expect(role(of: "Ilhan Omar", in: a) == "Rep.")
    }

    @Test func aSecondDescriptionAfterAndIsNotPartOfTheRole() {
        // The wires' "X, A and a former B": the role is the job held now.
        let a = story(#""It is a deal," said Martin Indyk, executive vice president of the Brookings Institution and a former U.S. ambassador to Israel."#)
        #expect(role(of: "Martin Indyk", in: a) == "executive vice president of the Brookings Institution")
    }

    @Test func aRoleForTwoBodiesJoinedByAndStaysWhole() {
        // bbc/tech/386: no job follows "and the", so nothing is cut.
        let a = story(#""It is a shame," said Flic Everett, journalist and dating expert for Company magazine and the Daily Express."#)
        #expect(role(of: "Flic Everett", in: a) == "journalist and dating expert for Company magazine and the Daily Express")
    }

    @Test func aRelativeClauseGivesTheRoleAfterAs() {
        let a = story(#""Prices are as low as I have seen," said Tom Forte, who follows Amazon as a managing director at the D.A. Davidson brokerage."#)
        #expect(a.speaker(of: "as low as") == "Tom Forte")
        #expect(role(of: "Tom Forte", in: a) == "managing director at the D.A. Davidson brokerage")
    }

    @Test func jobsTheListsLearnedFromOtherOutlets() {
        let a = story(#"Kurt Volker, the former special envoy to Ukraine, and Tim Morrison testified. "I was not aware," Volker said. Salesforce founder and co-CEO Marc Benioff said the deal was "historic"."#)
        #expect(a.speaker(of: "not aware") == "Kurt Volker")
        #expect(role(of: "Kurt Volker", in: a) == "former special envoy to Ukraine")
        #expect(role(of: "Marc Benioff", in: a) == "Salesforce founder and co-CEO")
    }

    @Test func aSlashJoinsTheWordsOfARole() {
        // bbc/tech/146
        let a = story(#""People are spending more time online," said Gabrielle Prior, Nielsen/NetRatings analyst."#)
        #expect(role(of: "Gabrielle Prior", in: a) == "Nielsen/NetRatings analyst")
    }
}
