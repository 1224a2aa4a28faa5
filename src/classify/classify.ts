/**
 * The classify stage: sentences of a segmented agreement in, findings out — one per sentence and
 * category judged unfair, with the words that drove the decision as offsets into the text.
 */
import type { Evidence, Finding, PowerStatement, Segmentation } from "../core/index.ts";
import { findingsByClause } from "./clause-findings.ts";
import { clauseGroups } from "./clause-groups.ts";
import { buildSentenceInputs } from "./context.ts";
import { documentPower } from "./document-power.ts";
import { featureKeys } from "./features.ts";
import { extraFeatureIds, loadModel } from "./model.ts";
import type { Model } from "./model.ts";
import { unfairCategories } from "./predict.ts";
import { judgeRuns } from "./run-judgements.ts";
import { BEYOND_CODES } from "./beyond/index.ts";
import { judgeBeyond } from "./beyond/judgements.ts";
import { isSentenceKey, sentenceKeys } from "./sentence-keys.ts";
import { weighKeys } from "./vectorize.ts";

const MAX_EVIDENCE = 5;

/** Whether a feature may be shown as evidence: whole-sentence markers (length, capitals, conjunctions, power keys) are not words a reader can be shown. */
function isShownFeature(key: string): boolean {
  return !(key.startsWith("#len") || key.startsWith("#x:") || key === "#caps" || isSentenceKey(key));
}

const shownByModel = new WeakMap<Model, Uint8Array>();

function shownFeatures(model: Model): Uint8Array {
  let shown = shownByModel.get(model);
  if (shown === undefined) {
    shown = Uint8Array.from(model.file.features.vocabulary, (key) => (isShownFeature(key) ? 1 : 0));
    shownByModel.set(model, shown);
  }
  return shown;
}

function byStrength(x: Evidence, y: Evidence): number {
  return y.weight - x.weight || x.start - y.start || x.end - y.end;
}

/**
 * The strongest positive contributions of the sentence's own words to category `c`'s score,
 * as absolute spans (inside the sentence), strongest first.
 */
export function explainSentence(
  model: Model,
  text: string,
  offset: number,
  c: number,
  power?: readonly PowerStatement[],
): Evidence[] {
  if (model.space.options.stemLength > 0) return explainFromKeys(model, text, offset, c, power);
  // The fast vectoriser gives the same values as `weighKeys` and each feature's first span.
  const { ids, values, starts, ends, length } = model.vectorizeInto(
    text,
    true,
    extraFeatureIds(model, { text, ...(power ? { power } : {}) }),
  );
  const shown = shownFeatures(model);
  const weights = model.weights;
  const evidence: Evidence[] = [];
  for (let k = 0; k < length; k++) {
    const id = ids[k]!;
    const weight = model.blockScales[0]! * values[k]! * weights[id * model.blockStride + c]!;
    if (weight <= 0 || shown[id] === 0) continue;
    evidence.push({
      start: offset + starts[k]!,
      end: offset + ends[k]!,
      weight: Math.round(weight * 1e4) / 1e4,
    });
  }
  evidence.sort(byStrength);
  return evidence.slice(0, MAX_EVIDENCE);
}

/** `explainSentence` from the reference feature keys (models with stems, and the test of the fast path). */
export function explainFromKeys(
  model: Model,
  text: string,
  offset: number,
  c: number,
  power?: readonly PowerStatement[],
): Evidence[] {
  const { keys, starts, ends } = featureKeys(text, model.space.options);
  const extra = sentenceKeys({ text, ...(power ? { power } : {}) }, model.space.options);
  const vector = weighKeys(model.space, [...keys, ...extra]);
  const valueOf = new Map<number, number>();
  vector.ids.forEach((id, k) => valueOf.set(id, vector.values[k]!));
  const weights = model.weights;
  const seen = new Set<number>();
  const evidence: Evidence[] = [];
  keys.forEach((key, k) => {
    const id = model.space.vocabulary.get(key);
    if (id === undefined || seen.has(id)) return;
    seen.add(id);
    const weight = model.blockScales[0]! * valueOf.get(id)! * weights[id * model.blockStride + c]!;
    if (weight <= 0 || !isShownFeature(key)) return;
    evidence.push({
      start: offset + starts[k]!,
      end: offset + ends[k]!,
      weight: Math.round(weight * 1e4) / 1e4,
    });
  });
  evidence.sort(byStrength);
  return evidence.slice(0, MAX_EVIDENCE);
}

/**
 * Classifies every sentence of a segmented document and makes one finding per clause and category.
 * @example const findings = classify(document, segment(document));
 */
export function classify(
  doc: { text: string; metadata?: { title?: string } },
  segmentation: Segmentation,
  model: Model = loadModel(),
): Finding[] {
  const texts = segmentation.sentences.map((s) => doc.text.slice(s.start, s.end));
  const groups = clauseGroups(doc.text, segmentation);
  const power = documentPower(texts, doc.text, doc.metadata?.title, groups.continues);
  const inputs = buildSentenceInputs(texts, power.statements);
  const modelCodes = model.file.categories.map((c) => c.code);
  const beyond = judgeBeyond(texts, modelCodes.length);
  const judged = [...unfairCategories(inputs, model), ...judgeRuns(inputs, groups, model), ...beyond.judged];
  const explain = (sentence: number, category: number) => {
    const offset = segmentation.sentences[sentence]!.start;
    if (category >= modelCodes.length)
      return beyond
        .evidence(sentence, category)
        .map((e) => ({ ...e, start: e.start + offset, end: e.end + offset }));
    return explainSentence(model, texts[sentence]!, offset, category, inputs[sentence]!.power);
  };
  return findingsByClause(
    doc.text,
    segmentation,
    groups,
    power.statements,
    power.parties.providerLabel,
    judged,
    [...modelCodes, ...BEYOND_CODES],
    explain,
  );
}
