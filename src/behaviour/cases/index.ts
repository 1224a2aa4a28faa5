/**
 * Every behaviour case, by split. `development` cases were written before the judgement was
 * tuned and the judgement was built against them (a first batch by two authors, then `extra/` by a
 * third, added when the first batch had been used); `held-out` cases were written by another author
 * from the same definitions (docs/behaviour.md) and are not looked at while building.
 */
import type { BehaviourCase } from "../types.ts";
import { cases as devA } from "./development/a.ts";
import { cases as devCh } from "./development/ch.ts";
import { cases as devCr } from "./development/cr.ts";
import { cases as devJ } from "./development/j.ts";
import { cases as devLaw } from "./development/law.ts";
import { cases as devLtd } from "./development/ltd.ts";
import { cases as devPinc } from "./development/pinc.ts";
import { cases as devTer } from "./development/ter.ts";
import { cases as devUse } from "./development/use.ts";
import { cases as extraA } from "./development/extra/a.ts";
import { cases as extraCh } from "./development/extra/ch.ts";
import { cases as extraCr } from "./development/extra/cr.ts";
import { cases as extraJ } from "./development/extra/j.ts";
import { cases as extraLaw } from "./development/extra/law.ts";
import { cases as extraLtd } from "./development/extra/ltd.ts";
import { cases as extraTer } from "./development/extra/ter.ts";
import { cases as extraUse } from "./development/extra/use.ts";
import { cases as extraPinc } from "./development/extra/pinc.ts";
import { cases as heldA } from "./held-out/a.ts";
import { cases as heldCh } from "./held-out/ch.ts";
import { cases as heldCr } from "./held-out/cr.ts";
import { cases as heldJ } from "./held-out/j.ts";
import { cases as heldLaw } from "./held-out/law.ts";
import { cases as heldLtd } from "./held-out/ltd.ts";
import { cases as heldPinc } from "./held-out/pinc.ts";
import { cases as heldTer } from "./held-out/ter.ts";
import { cases as heldUse } from "./held-out/use.ts";

export type BehaviourSplit = "development" | "held-out";

export const CASES: Readonly<Record<BehaviourSplit, readonly BehaviourCase[]>> = {
  development: [
    ...[devA, devCh, devCr, devJ, devLaw, devLtd, devTer, devUse, devPinc].flat(),
    ...[extraA, extraCh, extraCr, extraJ, extraLaw, extraLtd, extraTer, extraUse, extraPinc].flat(),
  ],
  "held-out": [
    ...heldA,
    ...heldCh,
    ...heldCr,
    ...heldJ,
    ...heldLaw,
    ...heldLtd,
    ...heldTer,
    ...heldUse,
    ...heldPinc,
  ],
};
