import { describe, expect, it } from "vitest";
import { firstF1Table } from "./model-figures.ts";

describe("firstF1Table", () => {
  it("finds the first table with an F1 column and the heading above it", () => {
    const markdown = [
      "# Model",
      "| a | b |",
      "| - | - |",
      "| 1 | 2 |",
      "## Evaluation",
      "| category | **F1** |",
      "| --- | ---: |",
      "| a — arbitration | 0.471 |",
      "| **macro-F1** | **0.653** |",
      "",
      "after",
    ].join("\n");
    expect(firstF1Table(markdown)).toEqual({
      heading: "Evaluation",
      header: ["category", "F1"],
      rows: [
        ["a — arbitration", "0.471"],
        ["macro-F1", "0.653"],
      ],
    });
  });

  it("returns undefined when there is no such table", () => {
    expect(firstF1Table("# Model\nno figures yet")).toBeUndefined();
  });
});
