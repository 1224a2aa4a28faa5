import { describe, expect, it } from "vitest";
import { findParties, findStatements, partyMatcher, powerHolder, sentenceStatements } from "./index.ts";

const parties = findParties(
  '# Acme Cloud Terms of Service\n\nThese Terms are an agreement between you and Acme Cloud Ltd ("Acme", "we", "us").',
);
const matcher = partyMatcher(parties);
const read = (text: string) =>
  findStatements(text, matcher).map((s) => [s.actor, s.modality, s.topics.join("+")].join(" "));

describe("who holds the power in a sentence", () => {
  it("tells the provider's power from the reader's right", () => {
    expect(read("Acme may suspend or terminate your account at any time.")).toEqual([
      "provider permission ter",
    ]);
    expect(read("We may terminate your account.")).toEqual(["provider permission ter"]);
    expect(read("You may close your account at any time from the settings page.")).toEqual([
      "reader permission ter",
    ]);
    expect(read("The Customer can terminate the contractual relationship at any time.")).toEqual([
      "reader permission ter",
    ]);
  });

  it("reads phrases that start with a form of 'be' as modals", () => {
    expect(read("The member is free to remove any photo from their gallery.")).toEqual([
      "reader permission cr",
    ]);
    expect(read("You are entitled to cancel your subscription.")).toEqual(["reader permission ter"]);
    expect(read("Acme is entitled to suspend your account.")).toEqual(["provider permission ter"]);
    expect(read("We are not liable for lost profits.")).toEqual(["provider negation ltd"]);
  });

  it("reads both parties, the passive and a thing as subject as who they are", () => {
    expect(read("Either party may terminate this Agreement on 30 days' written notice.")).toEqual([
      "both permission ter",
    ]);
    expect(read("Each of us may end the agreement.")).toEqual(["both permission ter"]);
    expect(read("You and Acme may each end this agreement at any time.")).toEqual(["both permission ter"]);
    expect(read("Your account may be suspended without notice.")).toEqual(["unnamed permission ter"]);
    expect(read("This Agreement may be terminated by either party upon notice.")).toEqual([
      "both permission ter",
    ]);
    expect(read("Your posts may be removed by us at any time.")).toEqual(["provider permission cr"]);
  });

  it("reads negation, prohibition and a denial with an exception", () => {
    expect(read("We will not delete your content without telling you first.")).toEqual([
      "provider negation cr",
    ]);
    expect(read("You may not remove any copyright notices.")[0]).toMatch(/^reader prohibition/);
    expect(read("In no event shall Acme be liable for indirect damages.")).toEqual(["provider negation ltd"]);
    expect(read("Neither party shall be liable for indirect damages.")).toEqual(["both negation ltd"]);
    const excepted = findStatements("We will not remove your content unless it breaks the law.", matcher);
    expect(excepted[0]!.excepted).toBe(true);
  });

  it("finds the power behind an aside, a phrase and the present tense", () => {
    expect(read("Acme reserves the right, at its sole discretion, to remove any listing.")).toEqual([
      "provider permission cr",
    ]);
    expect(read("We may, at any time and for any reason, terminate your account.")).toEqual([
      "provider permission ter",
    ]);
    expect(read("Where we close your account because of fraud, we will tell you why.")[0]).toBe(
      "provider permission ter",
    );
    expect(read("Our changes to these Terms apply from the date shown.")).toEqual([]);
  });

  it("reads a list item with the subject and modal of its introduction", () => {
    const texts = ["We may:", "(a) remove any content you post;", "(b) close your account."];
    const statements = sentenceStatements(texts, matcher, [0, 1, 1]);
    expect(powerHolder(statements[1]!, "cr")).toBe("provider");
    expect(powerHolder(statements[2]!, "ter")).toBe("provider");
  });

  it("decides who holds a topic's power", () => {
    const both = findStatements("You may close your account, and we may suspend it for any reason.", matcher);
    expect(powerHolder(both, "ter")).toBe("provider");
    expect(powerHolder(findStatements("You can cancel at any time.", matcher), "ter")).toBe("reader");
    expect(powerHolder(findStatements("We will never delete your files.", matcher), "cr")).toBe("denied");
    expect(powerHolder(findStatements("Fees are non-refundable.", matcher), "ter")).toBe("none");
  });
});
