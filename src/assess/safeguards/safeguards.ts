/**
 * What the agreement owes a partner: for each safeguard of Regulation (EU) 2019/1150, whether the
 * agreement provides it and the sentence that does. A missing safeguard is a finding of its own
 * kind: explained, with its balanced wording, and counted in the grade. It is a reading aid
 * measured against that regulation, not legal advice.
 */
import type { AgreementDocument, Segmentation } from "../../core/index.ts";
import type { PowerContext } from "../types.ts";
import { SAFEGUARD_IDS, SAFEGUARDS, type SafeguardId } from "./definitions.ts";
import { providesSafeguard } from "./detect.ts";

export interface SafeguardAssessment {
  id: SafeguardId;
  name: string;
  article: string;
  present: boolean;
  /** Offsets of the providing sentence when present, else null. */
  start: number | null;
  end: number | null;
  /** Why it matters that it is missing (empty when present). */
  explanation: string;
  /** How a balanced agreement provides it. */
  counterpart: string;
  /** Points a missing safeguard adds to the score, after the context multiplier (0 when present). */
  points: number;
}

/** What the report says about where the regulation applies. */
export const SAFEGUARDS_NOTE =
  "A reading aid, not legal advice: these are the safeguards Regulation (EU) 2019/1150 requires of online platforms and search engines towards the businesses that use them to reach customers in the EU; whether it applies to this agreement depends on the service and where you trade.";

/** The parties the regulation protects: a business user, and a worker who trades through a platform. */
export function safeguardsApply(context: PowerContext): boolean {
  return context.party === "business" || context.party === "worker";
}

/** Each safeguard, present or missing, for a partner's agreement; none for a consumer's. */
export function assessSafeguards(
  document: AgreementDocument,
  segmentation: Segmentation,
  context: PowerContext,
  multiplier: number,
): SafeguardAssessment[] {
  if (!safeguardsApply(context)) return [];
  const body = segmentation.sentences.filter((s) => !s.heading);
  return SAFEGUARD_IDS.map((id) => {
    const definition = SAFEGUARDS[id];
    const sentence = body.find((s) => providesSafeguard(id, document.text.slice(s.start, s.end)));
    const present = sentence !== undefined;
    return {
      id,
      name: definition.name,
      article: definition.article,
      present,
      start: sentence?.start ?? null,
      end: sentence?.end ?? null,
      explanation: present ? "" : definition.missing,
      counterpart: definition.counterpart,
      points: present ? 0 : Math.round(definition.weight * multiplier * 100) / 100,
    };
  });
}
