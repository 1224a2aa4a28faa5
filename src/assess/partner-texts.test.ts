/** A worker and a seller read the same clause as what it does to their living. */
import { describe, expect, it } from "vitest";
import { FINDING_CATEGORIES } from "../core/index.ts";
import { counterpartFor, explainFinding } from "./explanations.ts";

describe("explanations for the reader who earns through the platform", () => {
  it("speak to a worker of deactivation, income and appeals, not of photos", () => {
    const text = explainFinding("ter", 3, [], "worker");
    expect(text).toMatch(/deactivat/i);
    expect(text).toMatch(/income/);
    expect(text).not.toMatch(/photos/);
    expect(counterpartFor("ter", [], "worker")).toMatch(/appeal/);
    expect(explainFinding("cr", 2, [], "worker")).toMatch(/earning|income|ratings/);
  });

  it("speak to a business of listings and sales", () => {
    expect(explainFinding("ter", 3, [], "business")).toMatch(/sales|listings/);
    expect(explainFinding("cr", 2, [], "business")).toMatch(/listings/);
    expect(explainFinding("cr", 2, [], "consumer")).toMatch(/photos/);
  });

  it("never speak of a consumer to a business or a worker about courts, law or arbitration", () => {
    for (const category of ["a", "j", "law"] as const)
      for (const party of ["worker", "business"] as const) {
        expect(explainFinding(category, 3, [], party)).not.toMatch(/consumer/);
        expect(counterpartFor(category, [], party)).not.toMatch(/consumer/);
      }
  });

  it("have a text for every category and every reader", () => {
    for (const category of FINDING_CATEGORIES)
      for (const party of ["consumer", "worker", "business"] as const) {
        expect(explainFinding(category, 2, [], party).length).toBeGreaterThan(60);
        expect(counterpartFor(category, [], party).length).toBeGreaterThan(30);
      }
  });
});
