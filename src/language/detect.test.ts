/** The language of an agreement, and the refusal of one Counterweight does not read. */
import { describe, expect, it } from "vitest";
import { isCounterweightError } from "../core/index.ts";
import { checkReadableLanguage, detectLanguage } from "./index.ts";

const SAMPLES = {
  en: "We may suspend or terminate your account at any time if you breach these terms. You can close your account whenever you like.",
  de: "Wir können Ihr Konto jederzeit sperren oder kündigen, wenn Sie gegen diese Bedingungen verstoßen. Sie können Ihr Konto jederzeit schließen.",
  it: "Possiamo sospendere o chiudere il tuo account in qualsiasi momento se violi questi termini. Puoi chiudere l'account quando vuoi.",
  pl: "Możemy zawiesić lub zamknąć Twoje konto w dowolnym momencie, jeśli naruszysz niniejszy regulamin. Możesz zamknąć konto w każdej chwili.",
  fr: "Nous pouvons suspendre ou résilier votre compte à tout moment si vous enfreignez ces conditions. Vous pouvez fermer votre compte quand vous le souhaitez.",
} as const;

describe("language detection", () => {
  for (const [language, text] of Object.entries(SAMPLES)) {
    it(`tells ${language} from two sentences`, () => {
      expect(detectLanguage(text)?.language).toBe(language);
    });
  }

  it("says nothing of a text without letters, and knows when a script is none of its own", () => {
    expect(detectLanguage("12345 — 678")).toBeUndefined();
    expect(detectLanguage("எங்கள் சேவை விதிமுறைகள் 10 டிசம்பர், 2019 அன்று மாறவுள்ளன.")?.language).toBe("und");
  });

  it("refuses a long agreement in a language it does not read, with one line that says what to do", () => {
    const german = Array.from({ length: 8 }, () => SAMPLES.de).join(" ");
    try {
      checkReadableLanguage("agb.txt", german);
      expect.unreachable();
    } catch (error) {
      expect(isCounterweightError(error) && error.code).toBe("UNSUPPORTED_LANGUAGE");
      expect(String((error as Error).message)).toMatch(/^agb\.txt: this agreement is in German \(de/);
      expect(String((error as Error).message)).not.toMatch(/\n/);
    }
  });

  it("reads a short text as it comes: a few foreign words are not a foreign agreement", () => {
    expect(checkReadableLanguage("short.txt", SAMPLES.fr)?.language).toBe("fr");
    expect(
      checkReadableLanguage("terms.txt", Array.from({ length: 8 }, () => SAMPLES.en).join(" "))?.language,
    ).toBe("en");
  });
});
