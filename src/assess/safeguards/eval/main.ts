/**
 * `npm run eval:safeguards [-- --json] [--split development|measurement] [--misses]`: the
 * safeguards of Regulation (EU) 2019/1150 read from the annotated partner agreements (Open Terms
 * Archive, ODC-BY 1.0), against the project's document-level annotations: the share of the seven
 * answers (present or missing) per document that are right. The measurement half of the services
 * is the default and the figure to report; `--misses` lists the wrong answers, for the
 * development half only.
 */
import { readPartnerAnnotations } from "../../../classify/beyond/partner-annotations.ts";
import { readSplitArgs } from "../../../classify/beyond/eval/split-args.ts";
import { isCounterweightError } from "../../../core/index.ts";
import { SAFEGUARD_IDS } from "../definitions.ts";
import { providesSafeguard } from "../detect.ts";

const round = (value: number) => Math.round(value * 1e4) / 1e4;

async function main(): Promise<void> {
  const parsed = readSplitArgs("eval:safeguards", process.argv.slice(2));
  if (!parsed) return;
  const { json, split, showMisses } = parsed;
  const documents = await readPartnerAnnotations(split);
  const bySafeguard: Record<string, { accuracy: number; right: number; documents: number; present: number }> =
    {};
  let right = 0;
  let total = 0;
  for (const id of SAFEGUARD_IDS) {
    let correct = 0;
    let present = 0;
    for (const doc of documents) {
      const expected = doc.safeguards[id]?.present === true;
      const body = doc.segmentation.sentences.flatMap((s, i) => (s.heading ? [] : [doc.texts[i]!]));
      const provider = body.find((text) => providesSafeguard(id, text));
      if (expected) present++;
      if ((provider !== undefined) === expected) correct++;
      else if (showMisses)
        process.stdout.write(
          `${id} ${doc.service} - ${doc.document}: expected ${expected ? "present" : "missing"}` +
            (provider
              ? `, found in: ${provider.slice(0, 240)}`
              : `, annotated: ${doc.safeguards[id]?.quote ?? ""}`) +
            "\n",
        );
    }
    bySafeguard[id] = {
      accuracy: round(correct / documents.length),
      right: correct,
      documents: documents.length,
      present,
    };
    right += correct;
    total += documents.length;
  }
  const result = {
    split,
    accuracy: total === 0 ? null : round(right / total),
    documents: documents.length,
    bySafeguard,
  };
  if (json) {
    process.stdout.write(`${JSON.stringify(result)}\n`);
    return;
  }
  process.stdout.write(
    `Safeguards of Reg. (EU) 2019/1150, ${split} half: ${documents.length} annotated partner agreements (Open Terms Archive, ODC-BY 1.0)\n`,
  );
  for (const id of SAFEGUARD_IDS) {
    const s = bySafeguard[id]!;
    process.stdout.write(`${id}  ${s.right} of ${s.documents} right (${s.present} provide it)\n`);
  }
  process.stdout.write(`accuracy ${String(result.accuracy)}\n`);
}

main().catch((error: unknown) => {
  if (!isCounterweightError(error)) throw error;
  process.stderr.write(`eval:safeguards: ${error.message}\n`);
  process.exitCode = 1;
});
