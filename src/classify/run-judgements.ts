/**
 * A clause written as a list is read whole as well as piece by piece. "You accept these Terms when
 * you do any of the following:" says nothing alone, nor does "(a) visit the Website;"; together
 * they are contract by using. Each run of pieces that make one grammatical sentence (see
 * clause-groups.ts) is judged as the sentence it is, with the statements its pieces carry; a run
 * judged unfair makes its first piece a member of the clause's finding, and with it every piece.
 */
import type { ClauseGroups } from "./clause-groups.ts";
import type { SentenceInput } from "./context.ts";
import type { Model } from "./model.ts";
import { unfairCategories, type UnfairCategory } from "./predict.ts";

/** The judgements of each multi-piece run, placed at the run's first piece. */
export function judgeRuns(
  inputs: readonly SentenceInput[],
  groups: ClauseGroups,
  model: Model,
): UnfairCategory[] {
  const { continues } = groups;
  const firsts: number[] = [];
  const runInputs: SentenceInput[] = [];
  for (let i = 0; i < inputs.length; i++) {
    if (continues[i] === 1 || continues[i + 1] !== 1) continue;
    let last = i + 1;
    while (last + 1 < inputs.length && continues[last + 1] === 1) last++;
    const pieces = inputs.slice(i, last + 1);
    const run: SentenceInput = {
      text: pieces.map((p) => p.text).join(" "),
      power: pieces.flatMap((p) => p.power ?? []),
    };
    const heading = inputs[i]!.heading;
    if (heading !== undefined) run.heading = heading;
    firsts.push(i);
    runInputs.push(run);
    i = last;
  }
  if (runInputs.length === 0) return [];
  return unfairCategories(runInputs, model).map((judged) => ({
    ...judged,
    sentence: firsts[judged.sentence]!,
  }));
}
