import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { readCorpusDocument } from "../corpus/index.ts";
import { modelFromFile } from "../model.ts";
import { classifySentences } from "../predict.ts";
import { serializeModel } from "./serialize.ts";
import { DEFAULT_TRAIN_OPTIONS, trainModel } from "./trainer.ts";

const sha = (text: string) => createHash("sha256").update(text).digest("hex");

describe("training (slow)", () => {
  // Six documents keep this under a few seconds; `npm run train` twice checks the full corpus.
  const documents = ["Uber", "Zynga", "Spotify", "Yahoo", "Twitch", "Grindr"].map((n) =>
    readCorpusDocument(n),
  );
  const options = { ...DEFAULT_TRAIN_OPTIONS, innerFolds: 3 };

  it("reproduces the model file byte for byte", () => {
    const first = serializeModel(trainModel(documents, options).file);
    const second = serializeModel(trainModel(documents, options).file);
    expect(sha(first)).toBe(sha(second));
  });

  it("learns its training sentences well enough to recall a termination clause", () => {
    const model = modelFromFile(trainModel(documents, options).file);
    const uber = documents[0]!.sentences.find((s) => s.text.startsWith("Uber may immediately terminate"))!;
    const [prediction] = classifySentences([{ text: uber.text }], model);
    const ter = prediction!.categories.find((c) => c.category === "ter")!;
    expect(ter.probability).toBeGreaterThan(0.5);
  });
});
