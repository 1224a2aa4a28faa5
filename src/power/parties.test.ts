import { describe, expect, it } from "vitest";
import { findParties } from "./index.ts";

describe("the parties of an agreement", () => {
  it("takes the provider from its defined terms and title", () => {
    const parties = findParties(
      'Driftwood Cloud — Terms of Service\n\nThese Terms are an agreement between you and Driftwood Cloud Inc., a Delaware corporation ("Driftwood", "we", "us").',
    );
    expect(parties.providerLabel).toBe("Driftwood");
    expect(parties.providerNames).toContain("Driftwood Cloud");
    expect(parties.providerNames).not.toContain("Delaware");
  });

  it("reads a definitions list and the reader's defined terms", () => {
    const parties = findParties(
      "Developer Distribution Agreement\n\nDefinitions\n\nDeveloper or You: any person who provides Products.\n\nGoogle: Google LLC, a Delaware limited liability company.",
    );
    expect(parties.providerLabel).toBe("Google");
    expect(parties.readerAliases).toContain("developer");
  });

  it("says 'the provider' when the document names none, and never takes a sentence for a name", () => {
    expect(findParties("We may change these terms.\nYou may leave.").providerLabel).toBe("the provider");
    const shouting = findParties(
      'ZYNGA TERMS OF SERVICE\n\nANY DISPUTE WITH ZYNGA MUST BE RESOLVED BY ARBITRATION ("the Rules").',
    );
    expect(shouting.providerLabel).toBe("Zynga");
  });
});
