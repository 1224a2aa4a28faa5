import { CASES } from "./src/behaviour/cases/index.ts";
import { caseDocument } from "./src/behaviour/case-document.ts";
import { ingestBytes } from "./src/ingest/index.ts";
import { segment } from "./src/segment/index.ts";
import { buildSentenceInputs, documentPower, loadModel, clauseGroups, classifySentences } from "./src/classify/index.ts";
import { extraFeatureIds } from "./src/classify/model.ts";
import { ruleVerdict } from "./src/classify/judgement.ts";
import { sentenceKeys } from "./src/classify/sentence-keys.ts";
const ids = process.argv.slice(2);
const model = loadModel();
for (const c of CASES.development.filter((x) => ids.includes(x.id))) {
  const built = caseDocument(c);
  const doc = await ingestBytes(new TextEncoder().encode(built.text), { name: "x.md" });
  const seg = segment(doc);
  const texts = seg.sentences.map((s) => doc.text.slice(s.start, s.end));
  const power = documentPower(texts, doc.text, undefined, clauseGroups(doc.text, seg).continues);
  const inputs = buildSentenceInputs(texts, power.statements);
  const preds = classifySentences(inputs, model);
  const target = built.text.slice(built.target.start, built.target.end);
  inputs.forEach((input, i) => {
    if (!target.includes(input.text.slice(0, 25))) return;
    const cat = model.file.categories.findIndex((k) => k.code === c.category);
    const v = model.vectorizeInto(input.text, false, extraFeatureIds(model, input));
    let own = 0;
    for (let k = 0; k < v.length; k++) own += v.values[k]! * model.weights[v.ids[k]! * model.stride + cat]!;
    const cal = model.file.categories[cat]!;
    console.log(c.id, JSON.stringify(input.text.slice(0, 90)), "p", preds[i]!.categories[cat]!.probability.toFixed(3), "t", cal.threshold, "f", cal.definitionFactor ?? 1, "own", own.toFixed(2), JSON.stringify(ruleVerdict(c.category, input, model.decision)), sentenceKeys(input, model.space.options).join(","));
  });
}
