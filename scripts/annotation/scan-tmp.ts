import { ingestFile } from "../../src/ingest/index.ts";
import { segment } from "../../src/segment/index.ts";
import { beyondWordings } from "../../src/classify/beyond/index.ts";
const codes = (process.env.CODES ?? "pay,hold,auto,excl").split(",");
for (const file of process.argv.slice(2)) {
  const d = await ingestFile(file);
  const { sentences } = segment(d);
  sentences.forEach((s, n) => {
    const t = d.text.slice(s.start, s.end).replace(/\s+/g, " ");
    for (const w of beyondWordings(t))
      if (codes.includes(w.code))
        console.log(
          `${file.split("/").slice(-3, -1).join("/")} [${n}] ${w.code}: ${t.slice(0, 260)}  <<${t.slice(w.start, w.end).slice(0, 80)}>>`,
        );
  });
}
