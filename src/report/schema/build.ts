/** Writes docs/report.schema.json from the zod schema. Run: `npx tsx src/report/schema/build.ts`. */
import { writeFileSync } from "node:fs";
import { reportJsonSchema } from "../json-schema.ts";

writeFileSync("docs/report.schema.json", JSON.stringify(reportJsonSchema(), null, 2) + "\n");
console.log("wrote docs/report.schema.json");
