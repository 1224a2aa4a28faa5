/**
 * Who holds the power in a sentence (the power stage finds it; classify, assess and the reports read it): the parties a statement names and what each may, must or must
 * not do. Spans are `[start, end)` offsets into the document text, like every other unit.
 */
import type { CategoryCode } from "./categories.ts";
import type { Span } from "./document.ts";

/** Who a statement gives the power to. `unnamed` is the passive or a thing as subject: the provider, implied. */
export type PowerActor = "provider" | "reader" | "both" | "unnamed";

/**
 * What the statement does with the power: grants it (`permission`: may, can, reserves the right),
 * imposes or announces it (`obligation`: must, shall, will, agrees to), forbids it to the reader
 * (`prohibition`: you may not) or denies it to the provider or to both (`negation`: we will not).
 */
export type PowerModality = "permission" | "obligation" | "prohibition" | "negation";

/** What a power can be over: the three power categories, and liability for what goes wrong. */
export type PowerTopic = Extract<CategoryCode, "ter" | "ch" | "cr" | "ltd">;

export const POWER_ACTORS: readonly PowerActor[] = ["provider", "reader", "both", "unnamed"];
export const POWER_MODALITIES: readonly PowerModality[] = [
  "permission",
  "obligation",
  "prohibition",
  "negation",
];
export const POWER_TOPICS: readonly PowerTopic[] = ["ter", "ch", "cr", "ltd"];

/** One "subject + modal + action" in a sentence, e.g. "Acme may suspend or terminate your account". */
export interface PowerStatement extends Span {
  actor: PowerActor;
  modality: PowerModality;
  /** The topics the action can be about; empty for an action that is none of them ("you may use"). */
  topics: PowerTopic[];
  /** The action words as written ("suspend or terminate"), for the report; "" for "we may:". */
  action: string;
  /** Where the action starts (for "we may:", where the modal ends): list items carry on from here. */
  actionStart: number;
  /** The object as written ("your account"), or "" when none was found. */
  object: string;
  /** True when a "we will not … unless/except …" keeps a power for a stated ground. */
  excepted: boolean;
}

/** The parties of an agreement, found in its own text. */
export interface Parties {
  /** The provider's names as the document gives them, longest first ("Acme Online Ltd", "Acme"). */
  providerNames: string[];
  /** The name to show in the report ("Acme"), or "the provider" when the document names none. */
  providerLabel: string;
  /** Lower-cased word sequences that name the provider, besides the lexicon's own words. */
  providerAliases: string[][];
  /** Lower-cased words the document defines for the reader ("member", "customer"). */
  readerAliases: string[];
}

/**
 * - `provider`: the provider (named, "we", or implied by the passive) may or will use the power;
 * - `both`: only both parties together hold it ("either party may terminate");
 * - `reader`: only the reader holds it ("you may close your account");
 * - `denied`: the provider expressly does not ("we will not delete your content");
 * - `none`: no statement of the sentence is about the topic.
 */
export type PowerHolder = "provider" | "both" | "reader" | "denied" | "none";
